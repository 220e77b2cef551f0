import Testing
@testable import RiskMethod
import RiskTestSupport

struct XLSXWorkbookTests {
    @Test(arguments: ["Register", "リスク台帳", "Revision items", "a", String(repeating: "x", count: 31), "it's", "凡例 (2)"])
    func validSheetNames(name: String) throws {
        try XLSXWorkbook.validate(sheetName: name)
    }

    @Test(arguments: ["", String(repeating: "x", count: 32), "a/b", "a\\b", "a:b", "a*b", "a?b", "[a]", "'quoted'",
                      "History", "tab\there"])
    func invalidSheetNames(name: String) {
        #expect(throws: XLSXWorkbook.Failure.self) { try XLSXWorkbook.validate(sheetName: name) }
    }

    @Test func duplicateSheetNamesIgnoringCaseAreRefused() {
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "Assets"), XLSXSheet(name: "ASSETS")])
        #expect(throws: XLSXWorkbook.Failure.duplicateSheetName("ASSETS")) { try workbook.bytes() }
        #expect(throws: XLSXWorkbook.Failure.noSheets) { try XLSXWorkbook().bytes() }
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnNames(index: Int, name: String) {
        #expect(XLSXSheet.columnName(index) == name)
    }

    @Test func absoluteReferencesQuoteTheSheet() {
        #expect(XLSXWorkbook.absoluteReference(sheet: "リスク台帳", range: "A1:R57") == "'リスク台帳'!$A$1:$R$57")
        #expect(XLSXWorkbook.absoluteReference(sheet: "it's", range: "A1:AB3") == "'it''s'!$A$1:$AB$3")
    }

    @Test func xmlTextIsEscapedAndCleaned() {
        #expect(XMLText.escaped("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
        #expect(XMLText.escaped("x\u{01}y\u{0B}z\u{1F}\u{FFFE}\u{FFFF}!") == "xyz!")
        #expect(XMLText.escaped("tab\tLF\nCR\r") == "tab\tLF\nCR&#13;")
        #expect(XMLText.escaped("tab\tLF\n", attribute: true) == "tab&#9;LF&#10;")
        #expect(XMLText.escaped("日本語 ✓ 🎌") == "日本語 ✓ 🎌")
        var output: [UInt8] = []
        XMLText.append("_x0041_ and _x12_ and _xZZZZ_", to: &output, officeEscapes: true)
        #expect(String(decoding: output, as: UTF8.self) == "_x005F_x0041_ and _x12_ and _xZZZZ_")
    }

    @Test func theFirstCharacterIsJudgedAfterCleaning() {
        var output: [UInt8] = []
        #expect(XMLText.append("\u{01}=1+1", to: &output) == UInt8(ascii: "="))
        #expect(XMLText.append("\u{01}\u{02}", to: &output) == nil)
        #expect(XMLText.append("<b>", to: &output) == UInt8(ascii: "<"))
    }

    /// A two-sheet workbook whose parts all parse, with the formula-like text quote-prefixed.
    @Test func smallWorkbookIsWellFormed() throws {
        let rows: [[XLSXCell]] = [
            [.text("name", .bold), .text("value", .bold)],
            [.text("=SUM(A1:A9)"), .number(-3)],
            [.text("+1"), .empty(.filled(0xFFF4_B6B6))],
            [.empty(), .number(42)],
        ]
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "Data", rows: rows),
                                             XLSXSheet(name: "Notes", rows: [[.text("note")]], freezesHeader: false,
                                                       hasAutoFilter: false)])
        let reader = try ZipReader(workbook.bytes())
        for entry in reader.entries {
            #expect(XMLWellFormedness.errors(in: try reader.contents(of: entry)) == [], "\(entry.name)")
        }
        let sheet = SheetReader.read(try #require(try reader.contents(of: "xl/worksheets/sheet1.xml")))
        let styles = String(decoding: try #require(try reader.contents(of: "xl/styles.xml")), as: UTF8.self)
        let formula = try #require(sheet["A2"])
        #expect(formula.value == "=SUM(A1:A9)" && formula.type == "inlineStr")
        #expect(styles.contains("quotePrefix=\"1\""))
        #expect(sheet["A3"]?.style == formula.style)
        #expect(sheet["B2"] == ParsedCell(reference: "B2", type: nil, style: 0, value: "-3"))
        #expect(sheet["B3"]?.style ?? 0 > 0 && sheet["B3"]?.value == "")
        #expect(sheet["A4"] == nil)
        #expect(!sheet.elements.contains("f"))
        let xml = String(decoding: try #require(try reader.contents(of: "xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(xml.contains("<autoFilter ref=\"A1:B4\"/>") && xml.contains("state=\"frozen\""))
        let notes = String(decoding: try #require(try reader.contents(of: "xl/worksheets/sheet2.xml")), as: UTF8.self)
        #expect(!notes.contains("autoFilter") && !notes.contains("frozen"))
        let book = String(decoding: try #require(try reader.contents(of: "xl/workbook.xml")), as: UTF8.self)
        #expect(book.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'Data'!$A$1:$B$4</definedName>"))
        #expect(!book.contains("localSheetId=\"1\""))
    }

    @Test func storedWorkbooksReadBackToo() throws {
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "S", rows: [[.text("a")], [.number(1)]])])
        let stored = try workbook.bytes(method: .stored)
        let reader = try ZipReader(stored)
        #expect(reader.entries.allSatisfy { $0.method == 0 })
        let deflated = try ZipReader(workbook.bytes())
        for entry in reader.entries { #expect(try reader.contents(of: entry) == deflated.contents(of: entry.name)) }
    }

    @Test func textLongerThanExcelAllowsIsCut() {
        let long = String(repeating: "台", count: 40_000)
        #expect(XLSXWorksheetWriter.clip(long).count == 32_767)
        let emoji = String(repeating: "a", count: 32_766) + "🎌🎌"   // a surrogate pair may not be split
        #expect(XLSXWorksheetWriter.clip(emoji).utf16.count == 32_766)
        #expect(XLSXWorksheetWriter.clip("short") == "short")
    }

    @Test func fittedWidthsFollowDisplayWidth() {
        let sheet = XLSXSheet(name: "S", rows: [[.text("id"), .text("資産名")], [.text("A-001"), .text(String(repeating: "長", count: 100))],
                                               [.text("two\nlines"), .number(-12345)]])
        #expect(sheet.fittedColumnWidths() == [7, 60])
        #expect(XLSXSheet.widestLine("ab\r\n資産名称\nc") == 8)
    }
}
