/// Markdown text that renders as written: every character Markdown or HTML would act on is escaped.
public enum Markdown {
    /// `text` escaped for a paragraph or a table cell: Markdown punctuation gets a backslash, `<`, `>` and `&`
    /// become entities (so no HTML passes through), `|` is escaped for tables, and line breaks become `<br>`.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var pendingCR = false
        for character in text {
            if pendingCR && character != "\n" { result += "<br>" }
            pendingCR = false
            switch character {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "~", "=", "\"", "'", ":":
                result.append("\\")
                result.append(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r\n": result += "<br>"
            case "\r": pendingCR = true
            case "\t": result += " "
            default: result.append(character)
            }
        }
        if pendingCR { result += "<br>" }
        return result
    }

    /// A table: header, alignment row, rows; every cell escaped.
    public static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined())
        for row in rows {
            lines.append("| " + row.map { $0.isEmpty ? " " : escape($0) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
