extension SheetParser {
    /// The sheet's cells in row and column order, each place once (the first of a place written twice), every cell
    /// of a merged range holding its top-left cell's text.
    ///
    /// Merged ranges are clipped to the sheet's last used row and column, and the cells they fill are bounded:
    /// at most twice the sheet's cells and a million more, and twice its text and 64 MiB more.
    func grid(sheetNames: [String]) throws(Diagnostic) -> SheetGrid {
        var ordered = isOrdered ? cells : SheetParser.sortedUnique(cells)
        if !merges.isEmpty, !ordered.isEmpty {
            let filled = try fill(ordered)
            if !filled.isEmpty {
                // A merged range's own cells hide what other cells of it may hold: the filled value wins.
                ordered = SheetParser.sortedUnique(filled + ordered)
            }
        }
        var text: [UInt8] = []
        text.reserveCapacity(isOrdered && merges.isEmpty ? pool.count : ordered.reduce(0) { $0 + $1.end - $1.start })
        var result: [SheetCell] = []
        result.reserveCapacity(ordered.count)
        for cell in ordered {
            text.append(contentsOf: pool[cell.start..<cell.end])
            result.append(SheetCell(row: cell.row, column: cell.column, end: text.count))
        }
        return SheetGrid(sheet: sheet, sheetNames: sheetNames, text: text, cells: result)
    }

    /// `cells` sorted by place, the first of each place kept (the sort is stable).
    static func sortedUnique(_ cells: [RawCell]) -> [RawCell] {
        let sorted = cells.enumerated().sorted { $0.element.key != $1.element.key ? $0.element.key < $1.element.key : $0.offset < $1.offset }
        var result: [RawCell] = []
        result.reserveCapacity(sorted.count)
        for (_, cell) in sorted where result.last?.key != cell.key { result.append(cell) }
        return result
    }

    /// The cells that merged ranges fill with their top-left cell's text (not the top-left cells themselves).
    func fill(_ ordered: [RawCell]) throws(Diagnostic) -> [RawCell] {
        var lastRow = 0, lastColumn = 0
        for cell in ordered {
            lastRow = max(lastRow, Int(cell.row))
            lastColumn = max(lastColumn, Int(cell.column))
        }
        let cellLimit = 2 * ordered.count + 1_000_000
        let byteLimit = 2 * pool.count + (64 << 20)
        var filled: [RawCell] = []
        var bytes = 0
        for merge in merges {
            let bottom = min(merge.bottom, lastRow), right = min(merge.right, lastColumn)
            guard merge.top <= bottom, merge.left <= right,
                  let corner = SheetParser.find(ordered, key: SheetCell.key(row: merge.top, column: merge.left)) else { continue }
            let source = ordered[corner]
            let area = (bottom - merge.top + 1) * (right - merge.left + 1) - 1
            bytes += area * (source.end - source.start)
            guard filled.count + area <= cellLimit, bytes <= byteLimit else {
                throw Diagnostic(.xlsxMergedCellsTooMany(limit: cellLimit),
                                 at: SourceLocation(file: parts.file, line: merge.top, column: merge.left, sheet: sheet))
            }
            for row in merge.top...bottom {
                for column in merge.left...right where row != merge.top || column != merge.left {
                    filled.append(RawCell(row: Int32(row), column: Int32(column), start: source.start, end: source.end))
                }
            }
        }
        return filled
    }

    /// The index of the cell with `key` in cells sorted by key.
    static func find(_ cells: [RawCell], key: Int64) -> Int? {
        var low = 0, high = cells.count
        while low < high {
            let middle = (low + high) / 2
            let found = cells[middle].key
            if found == key { return middle }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
