/// A JSON value to write, with keys written in sorted order so that output is byte-identical across runs.
public indirect enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSON])
    case object([String: JSON])
    /// Text already serialised at the indentation where it is written, kept to write many times.
    case raw([UInt8])

    /// The text of the value: two-space indentation, sorted keys, a final line feed.
    public func serialized() -> [UInt8] {
        var output: [UInt8] = []
        write(to: &output, indent: 0)
        output.append(0x0A)
        return output
    }

    /// Appends the value's text to `output`, indented `indent` levels.
    public func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .string(let value): JSON.writeString(value, to: &output)
        case .raw(let bytes): output.append(contentsOf: bytes)
        case .array(let elements):
            if elements.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            // Short lists of scalars stay on one line: ["C", "A"].
            if elements.count <= 16, elements.allSatisfy({ $0.isScalar }) {
                output.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { output.append(contentsOf: ", ".utf8) }
                    element.write(to: &output, indent: indent)
                }
                output.append(UInt8(ascii: "]"))
                return
            }
            output.append(contentsOf: "[\n".utf8)
            for (index, element) in elements.enumerated() {
                JSON.pad(&output, indent + 1)
                element.write(to: &output, indent: indent + 1)
                if index < elements.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            JSON.pad(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(contentsOf: "{\n".utf8)
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                JSON.pad(&output, indent + 1)
                JSON.writeString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                members[key]?.write(to: &output, indent: indent + 1)
                if index < keys.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            JSON.pad(&output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends an object whose members are already in sorted key order: the same bytes as `.object` gives.
    public static func writeObject(_ members: [(String, JSON)], to output: inout [UInt8], indent: Int) {
        guard !members.isEmpty else {
            output.append(contentsOf: "{}".utf8)
            return
        }
        output.append(contentsOf: "{\n".utf8)
        for (index, member) in members.enumerated() {
            pad(&output, indent + 1)
            writeString(member.0, to: &output)
            output.append(contentsOf: ": ".utf8)
            member.1.write(to: &output, indent: indent + 1)
            if index < members.count - 1 { output.append(UInt8(ascii: ",")) }
            output.append(0x0A)
        }
        pad(&output, indent)
        output.append(UInt8(ascii: "}"))
    }

    /// Appends the value's text on one line without spaces, keys sorted: a record of a register written a line each.
    public func writeCompact(to output: inout [UInt8]) {
        switch self {
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.writeCompact(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            JSON.writeCompactObject(keys.map { ($0, members[$0] ?? .null) }, to: &output)
        default: write(to: &output, indent: 0)
        }
    }

    /// Appends an object whose members are already in sorted key order, on one line without spaces.
    public static func writeCompactObject(_ members: [(String, JSON)], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            writeString(member.0, to: &output)
            output.append(UInt8(ascii: ":"))
            member.1.writeCompact(to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private static func pad(_ output: inout [UInt8], _ indent: Int) {
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8,
    /// copied in runs.
    public static func writeString(_ value: String, to output: inout [UInt8]) {
        writeString(utf8: value.utf8.span, to: &output)
    }

    /// Appends UTF-8 `bytes` as a JSON string, as ``writeString(_:to:)`` does.
    public static func writeString(utf8 bytes: Span<UInt8>, to output: inout [UInt8]) {
        output.append(0x22)
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if index > runStart { output.append(bytes.extracting(runStart..<index)) }
            runStart = index + 1
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            default:
                let digits: [UInt8] = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 15)]])
            }
        }
        if bytes.count > runStart { output.append(bytes.extracting(runStart..<bytes.count)) }
        output.append(0x22)
    }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) {
        var object: [String: JSON] = [:]
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

extension JSON {
    /// A list of strings.
    public static func strings(_ values: [String]) -> JSON { .array(values.map { .string($0) }) }
    /// A list of integers.
    public static func ints(_ values: [Int]) -> JSON { .array(values.map { .int($0) }) }
    /// A text in both languages.
    public static func localized(_ text: Localized) -> JSON { ["ja": .string(text.ja), "en": .string(text.en)] }
}
