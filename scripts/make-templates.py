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
    write("plan-ja.csv", ["リスクID", "対応", "追加対策", "担当", "期限", "備考"], [], True)
    write("plan-en.csv", ["risk_id", "treatment", "controls", "owner", "due", "note"], [], False)
    # The guideline sections the catalog refers to, for the organisation to name its own clauses.
    items = load("items.json")
    sections = {}
    for item in items + controls:
        text = item["section"].strip("「」").replace("\u3000", " ")
        number = ""
        for ch in text:
            if ch.isascii() and (ch.isdigit() or ch == "."):
                number += ch
            else:
                break
        number = number.rstrip(".")
        if number and number not in sections:
            sections[number] = text[len(number):].strip()
    ordered = sorted(sections, key=lambda n: [int(x) for x in n.split(".")])
    write("policy-ja.csv", ["節", "ガイドラインの見出し", "条項", "見出し"], [[n, sections[n], "", ""] for n in ordered], True)
    write("policy-en.csv", ["section", "guideline_title", "clause", "title"], [[n, sections[n], "", ""] for n in ordered], False)
    print("wrote Templates/{threats,checklist,plan,policy}-{ja,en}.csv")


if __name__ == "__main__":
    main()
