import Testing
@testable import RiskMethod
import RiskTestSupport

/// What the reader refuses, each with its problem code and its place: broken and hostile archives, broken and
/// dangerous XML, missing parts, and files that are other documents.
struct XLSXReaderErrorTests {
    func failure(_ bytes: [UInt8], sheet: String? = nil, limits: ZipReader.Limits = ZipReader.Limits()) -> Diagnostic? {
        guard case .failure(let diagnostic) = XLSXReader.readSheet(bytes, file: "台帳.xlsx", sheet: sheet, limits: limits) else {
            return nil
        }
        return diagnostic
    }

    func sheet(_ xml: String) throws -> [UInt8] {
        try WorkbookBuilder(sheets: [.init(name: "資産", xml: xml)]).bytes()
    }

    /// No entity is ever defined: a document type declaration is refused before anything in it is read.
    @Test func aDocumentTypeIsRefused() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<worksheet><sheetData/></worksheet>"
        let diagnostic = try #require(failure(try sheet(xml)))
        #expect(diagnostic.code == "xlsx.doctype")
        #expect(diagnostic.location.description == "台帳.xlsx (xl/worksheets/sheet1.xml):2")
        #expect(diagnostic.problem.message(in: .ja).contains("DOCTYPE"))
    }

    @Test func malformedXMLNamesThePartAndTheLine() throws {
        let xml = WorkbookBuilder.worksheet("<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>")
        let diagnostic = try #require(failure(try sheet(xml)))
        #expect(diagnostic.code == "xlsx.xml")
        #expect(diagnostic.location.file == "台帳.xlsx (xl/worksheets/sheet1.xml)" && diagnostic.location.line == 4)
        #expect(diagnostic.problem.message(in: .en) == "the workbook's XML is broken: </row> where </c> was expected; open it in Excel and save it again")
        let entity = try #require(failure(try sheet(WorkbookBuilder.worksheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>"#))))
        #expect(entity.code == "xlsx.xml" && entity.problem.message(in: .ja).contains("&nbsp;"))
        let unclosed = try #require(failure(try sheet("<worksheet><sheetData>")))
        #expect(unclosed.problem.message(in: .en).contains("<sheetData> is never closed"))
    }

    @Test func badReferencesAndSharedStrings() throws {
        let reference = try #require(failure(try sheet(WorkbookBuilder.worksheet(#"<row r="1"><c r="A0"><v>1</v></c></row>"#))))
        #expect(reference.code == "xlsx.xml" && reference.problem.message(in: .en).contains("\"A0\""))
        let wide = try #require(failure(try sheet(WorkbookBuilder.worksheet(#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#))))
        #expect(wide.code == "xlsx.xml")
        let shared = try #require(failure(try WorkbookBuilder.single(#"<row r="1"><c r="A1" t="s"><v>3</v></c></row>"#,
                                                                      sharedStrings: WorkbookBuilder.sst(["<si><t>一</t></si>"]))))
        #expect(shared.code == "xlsx.xml" && shared.problem.message(in: .en).contains("shared string 3 does not exist (there are 1)"))
    }

    @Test func aCellLongerThanExcelAllowsIsRefusedAtItsPlace() throws {
        let long = String(repeating: "台", count: 32_768)
        let bytes = try WorkbookBuilder.single("<row r=\"7\"><c r=\"G7\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row>")
        let diagnostic = try #require(failure(bytes))
        #expect(diagnostic.problem == .cellTooLong(characters: 32_768, limit: 32_767))
        #expect(diagnostic.location.description == "台帳.xlsx:資産!G7")
        let fits = try WorkbookBuilder.single("<row r=\"7\"><c r=\"G7\" t=\"inlineStr\"><is><t>\(long.dropLast())</t></is></c></row>")
        #expect(failure(fits) == nil)
    }

    @Test func mergedRangesFillABoundedNumberOfCells() throws {
        let rows = #"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>"#
        let diagnostic = try #require(failure(try WorkbookBuilder.single(rows, merges: ["A1:XFD1048576"])))
        #expect(diagnostic.problem == .xlsxMergedCellsTooMany(limit: 1_000_004))
        #expect(diagnostic.location.description == "台帳.xlsx:資産!A1")
    }

    @Test func aSheetMissingOrNoSheetsAtAll() throws {
        var builder = WorkbookBuilder(sheets: [])
        #expect(failure(try builder.bytes())?.code == "xlsx.no-sheets")
        builder.workbook = #"<workbook><sheets><sheet name="資産" sheetId="1" r:id="rId9"/></sheets></workbook>"#
        let missing = try #require(failure(try builder.bytes()))
        #expect(missing.problem == .xlsxMissingPart(part: "rId9"))
    }

    /// A small entry that inflates past the cap is stopped there, whichever cap it passes.
    @Test func aZipBombIsStopped() throws {
        let zeros = String(repeating: "<row/>", count: 400_000)   // 2.4 MB that deflate to a few KB
        let bytes = try sheet(WorkbookBuilder.worksheet(zeros))
        #expect(bytes.count < 40_000)
        var limits = ZipReader.Limits()
        limits.entrySize = 1 << 20
        let large = try #require(failure(bytes, limits: limits))
        #expect(large.code == "xlsx.too-large")
        #expect(large.problem.message(in: .en).contains("the part xl/worksheets/sheet1.xml expands past 1048576 bytes"))
        limits = ZipReader.Limits()
        limits.ratioFreeSize = 100_000
        limits.ratio = 100
        let ratio = try #require(failure(bytes, limits: limits))
        #expect(ratio.problem.message(in: .ja).contains("圧縮率が 100 倍を超えます"))
        limits = ZipReader.Limits()
        limits.totalSize = 2_000_000
        let total = failure(bytes, limits: limits)
        #expect(total?.problem.message(in: .en).contains("past 2000000 bytes in all") == true)
        let none = failure(bytes)
        #expect(none == nil)
    }

    @Test func tooManyEntries() throws {
        var builder = WorkbookBuilder(sheets: [.init(name: "資産", xml: WorkbookBuilder.worksheet(""))])
        builder.extra = (0..<20).map { ("customXml/item\($0).xml", Array("<a/>".utf8)) }
        var limits = ZipReader.Limits()
        limits.entries = 10
        let diagnostic = try #require(failure(try builder.bytes(), limits: limits))
        #expect(diagnostic.code == "xlsx.too-large" && diagnostic.problem.message(in: .en).contains("more than 10 entries"))
        #expect(throws: ZipReader.Failure.tooManyEntries(limit: 10)) { try ZipReader(try builder.bytes(), limits: limits) }
    }

    @Test func aTruncatedOrCorruptedArchive() throws {
        let bytes = try fixture("xlsx/ledger-libreoffice.xlsx")
        let truncated = try #require(failure(Array(bytes.prefix(bytes.count / 2))))
        #expect(truncated.code == "xlsx.broken-archive" && truncated.location == SourceLocation(file: "台帳.xlsx"))
        #expect(truncated.problem.message(in: .en).contains("the ZIP end record is missing"))
        var corrupted = try WorkbookBuilder.single(String(repeating: #"<row r="1"><c r="A1"><v>1</v></c></row>"#, count: 1))
        let reader = try ZipReader(corrupted)
        let entry = try #require(reader.entry(named: "xl/worksheets/sheet1.xml"))
        corrupted[entry.localOffset + 30 + entry.name.utf8.count + entry.compressedSize / 2] ^= 0x55
        let broken = try #require(failure(corrupted))
        #expect(broken.code == "xlsx.broken-archive" && broken.problem.message(in: .en).contains("xl/worksheets/sheet1.xml"))
    }

    /// An OLE compound file whose directory names the given streams, as Office writes one.
    static func compoundFile(_ streams: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        for (index, name) in (["Root Entry"] + streams).enumerated() {
            var entry = [UInt8](repeating: 0, count: 128)
            let units = Array(name.utf16) + [0]
            for (offset, unit) in units.enumerated() {
                entry[2 * offset] = UInt8(unit & 0xFF)
                entry[2 * offset + 1] = UInt8(unit >> 8)
            }
            entry[64] = UInt8(units.count * 2)
            entry[66] = index == 0 ? 5 : 2
            bytes += entry
        }
        return bytes + [UInt8](repeating: 0xFF, count: 512)
    }

    @Test func aPasswordProtectedWorkbook() throws {
        let bytes = Self.compoundFile(["\u{6}DataSpaces", "EncryptionInfo", "EncryptedPackage"])
        let diagnostic = try #require(failure(bytes))
        #expect(diagnostic.code == "xlsx.encrypted")
        #expect(diagnostic.problem.message(in: .ja).contains("パスワードを消して保存してください"))
        #expect(BinaryFormat.diagnose(bytes, file: "台帳.xlsx")?.code == "xlsx.encrypted")
    }

    @Test func otherFormatsAreNamedWithHowToSaveTheLedger() throws {
        func code(_ bytes: [UInt8]) -> String? { BinaryFormat.diagnose(bytes, file: "台帳")?.code }
        let xls = BinaryFormat.diagnose(Self.compoundFile(["Workbook", "\u{5}SummaryInformation"]), file: "台帳.xls")
        #expect(xls?.code == "format.xls")
        #expect(xls?.formatted(in: .ja) == "台帳.xls: エラー: Excel 97-2003 ブック（.xls）は読めません。Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください [format.xls]")
        #expect(code(Self.compoundFile(["WordDocument"])) == "format.document")
        #expect(code(Self.compoundFile(["Other"])) == "format.old-office")
        var ods = ZipArchive()
        try ods.add("mimetype", contents: Array("application/vnd.oasis.opendocument.spreadsheet".utf8), method: .stored)
        try ods.add("content.xml", contents: Array("<office:document-content/>".utf8))
        let odsBytes = try ods.finish()
        #expect(code(odsBytes) == "format.ods")
        #expect(failure(odsBytes)?.problem.message(in: .ja).contains("Excel 2007-365 (.xlsx)") == true)
        var word = ZipArchive()
        try word.add("word/document.xml", contents: Array("<w:document/>".utf8))
        let wordBytes = try word.finish()
        #expect(BinaryFormat.diagnose(wordBytes, file: "a.docx")?.problem.message(in: .ja).hasPrefix("Word 文書で、台帳ではありません") == true)
        var xlsb = ZipArchive()
        try xlsb.add("xl/workbook.bin", contents: [1, 2, 3])
        #expect(failure(try xlsb.finish())?.code == "xlsx.binary-workbook")
        var plain = ZipArchive()
        try plain.add("資料/台帳.csv", contents: Array("a,b".utf8))
        #expect(failure(try plain.finish())?.code == "format.zip")
        #expect(code(Array("%PDF-1.7\n".utf8)) == "format.pdf")
        #expect(code([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == "format.image")
        #expect(code([0xFF, 0xD8, 0xFF, 0xE0]) == "format.image" && code(Array("GIF89a".utf8)) == "format.image")
        let ledger = try fixture("xlsx/ledger-libreoffice.xlsx")
        #expect(code(Array("資産ID,資産名\n".utf8)) == nil && code(ledger) == nil)
        #expect(failure(Array("資産ID,資産名\n".utf8))?.code == "xlsx.broken-archive")
    }
}
