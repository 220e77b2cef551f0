/// Text from the inputs made safe to show on a terminal: control characters and bidirectional overrides are
/// written visibly (`\x1b`, `<U+202E>`), so that a name in a ledger cannot move the cursor, retitle the window,
/// clear the screen or reverse what follows it. Ordinary text, Japanese included, is unchanged.
public enum TerminalText {
    /// `text` with every control character and bidirectional control shown as an escape; line breaks are kept
    /// when `keepingLineBreaks` (a text of several lines), else shown as `\n` and `\r`.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x00...0x1F, 0x7F: result += "\\x" + hex(scalar.value, digits: 2)
            default: result += "<" + codePoint(scalar) + ">"
            }
        }
        return result
    }

    /// Whether `scalar` is shown as an escape: C0 and C1 controls and DEL (a tab too), and the bidirectional
    /// marks, embeddings, overrides and isolates.
    static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A scalar's code point as Unicode writes it: `U+202E`, `U+20BB7`.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String { "U+" + hex(scalar.value, digits: 4) }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
