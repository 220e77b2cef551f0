#!/usr/bin/env bash
# The browser edition against the command, same inputs: a generated 10,000-asset ledger (and the others given)
# scored to the CSV register and to the HTML report by
#   - the command (`risk score`, release build), wall time of the whole process, best of RUNS;
#   - the page's wasm module under Node (V8, as in Chromium), the call alone, best of RUNS;
#   - the page in headless Chromium in its test mode: the call, and the call with the report drawn in the page
#     (until the report's frame has loaded), as the page measures them (performance.now()), best of RUNS.
# Prints the figures and writes them to Benchmarks/WEB.md. A measurement, not a test: nothing fails on time.
#
#   Benchmarks/web.sh [--assets N,N…] [--runs N] [OUTDIR]    (1,000 and 10,000 assets, 3 runs, .build/web-page by
#                                                            default; OUTDIR/risk.html is built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=1000,10000
runs=3
out=.build/web-page
while [ $# -gt 0 ]; do
  case "$1" in
    --assets) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) out=$1; shift ;;
  esac
done
[ -f "$out/risk.html" ] || scripts/build-web.sh "$out"
[ -x .build/release/risk ] || swift build -c release --product risk
risk=$(realpath .build/release/risk)
page=$(realpath "$out/risk.html")
chromium=$(command -v chromium || command -v chromium-browser)
work=$(mktemp -d /tmp/risk-web-bench.XXXXXX)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2> /dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$page" "$work/risk.html"
python3 - "$page" "$work/risk.wasm" << 'PY'
import base64, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
module = re.search(r'<script id="risk-module" type="application/octet-stream">([^<]*)</script>', page).group(1)
open(sys.argv[2], "wb").write(base64.b64decode(module))
PY
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && exec python3 -m http.server "$port" --bind 127.0.0.1 > /dev/null 2>&1) &
server=$!
sleep 1

# best COMMAND…: the best wall time of RUNS runs, in ms.
best() {
  python3 - "$runs" "$@" << 'PY'
import subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - started) * 1000)
print(f"{min(times):.0f}")
PY
}
# chromium_ms QUERY: the page's own times (scoring, scoring with the report drawn), best of RUNS.
chromium_ms() {
  local score=999999 shown=999999
  for _ in $(seq "$runs"); do
    local answer
    answer=$(CHROMIUM="$chromium" node Web/test/chromium.js "http://127.0.0.1:$port/risk.html?$1" "$work/page-output")
    read -r status s w <<< "$(python3 -c 'import json, sys; a = json.loads(sys.argv[1])["attributes"]; print(a.get("status"), a.get("scoreMs"), a.get("shownMs"))' "$answer")"
    [ "$status" = 0 ] || { echo "the page failed: $answer" >&2; exit 1; }
    [ "$s" -lt "$score" ] && score=$s
    [ "$w" -lt "$shown" ] && shown=$w
  done
  echo "$score $shown"
}

wasm_size=$(wc -c < "$work/risk.wasm")
page_size=$(wc -c < "$page")
rows=""
for assets in ${sizes//,/ }; do
  ledger="$work/ledger-$assets.csv"
  python3 Benchmarks/generate.py --assets "$assets" --out "$ledger"
  for format in csv html; do
    native=$(cd "$work" && best "$risk" score "ledger-$assets.csv" --format "$format" --lang ja --output "$work/native.$format")
    read -r module bytes risks <<< "$(node Benchmarks/web_module.js "$work/risk.wasm" "$ledger" "$format" ja "$runs")"
    read -r page_score page_shown <<< "$(chromium_ms "inventory=ledger-$assets.csv&format=$format&lang=ja")"
    shown="–"
    [ "$format" = html ] && shown="$page_shown"
    line="| $assets | $risks | $format | $bytes | $native | $module | $page_score | $shown |"
    echo "$line"
    rows+="$line"$'\n'
  done
done

{
  echo "# The browser edition against the command"
  echo
  echo "Written by \`Benchmarks/web.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m), $("$chromium" --version 2>/dev/null | head -n 1), Node $(node --version))."
  echo "Times in ms, best of $runs. *command*: \`risk score LEDGER --format F --lang ja --output FILE\`, release build,"
  echo "the whole process. *module (Node)*: the page's wasm module called under Node. *page*: headless Chromium, the"
  echo "page's test mode, the call as the page times it; *page, report shown*: until the report has been drawn in the"
  echo "page's frame. Same generated ledger (\`generate.py --assets N\`) for all; the outputs are byte-identical"
  echo "(scripts/test-web.sh checks it)."
  echo
  echo "wasm module: $wasm_size bytes; risk.html: $page_size bytes."
  echo
  echo "| assets | risks | format | output bytes | command | module (Node) | page | page, report shown |"
  echo "|---:|---:|---|---:|---:|---:|---:|---:|"
  printf '%s' "$rows"
} > Benchmarks/WEB.md
echo "wrote Benchmarks/WEB.md"
