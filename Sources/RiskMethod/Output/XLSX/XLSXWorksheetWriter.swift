/// Writes one worksheet part (`xl/worksheets/sheetN.xml`): the sheet's properties (fit to the page's width when
/// printed), dimension, view with the frozen header, column widths, the cells, the auto-filter, margins, page setup
/// (A4 landscape, one page wide) and the ignored "number stored as text" warning, in the element order the schema
/// (CT_Worksheet) requires. The header row repeated on every printed page is the workbook's `_xlnm.Print_Titles`.
struct XLSXWorksheetWriter {
    /// Excel's limit on the characters of one cell.
    static let maximumCellCharacters = 32_767

    let sheet: XLSXSheet
    /// Whether the sheet's tab is the selected one (the first sheet).
    let isSelected: Bool

    /// The part's bytes; the formats of the cells are numbered in `styles`.
    func xml(styles: inout XLSXStyleTable) -> [UInt8] {
        var out = head(widths: sheet.columnWidths ?? sheet.fittedColumnWidths())
        out.reserveCapacity(sheet.rows.count * sheet.columnCount * 48 + 1024)
        appendRows(styles: &styles, to: &out)
        return out + tail
    }

    /// What comes before the rows, up to `<sheetData>`.
    func head(widths: [Double]) -> [UInt8] {
        var out: [UInt8] = []
        let hasHeader = !sheet.rows.isEmpty && sheet.columnCount > 0
        write(XLSXWorkbook.declaration, &out)
        write("<worksheet xmlns=\"\(XLSXWorkbook.mainNamespace)\" xmlns:r=\"\(XLSXWorkbook.relationshipNamespace)\">", &out)
        write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>", &out)
        write("<dimension ref=\"\(sheet.usedRange)\"/>", &out)
        write("<sheetViews><sheetView\(isSelected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">", &out)
        if sheet.freezesHeader && hasHeader {
            write("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>", &out)
            write("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>", &out)
        }
        write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>", &out)
        if !widths.isEmpty {
            write("<cols>", &out)
            for (index, width) in widths.enumerated() {
                let rounded = (width * 100).rounded() / 100
                write("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(rounded)\" customWidth=\"1\"/>", &out)
            }
            write("</cols>", &out)
        }
        write("<sheetData>", &out)
        return out
    }

    /// The rows the sheet holds, each cell with its reference.
    func appendRows(styles: inout XLSXStyleTable, to out: inout [UInt8]) {
        let columnNames = (0..<sheet.columnCount).map { Array(XLSXSheet.columnName($0).utf8) }
        for (rowIndex, row) in sheet.rows.enumerated() {
            let rowNumber = Array(String(rowIndex + 1).utf8)
            var opened = false
            for (column, cell) in row.enumerated() {
                let mark = out.count
                if !opened {
                    write("<row r=\"", &out)
                    out.append(contentsOf: rowNumber)
                    write("\">", &out)
                }
                if append(cell, reference: columnNames[column] + rowNumber, styles: &styles, to: &out) {
                    opened = true
                } else {
                    out.removeSubrange(mark...)
                }
            }
            if opened { write("</row>", &out) }
        }
    }

    /// What comes after the rows, from `</sheetData>`.
    var tail: [UInt8] {
        var out: [UInt8] = []
        let hasHeader = !sheet.rows.isEmpty && sheet.columnCount > 0
        write("</sheetData>", &out)
        if sheet.hasAutoFilter && hasHeader { write("<autoFilter ref=\"\(sheet.usedRange)\"/>", &out) }
        write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>", &out)
        write("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>", &out)
        if hasHeader {
            // Texts such as a confidentiality of "2" or an id of "001" are text on purpose: no green triangles.
            write("<ignoredErrors><ignoredError sqref=\"\(sheet.usedRange)\" numberStoredAsText=\"1\"/></ignoredErrors>", &out)
        }
        write("</worksheet>", &out)
        return out
    }

    /// Appends streamed rows without references (a `<row>` follows the row before, a `<c>` the cell before, and an
    /// empty cell is `<c/>`), with formats numbered in `styles` already; the texts cut to Excel's limit go to `cut`
    /// with their row numbers counted from `firstRow`. A text keeps `xml:space="preserve"` only when it starts or
    /// ends with white space, which a reader would otherwise drop.
    ///
    /// A text in a column that `sharedColumns` marks is written as its number in `shared` when it is there.
    static func appendRows(_ rows: [[XLSXCell]], firstRow: Int, sheet: String, styles: XLSXStyleTable,
                           shared: XLSXSharedStrings? = nil, sharedColumns: [Bool] = [],
                           to out: inout [UInt8], cut: inout [XLSXCutCell]) {
        let tags = XLSXCellTags(styles)
        var escaped: [UInt8] = []
        for (offset, row) in rows.enumerated() {
            out.append(contentsOf: tags.openRow)
            for (column, cell) in row.enumerated() {
                let table = column < sharedColumns.count && sharedColumns[column] ? shared : nil
                appendCell(cell, at: (sheet, column, firstRow + offset), styles: styles, tags: tags, shared: table,
                           escaped: &escaped, to: &out, cut: &cut)
            }
            out.append(contentsOf: tags.closeRow)
        }
    }

    /// Appends one streamed cell (see ``appendRows(_:firstRow:sheet:styles:shared:sharedColumns:to:cut:)``); a text
    /// cut to Excel's limit goes to `cut` under its place, and a text in `shared` is written as its number there.
    static func appendCell(_ cell: XLSXCell, at place: (sheet: String, column: Int, row: Int), styles: XLSXStyleTable,
                           tags: XLSXCellTags, shared: XLSXSharedStrings? = nil, escaped: inout [UInt8],
                           to out: inout [UInt8], cut: inout [XLSXCutCell]) {
        switch cell {
        case .empty(let style):
            out.append(contentsOf: tags.openers[styles.existingIndex(of: style)])
            out.append(contentsOf: tags.closeEmpty)
        case .number(let value, let style):
            out.append(contentsOf: tags.openers[styles.existingIndex(of: style)])
            out.append(contentsOf: tags.openValue)
            appendDecimal(value, to: &out)
            out.append(contentsOf: tags.closeValue)
        case .text(let text, let style):
            escaped.removeAll(keepingCapacity: true)
            let long = text.utf8.count > maximumCellCharacters && text.utf16.count > maximumCellCharacters
            if long {
                cut.append(XLSXCutCell(sheet: place.sheet, cell: XLSXSheet.columnName(place.column) + String(place.row),
                                       characters: text.utf16.count))
            }
            guard let first = XMLText.append(long ? clip(text) : text, to: &escaped, officeEscapes: true) else {
                out.append(contentsOf: tags.openers[styles.existingIndex(of: style)])
                out.append(contentsOf: tags.closeEmpty)
                return
            }
            out.append(contentsOf: tags.openers[styles.existingIndex(of: style, quotePrefix: CSVCell.isFormulaStart(first))])
            if let number = shared?.number(of: escaped[...]) {
                out.append(contentsOf: tags.openShared)
                appendDecimal(number, to: &out)
                out.append(contentsOf: tags.closeValue)
                return
            }
            let spaced = isSpace(first) || isSpace(escaped[escaped.count - 1])
            out.append(contentsOf: spaced ? tags.openInlineSpaced : tags.openInline)
            out.append(contentsOf: escaped)
            out.append(contentsOf: tags.closeInline)
        }
    }

    /// Appends `value` in decimal, as `String(value)` spells it, without making the text.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude, divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor &*= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 48 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// Whether `byte` is white space that a reader drops at either end of a text not marked to keep it.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Appends one `<c>`; returns false when the cell has nothing to write (empty and plain).
    func append(_ cell: XLSXCell, reference: [UInt8], styles: inout XLSXStyleTable, to out: inout [UInt8]) -> Bool {
        switch cell {
        case .empty(let style):
            guard style != .plain else { return false }
            openCell(reference, style: styles.index(of: style), type: nil, &out)
            write("/>", &out)
        case .number(let value, let style):
            openCell(reference, style: styles.index(of: style), type: nil, &out)
            write("><v>\(value)</v></c>", &out)
        case .text(let text, let style):
            // The text is escaped first, so that what it starts with is judged on what a reader will see.
            var escaped: [UInt8] = []
            let clipped = XLSXWorksheetWriter.clip(text)
            let first = XMLText.append(clipped, to: &escaped, officeEscapes: true)
            guard let first else {
                return append(.empty(style), reference: reference, styles: &styles, to: &out)
            }
            let quote = CSVCell.isFormulaStart(first)
            openCell(reference, style: styles.index(of: style, quotePrefix: quote), type: "inlineStr", &out)
            write("><is><t xml:space=\"preserve\">", &out)
            out.append(contentsOf: escaped)
            write("</t></is></c>", &out)
        }
        return true
    }

    private func openCell(_ reference: [UInt8], style: Int, type: String?, _ out: inout [UInt8]) {
        write("<c r=\"", &out)
        out.append(contentsOf: reference)
        out.append(UInt8(ascii: "\""))
        if style != 0 { write(" s=\"\(style)\"", &out) }
        if let type { write(" t=\"\(type)\"", &out) }
    }

    /// `text` cut to Excel's 32,767 characters (UTF-16 units), at a character boundary.
    static func clip(_ text: String) -> String {
        guard text.utf16.count > maximumCellCharacters else { return text }
        var result = ""
        var used = 0
        for character in text {
            let size = character.utf16.count
            if used + size > maximumCellCharacters { break }
            result.append(character)
            used += size
        }
        return result
    }

    @inline(__always)
    private func write(_ text: String, _ out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }
}

/// The bytes of a streamed cell's tags, made once per batch of rows rather than spelt from text per cell: `<c` and
/// the format, per format index of a style table, and the fixed tags around a value or a text.
struct XLSXCellTags: Sendable {
    let openers: [[UInt8]]
    let closeEmpty = Array("/>".utf8)
    let openValue = Array("><v>".utf8)
    let openShared = Array(" t=\"s\"><v>".utf8)
    let closeValue = Array("</v></c>".utf8)
    let openInline = Array(" t=\"inlineStr\"><is><t>".utf8)
    let openInlineSpaced = Array(" t=\"inlineStr\"><is><t xml:space=\"preserve\">".utf8)
    let closeInline = Array("</t></is></c>".utf8)
    let openRow = Array("<row>".utf8)
    let closeRow = Array("</row>".utf8)

    init(_ styles: XLSXStyleTable) {
        openers = styles.formats.indices.map { $0 == 0 ? Array("<c".utf8) : Array("<c s=\"\($0)\"".utf8) }
    }
}
