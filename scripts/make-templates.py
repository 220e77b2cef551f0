#!/usr/bin/env python3
"""Writes the fill-in templates of Templates/ that list the catalog: threat settings and the control checklist.

Run after changing Catalog/, then `python3 scripts/embed.py`. A test checks that the templates list every threat
and control of the built-in catalog.
"""
import csv
import io
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOM = "\ufeff"


def load(name):
    with open(os.path.join(ROOT, "Catalog", name), encoding="utf-8") as handle:
        return json.load(handle)


def write(name, header, rows, bom):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(os.path.join(ROOT, "Templates", name), "w", encoding="utf-8", newline="") as handle:
        handle.write((BOM if bom else "") + buffer.getvalue())


def main():
    threats = load("threats.json")
    controls = load("controls.json")
    write("threats-ja.csv", ["脅威ID", "脅威", "既定の起こりやすさ", "起こりやすさ", "つけ込みやすさ", "対象"],
          [[t["id"], t["name"]["ja"], t["likelihood"], "", "", ""] for t in threats], True)
    write("threats-en.csv", ["threat_id", "threat", "default_likelihood", "likelihood", "vulnerability", "in_scope"],
          [[t["id"], t["name"]["en"], t["likelihood"], "", "", ""] for t in threats], False)
    write("checklist-ja.csv", ["対策ID", "対策内容", "実施状況"],
          [[c["id"], c["text"]["ja"], ""] for c in controls], True)
    write("checklist-en.csv", ["control_id", "control", "status"],
          [[c["id"], c["text"]["en"], ""] for c in controls], False)
    print("wrote Templates/threats-{ja,en}.csv and Templates/checklist-{ja,en}.csv")


if __name__ == "__main__":
    main()
