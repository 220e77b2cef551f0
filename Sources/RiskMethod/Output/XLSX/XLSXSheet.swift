/// How a cell looks: bold or not, and a solid fill colour.
///
/// Whether a text cell needs `quotePrefix` is decided when the sheet is written, from the text itself.
struct XLSXStyle: Hashable, Sendable {
    /// Bold font.
    var bold = false
    /// A solid fill as ARGB, such as `0xFFF4B6B6`; nil for none.
    var fill: UInt32?

    /// The default look.
    static let plain = XLSXStyle()
    /// Bold, as for a header row.
    static let bold = XLSXStyle(bold: true)

    /// A solid fill of `argb`.
    static func filled(_ argb: UInt32, bold: Bool = false) -> XLSXStyle { XLSXStyle(bold: bold, fill: argb) }
}

/// The value of one cell: text, an integer or nothing, each with a style.
enum XLSXCell: Hashable, Sendable {
    /// Text, written as an inline string; never a formula, whatever it starts with.
    case text(String, XLSXStyle = .plain)
    /// An integer, written as a number.
    case number(Int, XLSXStyle = .plain)
    /// No value; written only when its style is not plain.
    case empty(XLSXStyle = .plain)

    /// The cell's style.
    var style: XLSXStyle {
        switch self {
        case .text(_, let style), .number(_, let style), .empty(let style): style
        }
    }
}

/// A worksheet: its name, rows of cells from the top left, and how it is shown.
struct XLSXSheet: Sendable {
    /// The most rows a worksheet has in Excel and LibreOffice.
    static let maximumRows = 1_048_576
    /// The most columns a worksheet has in Excel.
    static let maximumColumns = 16_384

    /// The name on the sheet's tab (checked by `XLSXWorkbook.validate(sheetName:)` when written).
    var name: String
    /// The rows from row 1; a row may be shorter than others. A streamed sheet holds its header here.
    var rows: [[XLSXCell]]
    /// The rows after `rows`, made a chunk at a time when the sheet is written; nil for a sheet held whole.
    var stream: XLSXRowSource?
    /// Column widths in characters, from column A; nil means fitted to the content.
    var columnWidths: [Double]?
    /// Whether row 1 stays in view when scrolling.
    var freezesHeader: Bool
    /// Whether row 1 gets filter buttons over the used range.
    var hasAutoFilter: Bool

    /// Creates a sheet.
    init(name: String, rows: [[XLSXCell]] = [], columnWidths: [Double]? = nil, freezesHeader: Bool = true,
         hasAutoFilter: Bool = true) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.freezesHeader = freezesHeader
        self.hasAutoFilter = hasAutoFilter
    }

    /// Whether row 1 is a header to print at the top of every page: a sheet whose header stays in view.
    var repeatsHeaderWhenPrinted: Bool { freezesHeader && !(rows.first?.isEmpty ?? true) }

    /// The number of columns of the widest row.
    var columnCount: Int { rows.reduce(0) { max($0, $1.count) } }

    /// Widths that fit each column's widest line (display width, so a Japanese character counts two), plus a
    /// margin, between `minimum` and `maximum`.
    func fittedColumnWidths(minimum: Double = 6, maximum: Double = 60) -> [Double] {
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (column, cell) in row.enumerated() {
                let widest: Int
                switch cell {
                case .text(let text, _): widest = XLSXSheet.widestLine(text)
                case .number(let value, _): widest = String(value).utf8.count
                case .empty: continue
                }
                guard widest > 0 else { continue }
                widths[column] = max(widths[column], cell.style.bold ? widest + widest / 10 + 1 : widest)
            }
        }
        return widths.map { min(maximum, max(minimum, Double($0) + 2)) }
    }

    /// The display width of the widest line of `text`.
    static func widestLine(_ text: String) -> Int {
        var widest = 0, current = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                current = 0
            } else {
                current += DisplayWidth.of(scalar)
                widest = max(widest, current)
            }
        }
        return widest
    }

    /// The A1-style name of a column, from 0: `A`, …, `Z`, `AA`, ….
    static func columnName(_ index: Int) -> String {
        var name: [Character] = []
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(name)
    }

    /// The number of rows, streamed ones included.
    var rowCount: Int { rows.count + (stream?.count ?? 0) }

    /// The used range, such as `A1:R57`; `A1` for an empty sheet.
    var usedRange: String {
        let columns = columnCount
        guard !rows.isEmpty, columns > 0 else { return "A1" }
        return "A1:\(XLSXSheet.columnName(columns - 1))\(rowCount)"
    }
}

extension XLSXSheet {
    /// The text cells longer than Excel's 32,767 characters (UTF-16 units), which the workbook holds cut there.
    var cutCells: [XLSXCutCell] {
        var cut: [XLSXCutCell] = []
        for (rowIndex, row) in rows.enumerated() {
            for (column, cell) in row.enumerated() {
                // A text of fewer UTF-8 bytes than the limit has fewer UTF-16 units too: only long ones are counted.
                guard case .text(let text, _) = cell, text.utf8.count > XLSXWorksheetWriter.maximumCellCharacters else { continue }
                let characters = text.utf16.count
                guard characters > XLSXWorksheetWriter.maximumCellCharacters else { continue }
                cut.append(XLSXCutCell(sheet: name, cell: XLSXSheet.columnName(column) + String(rowIndex + 1), characters: characters))
            }
        }
        return cut
    }
}

/// A cell of a workbook cut to Excel's limit: its sheet, its reference (`D3`) and its length before (UTF-16 units,
/// as Excel counts).
public struct XLSXCutCell: Sendable, Equatable {
    public var sheet: String
    public var cell: String
    public var characters: Int
    /// Excel's limit on the characters of a cell.
    public static let limit = XLSXWorksheetWriter.maximumCellCharacters

    /// The cell as Excel names it: `Register!C2`, `'Revision items'!B2` (a sheet name with a space or a sign is
    /// quoted).
    public var reference: String {
        let plain = sheet.unicodeScalars.allSatisfy { $0.value >= 0x80 || $0 == "_" || ("0"..."9").contains($0)
            || ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
        return (plain ? sheet : "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'")
            + "!" + cell
    }
}

/// The rows of a sheet made a chunk at a time, on any thread, so that a sheet of a million rows never stands in
/// memory whole.
struct XLSXRowSource: Sendable {
    /// How many rows.
    private(set) var count: Int
    /// The styles the rows may use besides the default: numbered before the rows are written.
    let styles: [XLSXStyle]
    /// Where the rows start in the whole the source was cut from.
    private(set) var start: Int
    /// The rows at positions of the whole, in order.
    let make: @Sendable (Range<Int>) -> [[XLSXCell]]
    /// Per column, whether its texts are shared (``XLSXSharedStrings``); a column past the end is not.
    var sharedColumns: [Bool] = []
    /// Which of the workbook's tables the rows are, so that a table on several sheets is prepared once.
    var table = 0
    /// Adds the table's recurring texts to the shared strings and gives a way to make its rows' XML without cells,
    /// if it has one; called once per table, before any row is written, with the rows' formats numbered.
    var prepare: (@Sendable (inout XLSXSharedStrings, XLSXStyleTable) -> XLSXRowFormatter?)?

    /// A source of `count` rows that `make` makes by position.
    init(count: Int, styles: [XLSXStyle], start: Int = 0, make: @escaping @Sendable (Range<Int>) -> [[XLSXCell]]) {
        self.count = count
        self.styles = styles
        self.start = start
        self.make = make
    }

    /// The rows at `range` of this source (from 0).
    func rows(_ range: Range<Int>) -> [[XLSXCell]] { make(range.lowerBound + start..<range.upperBound + start) }

    /// The rows at `range` as a source of their own.
    func slice(_ range: Range<Int>) -> XLSXRowSource {
        var slice = self
        slice.count = range.count
        slice.start = start + range.lowerBound
        return slice
    }
}

/// Makes the XML of a table's rows straight, without cells, to the same bytes as its cells would give: the rows at
/// positions of the whole table, the number of the first on its sheet (for the texts cut), the sheet's name, the
/// workbook's shared strings.
struct XLSXRowFormatter: Sendable {
    let format: @Sendable (_ rows: Range<Int>, _ firstRow: Int, _ sheet: String, _ output: ByteWriter,
                           _ shared: XLSXSharedStrings, _ cut: inout [XLSXCutCell]) -> Void
}
