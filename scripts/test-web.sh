#!/usr/bin/env bash
# The browser edition's checks (after scripts/build-web.sh OUTDIR):
#   1. the page's own wasm module under Node against the command, byte for byte (register and messages), for the
#      sample, a Shift_JIS ledger, workbooks and generated inventories, in every format and both languages;
#   2. the page in headless Chromium, served on 127.0.0.1, in its test mode: the register in <pre id="output"> is the
#      command's for a CP932 ledger in both languages, the sample with every optional file, and 10,000 assets; a file
#      of another origin is refused; every address the page requested (DevTools' network events) is of its origin;
#   3. a screenshot: the report is drawn in the page (coloured heat maps and badges), and not without a ledger.
#
#   scripts/test-web.sh OUTDIR [RISK_BINARY]      (RISK_BINARY: .build/debug/risk by default)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
page=$(realpath "${1:?usage: scripts/test-web.sh OUTDIR [RISK_BINARY]}/risk.html")
risk=$(realpath "${2:-.build/debug/risk}")
chromium=$(command -v chromium || command -v chromium-browser || true)
work=$(mktemp -d /tmp/risk-web-test.XXXXXX)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2> /dev/null; rm -rf "$work"; }
trap cleanup EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

echo "-- inputs"
cp Templates/sample-inventory.csv Templates/sample-checklist.csv Templates/sample-plan.csv Templates/threats-ja.csv \
   Templates/method.json "$work/"
cp Tests/RiskMethodTests/Fixtures/inventory-cp932.csv "$work/台帳.csv"
cp Tests/RiskMethodTests/Fixtures/xlsx/inventory-from-csv-libreoffice.xlsx "$work/ledger.xlsx"
python3 Benchmarks/generate.py --assets 2000 --out "$work/generated-2000.csv"
python3 Benchmarks/generate.py --assets 2000 --encoding cp932 --out "$work/generated-cp932.csv"
python3 Benchmarks/generate.py --assets 300 --format xlsx --out "$work/generated-300.xlsx"
python3 Benchmarks/generate.py --assets 10000 --out "$work/generated-10000.csv"
printf '資産ID,資産名,媒体,機密性,完全性,可用性\nA-1,住民票,サーバー,4,1,1\nA-1,戸籍,ロッカー,2,1,1\n' > "$work/bad.csv"
# The module the page carries, taken out of it.
python3 - "$page" "$work/risk.wasm" << 'PY'
import base64, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
module = re.search(r'<script id="risk-module" type="application/octet-stream">([^<]*)</script>', page).group(1)
open(sys.argv[2], "wb").write(base64.b64decode(module))
PY

echo "-- the module under Node against the command"
cat > "$work/cases.json" << 'JSON'
[
  { "files": { "inventory": "sample-inventory.csv" }, "formats": ["csv", "json", "html", "md"], "langs": ["ja", "en"] },
  { "files": { "inventory": "sample-inventory.csv", "threats": "threats-ja.csv", "checklist": "sample-checklist.csv",
               "plan": "sample-plan.csv" }, "formats": ["csv", "json", "html"], "langs": ["ja", "en"], "date": "2027-03-31" },
  { "files": { "inventory": "sample-inventory.csv", "method": "method.json" }, "formats": ["json"], "langs": ["en"] },
  { "files": { "inventory": "台帳.csv" }, "formats": ["csv", "json", "html", "md"], "langs": ["ja", "en"] },
  { "files": { "inventory": "台帳.csv" }, "method": "ipa", "formats": ["csv"], "langs": ["ja", "en"] },
  { "files": { "inventory": "ledger.xlsx" }, "formats": ["csv", "json"], "langs": ["ja", "en"], "status": 65 },
  { "files": { "inventory": "generated-300.xlsx" }, "formats": ["csv", "html"], "langs": ["ja", "en"] },
  { "files": { "inventory": "generated-2000.csv" }, "formats": ["csv", "json", "html", "md"], "langs": ["ja", "en"] },
  { "files": { "inventory": "generated-cp932.csv" }, "formats": ["csv", "json"], "langs": ["ja", "en"] },
  { "files": { "inventory": "bad.csv" }, "formats": ["csv"], "langs": ["ja", "en"], "status": 65 },
  { "files": { "inventory": "sample-inventory.csv" }, "formats": ["xlsx"], "langs": ["ja", "en"] }
]
JSON
node Web/test/compare.js "$work/risk.wasm" "$risk" "$work" "$work/cases.json" || fail "the module differs from the command"

if [ -z "$chromium" ]; then
  echo "FAIL: chromium is not installed (apt-get install chromium fonts-noto-cjk)"
  exit 1
fi
echo "-- the page in Chromium, test mode"
cp "$page" "$work/risk.html"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && exec python3 -m http.server "$port" --bind 127.0.0.1 > "$work/server.log" 2>&1) &
server=$!
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/risk.html')" 2> /dev/null && break; sleep 0.2; done
origin="http://127.0.0.1:$port"
export CHROMIUM="$chromium"
quote() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
run=0
# field JSON NAME: a field of chromium.js's answer (attributes' fields by their names).
field() { python3 -c 'import json, sys; d = json.loads(sys.argv[1]); a = d["attributes"]; print(a.get(sys.argv[2], d.get(sys.argv[2], "")))' "$1" "$2"; }
# page_check QUERY EXPECTED LABEL: the page's output for QUERY must be the bytes of EXPECTED, and every address the
# page requested must be of its own origin.
page_check() {
  run=$((run + 1))
  local answer
  answer=$(node Web/test/chromium.js "$origin/risk.html?$1" "$work/got-$run") || { fail "chromium ($3)"; return 0; }
  local times="status $(field "$answer" status), scored in $(field "$answer" scoreMs) ms, shown in $(field "$answer" shownMs) ms"
  if cmp -s "$work/got-$run" "$2"; then echo "same     $3: $(wc -c < "$2") bytes; $times"; else fail "$3 differs ($times)"; fi
  python3 -c 'import json, sys; d = json.loads(sys.argv[1]); bad = [u for u in d["requested"] if not u.startswith(sys.argv[2] + "/")]
if bad or d["problems"]: print("requested", bad, "problems", d["problems"]); sys.exit(1)' "$answer" "$origin" \
    || fail "$3: the page requested other addresses or reported problems"
  return 0
}
# expect NAME FORMAT LANG [OPTIONS…]: the command's output, run in the folder with relative names.
expect() {
  local name=$1 format=$2 lang=$3; shift 3
  (cd "$work" && "$risk" score "$name" --format "$format" --lang "$lang" "$@" --output "expected-$format-$lang-$run") 2> /dev/null
  echo "$work/expected-$format-$lang-$run"
}
ledger=$(quote 台帳.csv)
for lang in ja en; do
  for format in csv json html; do
    page_check "inventory=$ledger&format=$format&lang=$lang" "$(expect 台帳.csv "$format" "$lang")" "CP932 ledger $format $lang"
  done
done
page_check "inventory=sample-inventory.csv&threats=threats-ja.csv&checklist=sample-checklist.csv&plan=sample-plan.csv&format=json&lang=en&date=2027-03-31" \
  "$(expect sample-inventory.csv json en --threats threats-ja.csv --checklist sample-checklist.csv --plan sample-plan.csv --date 2027-03-31)" \
  "sample with threats, checklist and plan, json en"
page_check "inventory=generated-10000.csv&format=csv&lang=ja" "$(expect generated-10000.csv csv ja)" "10,000 assets csv ja"
page_check "inventory=generated-10000.csv&format=csv&lang=en" "$(expect generated-10000.csv csv en)" "10,000 assets csv en"

echo "-- another origin is refused"
answer=$(node Web/test/chromium.js "$origin/risk.html?inventory=http://localhost:$port/sample-inventory.csv" "$work/cross") \
  || fail "chromium (another origin)"
case "$(field "$answer" error)" in "Error: not this origin"*) echo "refused  a file of http://localhost:$port" ;;
  *) fail "a file of another origin was not refused: $answer" ;; esac
grep -q "connect-src 'self'" "$page" && grep -q "default-src 'none'" "$page" || fail "the page's Content-Security-Policy is not there"

echo "-- screenshot: the report is drawn"
node Web/test/chromium.js "$origin/risk.html?inventory=sample-inventory.csv&format=html&lang=ja" "$work/shown" \
  --screenshot "$work/report.png" > /dev/null || fail "chromium screenshot"
node Web/test/chromium.js "$origin/risk.html" "$work/empty" --wait-for-output no --screenshot "$work/empty.png" > /dev/null \
  || fail "chromium screenshot"
report=$(python3 Web/test/png_colour.py "$work/report.png" 400)
empty=$(python3 Web/test/png_colour.py "$work/empty.png" 400)
echo "coloured share below row 400: with the report $report, without $empty"
python3 -c "import sys; sys.exit(0 if float('$report') > 0.01 and float('$empty') < 0.001 else 1)" \
  || fail "the report is not drawn in the page (coloured share $report, empty page $empty)"
[ -n "${RISK_WEB_KEEP:-}" ] && cp "$work/report.png" "$RISK_WEB_KEEP"
[ "$status" -eq 0 ] && echo "web edition: all checks passed"
exit "$status"
