import Foundation

/// What a reader gives back: the value when the input is usable, and every diagnostic either way.
public struct ReadResult<Value: Sendable>: Sendable {
    /// The value, or nil when there were errors.
    public var value: Value?
    /// The errors and notices.
    public var log: DiagnosticLog
}

/// Reads the asset inventory (情報資産台帳) from CSV or JSON bytes in UTF-8, UTF-8 with BOM or Shift_JIS.
public struct InventoryReader: Sendable {
    /// The catalog that names the media.
    public var catalog: Catalog
    /// The method, which says whether integrity and availability may be 3.
    public var method: ScoringMethod
    /// Inputs at least this large are read in two halves at once, one on each core.
    var parallelThreshold = 4 << 20

    /// Creates a reader.
    public init(catalog: Catalog, method: ScoringMethod) {
        self.catalog = catalog
        self.method = method
    }

    static let schema = TableSchema(columns: [
        ColumnSpec(key: "id", english: ["id", "asset_id"], japanese: ["資産ID", "資産番号", "管理番号"], required: true),
        ColumnSpec(key: "name", english: ["name", "asset_name"], japanese: ["資産名", "情報資産名", "情報資産名称"], required: true),
        ColumnSpec(key: "media", english: ["media"], japanese: ["媒体・保存先", "媒体", "保存先", "媒体/保存先"], required: true),
        ColumnSpec(key: "confidentiality", english: ["confidentiality"], japanese: ["機密性"], required: true),
        ColumnSpec(key: "integrity", english: ["integrity"], japanese: ["完全性"], required: true),
        ColumnSpec(key: "availability", english: ["availability"], japanese: ["可用性"], required: true),
        ColumnSpec(key: "personal_data", english: ["personal_data"], japanese: ["個人情報"], required: false),
        ColumnSpec(key: "department", english: ["department"], japanese: ["管理部署", "所管課", "担当課"], required: false),
        ColumnSpec(key: "owner", english: ["owner"], japanese: ["管理者"], required: false),
        ColumnSpec(key: "notes", english: ["notes"], japanese: ["備考"], required: false),
    ], containers: ["assets", "inventory"], requiresRows: true)

    /// Reads an inventory file's bytes.
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<AssetInventory> {
        // A file that looks like UTF-8 is read while the other core checks every byte of it: most inventories are
        // UTF-8, and the check then costs no time. Anything else is decoded first.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let looksLikeUTF8 = bytes.count > 1 << 16 && TextDecoder.headLooksLikeUTF8(Array(bytes.prefix(1 << 16)), from: start)
        if looksLikeUTF8 {
            let check = Background { TextDecoder.decode(bytes, file: file) }
            let speculative = parse(bytes, from: start, encoding: start == 3 ? .utf8BOM : .utf8, file: file)
            switch check.value {
            case .success(let text) where text.encoding != .shiftJIS:
                return speculative
            case let decoded:
                return parse(decoded, file: file)
            }
        }
        return parse(TextDecoder.decode(bytes, file: file), file: file)
    }

    /// Reads decoded text, or reports why it could not be decoded.
    private func parse(_ decoded: Result<DecodedText, Diagnostic>, file: String) -> ReadResult<AssetInventory> {
        switch decoded {
        case .success(let text):
            return parse(text.storage, from: text.start, encoding: text.encoding, file: file)
        case .failure(let diagnostic):
            var log = DiagnosticLog()
            log.add(diagnostic)
            return ReadResult(value: nil, log: log)
        }
    }


    /// Reads the rows of decoded UTF-8 text: a large CSV file in two halves, one on each core; anything else, or a
    /// file with any problem (so that every message is the one a plain read gives), in one go.
    private func parse(_ text: [UInt8], from start: Int, encoding: TextEncoding, file: String) -> ReadResult<AssetInventory> {
        if text.count - start >= parallelThreshold,
           let result = parseInHalves(text, from: start, encoding: encoding, file: file) {
            return result
        }
        var log = DiagnosticLog()
        // A JSON inventory's strings are unescaped, so none of its cells stands in the text: it is not kept.
        var builder = InventoryBuilder(file: file, encoding: encoding, catalog: catalog, method: method,
                                       expectedBytes: text.count, source: TableReader.isJSON(text, from: start) ? nil : text)
        TableReader(file: file, schema: InventoryReader.schema).read(text, from: start, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        guard !log.hasErrors else { return ReadResult(value: nil, log: log) }
        return ReadResult(value: builder.inventory, log: log)
    }
}
