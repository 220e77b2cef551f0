#!/usr/bin/env python3
"""Every output format of `risk score` on the same inventory, against the CSV register.

    python3 Benchmarks/formats.py RISK [--sizes 100000,1000000] [--runs 3] [--runs-large 1] [--settle 30]

Per size: the inventory (generate.py, seed 1) is scored to each format (`--format F --lang en --output OUT`), the
formats alternating run by run; prints a Markdown table of the median wall time, peak RSS and output size, each
format's time and size as multiples of the CSV register's, and whether it is within issue 17's bounds at 100,000
assets (JSON ≤ 2× the CSV's time and size, XLSX ≤ 5× its time, HTML and Markdown ≤ 3×, peak RSS ≤ 300 MB). A run
that fails stops the script.
"""

import argparse
import os
import statistics
import subprocess
import sys

from measure import measure, settle

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = ["csv", "json", "xlsx", "html", "md"]
BOUNDS = {"json": (2, 2), "xlsx": (5, None), "html": (3, None), "md": (3, None)}
RSS_BOUND_MB = 300


def inventory(assets, seed):
    path = os.path.join(HERE, "data", f"inventory-{assets}-{seed}.csv")
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--assets", str(assets), "--seed", str(seed),
                        "--out", path], check=True)
    return path


def verdict(kind, time_ratio, size_ratio, rss_mb, assets):
    if kind == "csv":
        return ""
    if assets != 100_000:
        return "completes"
    time_bound, size_bound = BOUNDS[kind]
    ok = time_ratio <= time_bound and rss_mb <= RSS_BOUND_MB and (size_bound is None or size_ratio <= size_bound)
    bounds = f"≤ {time_bound}× time" + (f", ≤ {size_bound}× size" if size_bound else "") + f", ≤ {RSS_BOUND_MB} MB"
    return ("within " if ok else "**outside** ") + bounds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("risk")
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runs-large", type=int, default=1)
    parser.add_argument("--settle", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1800)
    options = parser.parse_args()
    out_dir = os.path.join(HERE, "data")
    print("| assets | format | runs | median s | vs CSV time | output MB | vs CSV size | peak RSS MB | other load | issue 17 |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for assets in [int(size) for size in options.sizes.split(",") if size]:
        path = inventory(assets, options.seed)
        runs = options.runs if assets < 1_000_000 else options.runs_large
        results = {kind: [] for kind in FORMATS}
        sizes = {}
        for _ in range(runs):
            for kind in FORMATS:
                output = os.path.join(out_dir, f"register-{assets}.{kind}")
                settle(options.settle)
                result = measure([options.risk, "score", path, "--format", kind, "--lang", "en", "--output", output],
                                 options.timeout)
                if not result.ok:
                    sys.exit(f"{assets} {kind}: {result.status}\n{result.stderr}")
                results[kind].append(result)
                sizes[kind] = os.path.getsize(output)
                os.remove(output)
        csv_time = statistics.median(r.wall for r in results["csv"])
        for kind in FORMATS:
            median = statistics.median(r.wall for r in results[kind])
            rss = max(r.rss_kb for r in results[kind]) / 1024
            other = statistics.median(r.other for r in results[kind])
            time_ratio, size_ratio = median / csv_time, sizes[kind] / sizes["csv"]
            print(f"| {assets:,} | {kind} | {runs} | {median:.3f} | {time_ratio:.2f}× | {sizes[kind] / 1e6:.1f} | "
                  f"{size_ratio:.2f}× | {rss:.0f} | {other:.0%} | {verdict(kind, time_ratio, size_ratio, rss, assets)} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
