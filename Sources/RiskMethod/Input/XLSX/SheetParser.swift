/// Reads a worksheet part (`sheetData/row/c`, and `mergeCells`) into cells whose text stands in one pool.
struct SheetParser {
    /// A cell read: its place and its text's range in ``pool``.
    struct RawCell {
        var row: Int32
        var column: Int32
        var start: Int
        var end: Int

        var key: Int64 { SheetCell.key(row: Int(row), column: Int(column)) }
    }

    /// A merged range, corners included.
    struct Merge { var top: Int; var left: Int; var bottom: Int; var right: Int }

    /// How a cell's value is stored (its `t` attribute).
    enum CellType { case number, shared, inline, formula, boolean, error, isoDate }

    /// Excel's limits: a cell's characters, and a sheet's rows and columns.
    static let characterLimit = 32_767
    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384

    let parts: WorkbookParts
    let part: String
    let sheet: String
    let strings: SharedStrings
    let styles: [NumberKind]
    let date1904: Bool

    var pool: [UInt8] = []
    var cells: [RawCell] = []
    var merges: [Merge] = []
    /// Whether the cells came in row and column order, each place once.
    var isOrdered = true

    // The cell being read.
    private var row = 0, column = 0, lastKey: Int64 = -1
    private var type = CellType.number, kind = NumberKind.number
    private var value: [UInt8] = []

    init(parts: WorkbookParts, part: String, sheet: String, strings: SharedStrings, styles: [NumberKind], date1904: Bool) {
        self.parts = parts
        self.part = part
        self.sheet = sheet
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
    }

    /// Reads the part's bytes.
    mutating func parse(_ bytes: [UInt8]) throws(Diagnostic) {
        var scanner = XMLScanner(bytes)
        pool.reserveCapacity(bytes.count / 8)
        cells.reserveCapacity(bytes.count / 64)
        var tooLong: Diagnostic?
        do throws(XMLScanner.Failure) {
            tooLong = try scan(&scanner)
        } catch {
            throw parts.diagnostic(error, in: scanner, part: part)
        }
        if let tooLong { throw tooLong }
    }

    /// Scans to the end of the part; a cell longer than Excel allows stops it, and is returned.
    private mutating func scan(_ scanner: inout XMLScanner) throws(XMLScanner.Failure) -> Diagnostic? {
        var inRow = false, inCell = false, inValue = false, inInline = false, inText = false, phonetic = 0
        while true {
            switch try scanner.next() {
            case .start:
                if inCell {
                    if scanner.named("v") { inValue = true } else if scanner.named("is") { inInline = true }
                    else if scanner.named("t") { inText = inInline } else if scanner.named("rPh") { phonetic += 1 }
                } else if inRow && scanner.named("c") {
                    try beginCell(scanner)
                    inCell = true
                } else if scanner.named("row") {
                    inRow = true
                    row = try scanner.attribute("r").map { range throws(XMLScanner.Failure) in
                        try rowNumber(scanner.bytes[range], scanner, at: range.lowerBound)
                    } ?? row + 1
                    column = 0
                } else if scanner.named("mergeCell"), let ref = scanner.attribute("ref") {
                    try merges.append(merge(scanner, ref))
                }
            case .end:
                if inCell {
                    if scanner.named("c") {
                        inCell = false
                        inValue = false
                        inInline = false
                        if let tooLong = try endCell(scanner) { return tooLong }
                    } else if scanner.named("v") { inValue = false } else if scanner.named("t") { inText = false }
                    else if scanner.named("rPh") { phonetic -= 1 } else if scanner.named("is") { inInline = false }
                } else if scanner.named("row") {
                    inRow = false
                }
            case .text:
                if inCell && (inValue || (inText && phonetic == 0)) {
                    try scanner.appendText(scanner.text, cdata: scanner.isCDATA, officeEscapes: inText, to: &value)
                }
            case .endOfDocument:
                return nil
            }
        }
    }

    private mutating func beginCell(_ scanner: XMLScanner) throws(XMLScanner.Failure) {
        // One pass over the attributes, by their local names' lengths: r, s, t.
        var reference: Range<Int>?, typeRange: Range<Int>?, styleRange: Range<Int>?
        for attribute in scanner.attributes where attribute.name.count == 1 {
            switch scanner.bytes[attribute.name.lowerBound] {
            case UInt8(ascii: "r"): reference = attribute.value
            case UInt8(ascii: "t"): typeRange = attribute.value
            case UInt8(ascii: "s"): styleRange = attribute.value
            default: break
            }
        }
        if let reference {
            (row, column) = try cellReference(scanner, reference)
        } else {
            column += 1
            guard column <= SheetParser.maximumColumn, row >= 1 else {
                throw XMLScanner.Failure(problem: .badReference(SourceLocation.columnLetters(column) + String(row)),
                                         offset: scanner.position)
            }
        }
        type = .number
        if let typeRange {
            let text = scanner.bytes[typeRange]
            type = text.elementsEqual("s".utf8) ? .shared : text.elementsEqual("inlineStr".utf8) ? .inline
                : text.elementsEqual("str".utf8) ? .formula : text.elementsEqual("b".utf8) ? .boolean
                : text.elementsEqual("e".utf8) ? .error : text.elementsEqual("d".utf8) ? .isoDate : .number
        }
        kind = .number
        if type == .number, let styleRange, let style = CellValue.integer(scanner.bytes[styleRange]), style < styles.count {
            kind = styles[style]
        }
        value.removeAll(keepingCapacity: true)
    }

    /// Adds the cell just read, unless it is empty; a cell over Excel's limit is returned as a diagnostic.
    private mutating func endCell(_ scanner: XMLScanner) throws(XMLScanner.Failure) -> Diagnostic? {
        let start = pool.count
        switch type {
        case .shared:
            guard let index = CellValue.integer(value[...]), index < strings.count else {
                throw XMLScanner.Failure(problem: .badSharedString(index: CellValue.integer(value[...]) ?? -1, count: strings.count),
                                         offset: scanner.position)
            }
            pool.append(contentsOf: strings.text[strings.range(index)])
        case .inline, .formula, .error:
            pool.append(contentsOf: value)
        case .boolean:
            pool.append(contentsOf: value.elementsEqual("1".utf8) ? Array("TRUE".utf8)
                        : value.elementsEqual("0".utf8) ? Array("FALSE".utf8) : value)
        case .isoDate:
            CellValue.appendISODate(value[...], to: &pool)
        case .number:
            if value.isEmpty { break }
            if kind == .number || !CellValue.appendDate(value[...], kind: kind, date1904: date1904, to: &pool) {
                CellValue.appendNumber(value[...], to: &pool)
            }
        }
        guard pool.count > start else { return nil }
        if pool.count - start > SheetParser.characterLimit {
            let characters = SheetParser.utf16Count(pool[start...])
            if characters > SheetParser.characterLimit {
                return Diagnostic(.cellTooLong(characters: characters, limit: SheetParser.characterLimit),
                                  at: SourceLocation(file: parts.file, line: row, column: column, sheet: sheet))
            }
        }
        let cell = RawCell(row: Int32(row), column: Int32(column), start: start, end: pool.count)
        if cell.key <= lastKey { isOrdered = false }
        lastKey = cell.key
        cells.append(cell)
        return nil
    }

    /// The characters of UTF-8 text as Excel counts them (UTF-16 code units).
    static func utf16Count(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += byte >= 0xF0 ? 2 : 1 }
        return count
    }

    /// A row number, 1 to 1,048,576.
    private func rowNumber(_ text: ArraySlice<UInt8>, _ scanner: XMLScanner, at offset: Int) throws(XMLScanner.Failure) -> Int {
        guard let number = CellValue.integer(text), number >= 1, number <= SheetParser.maximumRow else {
            throw XMLScanner.Failure(problem: .badReference(String(decoding: text.prefix(20), as: UTF8.self)), offset: offset)
        }
        return number
    }

    /// The row and column of a cell reference such as `G7`.
    private func cellReference(_ scanner: XMLScanner, _ range: Range<Int>) throws(XMLScanner.Failure) -> (Int, Int) {
        let text = scanner.bytes[range]
        var column = 0, index = text.startIndex
        while index < text.endIndex, index - text.startIndex < 3, (text[index] | 0x20) >= 0x61, (text[index] | 0x20) <= 0x7A {
            column = column * 26 + Int((text[index] | 0x20) - 0x60)
            index += 1
        }
        guard column >= 1, column <= SheetParser.maximumColumn, let row = CellValue.integer(text[index...]), row >= 1,
              row <= SheetParser.maximumRow else {
            throw XMLScanner.Failure(problem: .badReference(String(decoding: text.prefix(20), as: UTF8.self)), offset: range.lowerBound)
        }
        return (row, column)
    }

    /// A merged range `A1:C3` (or a single cell).
    private func merge(_ scanner: XMLScanner, _ range: Range<Int>) throws(XMLScanner.Failure) -> Merge {
        let colon = scanner.bytes[range].firstIndex(of: UInt8(ascii: ":")) ?? range.upperBound
        let (top, left) = try cellReference(scanner, range.lowerBound..<colon)
        let (bottom, right) = colon < range.upperBound ? try cellReference(scanner, colon + 1..<range.upperBound) : (top, left)
        return Merge(top: min(top, bottom), left: min(left, right), bottom: max(top, bottom), right: max(left, right))
    }
}
