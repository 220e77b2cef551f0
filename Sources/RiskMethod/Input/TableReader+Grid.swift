/// Reading a table from a workbook's sheet: the same header search and rows as a text, each cell at its place.
extension TableReader {
    /// Reads `grid`'s rows, calling `row` for every non-blank data row; returns the layout, or nil when the header is
    /// unusable (the problems are in `log`). A record's fields are the header's columns, in order, each with its
    /// row and column on the sheet; a value in a column without a header is an error at its cell.
    @discardableResult
    func readGrid(_ grid: SheetGrid, log: inout DiagnosticLog,
                  row: (inout TableRecord, TableLayout, inout DiagnosticLog) -> Void) -> TableLayout? {
        let (search, found, start) = TableReader.searchHeader(grid, schema: schema)
        var next = start
        guard let layout = layout(of: found, search: search, log: &log), let header = found?.header else { return nil }
        // Each header column's field, by the column's number on the sheet.
        var fieldOfColumn: [Int: Int] = [:]
        for (field, column) in header.columns.enumerated() { fieldOfColumn[column] = field }
        var record = TableRecord()
        record.sheet = grid.sheet
        var rows = 0
        while next < grid.cells.count {
            let cells = TableReader.row(of: grid, from: next)
            next = cells.upperBound
            let line = Int(grid.cells[cells.lowerBound].row)
            guard line > header.line else { continue }
            record.reset(line: line)
            var values = [ArraySlice<UInt8>](repeating: [], count: header.columns.count)
            for index in cells {
                let column = Int(grid.cells[index].column)
                if let field = fieldOfColumn[column] {
                    values[field] = grid.bytes(index)
                } else if !WidthFolding.fold(grid.string(index)).isEmpty {
                    log.error(.valueWithoutHeader(column: SourceLocation.columnLetters(column)),
                              at: SourceLocation(file: file, line: line, column: column, sheet: grid.sheet))
                    record.isBroken = true
                }
            }
            for (field, value) in values.enumerated() {
                record.appendField(value, line: line, column: header.columns[field])
            }
            if record.isBlank || record.isBroken { continue }
            rows += 1
            row(&record, layout, &log)
        }
        if rows == 0 && schema.requiresRows {
            log.error(.noRows, at: SourceLocation(file: file, line: header.line + 1, sheet: grid.sheet))
        }
        return layout
    }

    /// Whether `grid`'s first rows hold a header that names every required column of `schema`.
    static func hasHeader(_ grid: SheetGrid, schema: TableSchema) -> Bool {
        searchHeader(grid, schema: schema).found != nil
    }

    /// Looks for the header among `grid`'s first non-blank rows: the search, the header when found, and the cell
    /// after the rows considered.
    static func searchHeader(_ grid: SheetGrid, schema: TableSchema) -> (search: HeaderSearch, found: HeaderSearch.Found?, next: Int) {
        var search = HeaderSearch(schema: schema)
        var found: HeaderSearch.Found?
        var next = 0
        while next < grid.cells.count && found == nil && !search.isExhausted {
            let cells = row(of: grid, from: next)
            next = cells.upperBound
            let texts = cells.map { grid.string($0) }
            guard texts.contains(where: { !WidthFolding.fold($0).isEmpty }) else { continue }
            found = search.consider(HeaderRow(cells: texts, line: Int(grid.cells[cells.lowerBound].row),
                                              columns: cells.map { Int(grid.cells[$0].column) }))
        }
        return (search, found, next)
    }

    /// The cells of the row that starts at cell `start`.
    static func row(of grid: SheetGrid, from start: Int) -> Range<Int> {
        var end = start
        let number = grid.cells[start].row
        while end < grid.cells.count && grid.cells[end].row == number { end += 1 }
        return start..<end
    }
}
