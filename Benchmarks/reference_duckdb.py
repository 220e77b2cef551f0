#!/usr/bin/env python3
"""Reference implementation in DuckDB SQL of `risk score INVENTORY --format csv --lang en`.

    python reference_duckdb.py INVENTORY.csv OUT.csv

Method mic, no threat settings and no checklist (vulnerability 3 for every threat). The work is done in SQL:
read_csv of the inventory, the media parsed and matched per distinct cell, the join with the threats, the
importance, value and level, the CSV cells, ORDER BY and COPY to the file. Python only loads the catalog into
tables, decides the encoding (a CP932 file is transcoded to UTF-8 first, as DuckDB reads UTF-8) and maps the
header names to columns.
"""
import os
import sys
import tempfile

import duckdb

import refcommon as rc


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: reference_duckdb.py INVENTORY.csv OUT.csv")
    source, out = sys.argv[1], sys.argv[2]
    codes, names, threats = rc.load_catalog()
    # A threat id is written inside the risk id cell as it is: it must never need quoting nor start a formula.
    assert all(rc.cell(t["id"]) == t["id"] and rc.cell("A" + t["id"]) == "A" + t["id"] for t in threats)

    temporary = None
    try:
        encoding = rc.detect_encoding(source)
        if encoding == "cp932":
            handle, temporary = tempfile.mkstemp(suffix=".csv", dir=os.path.dirname(os.path.abspath(out)))
            os.close(handle)
            rc.transcode_to_utf8(source, temporary)
            source, encoding = temporary, "utf-8"
        header, positions = rc.read_header(source, encoding)
        run(source, out, header, positions, codes, names, threats)
    except rc.InputError as error:
        rc.fail(str(error))
    finally:
        if temporary:
            os.unlink(temporary)


def run(source, out, header, positions, codes, names, threats):
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = true")

    # The catalog as tables.
    con.execute("CREATE TEMP TABLE media_codes (idx INTEGER, code VARCHAR)")
    con.executemany("INSERT INTO media_codes VALUES (?, ?)", list(enumerate(codes)))
    con.execute("CREATE TEMP TABLE medium_names (key VARCHAR, idx INTEGER)")
    con.executemany("INSERT INTO medium_names VALUES (?, ?)", list(names.items()))
    con.execute("""CREATE TEMP TABLE threats (tid VARCHAR, tname VARCHAR, c BOOLEAN, i BOOLEAN, a BOOLEAN,
                   tmask BIGINT, likelihood INTEGER, items VARCHAR, controls VARCHAR)""")
    con.executemany("INSERT INTO threats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(t["id"], t["name"], "C" in t["affects"], "I" in t["affects"], "A" in t["affects"], t["mask"],
                      t["likelihood"], t["items"], t["controls"]) for t in threats])

    # The text rules as macros: width folding, the value of a coded cell, a CSV cell.
    full, half = sql_string(rc.FULL_WIDTH), sql_string(rc.HALF_WIDTH)
    con.execute(f"CREATE MACRO fold(s) AS trim(translate(s, {full}, {half}), ' ' || chr(9) || chr(13) || chr(10) || chr(160) || chr(65279) || chr(8203))")
    # A coded cell is folded and trimmed (InventoryBuilder.value).
    con.execute("CREATE MACRO coded(s) AS fold(s)")
    con.execute("""CREATE MACRO formula_start(s) AS left(s, 1) IN ('=', '+', '-', '@', chr(9), chr(13))""")
    con.execute("""CREATE MACRO csv_cell(s) AS CASE
        WHEN contains(s, ',') OR contains(s, '"') OR contains(s, chr(13)) OR contains(s, chr(10))
            THEN '"' || CASE WHEN formula_start(s) THEN '''' ELSE '' END || replace(s, '"', '""') || '"'
        WHEN formula_start(s) THEN '''' || s
        ELSE s END""")

    # The inventory, every cell as text, in file order.
    width = len(header)
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(width)) + "}"

    def col(key):
        return f"coalesce(c{positions[key]}, '')" if key in positions else "''"

    all_cells = " || ".join(f"coalesce(c{i}, '')" for i in range(width))
    con.execute(f"""
        CREATE TEMP TABLE raw AS
        SELECT row_number() OVER () AS ord, *
        FROM read_csv({sql_string(source)}, header = true, columns = {columns}, auto_detect = false,
                      delim = ',', quote = '"', escape = '"', strict_mode = true)""")
    blank = " AND ".join(f"trim(coalesce(c{i}, ''), ' ' || chr(9)) = ''" for i in range(width))
    con.execute(f"""
        CREATE TEMP TABLE cells AS
        SELECT ord,
               trim({col('id')}, ' ' || chr(9)) AS id,
               {col('name')} AS name,
               {col('department')} AS department,
               {col('media')} AS media_text,
               {col('confidentiality')} AS conf_raw,
               {col('integrity')} AS integ_raw,
               {col('availability')} AS avail_raw,
               {col('personal_data')} AS personal_raw
        FROM raw
        WHERE NOT ({blank})""")
    # The coded cells, each distinct value read once.
    for key, expression in [("conf", "upper(coded(raw))"), ("integ", "coded(raw)"), ("avail", "coded(raw)"),
                            ("personal", "lower(coded(raw))")]:
        con.execute(f"""CREATE TEMP TABLE {key}_map AS
                        SELECT raw, {expression} AS text FROM (SELECT DISTINCT {key}_raw AS raw FROM cells)""")

    # Media: each distinct cell split, folded and matched once (the Swift reader caches them too).
    con.execute("""
        CREATE TEMP TABLE media_sets AS
        WITH d AS (SELECT DISTINCT media_text FROM cells),
             pieces AS (SELECT media_text,
                               unnest(regexp_split_to_array(media_text, '\\r\\n|[|｜、\\n\\r]')) AS piece
                        FROM d),
             parts AS (SELECT media_text, fold(piece) AS part FROM pieces)
        SELECT media_text,
               bit_or(1::BIGINT << n.idx) AS mask,
               count(*) FILTER (WHERE n.idx IS NULL) AS unknown
        FROM parts LEFT JOIN medium_names n
             ON n.key = replace(replace(replace(lower(part), ' ', ''), '_', ''), '-', '')
        WHERE part <> ''
        GROUP BY media_text""")

    con.execute("""
        CREATE TEMP TABLE assets AS
        SELECT c.ord, c.id, c.name, c.department, m.mask, m.unknown, cm.text AS conf_text,
               CASE cm.text WHEN '1' THEN 1 WHEN '2' THEN 2
                                WHEN '3' THEN 3 WHEN '3A' THEN 3 WHEN '3B' THEN 3 WHEN '3C' THEN 3 END AS conf,
               CASE WHEN regexp_full_match(im.text, '[0-9]+') THEN TRY_CAST(im.text AS INTEGER) END AS integ,
               CASE WHEN regexp_full_match(am.text, '[0-9]+') THEN TRY_CAST(am.text AS INTEGER) END AS avail,
               CASE WHEN pm.text IN ('', 'none', 'なし', '無', '無し') THEN 0
                    WHEN pm.text IN ('personal', '個人情報') THEN 1
                    WHEN pm.text IN ('sensitive', '要配慮個人情報') THEN 2
                    WHEN pm.text IN ('my-number', 'my_number', 'mynumber', '特定個人情報') THEN 3 END
                   AS personal
        FROM cells c LEFT JOIN media_sets m USING (media_text)
             JOIN conf_map cm ON cm.raw = c.conf_raw JOIN integ_map im ON im.raw = c.integ_raw
             JOIN avail_map am ON am.raw = c.avail_raw JOIN personal_map pm ON pm.raw = c.personal_raw""")

    # Bad input: `risk` lists the problems and exits 65; so do we, more briefly.
    problems = con.execute("""
        SELECT count(*) FILTER (WHERE id = ''),
               count(*) FILTER (WHERE id <> '') - count(DISTINCT id) FILTER (WHERE id <> ''),
               count(*) FILTER (WHERE trim(name, ' ' || chr(9)) = ''),
               count(*) FILTER (WHERE mask IS NULL OR unknown > 0),
               count(*) FILTER (WHERE conf IS NULL),
               count(*) FILTER (WHERE integ IS NULL OR integ NOT BETWEEN 1 AND 2
                                   OR avail IS NULL OR avail NOT BETWEEN 1 AND 2),
               count(*) FILTER (WHERE personal IS NULL),
               count(*) FILTER (WHERE contains(id, chr(1))),
               count(*)
        FROM assets""").fetchone()
    labels = ["empty ids", "duplicate ids", "empty names", "unknown or empty media", "bad confidentiality",
              "bad integrity or availability", "bad personal data",
              "ids holding U+0001 (which this reference cannot write)"]
    found = [f"{n} {label}" for n, label in zip(problems, labels) if n]
    if problems[-1] == 0:
        found.append("no assets")
    if found:
        raise rc.InputError(", ".join(found))

    # The register: one row per asset and threat whose media meet, in register order.
    header_line = sql_string(rc.REGISTER_HEADER)
    con.execute(f"""
        COPY (
        WITH risks AS (
            SELECT a.ord, t.tid,
                   a.mask & t.tmask AS matched,
                   least(3, greatest(
                       CASE WHEN t.c THEN a.conf ELSE 1 END,
                       CASE WHEN t.i THEN a.integ ELSE 1 END,
                       CASE WHEN t.a THEN a.avail ELSE 1 END,
                       CASE WHEN t.c AND a.personal >= 2 THEN 3 WHEN t.c AND a.personal = 1 THEN 2 ELSE 1 END))
                       AS importance,
                   greatest(1, t.likelihood + {rc.VULNERABILITY} - 3) AS possibility
            FROM assets a JOIN threats t ON (a.mask & t.tmask) <> 0),
        media_strings AS (
            SELECT matched, csv_cell(string_agg(code, '|' ORDER BY idx)) AS media_cell
            FROM (SELECT DISTINCT matched FROM risks) JOIN media_codes ON ((matched >> idx) & 1) = 1
            GROUP BY matched),
        -- What every row of a threat shares, and what every row of an asset shares, as cells written once.
        threat_cells AS (
            SELECT tid,
                   concat(',', csv_cell(tid), ',', csv_cell(tname), ',') AS head,
                   concat(',', likelihood, ',', {rc.VULNERABILITY}, ',',
                          greatest(1, likelihood + {rc.VULNERABILITY} - 3), ',') AS middle,
                   concat(',', csv_cell(items), ',', csv_cell(controls)) AS tail
            FROM threats),
        asset_cells AS (
            -- The risk id is the asset id, '/' and a threat id (which never needs quoting nor starts a formula):
            -- its cell is cut around the threat id once per asset.
            SELECT ord,
                   split_part(csv_cell(id || '/' || chr(1)), chr(1), 1) AS rid_open,
                   split_part(csv_cell(id || '/' || chr(1)), chr(1), 2) AS rid_close,
                   concat(',', csv_cell(id), ',', csv_cell(name), ',', csv_cell(department), ',') AS mid,
                   concat(conf_text, ',', integ, ',', avail, ',') AS classes
            FROM assets)
        SELECT line FROM (
            SELECT 0 AS part, 0 AS value, 0 AS ord, '' AS tid, {header_line} AS line
            UNION ALL
            SELECT 1, r.importance * r.possibility, r.ord, r.tid,
                   concat(ac.rid_open, r.tid, ac.rid_close, ac.mid, ms.media_cell, tc.head, ac.classes,
                          r.importance, tc.middle, r.importance * r.possibility, ',',
                          CASE WHEN r.importance * r.possibility >= 6 THEN 'high'
                               WHEN r.importance * r.possibility >= 4 THEN 'medium' ELSE 'low' END,
                          tc.tail)
            FROM risks r JOIN media_strings ms USING (matched) JOIN threat_cells tc USING (tid)
                 JOIN asset_cells ac USING (ord))
        ORDER BY part, value DESC, ord, tid
        ) TO {sql_string(out)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\x01', NEW_LINE '\\r\\n')
    """)


if __name__ == "__main__":
    main()
