/// HTML text that the browser shows as written: every character with a meaning in HTML is an entity.
enum HTML {
    /// `text` escaped for element content and quoted attribute values; control characters other than tab and line
    /// breaks are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            case "\r": break
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped and isolated: its direction, and any bidi control in it (U+202E), stays inside `<bdi>` and
    /// does not reorder the text around it.
    static func isolated(_ text: String) -> String { "<bdi>" + escape(text) + "</bdi>" }

    /// Whether `text` has a run of more than `limit` characters that a line cannot break in (neither a space or
    /// line break nor a CJK character, between which lines break): a long name or address, let break anywhere (class `long`)
    /// instead of widening its table.
    static func hasLongRun(_ text: String, limit: Int = 30) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value >= 0x2E80 {
                run = 0
            } else {
                run += 1
                if run > limit { return true }
            }
        }
        return false
    }

    /// A table: a caption, a header repeated on every printed page, and the rows; every cell escaped. A column of
    /// `markup` is written by its function instead, which must escape what it writes (links and anchors).
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], classes: [Int: (String) -> String?] = [:],
                      id: String? = nil, markup: [Int: (String) -> String] = [:]) -> String {
        var html = "<table" + (id.map { " id=\"\(escape($0))\"" } ?? "") + "><thead><tr>"
        for cell in header { html += "<th>\(escape(cell))</th>" }
        html += "</tr></thead><tbody>\n"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                var attributes = ""
                var names: [String] = []
                if numeric.contains(index) { names.append("n") }
                if let make = classes[index], let name = make(cell) { names.append(name) }
                if hasLongRun(cell) { names.append("long") }
                if !names.isEmpty { attributes = " class=\"\(names.joined(separator: " "))\"" }
                let content = markup[index].map { $0(cell) } ?? escape(cell).replacingNewlines()
                html += "<td\(attributes)>\(content)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}

/// Links from the report's summary tables to the rows of the threats' item and control tables further down: each
/// item number and control id links to `#item-N` / `#control-ID`, which its first row in those tables carries.
final class ReportAnchors {
    private var placed = Set<String>()

    /// A cell of numbers or ids separated by `, `, each a link to its anchor.
    static func links(_ cell: String, prefix: String) -> String {
        cell.split(separator: ",").map { part in
            let id = String(part).trimmingSpaces
            return "<a href=\"#\(prefix)-\(HTML.escape(anchorName(id)))\">\(HTML.escape(id))</a>"
        }.joined(separator: ", ")
    }

    /// The cell's text, with the anchor `prefix-text` the first time the text is met.
    func anchor(_ cell: String, prefix: String) -> String {
        guard placed.insert(prefix + cell).inserted else { return HTML.escape(cell) }
        return "<span id=\"\(prefix)-\(HTML.escape(ReportAnchors.anchorName(cell)))\"></span>\(HTML.escape(cell))"
    }

    /// An id usable in a fragment: ASCII letters, digits and hyphens kept, anything else as its code point.
    static func anchorName(_ text: String) -> String {
        var name = ""
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" {
                name.unicodeScalars.append(scalar)
            } else {
                name += "_\(scalar.value)"
            }
        }
        return name
    }
}

extension String {
    /// Line breaks as `<br>`, for escaped text shown in a cell.
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
