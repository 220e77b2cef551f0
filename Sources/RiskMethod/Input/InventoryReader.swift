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
    /// The sheet of a workbook to read (`--sheet`); nil: the first visible sheet.
    public var sheet: String?
    /// The words that name the media: by default the catalog's and the everyday ones (``MediaWords``); with an
    /// organisation's `--media-map`, its names too.
    public var vocabulary: MediaVocabulary

    /// Creates a reader; `vocabulary` must be made from the same catalog.
    public init(catalog: Catalog, method: ScoringMethod, sheet: String? = nil, vocabulary: MediaVocabulary? = nil) {
        self.catalog = catalog
        self.method = method
        self.sheet = sheet
        self.vocabulary = vocabulary ?? MediaVocabulary(catalog: catalog)
    }

    static let schema = ColumnNames.inventory

    /// Reads an inventory file's bytes, in one pass on the calling thread. (The system layer's pipeline reads a
    /// large file faster, through the same steps: ``parse(_:from:encoding:file:)`` and ``InventoryHalves``.)
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<AssetInventory> {
        var notices = DiagnosticLog()
        switch TableInput.open(bytes, file: file, sheet: sheet, schema: InventoryReader.schema, notices: &notices) {
        case .success(.text(let text)):
            return parse(text.storage, from: text.start, encoding: text.encoding, file: file)
        case .success(.sheet(let grid)):
            var result = parse(grid, file: file)
            var log = notices
            for entry in result.log.entries { log.add(entry) }
            result.log = log
            return result
        case .failure(let diagnostic):
            var log = DiagnosticLog()
            log.add(diagnostic)
            return ReadResult(value: nil, log: log)
        }
    }

    /// Whether `bytes` are a workbook or another binary file, which only ``read(_:file:)`` reads (in one go).
    public static func isBinary(_ bytes: [UInt8]) -> Bool { TableInput.isBinary(bytes) }

    /// Reads the rows of a workbook's sheet.
    func parse(_ grid: SheetGrid, file: String) -> ReadResult<AssetInventory> {
        var log = DiagnosticLog()
        var builder = InventoryBuilder(file: file, encoding: .xlsx, catalog: catalog, method: method, expectedBytes: grid.text.count)
        TableReader(file: file, schema: InventoryReader.schema, sheet: grid.sheet).readGrid(grid, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        guard !log.hasErrors else { return ReadResult(value: nil, log: log) }
        return ReadResult(value: builder.inventory, log: log)
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
