/// The revision items sheet's rows: a row per mapped risk and revision item of its threat. `mapped` holds the
/// mapped risks with items, in register order, and `starts` where each one's rows start (and, last, how many rows
/// there are), so that any range of rows can be made alone.
///
/// Made as bytes, a row is its risk's id and asset name, then one of the item rows' tails of the risk's threat,
/// matched media and value (``XLSXRegisterWriter/itemTails(_:)``), made once per chunk and copied; the cells are
/// the same either way, and the tests hold the two ways to the same bytes.
struct XLSXItemRows: Sendable {
    let writer: XLSXRegisterWriter
    let mapped: [Int32]
    let starts: [Int]

    /// The columns whose texts are shared: all but the risk id, the value and the item's number.
    static let sharedColumns = [false, true, true, false, true, false, true, true, true, true, true, true]

    /// The first mapped risk with a row in `range`, and which of its rows is the first there.
    private func first(in range: Range<Int>) -> (risk: Int, skip: Int) {
        var low = 0, high = mapped.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle + 1] <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return (low, range.lowerBound - (low < starts.count ? starts[low] : 0))
    }

    /// The rows at `range`, as cells.
    func rows(_ range: Range<Int>) -> [[XLSXCell]] {
        let (low, skip) = first(in: range)
        var last = low
        while last < mapped.count && starts[last] < range.upperBound { last += 1 }
        let rows = writer.itemRows(ofRisks: mapped[low..<last].map { Int($0) })
        return Array(rows.dropFirst(skip).prefix(range.count))
    }

    /// Adds the texts of the item rows of every threat and matched media in `keys`, and every level's label, to
    /// `shared`, in that order.
    func share(_ keys: [ThreatAndMedia], into shared: inout XLSXSharedStrings) {
        let method = writer.assessment.method
        for level in method.levelsDescending { shared.add(method.label(level, in: writer.language)) }
        for key in keys {
            for row in writer.itemTails(ItemKey(threat: key.threat, media: key.media, value: 0)) {
                for (column, cell) in row.enumerated() where Self.sharedColumns[column + 2] {
                    if case .text(let text, _) = cell { shared.add(text) }
                }
            }
        }
    }

    /// Appends the rows at `range` (row numbers from `firstRow`, for the texts cut) to `output`. A risk whose id,
    /// asset name or item texts are cut to Excel's limit is made cell by cell, so that each cut says its row.
    func format(_ range: Range<Int>, firstRow: Int, sheet: String, styles: XLSXStyleTable, shared: XLSXSharedStrings,
                into output: ByteWriter, cut: inout [XLSXCutCell]) {
        let assessment = writer.assessment
        let openers = XLSXWorksheetWriter.openers(styles)
        // Per key, each item row's tail as bytes, or nil when a text of it is cut.
        var tails: [ItemKey: [[UInt8]]?] = [:]
        var escaped: [UInt8] = [], head: [UInt8] = [], slow: [UInt8] = []
        var (risk, skip) = first(in: range)
        var row = range.lowerBound
        func cells(_ cells: [XLSXCell], from column: Int, into bytes: inout [UInt8], cut: inout [XLSXCutCell]) {
            for (offset, cell) in cells.enumerated() {
                XLSXWorksheetWriter.appendCell(cell, at: (sheet, column + offset, firstRow + row - range.lowerBound), styles: styles,
                                               openers: openers, shared: Self.sharedColumns[column + offset] ? shared : nil,
                                               escaped: &escaped, to: &bytes, cut: &cut)
            }
        }
        while row < range.upperBound && risk < mapped.count {
            let made = assessment.risks[Int(mapped[risk])]
            let key = ItemKey(made, in: assessment)
            if tails[key] == nil {
                var texts: [[UInt8]] = [], cutHere: [XLSXCutCell] = []
                for tail in writer.itemTails(key) {
                    var bytes: [UInt8] = []
                    cells(tail, from: 2, into: &bytes, cut: &cutHere)
                    texts.append(bytes)
                }
                tails[key] = .some(cutHere.isEmpty ? texts : nil)
            }
            head.removeAll(keepingCapacity: true)
            var headCut: [XLSXCutCell] = []
            cells(writer.itemHead(made), from: 0, into: &head, cut: &headCut)
            let rows = starts[risk + 1] - starts[risk]
            if let tail = tails[key] ?? nil, headCut.isEmpty {
                for item in skip..<rows where row < range.upperBound {
                    output.append(XLSXItemRows.rowOpen)
                    output.append(head)
                    output.append(tail[item])
                    output.append(XLSXItemRows.rowClose)
                    row += 1
                }
            } else {
                let tail = writer.itemTails(key), headCells = writer.itemHead(made)
                for item in skip..<rows where row < range.upperBound {
                    slow.removeAll(keepingCapacity: true)
                    XLSXWorksheetWriter.appendRows([headCells + tail[item]], firstRow: firstRow + row - range.lowerBound,
                                                   sheet: sheet, styles: styles, shared: shared,
                                                   sharedColumns: Self.sharedColumns, to: &slow, cut: &cut)
                    output.append(slow)
                    row += 1
                }
            }
            skip = 0
            risk += 1
        }
    }

    static let rowOpen: [UInt8] = Array("<row>".utf8)
    static let rowClose: [UInt8] = Array("</row>".utf8)
}
