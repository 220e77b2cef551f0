#!/usr/bin/env python3
"""Compares two CSV risk registers.

    python3 Benchmarks/compare.py A.csv B.csv [--max N]

Exit 0 when the files are byte-identical (prints the line count), 1 when they differ, 2 when one is missing: then the first N differing
rows (default 10) are printed with their row number (1 = the header) and the columns that differ, or, when
every cell is the same, the first byte where the files part (quoting, line endings or a byte order mark).
Streams both files, so it works on registers of gigabytes. Standard library only.
"""
import argparse
import csv
import itertools
import os
import sys

CHUNK = 1 << 24


def first_byte_difference(a, b):
    """The offset of the first differing byte, or None when the files are identical; and the CRLF count."""
    offset = 0
    lines = 0
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            ca, cb = fa.read(CHUNK), fb.read(CHUNK)
            if ca != cb:
                n = min(len(ca), len(cb))
                i = next((k for k in range(n) if ca[k] != cb[k]), n)
                return offset + i, lines
            if not ca:
                return None, lines
            lines += ca.count(b"\n")
            offset += len(ca)


def records(path):
    handle = open(path, encoding="utf-8", errors="surrogateescape", newline="")
    return csv.reader(handle)


def main():
    parser = argparse.ArgumentParser(description="Compare two CSV risk registers.")
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--max", type=int, default=10, help="differences to print")
    args = parser.parse_args()

    for path in (args.a, args.b):
        if not os.path.isfile(path):
            print(f"{path}: no such file")
            return 2
    offset, lines = first_byte_difference(args.a, args.b)
    if offset is None:
        print(f"identical: {args.a} and {args.b} ({lines} lines, byte for byte)")
        return 0

    header = None
    shown = 0
    count = 0
    rows = 0
    for number, (ra, rb) in enumerate(itertools.zip_longest(records(args.a), records(args.b)), start=1):
        rows = number
        if number == 1:
            header = ra or rb
        if ra == rb:
            continue
        count += 1
        if shown < args.max:
            shown += 1
            if ra is None or rb is None:
                which = args.a if ra is None else args.b
                print(f"row {number}: {which} has ended; the other has {ra or rb}")
                continue
            columns = [i for i in range(max(len(ra), len(rb)))
                       if (ra[i] if i < len(ra) else None) != (rb[i] if i < len(rb) else None)]
            names = [header[i] if header and i < len(header) else str(i + 1) for i in columns]
            print(f"row {number}: columns {', '.join(names)} differ")
            print(f"  {args.a}: {ra}")
            print(f"  {args.b}: {rb}")
    if count == 0:
        with open(args.a, "rb") as fa, open(args.b, "rb") as fb:
            fa.seek(max(0, offset - 40))
            fb.seek(max(0, offset - 40))
            print(f"every cell is the same ({rows} rows), but the bytes differ at offset {offset} "
                  f"(quoting, line endings or a byte order mark):")
            print(f"  {args.a}: {fa.read(80)!r}")
            print(f"  {args.b}: {fb.read(80)!r}")
    else:
        print(f"{count} of {rows} rows differ (first byte difference at offset {offset})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
