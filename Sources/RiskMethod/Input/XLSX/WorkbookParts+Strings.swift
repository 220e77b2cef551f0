/// The shared strings of a workbook: each `<si>`'s text, one after the other.
struct SharedStrings {
    var text: [UInt8] = []
    var ends: [Int] = []

    var count: Int { ends.count }

    /// The range of `text` that string `index` holds.
    func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }
}

/// How a cell's number is shown, from its style's number format.
enum NumberKind: UInt8 {
    case number, date, time, dateTime
}

extension WorkbookParts {
    /// `xl/sharedStrings.xml`: each `<si>` is plain text (`<t>`) or rich runs (`<r><t>`), and may carry phonetic
    /// runs (`<rPh>`, the furigana Japanese Excel records), which are left out.
    func sharedStrings(_ bytes: [UInt8]) throws(Diagnostic) -> SharedStrings {
        var strings = SharedStrings()
        strings.text.reserveCapacity(bytes.count / 2)
        var inText = false, phonetic = 0
        try scan(bytes, part: "xl/sharedStrings.xml") { scanner, token throws(XMLScanner.Failure) in
            switch token {
            case .start:
                if scanner.named("t") { inText = true } else if scanner.named("rPh") { phonetic += 1 }
            case .end:
                if scanner.named("t") {
                    inText = false
                } else if scanner.named("rPh") {
                    phonetic -= 1
                } else if scanner.named("si") {
                    strings.ends.append(strings.text.count)
                }
            case .text where inText && phonetic == 0:
                try scanner.appendText(scanner.text, cdata: scanner.isCDATA, officeEscapes: true, to: &strings.text)
            default:
                break
            }
        }
        return strings
    }

    /// `xl/styles.xml`: for each cell format (`cellXfs`), how its number is shown.
    func styles(_ bytes: [UInt8]) throws(Diagnostic) -> [NumberKind] {
        var custom: [Int: NumberKind] = [:]
        var kinds: [NumberKind] = []
        var inCellFormats = false
        try scan(bytes, part: "xl/styles.xml") { scanner, token throws(XMLScanner.Failure) in
            if token == .end, scanner.named("cellXfs") { inCellFormats = false }
            guard token == .start else { return }
            if scanner.named("numFmt"), let id = scanner.attribute("numFmtId").flatMap({ CellValue.integer(scanner.bytes[$0]) }),
               let code = scanner.attribute("formatCode") {
                custom[id] = NumberFormat.kind(of: Array(try scanner.decodedString(code).utf8))
            } else if scanner.named("cellXfs") {
                inCellFormats = true
            } else if inCellFormats, scanner.named("xf") {
                let id = scanner.attribute("numFmtId").flatMap { CellValue.integer(scanner.bytes[$0]) } ?? 0
                kinds.append(custom[id] ?? NumberFormat.builtIn(id))
            }
        }
        return kinds
    }
}

/// Which number formats show dates and times.
enum NumberFormat {
    /// The built-in formats: 14–17 and 22 dates, 18–21 and 45–47 times, and the Japanese locale's 27–31, 34–36
    /// and 50–58 dates (和暦 among them), 32–33 times.
    static func builtIn(_ id: Int) -> NumberKind {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 22: .dateTime
        case 18...21, 32, 33, 45...47: .time
        default: .number
        }
    }

    /// The kind of a custom format code: a date when it has y, d, e, g (or m without h or s), a time when it has
    /// h or s, outside quoted text, `[…]` (colors, locales, elapsed time), and escaped characters.
    static func kind(of code: [UInt8]) -> NumberKind {
        var date = false, time = false, month = false
        var index = 0
        while index < code.count {
            let byte = code[index] | 0x20
            switch code[index] {
            case UInt8(ascii: "\""):
                index = (code[(index + 1)...].firstIndex(of: UInt8(ascii: "\"")) ?? code.count)
            case UInt8(ascii: "["):
                index = (code[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) ?? code.count)
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                index += 1
            case UInt8(ascii: ";"):
                index = code.count   // the first section decides
            default:
                if byte == UInt8(ascii: "g") && NumberFormat.isGeneral(code, at: index) {
                    index += 6
                    break
                }
                if byte == UInt8(ascii: "e"), index + 1 < code.count,
                   code[index + 1] == UInt8(ascii: "+") || code[index + 1] == UInt8(ascii: "-") {
                    break   // scientific notation
                }
                if byte == UInt8(ascii: "y") || byte == UInt8(ascii: "d") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "g") {
                    date = true
                } else if byte == UInt8(ascii: "m") {
                    month = true
                } else if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "s") {
                    time = true
                }
            }
            index += 1
        }
        if month && !time { date = true }
        return date && time ? .dateTime : date ? .date : time ? .time : .number
    }

    /// Whether the word `General` (any case) stands at `index`.
    static func isGeneral(_ code: [UInt8], at index: Int) -> Bool {
        guard index + 7 <= code.count else { return false }
        return code[index..<index + 7].map { $0 | 0x20 }.elementsEqual("general".utf8)
    }
}
