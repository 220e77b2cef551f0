#!/usr/bin/env bash
# Compiles the core (Sources/RiskMethod) as Embedded Swift for wasm32-unknown-none-wasm: the proof that the core
# imports nothing, needs no Foundation, no runtime reflection and no existentials of value protocols, and so can be
# carried by the browser edition. Prints the object's size; fails on any error. Unoptimised by default (half a
# minute here); RISK_EMBEDDED_OPT=-Osize gives the size a page would carry (a minute and a half).
#
#   scripts/check-embedded.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/embedded}
mkdir -p "$out"
swiftc=$(command -v swiftc)
sources=$(find Sources/RiskMethod -name '*.swift' | sort)
"$swiftc" -target wasm32-unknown-none-wasm -enable-experimental-feature Embedded -wmo -parse-as-library \
  -strict-memory-safety "${RISK_EMBEDDED_OPT:--Onone}" -package-name risk -module-name RiskMethod -c $sources -o "$out/RiskMethod.o"
echo "RiskMethod for wasm32 (Embedded Swift, ${RISK_EMBEDDED_OPT:--Onone}): $(wc -c < "$out/RiskMethod.o") bytes, $(echo "$sources" | wc -l) files"
