#!/usr/bin/env bash
# The browser edition: compiles the core (Sources/RiskMethod) and the web entry (Sources/RiskWeb) as Embedded Swift
# for wasm32, links them with the C runtime (Web/runtime.c: allocator and memory functions) and writes OUTDIR/risk.html:
# one file, the module inlined in base64, the script (Web/risk.js) and the style inline, no external resource, and a
# Content-Security-Policy that lets the page reach nothing but its own origin.
#
#   scripts/build-web.sh OUTDIR        (RISK_WEB_OPT=-Onone for a quick unoptimised build)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/build-web.sh OUTDIR}
mkdir -p "$out"
bin=$(dirname "$(command -v swiftc)")
work=.build/web
mkdir -p "$work"
opt=${RISK_WEB_OPT:--Osize}
target=wasm32-unknown-none-wasm
flags=(-target "$target" -enable-experimental-feature Embedded -wmo -parse-as-library "$opt" -package-name risk
       -Xfrontend -disable-stack-protector)
core=$(find Sources/RiskMethod -name '*.swift' | sort)
"$bin/swiftc" "${flags[@]}" -strict-memory-safety -module-name RiskMethod -emit-module -emit-module-path "$work/RiskMethod.swiftmodule" \
  -c $core -o "$work/RiskMethod.o"
"$bin/swiftc" "${flags[@]}" -module-name RiskWeb -I "$work" -c Sources/RiskWeb/*.swift -o "$work/RiskWeb.o"
"$bin/clang" --target=wasm32 -mbulk-memory -nostdlib -ffreestanding -O2 -c Web/runtime.c -o "$work/runtime.o"
tables=$(find "$(dirname "$bin")/lib/swift/embedded/$target" -name libswiftUnicodeDataTables.a | head -n 1)
"$bin/wasm-ld" --no-entry --gc-sections --strip-all --export=risk_alloc --export=risk_free --export=risk_run \
  --export=risk_labels -z stack-size=1048576 "$work/RiskWeb.o" "$work/RiskMethod.o" "$work/runtime.o" "$tables" \
  -o "$work/risk.wasm"
python3 Web/assemble.py "$work/risk.wasm" "$out/risk.html"
echo "risk.wasm: $(wc -c < "$work/risk.wasm") bytes; $out/risk.html: $(wc -c < "$out/risk.html") bytes"
