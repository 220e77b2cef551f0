/// The revision items sheet's rows: a row per mapped risk and revision item of its threat. `mapped` holds the
/// mapped risks with items, in register order, and `starts` where each one's rows start (and, last, how many rows
/// there are), so that any range of rows can be made alone.
///
/// Made as bytes, a row is its risk's id and asset name, then one of the item rows' tails of the risk's threat,
/// matched media and value (``XLSXRegisterWriter/itemTails(_:)``). What a risk's tails depend on is numbered when
/// the rows are counted (`keyOf`, an index into `keys`), and each key's tails are made once, when the workbook is
/// prepared (``prepared(styles:shared:)``); the cells are the same either way, and the tests hold the two ways to
/// the same bytes.
struct XLSXItemRows: Sendable {
    let writer: XLSXRegisterWriter
    let mapped: [Int32]
    let starts: [Int]
    /// Per mapped risk, the index in `keys` of its threat, matched media and value.
    let keyOf: [Int32]
    /// The threats, matched media and values of the mapped risks, each once.
    let keys: [ItemKey]

    /// The columns whose texts are shared: all but the risk id, the value and the item's number.
    static let sharedColumns = [false, true, true, false, true, false, true, true, true, true, true, true]

    /// What the rows are made of once the shared strings are known: per key, each item row's tail as bytes (nil
    /// when a text of it is cut), and per asset its shared texts' numbers (``XLSXRegisterWriter/shareAssetTexts(_:)``).
    struct Prepared: Sendable {
        let tails: [[[UInt8]]?]
        let assets: [Int32]
    }

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

    /// Adds every level's label, then the texts of the item rows of every key, to `shared`; makes each key's tails.
    func prepared(styles: XLSXStyleTable, shared: inout XLSXSharedStrings) -> Prepared {
        let method = writer.assessment.method
        for level in method.levelsDescending { shared.add(method.label(level, in: writer.language)) }
        let tails = keys.map { writer.itemTails($0) }
        for rows in tails {
            for row in rows {
                for (column, cell) in row.enumerated() where Self.sharedColumns[column + 2] {
                    if case .text(let text, _) = cell { shared.add(text) }
                }
            }
        }
        let tags = XLSXCellTags(styles)
        var escaped: [UInt8] = []
        let made = tails.map { rows -> [[UInt8]]? in
            var cut: [XLSXCutCell] = []
            let bytes = rows.map { row in
                var bytes: [UInt8] = []
                for (offset, cell) in row.enumerated() {
                    XLSXWorksheetWriter.appendCell(cell, at: ("", offset + 2, 0), styles: styles, tags: tags,
                                                   shared: Self.sharedColumns[offset + 2] ? shared : nil,
                                                   escaped: &escaped, to: &bytes, cut: &cut)
                }
                return bytes
            }
            return cut.isEmpty ? bytes : nil
        }
        return Prepared(tails: made, assets: writer.shareAssetTexts(&shared))
    }

    /// Appends the rows at `range` (row numbers from `firstRow`, for the texts cut) to `output`. A risk whose id,
    /// asset name or item texts are cut to Excel's limit, or need escaping, is made cell by cell, so that each cut
    /// says its row.
    func format(_ range: Range<Int>, firstRow: Int, sheet: String, styles: XLSXStyleTable, shared: XLSXSharedStrings,
                prepared: Prepared, into output: ByteWriter, cut: inout [XLSXCutCell]) {
        let threatIDs = writer.assessment.catalog.threats.map { Array($0.id.utf8) }
        let rowOpen = Self.rowOpen, rowClose = Self.rowClose
        var head: [UInt8] = [], slow: [UInt8] = []
        var (risk, skip) = first(in: range)
        var row = range.lowerBound
        while row < range.upperBound && risk < mapped.count {
            let made = writer.assessment.risks[Int(mapped[risk])]
            let key = Int(keyOf[risk])
            let rows = starts[risk + 1] - starts[risk]
            if let tail = prepared.tails[key], makeHead(of: made, threatIDs: threatIDs, assets: prepared.assets, into: &head) {
                for item in skip..<rows where row < range.upperBound {
                    output.append(rowOpen)
                    output.append(head)
                    output.append(tail[item])
                    output.append(rowClose)
                    row += 1
                }
            } else {
                let tail = writer.itemTails(keys[key]), headCells = writer.itemHead(made)
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

    /// Makes the first cells of `risk`'s rows in `head` straight from the inventory's bytes: its id inline, its
    /// asset's name by its shared number. False when either text is not plain (``XLSXRiskRows/isPlain(_:)``),
    /// which the cells then make.
    private func makeHead(of risk: Risk, threatIDs: [[UInt8]], assets: [Int32], into head: inout [UInt8]) -> Bool {
        let inventory = writer.assessment.inventory
        let asset = inventory.assets[Int(risk.asset)]
        head.removeAll(keepingCapacity: true)
        head += XLSXRiskRows.open
        let idStart = head.count
        inventory.withText(asset.ref(.id)) { head.append($0) }
        head.append(UInt8(ascii: "/"))
        head += threatIDs[Int(risk.threat)]
        guard XLSXRiskRows.isPlain(head.span.extracting(idStart..<head.count)),
              inventory.withText(asset.ref(.name), { XLSXRiskRows.isPlain($0) }) else { return false }
        head += XLSXRiskRows.close
        XLSXRiskRows.appendSharedCell(assets[Int(risk.asset) * 3 + 1], to: &head)
        return true
    }

    static let rowOpen: [UInt8] = Array("<row>".utf8)
    static let rowClose: [UInt8] = Array("</row>".utf8)
}
