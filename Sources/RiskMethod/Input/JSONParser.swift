/// Parses JSON (RFC 8259) from UTF-8 bytes into ``JSONNode`` values with their places.
///
/// Nesting is limited, so that a hostile file cannot exhaust the stack; a key given twice in one object is an
/// error, since which one would win is not defined.
public struct JSONParser {
    /// The deepest nesting accepted.
    public static let depthLimit = 200

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private var columnIndex = 0
    private var columnCount = 1

    /// The error found, with its place.
    public struct Failure: Error, Sendable {
        /// What is wrong.
        public var problem: Problem
        /// The line, 1-based.
        public var line: Int
        /// The column (character), 1-based.
        public var column: Int
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document.
    public static func parse(_ bytes: [UInt8]) -> Result<JSONNode, Failure> {
        var parser = JSONParser(bytes: bytes)
        do throws(Failure) {
            parser.skipWhitespace()
            let node = try parser.parseValue()
            parser.skipWhitespace()
            if parser.index < bytes.count {
                throw parser.failure(.jsonSyntax(detail: InputText.textAfterDocument.localized()))
            }
            return .success(node)
        } catch {
            return .failure(error)
        }
    }

    /// The column of `index`, counted on from the last column asked for, so a long line costs linear time.
    private var column: Int {
        mutating get {
            if columnIndex < lineStart || columnIndex > index {
                columnIndex = lineStart
                columnCount = 1
            }
            while columnIndex < index && columnIndex < bytes.count {
                if bytes[columnIndex] & 0xC0 != 0x80 { columnCount += 1 }
                columnIndex += 1
            }
            return columnCount
        }
    }

    private mutating func failure(_ problem: Problem) -> Failure {
        Failure(problem: problem, line: line, column: column)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(Failure) -> JSONNode {
        guard index < bytes.count else { throw failure(.jsonSyntax(detail: InputText.unexpectedEnd.localized())) }
        let startLine = line
        let startColumn = column
        let value: JSONValue
        switch bytes[index] {
        case UInt8(ascii: "{"): value = try parseObject()
        case UInt8(ascii: "["): value = try parseArray()
        case UInt8(ascii: "\""): value = .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); value = .bool(true)
        case UInt8(ascii: "f"): try expect("false"); value = .bool(false)
        case UInt8(ascii: "n"): try expect("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try parseNumber())
        default:
            throw failure(.jsonSyntax(detail: InputText.unexpectedCharacter.localized(describe(bytes[index]))))
        }
        return JSONNode(value: value, line: startLine, column: startColumn)
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return Problem.hex(byte)
    }

    private mutating func expect(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw failure(.jsonSyntax(detail: InputText.expectedWord.localized(word)))
            }
            index += 1
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > JSONParser.depthLimit { throw failure(.jsonTooDeep(limit: JSONParser.depthLimit)) }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        try enter()
        index += 1
        var members: [JSONMember] = []
        var keys = Set<String>()
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure(.jsonSyntax(detail: InputText.expectedKey.localized()))
            }
            let keyLine = line, keyColumn = column
            let key = try parseString()
            if !keys.insert(key).inserted {
                throw Failure(problem: .jsonDuplicateKey(key: key), line: keyLine, column: keyColumn)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure(.jsonSyntax(detail: InputText.expectedColon.localized()))
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key: key, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw failure(.jsonSyntax(detail: InputText.objectNotClosed.localized())) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw failure(.jsonSyntax(detail: InputText.expectedCommaOrBrace.localized()))
        }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw failure(.jsonSyntax(detail: InputText.arrayNotClosed.localized())) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw failure(.jsonSyntax(detail: InputText.expectedCommaOrBracket.localized()))
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func parseNumber() throws(Failure) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, parser.bytes[parser.index] >= 0x30, parser.bytes[parser.index] <= 0x39 {
                parser.index += 1
            }
            return parser.index - from
        }
        let integerStart = index
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw failure(.jsonSyntax(detail: InputText.numberNeedsDigits.localized())) }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            throw failure(.jsonSyntax(detail: InputText.numberLeadingZero.localized()))
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw failure(.jsonSyntax(detail: InputText.fractionNeedsDigits.localized())) }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard digits(&self) > 0 else { throw failure(.jsonSyntax(detail: InputText.exponentNeedsDigits.localized())) }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1
        var output: [UInt8] = []
        while true {
            let runStart = index
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
                index += 1
            }
            output.append(contentsOf: bytes[runStart..<index])
            guard index < bytes.count else { throw failure(.jsonSyntax(detail: InputText.stringNotClosed.localized())) }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: output, as: UTF8.self)
            }
            if b < 0x20 {
                throw failure(.jsonSyntax(detail: InputText.controlCharacterInString.localized()))
            }
            index += 1
            guard index < bytes.count else { throw failure(.jsonSyntax(detail: InputText.stringNotClosed.localized())) }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""): output.append(0x22)
            case UInt8(ascii: "\\"): output.append(0x5C)
            case UInt8(ascii: "/"): output.append(0x2F)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw failure(.jsonSyntax(detail: InputText.loneSurrogate.localized()))
                    }
                    index += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw failure(.jsonSyntax(detail: InputText.loneSurrogate.localized()))
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw failure(.jsonSyntax(detail: InputText.loneSurrogate.localized()))
                }
                // NUL would reach every output raw (a CSV cell, a terminal): it is refused, as a raw one is.
                guard scalar != 0 else {
                    index -= 6  // placed on the escape's backslash
                    throw failure(.jsonSyntax(detail: InputText.nulInString.localized()))
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw failure(.jsonSyntax(detail: InputText.invalidEscape.localized()))
                }
                output.append(contentsOf: Array(String(Character(unicode)).utf8))
            default:
                throw failure(.jsonSyntax(detail: InputText.unknownEscape.localized(String(Character(Unicode.Scalar(escaped))))))
            }
        }
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure(.jsonSyntax(detail: InputText.hexDigits.localized())) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw failure(.jsonSyntax(detail: InputText.hexDigits.localized()))
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}

extension JSONParser {
    /// Decodes a file's bytes (any encoding ``TextDecoder`` accepts) and parses them as one JSON document; the
    /// problems, an empty file included, go to `log` with their places.
    static func document(_ bytes: [UInt8], file: String, log: inout DiagnosticLog) -> JSONNode? {
        let text: DecodedText
        switch TextDecoder.decode(bytes, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic):
            log.add(diagnostic)
            return nil
        }
        let body = text.bytes
        guard body.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            log.error(.emptyFile, at: SourceLocation(file: file, line: 1))
            return nil
        }
        switch parse(body) {
        case .failure(let failure):
            log.error(failure.problem, at: SourceLocation(file: file, line: failure.line, column: failure.column))
            return nil
        case .success(let node):
            return node
        }
    }
}
