#!/usr/bin/env python3
"""Reading a ledger from an Excel workbook against the same ledger as CSV.

    python3 Benchmarks/xlsx.py RISK [--assets 100000] [--runs 5] [--settle 30]

Writes the inventory (generate.py, same seed) as CSV and as XLSX (shared strings and numbers, as Excel writes a
workbook), runs `RISK score IN --format csv --output OUT` on each, alternating, and prints a Markdown table:
median wall time, peak RSS, other load, and the XLSX run's time as a multiple of the CSV run's. The two registers
must be byte-identical (the run fails otherwise).
"""

import argparse
import filecmp
import os
import statistics
import subprocess
import sys

from measure import measure, settle

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("risk")
    parser.add_argument("--assets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    data = os.path.join(HERE, "data")
    os.makedirs(data, exist_ok=True)
    inputs = {}
    for kind in ["csv", "xlsx"]:
        path = os.path.join(data, f"inventory-{options.assets}-{options.seed}.{kind}")
        if not os.path.exists(path):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--assets", str(options.assets),
                            "--seed", str(options.seed), "--format", kind, "--out", path], check=True)
        inputs[kind] = path
    results = {kind: [] for kind in inputs}
    outputs = {kind: os.path.join(data, f"register-from-{kind}.csv") for kind in inputs}
    for _ in range(options.runs):
        for kind, path in inputs.items():
            settle(options.settle)
            result = measure([options.risk, "score", path, "--format", "csv", "--lang", "en", "--output", outputs[kind]], 600)
            if not result.ok:
                sys.exit(f"{kind}: {result.status}\n{result.stderr}")
            results[kind].append(result)
    if not filecmp.cmp(outputs["csv"], outputs["xlsx"], shallow=False):
        sys.exit("the registers from the CSV and the XLSX inventory differ")
    csv_median = statistics.median(r.wall for r in results["csv"])
    print(f"| input | input MB | runs | median s | peak RSS MB | other load | vs CSV |")
    print(f"|---|---:|---:|---:|---:|---:|---|")
    for kind, runs in results.items():
        median = statistics.median(r.wall for r in runs)
        size = os.path.getsize(inputs[kind]) / 1e6
        rss = max(r.rss_kb for r in runs) / 1024
        other = statistics.median(r.other for r in runs)
        ratio = "" if kind == "csv" else f"{median / csv_median:.2f}× the CSV's time"
        print(f"| {options.assets:,} assets, {kind.upper()} | {size:.1f} | {len(runs)} | {median:.3f} | {rss:.0f} | "
              f"{other:.0%} | {ratio} |")
    print(f"\nThe two registers are byte-identical ({os.path.getsize(outputs['csv']) / 1e6:.1f} MB).")


if __name__ == "__main__":
    main()
