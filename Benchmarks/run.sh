#!/usr/bin/env bash
# Benchmarks `risk score --format csv` against two reference implementations (DuckDB SQL, pandas) that must
# write the byte-identical register, and writes Benchmarks/RESULTS.md.
#
#   Benchmarks/run.sh [--sizes 1000,100000,1000000] [--runs N] [--runs-large N] [--seed S] [--timeout SECONDS]
#                     [--pandas-limit SECONDS] [--settle SECONDS] [--keep-outputs] [--no-build]
#
# Steps: build risk in release (scratch path .build-bench, so another build in .build is not disturbed), create
# the virtual environment Benchmarks/.venv with duckdb and pandas when missing, then bench.py: the edge-case
# check, the process floor, and per size (UTF-8, plus CP932 at 100 000) the cached input, the alternating runs,
# the machine floor, the equality checks and the table; then xlsx.py, the same ledger read from an Excel workbook;
# then formats.py, every output format against the CSV register.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
scratch="$root/.build-bench"
venv="$here/.venv"
build=1
args=()
while (($#)); do
    case "$1" in
        --no-build) build=0; shift ;;
        --keep-outputs) args+=("$1"); shift ;;
        --sizes|--runs|--runs-large|--seed|--timeout|--pandas-limit|--settle)
            (($# >= 2)) || { echo "run.sh: $1 needs a value" >&2; exit 64; }
            args+=("$1" "$2"); shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 64 ;;
    esac
done

echo "## Build (release, --scratch-path .build-bench)"
if ((build)); then
    # A source file edited during the build fails it; try again once before giving up.
    for attempt in 1 2; do
        if (cd "$root" && swift build -c release --scratch-path "$scratch" 2>&1 | tail -n 5); then
            break
        elif ((attempt == 2)); then
            echo "run.sh: the build failed" >&2; exit 1
        fi
        echo "build failed; trying again in 10 s"; sleep 10
    done
fi
risk="$scratch/release/risk"
[[ -x "$risk" ]] || { echo "run.sh: $risk is missing (build first)" >&2; exit 1; }
"$risk" --version

echo
echo "## Python environment ($venv)"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import duckdb, pandas' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet duckdb pandas
fi
"$venv/bin/python" -c 'import sys, duckdb, pandas; print("Python", sys.version.split()[0], "| duckdb", duckdb.__version__, "| pandas", pandas.__version__)'

echo
echo "## GNU time (peak RSS of each run)"
if [[ ! -x /usr/bin/time ]]; then
    if command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
        apt-get install -y -q time >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null) \
            || echo "could not install Debian's time: peak RSS falls back to ru_maxrss (inflated by ~20 MB)"
    else
        echo "no /usr/bin/time: peak RSS falls back to ru_maxrss (inflated by ~20 MB); apt-get install time"
    fi
fi
[[ -x /usr/bin/time ]] && /usr/bin/time --version 2>&1 | head -n 1

mkdir -p "$here/data"
echo
python3 "$here/bench.py" --risk "$risk" --python "$venv/bin/python" "${args[@]}"

# Reading an Excel workbook against the same ledger as CSV (100 000 assets), appended to RESULTS.md.
echo
echo "## XLSX input"
xlsx_table=$(python3 "$here/xlsx.py" "$risk" --runs 5)
echo "$xlsx_table"
{
    echo
    echo "## XLSX input"
    echo
    echo "Made by \`Benchmarks/xlsx.py\` (run by run.sh): the 100,000-asset inventory as CSV and as an Excel workbook, each"
    echo "scored to a CSV register, alternating; the two registers must be byte-identical."
    echo
    echo "$xlsx_table"
} >> "$here/RESULTS.md"

# Every output format against the CSV register (100 000 and 1 000 000 assets), appended to RESULTS.md.
echo
echo "## Every output format"
formats_table=$(python3 "$here/formats.py" "$risk")
echo "$formats_table"
{
    echo
    echo "## Every output format"
    echo
    echo "Made by \`Benchmarks/formats.py\` (run by run.sh): the same inventory scored to each format (\`--format F --lang en"
    echo "--output OUT\`), the formats alternating run by run (3 runs at 100,000 assets, 1 at 1,000,000); the last column"
    echo "checks issue 17's bounds at 100,000 assets."
    echo
    echo "$formats_table"
} >> "$here/RESULTS.md"
