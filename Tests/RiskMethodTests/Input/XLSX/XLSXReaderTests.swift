import Testing
@testable import RiskMethod
import RiskTestSupport

/// Reading a sheet of a workbook: real workbooks written by LibreOffice, and parts written by hand as Excel writes
/// them (furigana, inline strings, dates of both systems, prefixes, cells without places, merged ranges).
struct XLSXReaderTests {
    func read(_ bytes: [UInt8], sheet: String? = nil) throws -> SheetGrid {
        try XLSXReader.readSheet(bytes, file: "台帳.xlsx", sheet: sheet).get()
    }

    /// A ledger saved by LibreOffice Calc from `ledger.fods`: a header merged over two groups, a date format, a
    /// 所管課 merged over two rows, and a second sheet.
    @Test func readsALedgerWrittenByLibreOffice() throws {
        let bytes = try fixture("xlsx/ledger-libreoffice.xlsx")
        #expect(XLSXReader.looksLikeZip(bytes))
        let grid = try read(bytes)
        #expect(grid.sheet == "資産台帳" && grid.sheetNames == ["資産台帳", "凡例"])
        #expect(grid.listing == [
            "A1=資産", "B1=資産", "C1=重要度", "D1=重要度", "E1=重要度",
            "A2=資産ID", "B2=資産名", "C2=機密性", "D2=完全性", "E2=可用性", "F2=更新日", "G2=台数", "H2=所管課",
            "A3=A-001", "B3=住民基本台帳システム", "C3=3", "D3=3", "E3=2", "F3=2024-04-01", "G3=2.5", "H3=市民課",
            "A4=A-002", "B4=職員用ノートPC", "C4=2", "D4=2", "E4=1", "F4=2025-03-31", "G4=120", "H4=市民課",
        ])
        #expect(grid.string(row: 3, column: 2) == "住民基本台帳システム" && grid.string(row: 9, column: 1) == nil)
        let legend = try read(bytes, sheet: "凡例")
        #expect(legend.listing == ["A1=3 = 高"] && legend.sheet == "凡例")
    }

    @Test func readsACSVConvertedByLibreOffice() throws {
        let grid = try read(try fixture("xlsx/inventory-from-csv-libreoffice.xlsx"))
        #expect(grid.listing == ["A1=資産ID", "B1=資産名", "C1=媒体", "D1=機密性", "E1=完全性", "F1=可用性",
                                 "A2=A-001", "B2=住民情報, 本番", "C2=電子データ", "D2=3", "E2=3", "F2=2",
                                 "A3=B-002", "B3=紙の申請書", "C3=紙", "D3=2", "E3=1", "F3=1"])
        #expect(grid.text.count == grid.cells.last?.end)
    }

    /// Japanese Excel records each string's reading (`<rPh>`); the reading is not part of the value.
    @Test func phoneticRunsAreLeftOut() throws {
        let strings = WorkbookBuilder.sst([
            #"<si><t>市民課</t><rPh sb="0" eb="3"><t>シミンカ</t></rPh><phoneticPr fontId="1"/></si>"#,
            #"<si><r><t>住民</t></r><r><rPr><b/></rPr><t xml:space="preserve">基本台帳 </t></r><rPh sb="0" eb="2"><t>ジュウミン</t></rPh></si>"#,
            #"<si><t>改行&#10;あり_x000D_</t></si>"#,
        ])
        let bytes = try WorkbookBuilder.single(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#,
                                               sharedStrings: strings)
        #expect(try read(bytes).listing == ["A1=市民課", "B1=住民基本台帳 ", "C1=改行\nあり\r"])
    }

    @Test func inlineStringsBooleansErrorsAndFormulas() throws {
        let rows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>庁内&amp;LAN &lt;本庁&gt; &#x2460;&#9312;</t></is></c>"#
            + #"<c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><f>VLOOKUP(A1,X!A:B,2,0)</f><v>#N/A</v></c>"#
            + #"<c r="E1" t="str"><f>A1&amp;"課"</f><v>総務課</v></c><c r="F1"><f>1+2</f><v>3</v></c>"#
            + #"<c r="G1" t="inlineStr"><is><t><![CDATA[<そのまま>]]></t></is></c><c r="H1"/><c r="I1" t="inlineStr"><is><t></t></is></c></row>"#
        #expect(try read(try WorkbookBuilder.single(rows)).listing
                == ["A1=庁内&LAN <本庁> ①①", "B1=TRUE", "C1=FALSE", "D1=#N/A", "E1=総務課", "F1=3", "G1=<そのまま>"])
    }

    @Test func numbersAsTheGeneralFormatShowsThem() throws {
        let values = ["3", "2.5", "0.30000000000000004", "1.0000000000000001E-3", "-0", "1E+21", "123456789012345678",
                      "-4.25", "007", "1.5E3"]
        let rows = "<row r=\"1\">" + values.map { "<c><v>\($0)</v></c>" }.joined() + "</row>"
        #expect(try read(try WorkbookBuilder.single(rows)).listing
                == ["A1=3", "B1=2.5", "C1=0.3", "D1=0.001", "E1=0", "F1=1E+21", "G1=123456789012345678", "H1=-4.25",
                    "I1=7", "J1=1500"])
    }

    /// Serial 60 is the 1900-02-29 Excel keeps from Lotus 1-2-3; from 61 on, serials count from 1899-12-30.
    @Test func datesOfThe1900System() throws {
        let styles = WorkbookBuilder.styles([0, 14, 164, 165, 166, 167, 58, 20],
                                            codes: [164: #"ggge"年"m"月"d"日""#, 165: "yyyy/m/d\\ h:mm", 166: "0.00E+00",
                                                    167: ##"[Red]"d"#,##0"##])
        let cells = [("1", "59"), ("1", "60"), ("1", "61"), ("2", "45383"), ("3", "45383.5"), ("3", "45383"),
                     ("4", "1234.5"), ("5", "12"), ("6", "45383"), ("7", "0.75"), ("1", "-1"), ("0", "45383")]
        let rows = "<row r=\"1\">" + cells.map { "<c s=\"\($0.0)\"><v>\($0.1)</v></c>" }.joined() + "</row>"
        #expect(try read(try WorkbookBuilder.single(rows, styles: styles)).listing
                == ["A1=1900-02-28", "B1=1900-02-29", "C1=1900-03-01", "D1=2024-04-01", "E1=2024-04-01 12:00:00",
                    "F1=2024-04-01", "G1=1234.5", "H1=12", "I1=2024-04-01", "J1=18:00:00", "K1=-1", "L1=45383"])
    }

    @Test func datesOfThe1904System() throws {
        let rows = #"<row r="1"><c s="1"><v>0</v></c><c s="1"><v>43921</v></c><c s="1"><v>43921.25</v></c></row>"#
        let bytes = try WorkbookBuilder.single(rows, styles: WorkbookBuilder.styles([0, 14]), date1904: true)
        #expect(try read(bytes).listing == ["A1=1904-01-01", "B1=2024-04-01", "C1=2024-04-01 06:00:00"])
    }

    /// LibreOffice writes General as a custom code, which is no date for all its letters; some tools store dates as
    /// ISO 8601 text (`t="d"`).
    @Test func theGeneralCodeAndISODates() throws {
        let styles = WorkbookBuilder.styles([164, 165], codes: [164: "General", 165: "General\"円\""])
        let rows = #"<row r="1"><c s="0"><v>45383</v></c><c s="1"><v>12</v></c><c t="d"><v>2024-04-01T00:00:00</v></c>"#
            + #"<c t="d"><v>2024-04-01T09:30:00</v></c></row>"#
        #expect(try read(try WorkbookBuilder.single(rows, styles: styles)).listing
                == ["A1=45383", "B1=12", "C1=2024-04-01", "D1=2024-04-01 09:30:00"])
    }

    @Test func prefixedElementsAreMatchedByLocalName() throws {
        var builder = WorkbookBuilder(sheets: [.init(name: "資産", xml:
            #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1">"#
            + #"<x:c r="A1" t="inlineStr"><x:is><x:t>台帳</x:t></x:is></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>"#)])
        builder.sharedStrings = #"<x:sst xmlns:x="urn:x"><x:si><x:t>情報政策課</x:t></x:si></x:sst>"#
        builder.workbook = #"<x:workbook xmlns:x="urn:x" xmlns:r="urn:r"><x:sheets><x:sheet name="資産" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"#
        #expect(try read(try builder.bytes()).listing == ["A1=台帳", "B1=情報政策課"])
    }

    @Test func cellsWithoutAPlaceFollowOn() throws {
        let rows = #"<row r="2"><c t="inlineStr"><is><t>甲</t></is></c><c><v>1</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>"#
            + #"<row><c><v>2</v></c></row><row r="7" spans="1:2"><c r="B7"><v>9</v></c></row>"#
        #expect(try read(try WorkbookBuilder.single(rows)).listing == ["A2=甲", "B2=1", "E2=5", "F2=6", "A3=2", "B7=9"])
    }

    @Test func cellsOutOfOrderAreSortedAndAPlaceWrittenTwiceKeepsItsFirst() throws {
        let rows = #"<row r="2"><c r="B2"><v>4</v></c><c r="A2"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>9</v></c></row>"#
        #expect(try read(try WorkbookBuilder.single(rows)).listing == ["A1=1", "A2=3", "B2=4"])
    }

    /// Every cell of a merged range takes the top-left cell's value; a range running past the used area is
    /// clipped to it, and a range whose top-left cell is empty fills nothing.
    @Test func mergedRangesAreFilled() throws {
        let rows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>重要度</t></is></c><c r="D1" t="inlineStr"><is><t>備考</t></is></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>機密性</t></is></c><c r="B2" t="inlineStr"><is><t>完全性</t></is></c>"#
            + #"<c r="C2" t="inlineStr"><is><t>可用性</t></is></c><c r="D2" t="inlineStr"><is><t>隠れた値</t></is></c></row>"#
            + #"<row r="3"><c r="E3" t="inlineStr"><is><t>総務課</t></is></c></row>"#
        let merges = ["A1:C1", "D1:D2", "E3:E1048576", "B3:C3"]
        #expect(try read(try WorkbookBuilder.single(rows, merges: merges)).listing
                == ["A1=重要度", "B1=重要度", "C1=重要度", "D1=備考", "A2=機密性", "B2=完全性", "C2=可用性", "D2=備考", "E3=総務課"])
    }

    @Test func aSheetIsChosenByNameAndHiddenSheetsAreSkipped() throws {
        let one = WorkbookBuilder.worksheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#)
        let two = WorkbookBuilder.worksheet(#"<row r="1"><c r="A1"><v>2</v></c></row>"#)
        let three = WorkbookBuilder.worksheet(#"<row r="1"><c r="A1"><v>3</v></c></row>"#)
        let bytes = try WorkbookBuilder(sheets: [.init(name: "作業用", xml: one, state: "hidden"), .init(name: "Assets", xml: two),
                                                 .init(name: "R&D 'x'", xml: three)]).bytes()
        #expect(try read(bytes).listing == ["A1=2"])
        #expect(try read(bytes, sheet: "作業用").listing == ["A1=1"])
        #expect(try read(bytes, sheet: "assets").sheet == "Assets")
        #expect(try read(bytes, sheet: "R&D 'x'").listing == ["A1=3"])
        let missing = XLSXReader.readSheet(bytes, file: "台帳.xlsx", sheet: "資産")
        guard case .failure(let diagnostic) = missing else { Issue.record("a missing sheet was read"); return }
        #expect(diagnostic.code == "xlsx.no-such-sheet")
        #expect(diagnostic.formatted(in: .ja) == "台帳.xlsx: エラー: シート「資産」がありません（あるシート: 作業用, Assets, R&D 'x'） [xlsx.no-such-sheet]")
        #expect(diagnostic.problem.message(in: .en).contains("no sheet named \"資産\""))
    }

    /// A macro-enabled workbook has the same parts, and its macros (`vbaProject.bin`) are never looked at.
    @Test func aMacroEnabledWorkbookIsReadWithoutItsMacros() throws {
        var builder = WorkbookBuilder(sheets: [.init(name: "資産", xml: WorkbookBuilder.worksheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#))])
        builder.extra = [("xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600))]
        #expect(try read(try builder.bytes()).listing == ["A1=1"])
    }

    @Test func storedPartsAreReadToo() throws {
        let builder = WorkbookBuilder(sheets: [.init(name: "資産", xml: WorkbookBuilder.worksheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#))])
        #expect(try read(try builder.bytes(method: .stored)).listing == ["A1=1"])
    }
}
