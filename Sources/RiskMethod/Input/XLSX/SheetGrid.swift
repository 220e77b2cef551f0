/// One sheet's non-empty cells as text, row by row: what a table reader needs of a workbook.
///
/// The cells' text stands one after the other in ``text``; a cell's text runs from the previous cell's ``SheetCell/end``
/// (0 for the first) to its own. Each cell holds what Excel shows for its value: numbers as the General format
/// writes them, dates as `YYYY-MM-DD`, booleans as TRUE and FALSE; every cell of a merged range holds the value of
/// the range's top-left cell.
public struct SheetGrid: Sendable {
    /// The sheet's name as Excel shows it.
    public var sheet: String
    /// Every sheet of the workbook, in order.
    public var sheetNames: [String]
    /// The cells' UTF-8 text, one after the other.
    public var text: [UInt8]
    /// The non-empty cells in row order, then column order.
    public var cells: [SheetCell]

    /// Creates a grid.
    public init(sheet: String, sheetNames: [String], text: [UInt8] = [], cells: [SheetCell] = []) {
        self.sheet = sheet
        self.sheetNames = sheetNames
        self.text = text
        self.cells = cells
    }

    /// The range of `text` that cell `index` holds.
    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : cells[index - 1].end)..<cells[index].end
    }

    /// Cell `index`'s text.
    public func string(_ index: Int) -> String { String(decoding: text[range(index)], as: UTF8.self) }

    /// Cell `index`'s bytes.
    public func bytes(_ index: Int) -> ArraySlice<UInt8> { text[range(index)] }

    /// The index of the cell at `row` and `column` (1-based), or nil when it is empty.
    public func index(row: Int, column: Int) -> Int? {
        var low = 0, high = cells.count
        let key = SheetCell.key(row: row, column: column)
        while low < high {
            let middle = (low + high) / 2
            let found = SheetCell.key(row: Int(cells[middle].row), column: Int(cells[middle].column))
            if found == key { return middle }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The text at `row` and `column` (1-based), or nil when the cell is empty.
    public func string(row: Int, column: Int) -> String? { index(row: row, column: column).map(string) }
}

/// A non-empty cell of a ``SheetGrid``: its place (1-based, as Excel counts: row 1, column A = 1) and where its
/// text ends.
public struct SheetCell: Sendable, Hashable {
    /// The row, 1-based.
    public var row: Int32
    /// The column, A = 1.
    public var column: Int32
    /// Where the cell's text ends in ``SheetGrid/text``; it starts where the previous cell's ends.
    public var end: Int

    /// Creates a cell.
    public init(row: Int32, column: Int32, end: Int) {
        self.row = row
        self.column = column
        self.end = end
    }

    /// A number that orders cells by row, then column.
    static func key(row: Int, column: Int) -> Int64 { Int64(row) << 16 | Int64(column) }
}
