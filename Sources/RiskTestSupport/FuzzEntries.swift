import RiskCore

/// The entry points that the fuzz targets (`Fuzz/`, built with `scripts/fuzz.sh`) and their regression tests call:
/// each reads arbitrary bytes the way `risk` reads a file, and returns the invariants that did not hold (none when
/// all is well). The fuzz target stops at the first such input; a test records them as failures.
public enum FuzzEntries {
    /// The fuzz targets by name.
    public static let targets: [String: @Sendable ([UInt8]) -> [String]] = [
        "csv": csv, "inventory": inventory, "method": method, "catalog": catalog, "xlsx": xlsx,
    ]

    /// Decoding and CSV reading: every record has a field, lines never go backwards, errors have places.
    public static func csv(_ bytes: [UInt8]) -> [String] {
        var broken = Broken()
        var log = DiagnosticLog()
        switch TextDecoder.decode(bytes, file: "fuzz.csv") {
        case .failure(let diagnostic):
            broken.check(diagnostic.location.line >= 1, "a decoding error without a line")
        case .success(let text):
            var lastLine = 0
            CSVParser(file: "fuzz.csv").parse(text.storage, from: text.start, log: &log) { record, _ in
                broken.check(record.count >= 1, "a record without a field")
                broken.check(record.line >= lastLine, "lines went backwards")
                broken.check(record.ends.last == record.bytes.count, "field ends do not cover the record")
                // A field said to stand as it is in the text does.
                for index in 0..<record.count where record.source(of: index) >= 0 {
                    let range = record.range(index), source = record.source(of: index)
                    broken.check(source + range.count <= text.storage.count
                                 && text.storage[source..<source + range.count].elementsEqual(record.bytes[range]),
                                 "a field's source is not its bytes")
                }
                lastLine = record.line
                return true
            }
            for entry in log.entries { broken.check(entry.location.line >= 1, "a CSV error without a line") }
        }
        return broken.messages
    }

    /// The inventory reader, and when it accepts the bytes, scoring and every register writer; every way of
    /// reading (whole, in halves, streamed in chunks of a size the input chooses) must agree with the plain read.
    public static func inventory(_ bytes: [UInt8]) -> [String] {
        var broken = Broken()
        let reader = InventoryReader(catalog: .builtIn, method: .mic)
        let result = reader.read(bytes, file: "fuzz.csv")
        let halves = InventoryReading(reader: reader, strategy: .halves).read(bytes, file: "fuzz.csv")
        broken.check(halves.value?.assets.count == result.value?.assets.count && halves.log.entries == result.log.entries,
                     "reading in halves differs from the plain read")
        let streamed = streamedRegister(bytes)
        guard let inventory = result.value else {
            broken.check(result.log.hasErrors, "no inventory and no error")
            broken.check(streamed == nil, "a streamed register of an inventory with errors")
            return broken.messages
        }
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic)
        let assets = Set(assessment.risks.map { Int($0.asset) }).union(assessment.unassessedAssets)
        broken.check(assets.count == inventory.assets.count, "an asset neither scored nor listed as unassessed")
        let options = RegisterOptions(language: .ja)
        let csv = CSVRegisterWriter(assessment: assessment, language: .ja).bytes()
        broken.check(csv.count > 3, "an empty CSV register")
        if let streamed { broken.check(streamed == csv, "the streamed register differs") }
        let json = JSONRegisterWriter(assessment: assessment, options: options).bytes()
        if case .failure = JSONParser.parse(json) { broken.check(false, "the JSON register does not parse") }
        _ = MarkdownReportWriter(assessment: assessment, options: options).bytes()
        let html = HTMLReportWriter(assessment: assessment, options: options).html()
        broken.check(!html.lowercased().contains("<script"), "a script element in the HTML report")
        return broken.messages
    }

    /// The streamed register of `bytes` in a few chunks of a size the input chooses, on one thread: the cuts and
    /// the joins are what is fuzzed. Nil when it declines.
    static func streamedRegister(_ bytes: [UInt8]) -> [UInt8]? {
        let chunks = RegisterChunks(catalog: .builtIn, method: .mic, settings: nil, checklist: nil, language: .ja,
                                    policy: nil, file: "fuzz.csv")
        var register = StreamedRegister(chunks: chunks)
        register.chunkSize = 64 + 8 * Int(bytes.last ?? 0)
        register.workers = 1
        let sink = MemoryPositionalSink()
        guard let outcome = try? register.write(from: MemorySource(bytes), to: sink), !outcome.isDeclined else { return nil }
        return sink.bytes
    }

    /// The method file reader: a method it accepts has a full table within its scales and bands that cover every
    /// value.
    public static func method(_ bytes: [UInt8]) -> [String] {
        var broken = Broken()
        guard let method = MethodReader.read(bytes, file: "fuzz.json").value else { return [] }
        broken.check(method.possibility.count == method.likelihoodSteps
                     && method.possibility.allSatisfy { $0.count == method.vulnerabilitySteps }, "the table is not full")
        broken.check(method.possibility.joined().allSatisfy { (1...method.possibilitySteps).contains($0) },
                     "a possibility out of range")
        for value in 1...method.maximumValue { _ = method.level(of: value) }
        broken.check(method.bands.first?.minimum == 1 && method.bands.last?.maximum == method.maximumValue,
                     "bands do not cover every value")
        return broken.messages
    }

    /// The catalog reader: a catalog it accepts writes itself back and reads back the same.
    public static func catalog(_ bytes: [UInt8]) -> [String] {
        var broken = Broken()
        guard case .success(let catalog) = CatalogReader.read(bytes, file: "fuzz.json") else { return [] }
        let written = CatalogWriter(catalog: catalog, language: .en).document.serialized()
        guard case .success(let again) = CatalogReader.read(written, file: "again.json") else {
            return ["a catalog written back does not read back"]
        }
        broken.check(CatalogWriter(catalog: again, language: .en).document.serialized() == written,
                     "the round trip changed the catalog")
        return broken.messages
    }

    /// The workbook reader: cells in row and column order within Excel's sheet, their text ends rising to the end
    /// of the text, every error with its file; a file that is not a workbook is named or refused, never read.
    public static func xlsx(_ bytes: [UInt8]) -> [String] {
        var broken = Broken()
        var limits = ZipReader.Limits()
        limits.entrySize = 64 << 20
        limits.totalSize = 128 << 20
        limits.verifiesChecksums = false
        switch XLSXReader.readSheet(bytes, file: "fuzz.xlsx", sheet: nil, limits: limits) {
        case .failure(let diagnostic):
            broken.check(diagnostic.location.file.hasPrefix("fuzz.xlsx"), "an error without its file")
            broken.check(!diagnostic.problem.message(in: .en).isEmpty, "an error without a message")
        case .success(let grid):
            var previous: (Int32, Int32) = (0, 0)
            var end = 0
            for cell in grid.cells {
                broken.check(cell.row >= 1 && cell.row <= 1_048_576 && cell.column >= 1 && cell.column <= 16_384,
                             "a cell outside the sheet")
                broken.check(cell.row > previous.0 || (cell.row == previous.0 && cell.column > previous.1),
                             "cells out of order")
                broken.check(cell.end >= end && cell.end <= grid.text.count, "a cell's text out of bounds")
                previous = (cell.row, cell.column)
                end = cell.end
            }
            broken.check(grid.cells.isEmpty ? grid.text.isEmpty : end == grid.text.count, "text that no cell holds")
            broken.check(grid.sheetNames.contains(grid.sheet), "the sheet read is not among the workbook's")
        }
        _ = BinaryFormat.diagnose(bytes, file: "fuzz.xlsx")
        return broken.messages
    }

    /// The invariants that did not hold.
    struct Broken {
        var messages: [String] = []

        mutating func check(_ condition: Bool, _ message: String) {
            if !condition && !messages.contains(message) { messages.append("fuzz invariant broken: " + message) }
        }
    }
}

/// A file in memory written at offsets, from several threads.
package final class MemoryPositionalSink: PositionalSink, @unchecked Sendable {
    private let lock = Locked([UInt8]())

    /// An empty file.
    package init() {}

    /// The bytes written.
    package var bytes: [UInt8] { lock.with { $0 } }

    package func write(_ data: Span<UInt8>, at offset: Int) throws(SystemError) {
        let copy = (0..<data.count).map { data[$0] }
        lock.with { bytes in
            if bytes.count < offset + copy.count { bytes += [UInt8](repeating: 0, count: offset + copy.count - bytes.count) }
            bytes.replaceSubrange(offset..<offset + copy.count, with: copy)
        }
    }
}
