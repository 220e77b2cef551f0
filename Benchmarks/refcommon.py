"""What the two reference implementations share: the catalog, the input decoding, the header names and the
cell rules of `risk score INVENTORY --format csv --lang en` (method mic, no threat settings, no checklist).

The rules are read off the Swift source (Sources/RiskMethod/Input/InventoryReader.swift, TableReader.swift,
TextDecoding.swift, WidthFolding.swift, Catalog/Catalog.swift, Scoring/, Output/CSVRegisterWriter.swift,
Output/CSVCell.swift) and checked against the real binary; see README.md in this folder.
"""
import codecs
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG_DIR = os.path.join(os.path.dirname(HERE), "Catalog")

# The inventory's columns: key, English names (any case), Japanese names (as written), required.
SCHEMA = [
    ("id", ["id", "asset_id"], ["資産ID", "資産番号", "管理番号"], True),
    ("name", ["name", "asset_name"], ["資産名", "情報資産名", "情報資産名称"], True),
    ("media", ["media"], ["媒体・保存先", "媒体", "保存先", "媒体/保存先"], True),
    ("confidentiality", ["confidentiality"], ["機密性"], True),
    ("integrity", ["integrity"], ["完全性"], True),
    ("availability", ["availability"], ["可用性"], True),
    ("personal_data", ["personal_data"], ["個人情報"], False),
    ("department", ["department"], ["管理部署", "所管課", "担当課"], False),
    ("owner", ["owner"], ["管理者"], False),
    ("notes", ["notes"], ["備考"], False),
]

REGISTER_HEADER = ("risk_id,asset_id,asset_name,department,media,threat_id,threat,confidentiality,integrity,"
                   "availability,importance,likelihood,vulnerability,possibility,risk_value,level,revision_items,"
                   "controls")

# Full-width ASCII (U+FF01–U+FF5E) folds to ASCII, the ideographic space to a space (WidthFolding.swift).
FULL_WIDTH = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
HALF_WIDTH = "".join(chr(c) for c in range(0x21, 0x7F)) + " "
FOLD_TABLE = str.maketrans(FULL_WIDTH, HALF_WIDTH)
# What String.trimmingSpaces trims (one-scalar characters only: a CRLF pair is one Swift Character, not trimmed).
TRIM_CHARS = " \t\u3000\r\n\u00a0\ufeff\u200b"

CONFIDENTIALITY = {"1": 1, "2": 2, "3": 3, "3A": 3, "3B": 3, "3C": 3}
PERSONAL = {"": 0, "none": 0, "なし": 0, "無": 0, "無し": 0,
            "personal": 1, "個人情報": 1,
            "sensitive": 2, "要配慮個人情報": 2,
            "my-number": 3, "my_number": 3, "mynumber": 3, "特定個人情報": 3}
LEVEL_LABELS = {value: ("high" if value >= 6 else "medium" if value >= 4 else "low") for value in range(10)}
VULNERABILITY = 3  # no threat settings and no checklist: the inherent risk


class InputError(Exception):
    """Bad input data: `risk` exits 65 on it; the references exit 65 too."""


def fold(text):
    """Full-width forms folded and surrounding spaces trimmed, as WidthFolding.fold does."""
    return swift_trim(text.translate(FOLD_TABLE))


def swift_trim(text):
    """String.trimmingSpaces: white space (CR, LF and CRLF included) removed at both ends."""
    start, end = 0, len(text)
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return text[start:end]


def medium_key(name):
    """Catalog.foldMediumName: folded, lower case, without spaces, underscores and hyphens."""
    return fold(name).lower().replace(" ", "").replace("_", "").replace("-", "")


def load_catalog():
    """The media, and per threat what the register needs, in catalog order."""
    with open(os.path.join(CATALOG_DIR, "media.json"), encoding="utf-8") as handle:
        media = json.load(handle)
    with open(os.path.join(CATALOG_DIR, "threats.json"), encoding="utf-8") as handle:
        threats = json.load(handle)
    with open(os.path.join(CATALOG_DIR, "controls.json"), encoding="utf-8") as handle:
        controls = json.load(handle)
    codes = [m["code"] for m in media]
    index = {code: i for i, code in enumerate(codes)}
    # Every name a medium goes by, the first medium to claim a key keeping it (Catalog.init).
    names = {}
    for i, m in enumerate(media):
        ja = m["name"]["ja"]
        cut = min([p for p in (ja.find("（"), ja.find("(")) if p >= 0], default=-1)
        short = ja[:cut] if cut >= 0 else ja
        for name in (m["code"], ja, short, m["name"]["en"]):
            names.setdefault(medium_key(name), i)
    result = []
    for t in threats:
        linked = [c["id"] for c in controls if t["id"] in c["threats"]]
        mask = 0
        for code in t["media"]:
            mask |= 1 << index[code]
        result.append({
            "id": t["id"],
            "name": t["name"]["en"],
            "affects": set(t["affects"]),
            "mask": mask,
            "likelihood": t["likelihood"],
            "items": "|".join(str(n) for n in t["revision_items"]),
            "controls": "|".join(list(t.get("iso27001_2013", [])) + linked),
        })
    return codes, names, result


def possibility(likelihood, vulnerability=VULNERABILITY):
    return max(1, likelihood + vulnerability - 3)


def cell(text):
    """CSVCell.append: a leading ' before a formula start, quotes around a comma, quote or line break."""
    formula = text[:1] in ("=", "+", "-", "@", "\t", "\r")
    if any(c in text for c in ',"\r\n'):
        return '"' + ("'" if formula else "") + text.replace('"', '""') + '"'
    return "'" + text if formula else text


# --- The input file -------------------------------------------------------------------------------------------

def detect_encoding(path, chunk=1 << 24):
    """'utf-8-sig' (a BOM), 'utf-8' or 'cp932', as TextDecoder.decode decides; raises InputError otherwise."""
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise InputError("UTF-16 is not supported")
        bom = head[:3] == b"\xef\xbb\xbf"
        handle.seek(3 if bom else 0)
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        try:
            while True:
                block = handle.read(chunk)
                if b"\x00" in block:
                    raise InputError("NUL byte in the input")
                if not block:
                    decoder.decode(b"", final=True)
                    break
                decoder.decode(block)
        except UnicodeDecodeError:
            if bom:
                raise InputError("invalid UTF-8 after a byte order mark")
            return "cp932"
    return "utf-8-sig" if bom else "utf-8"


def transcode_to_utf8(path, out_path, chunk=1 << 24):
    """Writes the CP932 file `path` as UTF-8 to `out_path`."""
    decoder = codecs.getincrementaldecoder("cp932")("strict")
    try:
        with open(path, "rb") as source, open(out_path, "wb") as target:
            while True:
                block = source.read(chunk)
                text = decoder.decode(block, final=not block)
                target.write(text.encode("utf-8"))
                if not block:
                    break
    except UnicodeDecodeError as error:
        raise InputError("neither UTF-8 nor Shift_JIS (CP932): %s" % error)


def read_header(path, encoding):
    """The header row's fields, and for each schema key the index of its column (or None)."""
    with open(path, encoding=encoding, newline="") as handle:
        text = handle.read(1 << 16)
    # Leading blank lines are skipped, as TableReader does.
    text = text.lstrip(" \t\r\n")
    header = next(csv.reader(io.StringIO(text, newline="")))
    positions = {}
    for i, raw in enumerate(header):
        folded = fold(raw)
        if not folded:
            continue
        for key, english, japanese, _ in SCHEMA:
            if folded.lower() in [e.lower() for e in english] or folded in japanese:
                if key in positions:
                    raise InputError("column %s given twice" % folded)
                positions[key] = i
                break
    for key, _, _, required in SCHEMA:
        if required and key not in positions:
            raise InputError("missing column %s" % key)
    return header, positions


def fail(message):
    print("error: " + message, file=sys.stderr)
    sys.exit(65)
