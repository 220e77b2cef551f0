import Testing
@testable import RiskMethod
import RiskTestSupport

/// The workbook's long sheets are written a chunk of rows at a time: compressed apart and joined into one DEFLATE
/// stream, summed apart and joined into one CRC-32, and continued on further sheets past a sheet's rows.
struct XLSXStreamTests {
    /// Text like a worksheet's rows, with some noise so that not everything matches.
    static func rows(_ count: Int) -> [UInt8] {
        var text: [UInt8] = []
        var seed: UInt64 = 7
        for row in 0..<count {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1
            text += Array("<row><c t=\"inlineStr\"><is><t>A-\(row)/T0\(seed >> 60)</t></is></c><c><v>\(seed >> 58)</v></c></row>".utf8)
        }
        return text
    }

    @Test(arguments: [0, 1, 5, 3_000, 40_000])
    func chunksJoinIntoOneStream(rows count: Int) throws {
        let input = Self.rows(count) + Array("日本語のテキスト".utf8)
        var stream: [UInt8] = []
        var crc: UInt32 = 0
        // Uneven chunks, as a sheet's head, its rows and its tail are.
        var start = 0, size = 1
        while start < input.count {
            let end = min(input.count, start + size)
            let chunk = Array(input[start..<end])
            DeflateChunks.compress(chunk.span, into: &stream)
            crc = CRC32.combine(crc, CRC32.checksum(chunk), length: chunk.count)
            start = end
            size = size * 7 + 13
        }
        stream += DeflateChunks.finalBlock
        #expect(try Inflater.inflate(stream) == input)
        #expect(crc == CRC32.checksum(input))
        if count >= 3_000 { #expect(stream.count * 3 < input.count) }
    }

    @Test func crcsCombine() {
        let a = Array("The quick brown fox".utf8), b = Array(" jumps over the lazy dog".utf8)
        #expect(CRC32.combine(CRC32.checksum(a), CRC32.checksum(b), length: b.count) == CRC32.checksum(a + b))
        #expect(CRC32.combine(CRC32.checksum(a), CRC32.checksum([]), length: 0) == CRC32.checksum(a))
    }

    /// With a sheet of 100 rows, the sample's 300 risks take three register sheets, each with the header; the
    /// legend says where the register goes on; every risk is there once, in order; the same bytes on every run and
    /// whichever way the chunks are run.
    @Test func aLongRegisterGoesOnOnFurtherSheets() throws {
        let (assessment, _, options) = try ReportTests.sampleAssessment()
        let writer = XLSXRegisterWriter(assessment: assessment, options: options)
        let buffer = ByteBuffer()
        _ = try writer.workbook(perSheet: 100).write(to: buffer, runner: SerialRunner(), width: 3)
        let reader = try ZipReader(buffer.bytes)
        var parts: [String: [UInt8]] = [:]
        for entry in reader.entries { parts[entry.name] = try reader.contents(of: entry) }
        let names = XLSXRegisterWriterTests.sheetNames(parts)
        #expect(Array(names.prefix(3)) == ["Register", "Register (2)", "Register (3)"])
        var ids: [String] = []
        for page in 1...3 {
            let sheet = SheetReader.read(try #require(parts["xl/worksheets/sheet\(page).xml"]))
            #expect(sheet.row(1).first == "risk_id")
            #expect(XMLWellFormedness.errors(in: parts["xl/worksheets/sheet\(page).xml"] ?? []).isEmpty)
            ids += (2...101).compactMap { sheet.row($0).first }
        }
        #expect(ids == assessment.risks.map(assessment.riskID))
        let legendIndex = try #require(names.firstIndex(of: "Legend"))
        let legend = SheetReader.read(try #require(parts["xl/worksheets/sheet\(legendIndex + 1).xml"]))
        #expect(legend.row(1).first == "Register is longer than a sheet's 1,048,576 rows and continues on: Register (2), Register (3)")
        let again = ByteBuffer()
        _ = try writer.workbook(perSheet: 100).write(to: again, runner: SerialRunner(), width: 1)
        #expect(again.bytes == buffer.bytes)
    }

    /// The register's rows made of pieces are the bytes of its rows made cell by cell: for the sample, generated
    /// inventories with formula-like, quoted, spaced and emoji names and settings rows, and ledger importances.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func registerRowsOfPiecesAreTheCellsBytes(seed: UInt64) throws {
        let generated = GeneratedInventory(seed: seed, count: 80)
        let read = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        let judged = "id,name,media,confidentiality,integrity,availability,重要度\nI-1, 前の空白,pc|email,1,1,1,3\nI_2,a_x0041_b,pc,2,1,1,\n"
        let assessments = [
            Assessment(inventory: try #require(read.value), catalog: .builtIn, method: .mic, settings: generated.settings),
            try assess(AssessmentTests.inventory), try assess(judged),
        ]
        for (number, assessment) in assessments.enumerated() {
            for language in [Language.ja, .en] {
                let writer = XLSXRegisterWriter(assessment: assessment, options: RegisterOptions(language: language))
                var styles = XLSXStyleTable()
                _ = styles.index(of: .plain, quotePrefix: true)
                for style in writer.levelStyles {
                    _ = styles.index(of: style)
                    _ = styles.index(of: style, quotePrefix: true)
                }
                let riskRows = try #require(XLSXRiskRows(writer: writer, styles: styles))
                let count = assessment.risks.count
                let pieces = ByteWriter()
                var cut: [XLSXCutCell] = [], cells: [UInt8] = []
                riskRows.format(0..<count, firstRow: 2, sheet: "R", styles: styles, into: pieces, cut: &cut)
                XLSXWorksheetWriter.appendRows(writer.registerRows(0..<count), firstRow: 2, sheet: "R", styles: styles,
                                               to: &cells, cut: &cut)
                #expect(pieces.bytes == cells, "inventory \(number), \(language)")
                #expect(!cells.isEmpty)
            }
        }
    }
}
