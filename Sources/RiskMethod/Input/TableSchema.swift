/// A column of an input table: its key, the English and Japanese headers that name it, and whether it is required.
struct ColumnSpec: Sendable {
    let key: String
    let english: [String]
    let japanese: [String]
    let required: Bool

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

    /// Finds the spec a header names: English case-insensitively, Japanese as written, after width folding.
    func spec(forHeader header: String) -> Int? {
        let folded = WidthFolding.fold(header)
        let lower = folded.lowercased()
        for (index, column) in columns.enumerated() {
            if column.english.contains(where: { $0.lowercased() == lower }) || column.japanese.contains(folded) { return index }
        }
        return nil
    }
}
