import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RiskMethod
import RiskTestSupport

/// Parses XML with Foundation's `XMLParser` and records the first error, so a test can require well-formedness.
final class XMLWellFormedness: NSObject, XMLParserDelegate {
    private(set) var errors: [String] = []

    /// The errors `XMLParser` reports for `bytes`; empty when the document is well-formed.
    static func errors(in bytes: [UInt8]) -> [String] {
        let checker = XMLWellFormedness()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = checker
        if !parser.parse() && checker.errors.isEmpty {
            checker.errors.append(parser.parserError.map { "\($0)" } ?? "parse failed")
        }
        return checker.errors
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        errors.append("line \(parser.lineNumber), column \(parser.columnNumber): \(parseError)")
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        errors.append("line \(parser.lineNumber): \(validationError)")
    }
}

/// One `<c>` of a worksheet part as read back: its reference, type, style, and its `<v>` or inline text.
struct ParsedCell: Equatable {
    var reference: String
    var type: String?
    var style: Int
    var value: String
}

/// Reads the cells and rows of a worksheet part.
final class SheetReader: NSObject, XMLParserDelegate {
    private(set) var cells: [ParsedCell] = []
    private(set) var rowCount = 0
    private(set) var elements: [String] = []
    private var current: ParsedCell?
    private var collecting = false
    private var rowNumber = 0
    private var column = 0

    /// The workbook's shared strings, by number.
    private var strings: [String] = []

    /// The cells of worksheet `number` (from 1) of a workbook's `parts`, its shared strings read as their texts.
    static func read(_ number: Int, of parts: [String: [UInt8]]) throws -> SheetReader {
        let strings = parts["xl/sharedStrings.xml"].map(SharedStringsReader.read) ?? []
        guard let part = parts["xl/worksheets/sheet\(number).xml"] else { throw MissingPart(number: number) }
        return read(part, strings: strings)
    }

    /// A worksheet the workbook does not have.
    struct MissingPart: Error {
        let number: Int
    }

    /// The cells of `bytes`, a worksheet part, in document order; a cell of shared text `N` (`t="s"`) reads as
    /// `strings[N]`, typed `inlineStr` as a text written inline is.
    static func read(_ bytes: [UInt8], strings: [String] = []) -> SheetReader {
        let reader = SheetReader()
        reader.strings = strings
        return parsed(bytes, by: reader)
    }

    /// The cell at `reference`, such as `O2`.
    subscript(reference: String) -> ParsedCell? { cells.first { $0.reference == reference } }

    /// The values of row `number`, in column order.
    func row(_ number: Int) -> [String] {
        cells.filter { $0.reference.drop { $0.isLetter } == String(number) }.map(\.value)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        switch name {
        case "row":
            rowCount += 1
            // A row without a number follows the row before; a cell without a reference, the cell before.
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            column = 0
        case "c":
            var reference = attributes["r"] ?? ""
            if reference.isEmpty {
                reference = XLSXSheet.columnName(column) + String(rowNumber)
                column += 1
            } else {
                let letters = reference.prefix { $0.isLetter }
                column = letters.reduce(0) { $0 * 26 + Int($1.asciiValue! - 64) }
            }
            current = ParsedCell(reference: reference, type: attributes["t"],
                                 style: attributes["s"].flatMap { Int($0) } ?? 0, value: "")
        case "v", "t": collecting = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { current?.value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "c":
            // An empty cell without a format (`<c/>`) only keeps the place of the next.
            if var current, !(current.value.isEmpty && current.type == nil && current.style == 0) {
                if current.type == "s" {
                    current.value = Int(current.value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "?"
                    current.type = "inlineStr"
                }
                cells.append(current)
            }
            current = nil
        default: break
        }
    }
}

/// Reads `xl/sharedStrings.xml`: the text of each `<si>`, its runs joined.
final class SharedStringsReader: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var collecting = false

    static func read(_ bytes: [UInt8]) -> [String] {
        parsed(bytes, by: SharedStringsReader()).strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "si" { strings.append("") }
        if name == "t" { collecting = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting, !strings.isEmpty { strings[strings.count - 1] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { collecting = false }
    }
}

/// `delegate`, having been told of every part of `bytes` by Foundation's `XMLParser`.
func parsed<Delegate: NSObject & XMLParserDelegate>(_ bytes: [UInt8], by delegate: Delegate) -> Delegate {
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = delegate
    _ = parser.parse()
    return delegate
}

/// Bytes from a hex string.
func hexBytes(_ hex: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
        let next = hex.index(index, offsetBy: 2)
        bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
        index = next
    }
    return bytes
}

/// Every element of an XML document with its attributes and its parent's name, in document order.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var parent: String?
    }

    private(set) var elements: [Element] = []
    private var stack: [String] = []

    /// The elements of `bytes`.
    static func read(_ bytes: [UInt8]) -> [Element] {
        parsed(bytes, by: XMLElements()).elements
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, parent: stack.last))
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }
}

/// Splits CSV text (RFC 4180, CRLF rows) into rows of cells, for comparing registers.
func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
        if quoted {
            if scalar == "\"" {
                if characters.first == "\"" {
                    cell.unicodeScalars.append("\"")
                    characters.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                cell.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"": quoted = true
        case ",":
            row.append(cell)
            cell = ""
        case "\r" where characters.first == "\n":
            characters.removeFirst()
            row.append(cell)
            rows.append(row)
            row = []
            cell = ""
        default: cell.unicodeScalars.append(scalar)
        }
    }
    if !row.isEmpty || !cell.isEmpty { rows.append(row + [cell]) }
    return rows
}
