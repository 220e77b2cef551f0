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
    /// The words that name the media: by default the catalog's and the everyday ones (``MediaWords``); with an
    /// organisation's `--media-map`, its names too.
    public var vocabulary: MediaVocabulary

    /// Creates a reader; `vocabulary` must be made from the same catalog.
    public init(catalog: Catalog, method: ScoringMethod, vocabulary: MediaVocabulary? = nil) {
        self.catalog = catalog
        self.method = method
        self.vocabulary = vocabulary ?? MediaVocabulary(catalog: catalog)
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

    /// Reads an inventory file's bytes, in one pass on the calling thread. (The system layer's pipeline reads a
    /// large file faster, through the same steps: ``parse(_:from:encoding:file:)`` and ``InventoryHalves``.)
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<AssetInventory> {
        switch TextDecoder.decode(bytes, file: file) {
        case .success(let text):
            return parse(text.storage, from: text.start, encoding: text.encoding, file: file)
        case .failure(let diagnostic):
            var log = DiagnosticLog()
            log.add(diagnostic)
            return ReadResult(value: nil, log: log)
        }
    }

    /// Reads the rows of decoded UTF-8 text, from `start`, in one go.
    public func parse(_ text: [UInt8], from start: Int, encoding: TextEncoding, file: String) -> ReadResult<AssetInventory> {
        var log = DiagnosticLog()
        // A JSON inventory's strings are unescaped, so none of its cells stands in the text: it is not kept.
        var builder = InventoryBuilder(file: file, encoding: encoding, catalog: catalog, method: method,
                                       expectedBytes: text.count, source: TableReader.isJSON(text, from: start) ? nil : text,
                                       vocabulary: vocabulary)
        TableReader(file: file, schema: InventoryReader.schema).read(text, from: start, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        guard !log.hasErrors else { return ReadResult(value: nil, log: log) }
        return ReadResult(value: builder.inventory, log: log)
    }
}
