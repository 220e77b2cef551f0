/// A row considered as a table's header: its cells' text, its line, and each cell's column.
struct HeaderRow: Sendable {
    var cells: [String]
    var line: Int
    var columns: [Int]
}

/// Finds a table's header among its first rows, as a person would: the first row that names every required column,
/// or two rows that name them together (a group such as 重要度 merged over 機密性, 完全性 and 可用性, with the
/// columns' names below it). Titles (情報資産台帳（令和8年度）), dates and blank rows above the header are skipped.
struct HeaderSearch: Sendable {
    /// The rows considered, blank ones aside: up to twenty above the header, and the header.
    static let limit = 21
    let schema: TableSchema
    /// The rows considered so far.
    private(set) var rowsSeen = 0
    private var previous: HeaderRow?
    private var best: (row: HeaderRow, count: Int)?

    init(schema: TableSchema) { self.schema = schema }

    /// What was found: the header (two rows joined into one when it spans two) and how many rows stand above it.
    struct Found: Sendable {
        var header: HeaderRow
        var rowsAbove: Int
    }

    /// Takes the next non-blank row; returns the header once it is found.
    mutating func consider(_ row: HeaderRow) -> Found? {
        rowsSeen += 1
        let named = schema.specs(named: row.cells)
        if schema.isComplete(named) { return Found(header: row, rowsAbove: rowsSeen - 1) }
        if let previous, !named.isEmpty {
            let joined = HeaderSearch.join(previous, row, schema: schema)
            if schema.isComplete(schema.specs(named: joined.cells)) { return Found(header: joined, rowsAbove: rowsSeen - 2) }
        }
        if best == nil || named.count > best?.count ?? 0 { best = (row, named.count) }
        previous = row
        return nil
    }

    /// Whether enough rows were considered.
    var isExhausted: Bool { rowsSeen >= HeaderSearch.limit }

    /// The row to report on when no header was found: the first that names the most columns (the first row when
    /// none names any); nil when there was no row at all.
    var fallback: HeaderRow? { best?.row }

    /// Two header rows as one: in each column, the lower row's name when it names a column, else the upper row's
    /// when that does, else whichever is not empty (the lower first).
    static func join(_ upper: HeaderRow, _ lower: HeaderRow, schema: TableSchema) -> HeaderRow {
        var byColumn: [Int: (upper: String, lower: String)] = [:]
        for (cell, column) in zip(upper.cells, upper.columns) { byColumn[column, default: ("", "")].upper = cell }
        for (cell, column) in zip(lower.cells, lower.columns) { byColumn[column, default: ("", "")].lower = cell }
        let columns = byColumn.keys.sorted()
        let cells = columns.map { column -> String in
            let pair = byColumn[column] ?? ("", "")
            if schema.spec(forHeader: pair.lower) != nil { return pair.lower }
            if schema.spec(forHeader: pair.upper) != nil { return pair.upper }
            return WidthFolding.fold(pair.lower).isEmpty ? pair.upper : pair.lower
        }
        return HeaderRow(cells: cells, line: lower.line, columns: columns)
    }

    /// The byte that separates fields in a CSV text: a tab when the first lines hold more tabs than commas outside
    /// quotes (a tab-separated export), else a comma.
    static func separator(in text: [UInt8], from start: Int) -> UInt8 {
        var tabs = 0, commas = 0, lines = 0
        var inside = false
        var index = start
        let end = min(text.count, start + 65_536)
        while index < end && lines <= limit {
            switch text[index] {
            case 0x22: inside.toggle()
            case 0x0A where !inside: lines += 1
            case 0x09 where !inside: tabs += 1
            case 0x2C where !inside: commas += 1
            default: break
            }
            index += 1
        }
        return tabs > commas ? 0x09 : 0x2C
    }
}
