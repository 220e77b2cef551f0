import Foundation

/// The entry points that the fuzz targets (`Fuzz/`, built with `scripts/fuzz.sh`) and their regression tests call:
/// each reads arbitrary bytes the way `risk` reads a file, and checks what must hold whatever the bytes.
public enum FuzzEntries {
    /// The fuzz targets by name.
    public static let targets: [String: @Sendable ([UInt8]) -> Void] = [
        "csv": csv, "inventory": inventory, "method": method, "catalog": catalog,
    ]

    /// Decoding and CSV reading: every record has a field, lines never go backwards, errors have places.
    public static func csv(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        switch TextDecoder.decode(bytes, file: "fuzz.csv") {
        case .failure(let diagnostic):
            check(diagnostic.location.line >= 1, "a decoding error without a line")
        case .success(let text):
            var lastLine = 0
            CSVParser(file: "fuzz.csv").parse(text.storage, from: text.start, log: &log) { record, _ in
                check(record.count >= 1, "a record without a field")
                check(record.line >= lastLine, "lines went backwards")
                check(record.ends.last == record.bytes.count, "field ends do not cover the record")
                // A field said to stand as it is in the text does.
                for index in 0..<record.count where record.source(of: index) >= 0 {
                    let range = record.range(index), source = record.source(of: index)
                    check(source + range.count <= text.storage.count
                          && text.storage[source..<source + range.count].elementsEqual(record.bytes[range]),
                          "a field's source is not its bytes")
                }
                lastLine = record.line
                return true
            }
            for entry in log.entries { check(entry.location.line >= 1, "a CSV error without a line") }
        }
    }

    /// The inventory reader, and when it accepts the bytes, scoring and every register writer; and the streamed
    /// register, which must decline what the reader refuses and otherwise write the same bytes.
    public static func inventory(_ bytes: [UInt8]) {
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "fuzz.csv")
        var register = StreamedCSVRegister(catalog: .builtIn, method: .mic, settings: nil, checklist: nil, language: .ja,
                                           policy: nil, file: "fuzz.csv")
        // A few chunks, of a size the input chooses, on one thread: the cuts and the joins are what is fuzzed.
        register.chunkSize = 64 + 8 * Int(bytes.last ?? 0)
        register.workers = 1
        let sink = PositionalBytes()
        let streamed = (try? register.write(from: FixedBytes(bytes), to: sink)) ?? .declined
        guard let inventory = result.value else {
            check(result.log.hasErrors, "no inventory and no error")
            check(streamed.isDeclined, "a streamed register of an inventory with errors")
            return
        }
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic)
        let assets = Set(assessment.risks.map { Int($0.asset) }).union(assessment.unassessedAssets)
        check(assets.count == inventory.assets.count, "an asset neither scored nor listed as unassessed")
        let options = RegisterOptions(language: .ja)
        let csv = CSVRegisterWriter(assessment: assessment, language: .ja).bytes()
        check(csv.count > 3, "an empty CSV register")
        if !streamed.isDeclined { check(sink.bytes == csv, "the streamed register differs") }
        let json = JSONRegisterWriter(assessment: assessment, options: options).bytes()
        if case .failure = JSONParser.parse(json) { check(false, "the JSON register does not parse") }
        _ = MarkdownReportWriter(assessment: assessment, options: options).bytes()
        let html = HTMLReportWriter(assessment: assessment, options: options).html()
        check(!html.lowercased().contains("<script"), "a script element in the HTML report")
    }

    /// The method file reader: a method it accepts has a 3 × 3 table of 1–3 and bands that cover 1–9.
    public static func method(_ bytes: [UInt8]) {
        guard let method = MethodReader.read(bytes, file: "fuzz.json").value else { return }
        check(method.possibility.count == 3 && method.possibility.allSatisfy { $0.count == 3 }, "not 3 × 3")
        check(method.possibility.joined().allSatisfy { (1...3).contains($0) }, "a possibility out of range")
        for value in 1...9 { _ = method.level(of: value) }
        check(method.bands.first?.minimum == 1 && method.bands.last?.maximum == 9, "bands do not cover 1–9")
    }

    /// The catalog reader: a catalog it accepts writes itself back and reads back the same.
    public static func catalog(_ bytes: [UInt8]) {
        guard case .success(let catalog) = CatalogReader.read(bytes, file: "fuzz.json") else { return }
        let written = CatalogWriter(catalog: catalog, language: .en).document.serialized()
        guard case .success(let again) = CatalogReader.read(written, file: "again.json") else {
            check(false, "a catalog written back does not read back")
            return
        }
        check(CatalogWriter(catalog: again, language: .en).document.serialized() == written, "the round trip changed the catalog")
    }

    static func check(_ condition: Bool, _ message: String) {
        if !condition { fatalError("fuzz invariant broken: \(message)") }
    }
}

/// Bytes in memory read at offsets.
struct FixedBytes: PositionalSource {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var size: Int { bytes.count }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        guard offset < bytes.count, let target = buffer.baseAddress else { return 0 }
        let count = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress { target.copyMemory(from: from + offset, byteCount: count) }
        }
        return count
    }
}

/// A file in memory written at offsets, from several threads.
final class PositionalBytes: PositionalSink, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var bytes: [UInt8] = []

    func write(_ data: UnsafeRawBufferPointer, at offset: Int) throws {
        lock.lock()
        defer { lock.unlock() }
        if bytes.count < offset + data.count { bytes += [UInt8](repeating: 0, count: offset + data.count - bytes.count) }
        bytes.replaceSubrange(offset..<offset + data.count, with: data)
    }
}
