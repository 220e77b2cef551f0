/// Markdown text that renders as written: every character Markdown or HTML would act on is escaped.
public enum Markdown {
    /// `text` escaped for a paragraph or a table cell, yet readable in a text editor: the characters that start
    /// emphasis, code, links, strike-through and tables get a backslash; `<`, `>` and `&` become entities (so no
    /// HTML passes through); URLs, `www.` hosts, e-mail addresses and `mailto:` are broken so that nothing turns
    /// into a link, even under GFM's autolinks; a first character that would start a heading, a quote, a list or
    /// (a space) an indented code block is escaped; line breaks become `<br>`.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result.append("\\")
                result.append(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r\n", "\r": result += "<br>"
            case "\t": result += " "
            case ":" where index + 2 < characters.count && characters[index + 1] == "/" && characters[index + 2] == "/":
                result += "\\:"
            case "." where index >= 3 && String(characters[(index - 3)..<index]).lowercased() == "www":
                result += "\\."
            case "@" where index > 0 && index + 1 < characters.count && characters[index - 1] != " " && characters[index + 1] != " ":
                // a@example.jp would be an e-mail autolink, found by GFM in the text after escapes are undone: an
                // empty comment (shown as nothing) parts the address from its domain.
                result += "@<!-- -->"
            case ":" where endsWithAutolinkScheme(characters, index):
                result += "\\:"
            case " " where index == 0:
                // Leading spaces would indent a code block; an entity is a space that is not indentation.
                result += "&#32;"
            case "#" where index == 0:
                result += "\\#"
            case "-" where index == 0 && followedBySpace(characters, index),
                 "+" where index == 0 && followedBySpace(characters, index),
                 "=" where index == 0:
                result.append("\\")
                result.append(character)
            case "." where isListNumber(characters, index), ")" where isListNumber(characters, index):
                result.append("\\")
                result.append(character)
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                   scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    break
                }
                result.append(character)
            }
            index += 1
        }
        return result
    }

    /// Whether the letters before `characters[index]` (a colon) are a scheme GFM links without `//`.
    private static func endsWithAutolinkScheme(_ characters: [Character], _ index: Int) -> Bool {
        for scheme in ["mailto", "xmpp"] where index >= scheme.count {
            if String(characters[(index - scheme.count)..<index]).lowercased() == scheme { return true }
        }
        return false
    }

    private static func followedBySpace(_ characters: [Character], _ index: Int) -> Bool {
        index + 1 >= characters.count || characters[index + 1] == " "
    }

    /// Whether `characters[index]` ends a leading number followed by a space: `1. ` would start a list.
    private static func isListNumber(_ characters: [Character], _ index: Int) -> Bool {
        index > 0 && characters[..<index].allSatisfy { $0.isASCII && $0.isNumber } && followedBySpace(characters, index)
    }

    /// The heading lines of `document` (organisation, author, date, departments; those given) as a list, each
    /// `- label: value`, escaped; empty when none is given.
    public static func documentLines(_ document: DocumentInfo, _ language: Language) -> String {
        document.headingLines(language).map { "- \(escape($0.0)): \(escape($0.1))\n" }.joined()
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
