/// Text made safe for an XML 1.0 document of a spreadsheet package, appended as UTF-8 bytes.
///
/// `&`, `<`, `>` and `"` become entities. Characters XML 1.0 forbids are removed: the C0 controls other than tab,
/// line feed and carriage return, and U+FFFE and U+FFFF. A carriage return is written `&#13;` so that parsers do not
/// turn it into a line feed; in attributes, tab and line feed are written as references too. In cell text, an
/// underscore that would start one of Office's `_xHHHH_` escapes is itself escaped as `_x005F_`, so that a text
/// such as `_x0041_` reads back as written rather than as `A`.
enum XMLText {
    /// Appends `text` to `output` escaped for element content (`attribute` false) or a double-quoted attribute.
    ///
    /// Returns the first byte that was written for `text`, or nil when nothing was (the text was empty or held
    /// only forbidden characters), so a caller can tell what the text starts with once it is clean.
    @discardableResult
    static func append(_ text: String, to output: inout [UInt8], attribute: Bool = false,
                       officeEscapes: Bool = false) -> UInt8? {
        append(utf8: text.utf8.span, to: &output, attribute: attribute, officeEscapes: officeEscapes)
    }

    /// `text` escaped for element content, as a string.
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        var output: [UInt8] = []
        append(text, to: &output, attribute: attribute)
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes-level form of `append(_:to:attribute:officeEscapes:)`.
    static func append(utf8 bytes: Span<UInt8>, to output: inout [UInt8], attribute: Bool,
                       officeEscapes: Bool) -> UInt8? {
        var first: UInt8?
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let start = output.count
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case 0x0D: output.append(contentsOf: "&#13;".utf8)
            case 0x09 where attribute: output.append(contentsOf: "&#9;".utf8)
            case 0x0A where attribute: output.append(contentsOf: "&#10;".utf8)
            case 0x09, 0x0A: output.append(byte)
            case 0x00..<0x20:
                break   // forbidden in XML 1.0
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                index += 2   // U+FFFE, U+FFFF: not characters
            case UInt8(ascii: "_") where officeEscapes && startsOfficeEscape(bytes, at: index):
                output.append(contentsOf: "_x005F_".utf8)
            default:
                output.append(byte)
            }
            if first == nil && output.count > start {
                // The source byte: for an entity, the character it stands for.
                first = byte
            }
            index += 1
        }
        return first
    }

    /// Whether `_xHHHH_` starts at `index`.
    static func startsOfficeEscape(_ bytes: Span<UInt8>, at index: Int) -> Bool {
        guard index + 7 <= bytes.count, bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_") else {
            return false
        }
        return (index + 2..<index + 6).allSatisfy { position in
            let byte = bytes[position] | 0x20
            return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position])
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        }
    }
}
