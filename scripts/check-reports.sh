#!/usr/bin/env bash
# Checks the reports with real programs, as their readers will open them:
#   - the HTML report of the sample inventory, rendered by headless Chromium to a PNG and a PDF: fails if Chromium
#     reports an error for the page (a console error, a refused load, a CSP violation), if the page holds a script
#     element, or if the PDF is empty; the printout must be A4, at most 8 pages, numbered, with page 1 holding
#     the heading, the heat map and the control priority;
#   - the XLSX workbook, converted to CSV by LibreOffice (headless) and compared cell by cell with the CSV register.
# Usage: scripts/check-reports.sh [RISK_BINARY] [OUTPUT_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
risk=${1:-.build/release/risk}
out=${2:-$(mktemp -d /tmp/risk-reports.XXXXXX)}
mkdir -p "$out"
sample=Templates/sample-inventory.csv
[ -x "$risk" ] || { echo "no risk binary at $risk (swift build -c release)"; exit 2; }
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
soffice=$(command -v soffice || command -v libreoffice || true)
[ -n "$chromium" ] || { echo "chromium is not installed (apt-get install chromium fonts-noto-cjk)"; exit 2; }
[ -n "$soffice" ] || { echo "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"; exit 2; }
status=0

for lang in ja en; do
  html="$out/report-$lang.html"
  "$risk" score "$sample" --format html --lang "$lang" --output "$html"
  if grep -qi '<script' "$html"; then echo "FAIL: $html holds a script element"; status=1; fi
  log="$out/chromium-$lang.log"
  # Console messages and load failures go to the log; D-Bus and GPU complaints of a headless machine are not about the page.
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
    --window-size=1280,2000 --screenshot="$out/report-$lang.png" "file://$(realpath "$html")" 2> "$log" || { echo "FAIL: chromium screenshot"; status=1; }
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 --no-pdf-header-footer \
    --print-to-pdf="$out/report-$lang.pdf" "file://$(realpath "$html")" 2>> "$log" || { echo "FAIL: chromium pdf"; status=1; }
  if grep -E 'CONSOLE|Refused to|Content.Security.Policy|net::ERR_|Uncaught' "$log" | grep -v 'dbus' > "$out/page-errors-$lang.txt"; then
    echo "FAIL: chromium reported errors for the $lang report:"; cat "$out/page-errors-$lang.txt"; status=1
  fi
  pdf="$out/report-$lang.pdf"
  size=$(stat -c %s "$pdf" 2>/dev/null || echo 0)
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  if [ "$size" -lt 10000 ] || [ -z "$pages" ] || [ "$pages" -lt 1 ]; then echo "FAIL: $pdf is empty ($size bytes, ${pages:-0} pages)"; status=1; fi
  if [ -n "$pages" ] && [ "$pages" -gt 8 ]; then echo "FAIL: $pdf prints on $pages pages (at most 8)"; status=1; fi
  if ! pdfinfo "$pdf" 2>/dev/null | grep -q '^Page size:.*(A4)'; then echo "FAIL: $pdf is not A4"; status=1; fi
  if command -v pdftotext > /dev/null; then
    if [ "$lang" = ja ]; then
      title="情報資産リスク評価報告書"; heat="リスクマップ"; priority="対策の優先順位"
    else
      title="Information security risk assessment"; heat="Heat map"; priority="Controls to do first"
    fi
    # pdftotext may set a bold heading's words on lines of their own: compare without spaces and line breaks.
    text=$(pdftotext "$pdf" - 2>/dev/null | tr -d ' \n' || true)
    case "$text" in *"${title// /}"*) ;; *) echo "FAIL: the PDF does not hold its title"; status=1 ;; esac
    first=$(pdftotext -l 1 "$pdf" - 2>/dev/null | tr -d ' \n' || true)
    for want in "$title" "$heat" "$priority" "1/$pages"; do
      case "$first" in *"${want// /}"*) ;; *) echo "FAIL: page 1 of $pdf does not hold \"$want\""; status=1 ;; esac
    done
  fi
  png_size=$(stat -c %s "$out/report-$lang.png" 2>/dev/null || echo 0)
  [ "$png_size" -gt 10000 ] || { echo "FAIL: the PNG is empty"; status=1; }
  echo "html $lang: $(stat -c %s "$html") bytes; pdf ${pages:-0} pages, $size bytes; png $png_size bytes"
done

# The workbook against the CSV register.
for lang in en ja; do
  "$risk" score "$sample" --format xlsx --lang "$lang" --output "$out/register-$lang.xlsx"
  "$risk" score "$sample" --format csv --lang "$lang" --output "$out/register-$lang.csv"
  rm -rf "$out/lo-$lang" && mkdir -p "$out/lo-$lang"
  # Sheet 1 as UTF-8 CSV (filter options: comma, double quote, UTF-8, first line 1, ..., sheet 1).
  timeout 300 "$soffice" --headless --norestore -env:UserInstallation=file://$out/lo-profile \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1' \
    --outdir "$out/lo-$lang" "$out/register-$lang.xlsx" > "$out/libreoffice-$lang.log" 2>&1 || { echo "FAIL: LibreOffice conversion"; cat "$out/libreoffice-$lang.log"; status=1; }
  converted=$(ls "$out/lo-$lang"/*.csv 2>/dev/null | head -1)
  if [ -z "$converted" ]; then echo "FAIL: LibreOffice wrote no CSV"; status=1; continue; fi
  python3 - "$out/register-$lang.csv" "$converted" <<'PY' || status=1
import csv, io, sys
def rows(path):
    text = open(path, encoding="utf-8-sig", newline="").read()
    return list(csv.reader(io.StringIO(text)))
register, workbook = rows(sys.argv[1]), rows(sys.argv[2])
def cell(value):
    # The register makes formula-like text inert with a leading '; the workbook does so with a cell style.
    return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r") else value
bad = 0
if len(register) != len(workbook):
    print(f"FAIL: {len(register)} rows in the CSV register, {len(workbook)} in the workbook"); bad += 1
for number, (a, b) in enumerate(zip(register, workbook), 1):
    if [cell(x) for x in a] != b:
        print(f"FAIL: row {number} differs:\n  csv:  {a}\n  xlsx: {b}"); bad += 1
        if bad > 5: break
print(f"xlsx {sys.argv[2]}: {len(workbook)} rows, {'identical to' if not bad else 'DIFFERENT from'} the CSV register")
sys.exit(1 if bad else 0)
PY
  grep -iE 'error|warn' "$out/libreoffice-$lang.log" | grep -v 'javaldx' && echo "(LibreOffice said the above)" || true
done

echo "outputs in $out"
exit $status
