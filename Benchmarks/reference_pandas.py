#!/usr/bin/env python3
"""Reference implementation in pandas of `risk score INVENTORY --format csv --lang en`.

    python reference_pandas.py INVENTORY.csv OUT.csv

Method mic, no threat settings and no checklist (vulnerability 3 for every threat). pandas reads the inventory
(UTF-8, UTF-8 with BOM or CP932), the coded cells and the media are parsed once per distinct value and mapped,
the (asset, threat) pairs whose media meet are selected per threat, scored with vectorised arithmetic, sorted
with sort_values, and the rows are assembled from per-asset and per-threat pieces and written in chunks.
"""
import sys
import warnings

import numpy as np
import pandas as pd

import refcommon as rc


def coded(text):
    """InventoryBuilder.value: folded and trimmed."""
    return rc.fold(text)


def parse_media(text, names):
    """The media mask of a cell, or None when a part is unknown or there is none."""
    parts = [rc.fold(p) for p in
             text.replace("\r\n", "\n").replace("\r", "\n").replace("｜", "|").replace("、", "|").replace("\n", "|")
             .split("|")]
    mask = 0
    count = 0
    for part in parts:
        if not part:
            continue
        count += 1
        index = names.get(rc.medium_key(part))
        if index is None:
            return None
        mask |= 1 << index
    return mask if count else None


def mapped(series, function):
    """`function` applied once per distinct value of `series`."""
    uniques = pd.unique(series)
    return series.map(dict(zip(uniques, (function(u) for u in uniques))))


def cell_series(series):
    """CSVCell.append over a Series."""
    needs_quotes = series.str.contains('[,"\r\n]', regex=True)
    formula = series.str[:1].isin(["=", "+", "-", "@", "\t", "\r"])
    prefix = np.where(formula, "'", "")
    quoted = '"' + prefix + series.str.replace('"', '""', regex=False) + '"'
    return quoted.where(needs_quotes, prefix + series)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: reference_pandas.py INVENTORY.csv OUT.csv")
    source, out = sys.argv[1], sys.argv[2]
    codes, names, threats = rc.load_catalog()
    try:
        encoding = rc.detect_encoding(source)
        header, positions = rc.read_header(source, encoding)
        register = score(source, encoding, header, positions, codes, names, threats)
    except rc.InputError as error:
        rc.fail(str(error))
    write(register, out)


def score(source, encoding, header, positions, codes, names, threats):
    # index_col=False: trailing fields beyond the header (empty ones are what some exports add) are dropped.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pd.errors.ParserWarning)
        raw = pd.read_csv(source, encoding=encoding, header=0, dtype=str, keep_default_na=False, na_filter=False,
                          skip_blank_lines=True, engine="c", quotechar='"', doublequote=True, index_col=False)
    raw.columns = range(raw.shape[1])
    # A row whose every cell is empty or white space is skipped (only rows with a blank first cell can be).
    blank = raw[0].str.fullmatch(r"[ \t]*")
    if blank.any():
        blank[blank] = raw.loc[blank].apply(lambda column: column.str.fullmatch(r"[ \t]*")).all(axis=1)
    raw = raw.loc[~blank].reset_index(drop=True)

    def column(key):
        return raw[positions[key]] if key in positions else pd.Series([""] * len(raw), dtype=object)

    assets = pd.DataFrame({
        "id": column("id").str.strip(" \t"),
        "name": column("name"),
        "department": column("department"),
        "conf_text": mapped(column("confidentiality"), lambda v: coded(v).upper()),
        "integ": mapped(column("integrity"), coded),
        "avail": mapped(column("availability"), coded),
        "personal": mapped(column("personal_data"), lambda v: rc.PERSONAL.get(coded(v).lower(), -1)),
        "mask": mapped(column("media"), lambda v: parse_media(v, names)),
    })
    assets["conf"] = assets["conf_text"].map(rc.CONFIDENTIALITY)
    for key in ("integ", "avail"):
        valid = assets[key].str.fullmatch(r"[0-9]+")
        assets[key] = pd.to_numeric(assets[key].where(valid), errors="coerce")

    problems = {
        "empty ids": (assets["id"] == "").sum(),
        "duplicate ids": assets.loc[assets["id"] != "", "id"].duplicated().sum(),
        "empty names": (assets["name"].str.strip(" \t") == "").sum(),
        "unknown or empty media": assets["mask"].isna().sum(),
        "bad confidentiality": assets["conf"].isna().sum(),
        "bad integrity or availability": (~assets["integ"].between(1, 2) | ~assets["avail"].between(1, 2)).sum(),
        "bad personal data": (assets["personal"] < 0).sum(),
    }
    found = [f"{n} {label}" for label, n in problems.items() if n]
    if len(assets) == 0:
        found.append("no assets")
    if found:
        raise rc.InputError(", ".join(found))
    assets = assets.astype({"mask": "int64", "conf": "int64", "integ": "int64", "avail": "int64",
                            "personal": "int64"})

    # The threats, and the (asset, threat) pairs whose media meet.
    tframe = pd.DataFrame(threats)
    tframe["c"] = tframe["affects"].map(lambda s: "C" in s)
    tframe["i"] = tframe["affects"].map(lambda s: "I" in s)
    tframe["a"] = tframe["affects"].map(lambda s: "A" in s)
    tframe["possibility"] = tframe["likelihood"].map(rc.possibility)
    tframe["rank"] = tframe["id"].map(lambda i: sorted(tframe["id"], key=lambda x: x.encode()).index(i))
    assert not tframe["id"].str.contains('[,"\r\n=+\\-@\t]', regex=True).any()
    pairs = pd.concat(
        [pd.DataFrame({"asset": np.flatnonzero((assets["mask"].to_numpy() & t.mask) != 0), "threat": t.Index})
         for t in tframe.itertuples()], ignore_index=True)

    a = assets.iloc[pairs["asset"].to_numpy()].reset_index(drop=True)
    t = tframe.iloc[pairs["threat"].to_numpy()].reset_index(drop=True)
    importance = np.ones(len(pairs), dtype=np.int64)
    importance = np.maximum(importance, np.where(t["c"], a["conf"], 1))
    importance = np.maximum(importance, np.where(t["i"], a["integ"], 1))
    importance = np.maximum(importance, np.where(t["a"], a["avail"], 1))
    raise_to = np.select([a["personal"] >= 2, a["personal"] == 1], [3, 2], 1)
    importance = np.minimum(3, np.maximum(importance, np.where(t["c"], raise_to, 1)))
    pairs["importance"] = importance
    pairs["value"] = importance * t["possibility"].to_numpy()
    pairs["matched"] = a["mask"].to_numpy() & t["mask"].to_numpy()
    pairs["rank"] = t["rank"].to_numpy()
    pairs = pairs.sort_values(["value", "asset", "rank"], ascending=[False, True, True], kind="stable",
                              ignore_index=True)

    # The row's pieces: per asset, per threat, per media mask and per value, then put together.
    id_cells = cell_series(assets["id"])
    plain_id = id_cells == assets["id"]
    needs_quotes = assets["id"].str.contains('[,"\r\n]', regex=True)
    formula = assets["id"].str[:1].isin(["=", "+", "-", "@", "\t", "\r"])
    rid_open = (np.where(needs_quotes, '"', "") + np.where(formula, "'", "")
                + assets["id"].str.replace('"', '""', regex=False) + "/")
    rid_open = rid_open.where(~plain_id, assets["id"] + "/")
    rid_close = pd.Series(np.where(needs_quotes, '"', ""), dtype=object)
    asset_mid = ("," + id_cells + "," + cell_series(assets["name"]) + "," + cell_series(assets["department"]) + ",")
    asset_classes = (assets["conf_text"] + "," + assets["integ"].astype(str) + "," + assets["avail"].astype(str)
                     + ",")
    threat_head = ("," + cell_series(tframe["id"]) + "," + cell_series(tframe["name"]) + ",")
    threat_middle = ("," + tframe["likelihood"].astype(str) + "," + str(rc.VULNERABILITY) + ","
                     + tframe["possibility"].astype(str) + ",")
    threat_tail = ("," + cell_series(tframe["items"]) + "," + cell_series(tframe["controls"]) + "\r\n")
    masks = pd.unique(pairs["matched"])
    media_strings = pd.Series(
        {m: rc.cell("|".join(code for i, code in enumerate(codes) if (m >> i) & 1)) for m in masks})
    value_level = pd.Series({v: f"{v},{rc.LEVEL_LABELS[v]}" for v in range(10)})

    pieces = {
        "rid_open": rid_open.to_numpy(dtype=object), "rid_close": rid_close.to_numpy(dtype=object),
        "asset_mid": asset_mid.to_numpy(dtype=object), "asset_classes": asset_classes.to_numpy(dtype=object),
        "tid": tframe["id"].to_numpy(dtype=object), "threat_head": threat_head.to_numpy(dtype=object),
        "threat_middle": threat_middle.to_numpy(dtype=object), "threat_tail": threat_tail.to_numpy(dtype=object),
        "media": media_strings, "value_level": value_level,
    }
    return pairs, pieces


def lines(pairs, p):
    """The register's rows for `pairs` (a slice of the sorted pairs), as a Series of strings."""
    ai = pairs["asset"].to_numpy()
    ti = pairs["threat"].to_numpy()

    def take(array, index):
        return pd.Series(array[index], dtype=object)

    return (take(p["rid_open"], ai) + take(p["tid"], ti) + take(p["rid_close"], ai) + take(p["asset_mid"], ai)
            + pairs["matched"].map(p["media"]).astype(object).to_numpy() + take(p["threat_head"], ti)
            + take(p["asset_classes"], ai) + pairs["importance"].astype(str).astype(object).to_numpy()
            + take(p["threat_middle"], ti) + pairs["value"].map(p["value_level"]).astype(object).to_numpy()
            + take(p["threat_tail"], ti))


def write(register, out, chunk=1_000_000):
    """Writes the header and the rows, a chunk of rows at a time."""
    pairs, pieces = register
    with open(out, "wb") as handle:
        handle.write((rc.REGISTER_HEADER + "\r\n").encode("utf-8"))
        for start in range(0, len(pairs), chunk):
            part = lines(pairs.iloc[start:start + chunk], pieces)
            handle.write("".join(part.to_numpy(dtype=object)).encode("utf-8"))


if __name__ == "__main__":
    main()
