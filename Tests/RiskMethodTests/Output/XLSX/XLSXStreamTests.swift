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
            let sheet = try SheetReader.read(page, of: parts)
            #expect(sheet.row(1).first == "risk_id")
            #expect(XMLWellFormedness.errors(in: parts["xl/worksheets/sheet\(page).xml"] ?? []).isEmpty)
            ids += (2...101).compactMap { sheet.row($0).first }
        }
        #expect(ids == assessment.risks.map(assessment.riskID))
        let legendIndex = try #require(names.firstIndex(of: "Legend"))
        let legend = try SheetReader.read(legendIndex + 1, of: parts)
        #expect(legend.row(1).first == "Register is longer than a sheet's 1,048,576 rows and continues on: Register (2), Register (3)")
        let again = ByteBuffer()
        _ = try writer.workbook(perSheet: 100).write(to: again, runner: SerialRunner(), width: 1)
        #expect(again.bytes == buffer.bytes)
    }

    /// The register's rows made of pieces are the bytes of its rows made cell by cell: for the sample, generated
    /// inventories with formula-like, quoted, spaced and emoji names and settings rows, and ledger importances.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func registerRowsOfPiecesAreTheCellsBytes(seed: UInt64) throws {
        let judged = "id,name,media,confidentiality,integrity,availability,重要度\nI-1, 前の空白,pc|email,1,1,1,3\nI_2,a_x0041_b,pc,2,1,1,\n"
        let assessments = [
            try Self.generatedAssessment(seed: seed), try assess(AssessmentTests.inventory), try assess(judged),
        ]
        for (number, assessment) in assessments.enumerated() {
            for language in [Language.ja, .en] {
                let writer = XLSXRegisterWriter(assessment: assessment, options: RegisterOptions(language: language))
                let styles = Self.streamStyles(writer)
                var shared = XLSXSharedStrings()
                let assets = writer.shareAssetTexts(&shared)
                let riskRows = try #require(XLSXRiskRows(writer: writer, styles: styles, shared: &shared, assets: assets))
                let count = assessment.risks.count
                let pieces = ByteWriter()
                var cut: [XLSXCutCell] = [], cells: [UInt8] = []
                riskRows.format(0..<count, firstRow: 2, sheet: "R", styles: styles, shared: shared, into: pieces, cut: &cut)
                XLSXWorksheetWriter.appendRows(writer.registerRows(0..<count), firstRow: 2, sheet: "R", styles: styles,
                                               shared: shared, sharedColumns: riskRows.sharedColumns, to: &cells, cut: &cut)
                #expect(pieces.bytes == cells, "inventory \(number), \(language)")
                // The assets' texts and the threats' are shared; the risk ids are not.
                let xml = String(decoding: cells, as: UTF8.self)
                #expect(xml.contains("<c t=\"s\"><v>") && xml.contains("<c t=\"inlineStr\"><is><t>"))
                #expect(shared.count > assessment.inventory.assets.count)
            }
        }
    }

    /// The assets' rows with their plain ids, names and departments written by number are the bytes of the rows
    /// made cell by cell, for generated inventories with formula-like, quoted, spaced and empty texts, over any
    /// range; and the shared texts are used.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func assetRowsByNumberAreTheCellsBytes(seed: UInt64) throws {
        let judged = "id,name,部署,media,confidentiality,integrity,availability\n=1, 前の空白,,pc|email,1,1,1\nI_2,a_x0041_b,総務課,pc,2,1,1\n"
        let assessments = [try Self.generatedAssessment(seed: seed), try assess(judged)]
        for assessment in assessments {
            for language in [Language.ja, .en] {
                let writer = XLSXRegisterWriter(assessment: assessment, options: RegisterOptions(language: language))
                let styles = Self.streamStyles(writer)
                var shared = XLSXSharedStrings()
                let source = writer.assetSource()
                let formatter = try #require(source.prepare?(&shared, styles))
                var start = 0, step = 1
                while start < source.count {
                    let range = start..<min(source.count, start + step)
                    let bytes = ByteWriter()
                    var cut: [XLSXCutCell] = [], cells: [UInt8] = []
                    formatter.format(range, 2 + start, "A", bytes, shared, &cut)
                    XLSXWorksheetWriter.appendRows(source.rows(range), firstRow: 2 + start, sheet: "A", styles: styles,
                                                   shared: shared, sharedColumns: source.sharedColumns, to: &cells, cut: &cut)
                    #expect(bytes.bytes == cells, "rows \(range), \(language)")
                    #expect(String(decoding: cells, as: UTF8.self).contains("<c t=\"s\"><v>"))
                    start = range.upperBound
                    step = step * 3 + 1
                }
            }
        }
    }

    /// A generated inventory of 80 assets with hostile texts and its threat settings, assessed by MIC's method.
    static func generatedAssessment(seed: UInt64) throws -> Assessment {
        let generated = GeneratedInventory(seed: seed, count: 80)
        let read = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        return Assessment(inventory: try #require(read.value), catalog: .builtIn, method: .mic, settings: generated.settings)
    }

    /// The formats a workbook numbers first, as ``XLSXWorkbook/write(to:runner:width:)`` does.
    static func streamStyles(_ writer: XLSXRegisterWriter) -> XLSXStyleTable {
        var styles = XLSXStyleTable()
        _ = styles.index(of: .plain, quotePrefix: true)
        for style in writer.levelStyles {
            _ = styles.index(of: style)
            _ = styles.index(of: style, quotePrefix: true)
        }
        return styles
    }

    /// The revision items' rows made of each risk's head and its key's tails are the bytes of the rows made cell by
    /// cell, for any range of rows (starting and ending inside a risk's rows), with and without a policy; and they
    /// read back as the cells' texts.
    @Test(arguments: [1, 2] as [UInt64])
    func itemRowsOfBytesAreTheCellsBytes(seed: UInt64) throws {
        let generated = GeneratedInventory(seed: seed, count: 60)
        let read = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        let assessment = Assessment(inventory: try #require(read.value), catalog: .builtIn, method: .mic,
                                    settings: generated.settings)
        let policy = PolicyClauses(file: "policy.csv", clauses: [
            PolicyClauses.Clause(section: "3", clause: "第3条", title: "対策"),
            PolicyClauses.Clause(section: "3.6", clause: "第12条", title: "技術的対策"),
        ])
        for (language, policy) in [(Language.ja, nil), (.en, policy)] {
            var options = RegisterOptions(language: language)
            options.policy = policy
            let writer = XLSXRegisterWriter(assessment: assessment, options: options)
            let source = writer.itemSource()
            #expect(source.count > 20)
            let styles = Self.streamStyles(writer)
            var shared = XLSXSharedStrings()
            let formatter = try #require(source.prepare?(&shared, styles))
            var cuts = 0, start = 0, step = 1
            while start < source.count {
                let range = start..<min(source.count, start + step)
                let bytes = ByteWriter()
                var cut: [XLSXCutCell] = [], cells: [UInt8] = []
                formatter.format(range, 2 + start, "I", bytes, shared, &cut)
                XLSXWorksheetWriter.appendRows(source.rows(range), firstRow: 2 + start, sheet: "I", styles: styles, shared: shared,
                                               sharedColumns: source.sharedColumns, to: &cells, cut: &cut)
                #expect(bytes.bytes == cells, "rows \(range), \(language)")
                cuts += cut.count
                start = range.upperBound
                step = step * 3 + 1
            }
            #expect(cuts == 0)
            let whole = ByteWriter()
            var cut: [XLSXCutCell] = []
            formatter.format(0..<source.count, 2, "I", whole, shared, &cut)
            let strings = SharedStringsReader.read(shared.xml)
            let sheet = SheetReader.read(Array("<sheetData>".utf8) + whole.bytes + Array("</sheetData>".utf8), strings: strings)
            let rows = source.rows(0..<source.count)
            #expect(sheet.rowCount == rows.count)
            for (offset, row) in rows.enumerated() {
                let texts = row.map { cell -> String in
                    switch cell {
                    case .text(let text, _): text
                    case .number(let number, _): String(number)
                    case .empty: ""
                    }
                }.filter { !$0.isEmpty }
                #expect(sheet.row(1 + offset) == texts, "row \(offset)")
                if offset > 30 { break }
            }
        }
    }
}
