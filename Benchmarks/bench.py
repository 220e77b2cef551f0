#!/usr/bin/env python3
"""The benchmark loop that run.sh starts: inputs, alternating timed runs, equality checks, the Markdown table.

    python3 Benchmarks/bench.py --risk PATH --python VENV_PYTHON [--sizes 1000,100000,1000000] [--runs 5] ...

Every run is a whole process, timed from start to exit (wall clock) with the peak resident set size of that
process read from os.wait4 (ru_maxrss), so nothing has to be installed. Inputs stay in the page cache between
runs (they are read once when generated and validated), so the figures are warm-cache figures.
"""
import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LARGE = 1_000_000

from measure import log, measure, settle  # noqa: E402


def generator_tag():
    with open(os.path.join(HERE, "generate.py"), "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()[:8]


def inventory(size, encoding, seed, risk, data):
    """The cached input for a size, encoding and seed (generated and validated when missing)."""
    name = f"inventory-{size}-{encoding}-seed{seed}-gen{generator_tag()}.csv"
    path = os.path.join(data, name)
    if os.path.exists(path):
        log(f"  input {name}: cached ({os.path.getsize(path) / 1e6:.1f} MB)")
        return path
    log(f"  generating {name} ...")
    started = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--assets", str(size), "--seed", str(seed),
                    "--encoding", encoding, "--out", path], check=True)
    log(f"  generated in {time.perf_counter() - started:.1f} s ({os.path.getsize(path) / 1e6:.1f} MB); "
        f"risk validate:")
    check = subprocess.run([risk, "validate", path, "--lang", "en"], capture_output=True, text=True)
    log("    " + (check.stdout + check.stderr).strip().replace("\n", "\n    "))
    if check.returncode != 0:
        os.unlink(path)
        sys.exit(f"risk validate rejected {name}")
    return path


def compare(a, b):
    """compare.py's verdict, shown as it prints it."""
    done = subprocess.run([sys.executable, os.path.join(HERE, "compare.py"), a, b, "--max", "3"],
                          capture_output=True, text=True)
    log("    " + (done.stdout + done.stderr).strip().replace("\n", "\n    "))
    return done.returncode == 0


def count_lines(path):
    count = 0
    with open(path, "rb") as handle:
        while True:
            block = handle.read(1 << 24)
            if not block:
                return count
            count += block.count(b"\n")


# --- The benchmark -----------------------------------------------------------------------------------------------

IMPLEMENTATIONS = ["risk", "risk-alt", "duckdb", "pandas"]
STREAM_SHIFT_JIS_FROM = 8 << 20  # as in Sources/RiskSystem/Pipeline.swift
STREAM_FROM = 256 << 20


def streams_by_default(encoding, input_bytes):
    """Whether `risk score` streams this inventory (reads it twice in chunks) rather than reading it whole."""
    return input_bytes >= STREAM_FROM or (encoding == "cp932" and input_bytes >= STREAM_SHIFT_JIS_FROM)


def run_case(size, encoding, args, data, floor_version):
    log(f"\n## {size:,} assets, {encoding}")
    source = inventory(size, encoding, args.seed, args.risk, data)
    input_bytes = os.path.getsize(source)
    runs = args.runs_large if size >= LARGE else args.runs
    tag = f"{size}-{encoding}"
    outputs = {impl: os.path.join(data, "out", f"{tag}.{impl}.csv") for impl in IMPLEMENTATIONS}
    # risk-alt is the other way of reading: streamed where risk reads whole by default, and whole where it streams.
    alternative = "never" if streams_by_default(encoding, input_bytes) else "always"
    commands = {
        "risk": [args.risk, "score", source, "--format", "csv", "--lang", "en", "--output", outputs["risk"]],
        "risk-alt": ["env", f"RISK_STREAM={alternative}", args.risk, "score", source, "--format", "csv", "--lang", "en",
                     "--output", outputs["risk-alt"]],
        "duckdb": [args.python, os.path.join(HERE, "reference_duckdb.py"), source, outputs["duckdb"]],
        "pandas": [args.python, os.path.join(HERE, "reference_pandas.py"), source, outputs["pandas"]],
    }
    results = {impl: [] for impl in IMPLEMENTATIONS + ["cat-in", "cat-out"]}
    notes = {impl: [] for impl in IMPLEMENTATIONS}
    stopped = set()
    copy_in = os.path.join(data, "out", f"{tag}.cat-in.copy")
    copy_out = os.path.join(data, "out", f"{tag}.cat-out.copy")
    for round_number in range(1, runs + 1):
        for impl in IMPLEMENTATIONS:
            if impl in stopped:
                continue
            if os.path.exists(outputs[impl]):
                os.unlink(outputs[impl])  # every run writes a new file, none overwrites one still being flushed
            # The run before may have left hundreds of MB of its output to be written to disk (the references do
            # not flush theirs): that is written now, untimed, so that no run pays for another's writing.
            os.sync()
            waited = settle(args.settle) if args.settle > 0 else 0
            result = measure(commands[impl], args.timeout)
            results[impl].append(result)
            log(f"  run {round_number}/{runs} {impl:6}: {result.wall:8.2f} s  {result.rss_kb / 1024:8.0f} MB"
                f"  (other processes: {result.other * 100:3.0f} % of the CPUs"
                + (f"; waited {waited:.0f} s for a quiet machine)" if waited > 1 else ")")
                + ("" if result.ok else f"  {result.status.upper()}"))
            if not result.ok:
                stopped.add(impl)
                notes[impl].append(result.status if result.status == "timeout" else f"failed ({result.status})")
                if result.stderr.strip():
                    log("    " + result.stderr.strip().replace("\n", "\n    "))
            elif impl == "pandas" and size >= LARGE and round_number == 1 and result.wall > args.pandas_limit \
                    and runs > 1:
                stopped.add(impl)
                notes[impl].append(f"1 run only: it took over {args.pandas_limit:.0f} s")
                log(f"    pandas took over {args.pandas_limit:.0f} s: no further pandas runs at this size")
        # The machine floor: read the input and write a copy; read a register-sized file and write a copy.
        register = outputs["risk"] if os.path.exists(outputs["risk"]) else None
        for name, path, copy in [("cat-in", source, copy_in), ("cat-out", register, copy_out)]:
            if path is None:
                continue
            if os.path.exists(copy):
                os.unlink(copy)
            result = measure(["cat", path], args.timeout, stdout_path=copy)
            results[name].append(result)
        log(f"  run {round_number}/{runs} floor : cat input {results['cat-in'][-1].wall:.2f} s"
            + (f", cat register-sized file {results['cat-out'][-1].wall:.2f} s" if results["cat-out"] else ""))
    for copy in (copy_in, copy_out):
        if os.path.exists(copy):
            os.unlink(copy)

    # Are the registers the same?
    equal = {}
    log("  equality with risk's register:")
    for impl in ("risk-alt", "duckdb", "pandas"):
        if results["risk"] and results["risk"][-1].ok and results[impl] and results[impl][-1].ok:
            equal[impl] = compare(outputs["risk"], outputs[impl])
        else:
            equal[impl] = None
            log(f"    {impl}: not compared (no output)")
    register_bytes = os.path.getsize(outputs["risk"]) if os.path.exists(outputs["risk"]) else 0
    register_lines = count_lines(outputs["risk"]) - 1 if register_bytes else 0
    if not args.keep_outputs:
        for path in outputs.values():
            if os.path.exists(path):
                os.unlink(path)
    return {"size": size, "encoding": encoding, "input_bytes": input_bytes, "register_bytes": register_bytes,
            "register_rows": register_lines, "runs": runs, "results": results, "notes": notes, "equal": equal,
            "floor_version": floor_version,
            "streams": streams_by_default(encoding, input_bytes)}


def median_wall(results):
    walls = [r.wall for r in results if r.ok]
    return statistics.median(walls) if walls else None


def summary(case):
    """Per implementation: median, MB/s, assets/s, peak RSS, runs."""
    rows = {}
    for impl in IMPLEMENTATIONS + ["cat-in", "cat-out"]:
        results = case["results"][impl]
        median = median_wall(results)
        ok = [r for r in results if r.ok]
        rows[impl] = {
            "median": median,
            "runs": len(ok),
            "rss_mb": max(r.rss_kb for r in ok) / 1024 if ok else None,
            "mbps": case["input_bytes"] / 1e6 / median if median else None,
            "assets": case["size"] / median if median else None,
            "other": statistics.median(r.other for r in ok) * 100 if ok else None,
            "status": None if ok and len(ok) == len(results) else (results[-1].status if results else "not run"),
        }
    return rows


def ratio(risk, other):
    if not risk or not other:
        return "–"
    if other >= risk:
        return f"{other / risk:.1f}× faster"
    return f"{risk / other:.1f}× slower"


def fmt(value, pattern):
    return "–" if value is None else pattern.format(value)


def table(cases, version):
    lines = [
        "| assets | encoding | input MB | register rows | register MB | implementation | runs | median s "
        "| input MB/s | assets/s | peak RSS MB | other load | risk is |",
        "|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for case in cases:
        rows = summary(case)
        risk_median = rows["risk"]["median"]
        head = (f"| {case['size']:,} | {case['encoding']} | {case['input_bytes'] / 1e6:.1f} "
                f"| {case['register_rows']:,} | {case['register_bytes'] / 1e6:.1f} ")
        for impl in IMPLEMENTATIONS:
            row = rows[impl]
            streamed = case.get("streams", False)
            label = {"risk": "`risk score` (" + ("streamed" if streamed else "read whole") + ")",
                     "risk-alt": "`risk score` " + ("read whole, `RISK_STREAM=never`" if streamed
                                                     else "streamed, `RISK_STREAM=always`"),
                     "duckdb": "DuckDB SQL", "pandas": "pandas"}[impl]
            notes = list(case["notes"][impl])
            if impl != "risk" and case["equal"].get(impl) is False:
                notes.append("REGISTER DIFFERS")
            elif impl != "risk" and case["equal"].get(impl):
                notes.append("identical")
            if notes:
                label += " (" + "; ".join(notes) + ")"
            versus = ""
            if impl != "risk":
                versus = ratio(risk_median, row["median"])
                other = "the other way" if impl == "risk-alt" else impl
                versus = "–" if versus == "–" else versus + f" than {other}"
            lines.append(head + f"| {label} | {row['runs']} | {fmt(row['median'], '{:.3f}')} "
                         f"| {fmt(row['mbps'], '{:.1f}')} | {fmt(row['assets'], '{:,.0f}')} "
                         f"| {fmt(row['rss_mb'], '{:.0f}')} | {fmt(row['other'], '{:.0f} %')} | {versus} |")
        cat_in, cat_out = rows["cat-in"], rows["cat-out"]
        if cat_in["median"] is not None:
            total = cat_in["median"] + (cat_out["median"] or 0)
            lines.append(head + f"| machine floor: `cat` input + `cat` register-sized file "
                         f"({cat_in['median']:.3f} + {fmt(cat_out['median'], '{:.3f}')} s) | {cat_in['runs']} "
                         f"| {total:.3f} | {case['input_bytes'] / 1e6 / total:.1f} | {case['size'] / total:,.0f} "
                         f"| {fmt(max(cat_in['rss_mb'], cat_out['rss_mb'] or 0), '{:.0f}')} "
                         f"| {fmt(cat_in['other'], '{:.0f} %')} | {fmt(risk_median / total if risk_median else None, '{:.1f}× the floor')} |")
    lines.append(f"| – | – | – | – | – | process floor: `risk --version` | {version['runs']} "
                 f"| {version['median']:.4f} | – | – | {version['rss_mb']:.0f} | | |")
    return "\n".join(lines)


def machine():
    def first(command):
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return "?"
    cpu = "?"
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    return {
        "nproc": first(["nproc"]),
        "cpu": cpu,
        "memory": memory,
        "kernel": platform.release(),
        "swift": first(["swift", "--version"]).splitlines()[0] if shutil.which("swift") else "?",
        "python": first([ARGS.python, "--version"]),
        "duckdb": first([ARGS.python, "-c", "import duckdb; print(duckdb.__version__)"]),
        "pandas": first([ARGS.python, "-c", "import pandas, numpy; print(pandas.__version__, '(numpy', "
                                            "numpy.__version__ + ')')"]),
        "risk": first([ARGS.risk, "--version"]),
        "commit": first(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]),
        "dirty": bool(first(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"])),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
    }


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--risk", required=True, help="the risk binary")
    parser.add_argument("--python", required=True, help="the Python of the virtual environment")
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--runs", type=int, default=5, help="runs of each implementation below 1 000 000 assets")
    parser.add_argument("--runs-large", type=int, default=3, help="runs at 1 000 000 assets and more")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1200, help="seconds before a run is killed")
    parser.add_argument("--pandas-limit", type=float, default=90,
                        help="at 1 000 000 assets, one pandas run only when it takes longer than this (s)")
    parser.add_argument("--settle", type=float, default=20,
                        help="before each run, wait up to this long (s) for other processes to quieten")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    parser.add_argument("--keep-outputs", action="store_true", help="keep the registers in data/out")
    ARGS = args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    data = os.path.join(HERE, "data")
    os.makedirs(os.path.join(data, "out"), exist_ok=True)
    started = time.perf_counter()

    log("## Edge cases (every input form the reader accepts)")
    edge = os.path.join(data, "edge-cases.csv")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--edge-cases", "--out", edge], check=True)
    edge_ok = True
    for impl, command in [("risk", [args.risk, "score", edge, "--format", "csv", "--lang", "en", "--output"]),
                          ("duckdb", [args.python, os.path.join(HERE, "reference_duckdb.py"), edge]),
                          ("pandas", [args.python, os.path.join(HERE, "reference_pandas.py"), edge])]:
        result = measure(command + [os.path.join(data, "out", f"edge.{impl}.csv")], args.timeout)
        if not result.ok:
            log(f"  {impl}: {result.status}\n{result.stderr}")
            edge_ok = False
    for impl in ("duckdb", "pandas"):
        edge_ok = compare(os.path.join(data, "out", "edge.risk.csv"), os.path.join(data, "out", f"edge.{impl}.csv")) \
            and edge_ok

    log("\n## Process floor: risk --version")
    if args.settle > 0:
        settle(args.settle)
    version_runs = [measure([args.risk, "--version"], 60) for _ in range(max(10, args.runs * 2))]
    version = {"median": statistics.median(r.wall for r in version_runs), "runs": len(version_runs),
               "rss_mb": max(r.rss_kb for r in version_runs) / 1024}
    log(f"  {version['runs']} runs, median {version['median'] * 1000:.1f} ms")

    cases = []
    for size in sizes:
        cases.append(run_case(size, "utf-8", args, data, version))
        if size == 100_000:
            cases.append(run_case(size, "cp932", args, data, version))
        log("\n" + table(cases, version))

    info = machine()
    command_line = (f"Benchmarks/run.sh --sizes {','.join(str(s) for s in sizes)} --runs {args.runs} "
                    f"--settle {args.settle:g}")
    text = ["# Benchmark results", "",
            f"Made by `{command_line}` (runs at 1 000 000 assets: {args.runs_large}; seed {args.seed}; "
            f"timeout {args.timeout:.0f} s per run) on {info['date']}, in {(time.perf_counter() - started) / 60:.1f} min.",
            "",
            "## Machine", "",
            f"- CPUs (`nproc`): {info['nproc']}; CPU: {info['cpu']}; memory: {info['memory']}; "
            f"Linux {info['kernel']}",
            f"- {info['swift']}",
            f"- `{info['risk']}` built with `swift build -c release`, commit {info['commit']}"
            + (" (with uncommitted changes)" if info["dirty"] else ""),
            f"- {info['python']}, DuckDB {info['duckdb']}, pandas {info['pandas']}",
            "",
            "## Method", "",
            "Each implementation is run as a whole process (start-up included) on the same inventory, all of them "
            "alternating run by run; wall time is the median of the runs, peak RSS the largest of that process "
            "(GNU time's `%M`, the command forked from GNU time's small process). "
            "Before each run the script waits (up to `--settle` seconds) for other processes to use less than 15 % "
            "of the CPUs; *other load* is the median share of the CPUs that other processes still used during "
            "the runs (from /proc/stat, minus the run's own CPU time): high values mean the figures are "
            "disturbed. Before each run, `sync` writes to disk what earlier runs left in the page cache, untimed. "
            "Inputs are in the page cache (warm). Every register is compared with "
            "risk's by `compare.py` (byte for byte). `risk` is `risk score IN --format csv --lang en --output OUT`; "
            "the references are `reference_duckdb.py` and `reference_pandas.py` (Python start-up and imports "
            "included). The machine floor is `cat IN > copy` plus `cat` of a file the register's size "
            "`> copy`; the process floor is `risk --version`. Note that `cat` copies file to file inside the "
            "kernel (copy_file_range), so the floor is lower than what any program that builds its output in "
            "its own memory can reach: on this machine `dd bs=128K` of the 1 000 000-asset register took "
            "0.83 s where `cat` took 0.67 s, and `dd bs=8M` took 4.0 s (large writes miss the cache)."
            " `risk` writes its register the safe way (a temporary file, flushed to disk with fsync, then renamed "
            "over the destination); the references write theirs straight and leave it in the page cache, so "
            "`risk`'s times include getting the register onto the disk and theirs do not: on this machine "
            "`dd bs=1M` of the 100 000-asset register took 0.08–0.11 s, and 0.15 s with `conv=fsync`."
            " `risk` reads an inventory one of two ways: whole, or streamed (read twice in chunks of 512 KB to 2 MB, so that "
            "its memory does not grow with the inventory). By default it streams UTF-8 inventories from 256 MB and "
            "Shift_JIS ones from 8 MB; each size is also run the other way (`RISK_STREAM=always` or `never`), and "
            "its register compared with the default's.",
            "",
            "## Results", "",
            table(cases, version),
            ""]
    small = [c for c in cases if c["size"] == 1000 and c["encoding"] == "utf-8"]
    if small:
        risk_small = median_wall(small[0]["results"]["risk"])
        if risk_small is not None:
            text.append(f"1 000 assets: `risk score` takes {(risk_small - version['median']) * 1000:.1f} ms above "
                        f"`risk --version` ({risk_small * 1000:.1f} ms against {version['median'] * 1000:.1f} ms).")
            text.append("")
    edge_line = ("Edge-case inventory (every media spelling and separator, full-width and lower-case classes, "
                 "every personal-data spelling, quoted cells, formula-like names and ids): the three registers are "
                 + ("identical." if edge_ok else "NOT identical (see the run's output)."))
    text.append(edge_line)
    text.append("")
    with open(args.results, "w", encoding="utf-8") as handle:
        handle.write("\n".join(text))
    log(f"\nwritten {os.path.relpath(args.results, ROOT)}")
    different = [c for c in cases for impl in ("risk-alt", "duckdb", "pandas") if c["equal"].get(impl) is False]
    return 1 if different or not edge_ok else 0


if __name__ == "__main__":
    sys.exit(main())
