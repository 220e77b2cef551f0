#!/usr/bin/env python3
"""Writes a deterministic, realistic city-hall asset inventory (情報資産台帳) as CSV, for benchmarks.

    python3 Benchmarks/generate.py --assets 100000 --seed 1 --encoding utf-8 --out Benchmarks/data/inv.csv

The same arguments always give the same bytes: the only randomness is random.Random(seed), and no set or dict
of strings is iterated in hash order. The file is what Japanese Excel would save: Japanese headers, CRLF line
endings, UTF-8 with a BOM ("CSV UTF-8") or CP932 without one ("CSV").

`--edge-cases` writes instead a small inventory that exercises every input form the reader accepts (media by
code, Japanese name, short name, English name, full-width forms, every separator; full-width and lower-case
classes; every personal-data spelling; quoted cells with commas, quotes and line breaks; formula-like names;
spaces around ids), so that the reference implementations can be checked against `risk` on the awkward cases.

`--format xlsx` writes the same inventory as an Excel workbook (one sheet, 資産台帳) the way Excel writes one:
text in the shared strings, numbers as numbers, cell references on every cell; only the standard library.
"""
import argparse
import json
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(os.path.dirname(HERE), "Catalog")

HEADER = ["資産ID", "資産名", "媒体・保存先", "機密性", "完全性", "可用性", "個人情報", "管理部署", "管理者", "備考"]

# Departments of a mid-sized city, with the document kinds each keeps. A kind is
# (name, media pool, confidentiality weights for 1/2/3, personal-data weights for なし/個人情報/要配慮/特定).
DEPARTMENTS = [
    ("市民課", ["住民票", "住民基本台帳", "戸籍届書", "印鑑登録原票", "転入届", "マイナンバーカード交付申請書", "住民異動届"]),
    ("税務課", ["課税台帳", "固定資産課税台帳", "軽自動車税申告書", "給与支払報告書", "市県民税申告書", "納税証明書交付簿"]),
    ("収納課", ["滞納整理記録", "口座振替依頼書", "督促状発送リスト", "収納消込データ"]),
    ("介護保険課", ["介護認定調査票", "主治医意見書", "介護保険被保険者台帳", "介護給付費明細書"]),
    ("生活福祉課", ["生活保護ケース記録", "保護決定通知書", "扶養照会書"]),
    ("障害福祉課", ["障害者手帳交付台帳", "障害支援区分認定調査票", "補装具給付申請書"]),
    ("子育て支援課", ["児童手当受給者台帳", "保育所入所申込書", "児童扶養手当申請書", "子ども医療費助成台帳"]),
    ("健康推進課", ["予防接種台帳", "がん検診結果", "母子健康手帳交付記録", "特定健診データ"]),
    ("保険年金課", ["国民健康保険被保険者台帳", "国民年金資格記録", "高額療養費申請書"]),
    ("人事課", ["人事記録", "給与データ", "職員健康診断結果", "勤務実績表", "採用試験答案"]),
    ("総務課", ["文書管理台帳", "公印使用簿", "議事録", "情報公開請求書", "庁議資料"]),
    ("財政課", ["予算編成資料", "決算資料", "起債台帳"]),
    ("会計課", ["支出命令書", "支払データ", "債権者登録台帳"]),
    ("契約課", ["契約書", "入札参加資格者名簿", "予定価格調書", "入札執行調書"]),
    ("企画課", ["総合計画策定資料", "ふるさと納税受付データ", "市民意識調査票"]),
    ("広報課", ["広報誌原稿", "市公式ホームページ原稿", "報道発表資料", "市公式SNS投稿記録"]),
    ("情報政策課", ["システム構成図", "アカウント管理台帳", "アクセスログ", "ネットワーク機器設定", "バックアップデータ"]),
    ("危機管理課", ["避難行動要支援者名簿", "防災無線運用記録", "災害対策本部記録", "備蓄品台帳"]),
    ("管財課", ["公有財産台帳", "庁舎監視カメラ映像", "公用車運行記録"]),
    ("都市計画課", ["都市計画図", "開発許可申請書", "建築確認台帳"]),
    ("道路課", ["道路台帳", "占用許可申請書", "工事設計書"]),
    ("環境課", ["ごみ収集委託契約書", "犬の登録台帳", "公害苦情記録"]),
    ("上下水道局", ["水道使用者台帳", "検針データ", "料金調定データ"]),
    ("学校教育課", ["学齢簿", "就学援助申請書", "児童生徒指導要録", "学校給食費データ"]),
    ("議会事務局", ["会議録", "請願書", "議員名簿", "委員会記録"]),
    ("選挙管理委員会事務局", ["選挙人名簿", "期日前投票記録", "開票記録"]),
]

# What the words of a document kind say about it: (substring, confidentiality weights [1, 2, 3],
# personal-data weights [なし, 個人情報, 要配慮個人情報, 特定個人情報]). The first match wins.
PROFILES = [
    ("マイナンバー", [0, 10, 90], [0, 10, 0, 90]),
    ("課税", [0, 20, 80], [0, 30, 0, 70]),
    ("給与", [0, 30, 70], [0, 40, 0, 60]),
    ("ケース記録", [0, 5, 95], [0, 5, 95, 0]),
    ("介護", [0, 20, 80], [0, 40, 60, 0]),
    ("障害", [0, 20, 80], [0, 30, 70, 0]),
    ("健康", [0, 25, 75], [0, 30, 70, 0]),
    ("健診", [0, 20, 80], [0, 20, 80, 0]),
    ("検診", [0, 20, 80], [0, 20, 80, 0]),
    ("医", [0, 30, 70], [0, 30, 70, 0]),
    ("保護", [0, 10, 90], [0, 10, 90, 0]),
    ("住民", [0, 30, 70], [0, 50, 0, 50]),
    ("戸籍", [0, 20, 80], [0, 90, 10, 0]),
    ("年金", [0, 30, 70], [0, 30, 0, 70]),
    ("保険", [0, 40, 60], [0, 50, 0, 50]),
    ("手当", [0, 40, 60], [0, 50, 0, 50]),
    ("名簿", [0, 70, 30], [5, 90, 5, 0]),
    ("台帳", [5, 70, 25], [15, 80, 0, 5]),
    ("申請書", [0, 75, 25], [5, 90, 5, 0]),
    ("予定価格", [0, 10, 90], [100, 0, 0, 0]),
    ("入札", [5, 80, 15], [90, 10, 0, 0]),
    ("契約", [10, 85, 5], [80, 20, 0, 0]),
    ("広報", [90, 10, 0], [95, 5, 0, 0]),
    ("ホームページ", [90, 10, 0], [100, 0, 0, 0]),
    ("報道", [70, 30, 0], [100, 0, 0, 0]),
    ("SNS", [85, 15, 0], [100, 0, 0, 0]),
    ("議事録", [30, 65, 5], [85, 15, 0, 0]),
    ("会議録", [60, 40, 0], [90, 10, 0, 0]),
    ("計画", [30, 65, 5], [100, 0, 0, 0]),
    ("図", [35, 60, 5], [100, 0, 0, 0]),
    ("ログ", [0, 60, 40], [20, 80, 0, 0]),
    ("設定", [0, 40, 60], [100, 0, 0, 0]),
    ("アカウント", [0, 40, 60], [10, 90, 0, 0]),
    ("", [15, 70, 15], [55, 45, 0, 0]),
]

# Media by kind of holding: the pools a document kind draws its media from, as media codes.
PAPER_POOL = ["paper", "paper", "paper", "mfp", "removable", "contractor"]
SYSTEM_POOL = ["system", "system", "server", "server", "pc", "cloud", "contractor", "network", "removable",
               "email", "laptop", "mfp"]
PUBLIC_POOL = ["website", "cloud", "social-media", "pc", "email", "smart-device"]
FIELD_POOL = ["laptop", "smart-device", "paper", "special-device", "private-device", "removable", "network"]
OFFICE_POOL = ["pc", "pc", "server", "email", "paper", "mfp", "removable", "smart-device", "cloud",
               "special-device", "private-device", "network"]

YEARS = ["令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度", "平成30年度", "平成31年度"]
QUALIFIERS = ["", "", "", "", "（原本）", "（写し）", "（電子データ）", "（保存期間5年）", "（第1四半期）", "（支所分）",
              "（本庁分）", "（システム移行前）", "（バックアップ）"]
OWNERS = ["課長", "課長補佐", "係長", "主査", "担当係長", "庶務担当"]
NOTES = [
    "", "", "", "", "", "", "", "",
    "保存期間5年", "書庫Bに保管", "基幹系システムで管理", "年度末に廃棄", "施錠保管", "LGWAN接続系",
    "インターネット接続系", "委託先で入力", "窓口で受付", "月次でバックアップ", "閲覧は担当者のみ", "SaaS型サービスを利用",
]
# Notes that need quoting in CSV: commas, quotes, a line break.
QUOTED_NOTES = [
    "保存期間10年, 書庫Aに保管",
    "委託先: 株式会社サンプル情報, 再委託なし",
    "\"至急\"扱いの書類を含む",
    "旧システム「\"住基\"」からの移行分, 要確認",
    "1行目\n2行目: 複数行の備考",
]
# Names that a spreadsheet would run as a formula, or that need quoting in the register.
ODD_NAMES = [
    "=SUM(A1:A9) と書かれた集計表",
    "-- 旧様式 -- 申請書",
    "-1 号様式の控え",
    "=HYPERLINK(\"http://example.invalid\") 入りの表",
    "会議録（本会議, 委員会）",
    "\"マル秘\" 指定の協議資料",
]


def load_media():
    with open(os.path.join(CATALOG, "media.json"), encoding="utf-8") as handle:
        return [(m["code"], m["name"]["ja"]) for m in json.load(handle)]


def profile(kind):
    for word, conf, personal in PROFILES:
        if word in kind:
            return conf, personal
    raise AssertionError("no profile")


def pool_for(kind, rng):
    if any(w in kind for w in ("ホームページ", "SNS", "広報", "報道")):
        return PUBLIC_POOL
    if any(w in kind for w in ("調査票", "申請書", "届", "原票", "意見書", "要録", "答案", "請願書", "調書")):
        return PAPER_POOL if rng.random() < 0.7 else OFFICE_POOL
    if any(w in kind for w in ("データ", "台帳", "ログ", "設定", "構成図", "記録")):
        return SYSTEM_POOL if rng.random() < 0.75 else FIELD_POOL
    return OFFICE_POOL if rng.random() < 0.85 else FIELD_POOL


def generate_rows(count, rng, media):
    code_to_ja = dict(media)
    all_codes = [code for code, _ in media]
    conf_labels = ["1", "2", "3"]
    personal_labels = ["なし", "個人情報", "要配慮個人情報", "特定個人情報"]
    for number in range(1, count + 1):
        department, kinds = DEPARTMENTS[rng.randrange(len(DEPARTMENTS))]
        kind = kinds[rng.randrange(len(kinds))]
        conf_weights, personal_weights = profile(kind)
        # Name: the kind, often with a year, sometimes with a qualifier or the department.
        roll = rng.random()
        if roll < 0.0015:
            name = ODD_NAMES[rng.randrange(len(ODD_NAMES))]
        elif roll < 0.45:
            name = YEARS[rng.randrange(len(YEARS))] + " " + kind + QUALIFIERS[rng.randrange(len(QUALIFIERS))]
        elif roll < 0.7:
            name = department + " " + kind + QUALIFIERS[rng.randrange(len(QUALIFIERS))]
        else:
            name = kind + QUALIFIERS[rng.randrange(len(QUALIFIERS))]
        # Media: 1-3 distinct, from the kind's pool; now and then anything, so that all 16 appear.
        pool = pool_for(kind, rng)
        wanted = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
        chosen = []
        while len(chosen) < wanted:
            code = all_codes[rng.randrange(len(all_codes))] if rng.random() < 0.05 else pool[rng.randrange(len(pool))]
            if code not in chosen:
                chosen.append(code)
        # Written as codes by some departments, as Japanese names by others, mixed by a few.
        style = rng.random()
        parts = []
        for code in chosen:
            as_code = style < 0.35 or (style < 0.45 and rng.random() < 0.5)
            parts.append(code if as_code else code_to_ja[code])
        media_cell = "|".join(parts)
        # Classes.
        level = rng.choices(conf_labels, weights=conf_weights)[0]
        if level == "3":
            level = rng.choices(["3", "3A", "3B", "3C"], weights=[70, 14, 10, 6])[0]
        if rng.random() < 0.01:  # typed with a Japanese input method
            level = level.translate(FULL_WIDTH)
        integrity = rng.choices(["1", "2"], weights=[45, 55] if level != "1" else [75, 25])[0]
        availability = rng.choices(["1", "2"], weights=[55, 45])[0]
        if rng.random() < 0.005:
            integrity = integrity.translate(FULL_WIDTH)
        personal = rng.choices(personal_labels, weights=personal_weights)[0]
        if rng.random() < 0.04:
            personal = ""
        owner = department + OWNERS[rng.randrange(len(OWNERS))]
        roll = rng.random()
        if roll < 0.003:
            note = QUOTED_NOTES[rng.randrange(len(QUOTED_NOTES))]
        else:
            note = NOTES[rng.randrange(len(NOTES))]
        yield ["A%07d" % number, name, media_cell, level, integrity, availability, personal, department, owner, note]


FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCabc"}


def edge_case_rows(media):
    """A small inventory with every input form the reader accepts."""
    rows = []
    n = 0

    def add(name, media_cell, conf, integ, avail, personal, department="総務課", owner="総務課長", note=""):
        nonlocal n
        n += 1
        rows.append(["E%03d" % n, name, media_cell, conf, integ, avail, personal, department, owner, note])

    for code, ja in media:  # every medium by code, Japanese name, short name and full-width code
        short = ja.split("（")[0]
        add("媒体 " + code, code, "2", "1", "1", "なし")
        add("媒体 " + ja, ja, "3", "2", "1", "個人情報")
        add("媒体 " + short, short, "1", "1", "2", "")
        add("媒体 全角 " + code, code.upper().translate({ord(c): ord(c) + 0xFEE0 for c in code.upper()}), "2", "2", "2",
            "要配慮個人情報")
    with open(os.path.join(CATALOG, "media.json"), encoding="utf-8") as handle:
        for medium in json.load(handle):
            add("英語名 " + medium["code"], medium["name"]["en"], "3B", "1", "1", "特定個人情報")
    add("区切り 全角縦棒", "紙｜ＰＣ", "2", "1", "1", "none")
    add("区切り 読点", "紙、庁内サーバ、cloud", "2", "1", "1", "personal")
    add("区切り 改行", "paper\r\nserver\r\nemail", "2", "1", "1", "sensitive")
    add("区切り 空白と空要素", " paper | | 　庁内サーバ　|server ", "3", "1", "2", "my-number")
    add("区切り 連続", "pc||email|", "2", "2", "1", "無し")
    add("大文字小文字", "PAPER|Cloud|Smart-Device|Removable", "2", "1", "1", "無")
    add("空白入りの名前", "Office PC|on-premises server|Social Media Account|e_mail", "2", "1", "1", "MY-NUMBER")
    add("重複した媒体", "paper|紙|紙（書類）|Paper documents", "2", "1", "1", "")
    add("綴りの揺れ", "smart_device|Smart Device|special device|Private-Device", "2", "1", "1", "")
    add("見えない文字", "pc", "2\u00a0", "1\r\n", " 2", " ")
    for conf in ["1", "2", "3", "3A", "3B", "3C", "3a", "3b", "3c", "１", "２", "３", "３Ａ", "３ｂ", "3Ｃ", " 2 "]:
        add("機密性 " + conf.strip(), "pc|email", conf, "１", "２", "")
    for personal in ["なし", "個人情報", "要配慮個人情報", "特定個人情報", "none", "personal", "sensitive", "my-number",
                     "None", "Personal", "my_number", "mynumber", "", " 個人情報 ", "ＮＯＮＥ"]:
        add("個人情報 " + personal.strip(), "paper|cloud", "2", "2", "1", personal)
    add("=1+1", "pc", "2", "1", "1", "")
    add("+8190-0000-0000 連絡先", "pc", "2", "1", "1", "")
    add("-マイナス", "pc", "2", "1", "1", "")
    add("@メンション", "pc", "2", "1", "1", "")
    add("\t先頭タブ", "pc", "2", "1", "1", "")
    add("名前, カンマ入り", "pc", "2", "1", "1", "")
    add("名前 \"引用符\" 入り", "pc", "2", "1", "1", "")
    add("=名前, カンマと数式", "pc", "2", "1", "1", "")
    add("複数行の\r\n名前", "pc", "2", "1", "1", "")
    add("  前後に空白  ", "pc", "2", "1", "1", "", department="  市民課  ")
    add("部署が数式", "pc", "2", "1", "1", "", department="=市民課")
    add("部署にカンマ", "pc", "2", "1", "1", "", department="市民課, 住民係")
    add("全角英数 ＡＢＣ１２３", "pc", "2", "1", "1", "")
    add("機種依存文字 ①②Ⅲ㈱髙﨑", "paper", "2", "1", "1", "")
    # Ids with spaces around them, and one with a comma.
    rows.append(["  E900  ", "前後に空白の資産ID", "pc", "2", "1", "1", "", "総務課", "", ""])
    rows.append(["E,901", "カンマ入りの資産ID", "pc", "2", "1", "1", "", "総務課", "", ""])
    rows.append(["-E902", "数式風の資産ID", "pc", "2", "1", "1", "", "総務課", "", ""])
    # Every threat applies to something, and ties of value are broken by inventory order then threat id.
    all_codes = "|".join(code for code, _ in media)
    add("全媒体 低", all_codes, "1", "1", "1", "")
    add("全媒体 高", all_codes, "3", "2", "2", "特定個人情報")
    add("全媒体 中", all_codes, "2", "2", "1", "個人情報")
    return rows


def quote(cell):
    if any(c in cell for c in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


XLSX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="資産台帳" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/><family val="2"/><charset val="128"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
}


def write_xlsx(rows, path):
    """The inventory as Excel writes a workbook: shared strings in first-use order, numbers as numbers."""
    rows = list(rows)
    strings, index = [], {}
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<dimension ref="A1:%s%d"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
             '<sheetFormatPr defaultRowHeight="18.75"/><sheetData>' % (column_name(len(HEADER) - 1), len(rows) + 1)]
    for number, row in enumerate([HEADER] + rows, start=1):
        cells = []
        for column, cell in enumerate(row):
            if cell == "":
                continue
            reference = column_name(column) + str(number)
            if cell.isascii() and cell.isdigit() and len(cell) < 10 and not cell.startswith("0"):
                cells.append('<c r="%s"><v>%s</v></c>' % (reference, cell))
            else:
                if cell not in index:
                    index[cell] = len(strings)
                    strings.append(cell)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (reference, index[cell]))
        sheet.append('<row r="%d" spans="1:%d">%s</row>' % (number, len(HEADER), "".join(cells)))
    sheet.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
    shared = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
              % (sum(1 for row in rows for cell in row if cell) + len(HEADER), len(strings))]
    for text in strings:
        space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
        shared.append("<si><t%s>%s</t></si>" % (space, escape(text.replace("\r\n", "\n")).replace("\r", "_x000D_")))
    shared.append("</sst>")
    parts = dict(XLSX_PARTS)
    parts["xl/worksheets/sheet1.xml"] = "".join(sheet)
    parts["xl/sharedStrings.xml"] = "".join(shared)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, parts[name].encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assets", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    parser.add_argument("--out", required=True, help="output file (- for standard output)")
    parser.add_argument("--edge-cases", action="store_true", help="write the edge-case inventory instead")
    parser.add_argument("--format", choices=["csv", "xlsx"], default="csv", help="a CSV file or an Excel workbook")
    args = parser.parse_args()

    media = load_media()
    rng = random.Random(args.seed)
    rows = edge_case_rows(media) if args.edge_cases else generate_rows(args.assets, rng, media)
    codec = "cp932" if args.encoding == "cp932" else "utf-8"
    if args.edge_cases and codec == "cp932":
        sys.exit("--edge-cases is UTF-8 only")
    if args.format == "xlsx":
        if args.out == "-":
            sys.exit("--format xlsx needs a file for --out")
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        write_xlsx(rows, args.out + ".tmp")
        os.replace(args.out + ".tmp", args.out)
        return

    out = sys.stdout.buffer if args.out == "-" else None
    if out is None:
        directory = os.path.dirname(os.path.abspath(args.out))
        os.makedirs(directory, exist_ok=True)
        temporary = args.out + ".tmp"
        out = open(temporary, "wb")
    if codec == "utf-8":
        out.write(b"\xef\xbb\xbf")
    lines = [",".join(HEADER)]
    used = set()
    for row in rows:
        if not args.edge_cases:
            used.update(row[2].split("|"))
        lines.append(",".join(quote(cell) for cell in row))
        if len(lines) >= 10000:
            out.write(("\r\n".join(lines) + "\r\n").encode(codec))
            lines = []
    if lines:
        out.write(("\r\n".join(lines) + "\r\n").encode(codec))
    if out is not sys.stdout.buffer:
        out.close()
        os.replace(temporary, args.out)
    if not args.edge_cases and args.assets >= 1000:
        names = {code for code, _ in media} | {ja for _, ja in media}
        missing = [code for code, ja in media if code not in used and ja not in used]
        if missing:
            print("warning: media not used: " + ", ".join(missing), file=sys.stderr)
        assert used <= names


if __name__ == "__main__":
    main()
