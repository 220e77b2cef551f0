/// A column of an input table: its key, the English and Japanese headers that name it, and whether it is required.
struct ColumnSpec: Sendable {
    let key: String
    let english: [String]
    let japanese: [String]
    let required: Bool
    /// Whether the column is known by its names but not yet used: its values are kept as an extra column (the
    /// JSON register's `extra`), as an unknown column's are, under the name it is written with.
    var carried = false
    /// Whether a carried column is read by the method from the extras (then no notice says it is not used).
    var read = false

    /// The column's main English name, for messages.
    var name: String { english[0] }
    /// The column's main Japanese name, for messages.
    var japaneseName: String { japanese[0] }
}

/// Which source column holds each column of a schema, and which columns are extra.
struct TableLayout: Sendable {
    /// For each spec of the schema, the index of its field in a record, or nil when the column is absent.
    var fieldIndex: [Int?]
    /// The extra columns: their field index and header as written.
    var extras: [(index: Int, name: String)]
    /// The number of header fields.
    var width: Int
    /// The headers as written, trimmed.
    var headers: [String]
    /// The byte between a CSV text's fields: a comma, or a tab.
    var separator: UInt8 = 0x2C

    /// The header of field `index` as written, for messages.
    func header(_ index: Int) -> String { index < headers.count ? headers[index] : "column \(index + 1)" }
}

/// The kind of table a file holds, to tell JSON containers apart.
struct TableSchema: Sendable {
    let columns: [ColumnSpec]
    /// Keys under which a JSON file may hold its rows, such as `assets`.
    let containers: [String]
    /// Whether a file with no data rows is an error.
    let requiresRows: Bool
    /// Every name of every column, normalised (``normalised(_:)``), to the column's index.
    private let byName: [String: Int]

    init(columns: [ColumnSpec], containers: [String], requiresRows: Bool) {
        self.columns = columns
        self.containers = containers
        self.requiresRows = requiresRows
        var byName: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            for name in column.english + column.japanese where byName[TableSchema.normalised(name)] == nil {
                byName[TableSchema.normalised(name)] = index
            }
        }
        self.byName = byName
    }

    /// Finds the spec a header names, whatever its width, case, spaces and line breaks; failing that, without a note
    /// in brackets at its end (`機密性（3/2/1）`) or after a `※`.
    func spec(forHeader header: String) -> Int? {
        let name = TableSchema.normalised(header)
        if let index = byName[name] { return index }
        let bare = TableSchema.withoutNote(name)
        return bare.isEmpty || bare == name ? nil : byName[bare]
    }

    /// The indices of the specs that `headers` name, each once.
    func specs(named headers: [String]) -> Set<Int> {
        var found = Set<Int>()
        for header in headers where !header.isEmpty {
            if let index = spec(forHeader: header) { found.insert(index) }
        }
        return found
    }

    /// Whether `found` holds every required column.
    func isComplete(_ found: Set<Int>) -> Bool {
        columns.indices.allSatisfy { !columns[$0].required || found.contains($0) }
    }

    /// A header as compared: width folded, lower case, with no white space at all.
    static func normalised(_ header: String) -> String {
        WidthFolding.fold(header).lowercased().filter { !$0.isWhitespace }
    }

    /// A normalised header without a note at its end: a part in brackets, or a `※` and what follows.
    static func withoutNote(_ name: String) -> String {
        var text = name
        if let mark = text.firstIndex(of: "※") { text = String(text[..<mark]) }
        while let last = text.last, last == ")" || last == "）" || last == "】" || last == "]" {
            let open: Set<Character> = last == "】" ? ["【"] : last == "]" ? ["["] : ["(", "（"]
            guard let start = text.lastIndex(where: { open.contains($0) }) else { break }
            text = String(text[..<start])
        }
        return text
    }
}
