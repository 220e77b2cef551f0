/// The parts of a workbook that say where its sheets are and how to read their cells: `xl/workbook.xml` (the
/// sheets and the date system), its relationships (which part each sheet is), the shared strings and the styles
/// (which cells are dates).
struct WorkbookParts {
    /// A sheet as the workbook lists it.
    struct Sheet {
        var name: String
        var relationship: String
        var isHidden: Bool
    }

    /// The file as the user named it, for messages.
    let file: String

    /// Where a problem in `part` is: `台帳.xlsx (xl/workbook.xml):12`.
    func location(_ part: String, line: Int = 0) -> SourceLocation {
        SourceLocation(file: file + " (" + part + ")", line: line)
    }

    /// Scans `bytes` (the part `part`) to its end, giving each token to `body`; malformed XML becomes a
    /// diagnostic that names the part and the line.
    func scan(_ bytes: [UInt8], part: String,
              _ body: (inout XMLScanner, XMLScanner.Token) throws(XMLScanner.Failure) -> Void) throws(Diagnostic) {
        var scanner = XMLScanner(bytes)
        do throws(XMLScanner.Failure) {
            while true {
                let token = try scanner.next()
                if token == .endOfDocument { return }
                try body(&scanner, token)
            }
        } catch {
            throw diagnostic(error, in: scanner, part: part)
        }
    }

    /// The diagnostic of malformed XML in `part`.
    func diagnostic(_ failure: XMLScanner.Failure, in scanner: XMLScanner, part: String) -> Diagnostic {
        let at = location(part, line: scanner.line(of: failure.offset))
        guard failure.problem != .doctype else { return Diagnostic(.xlsxDoctype, at: at) }
        return Diagnostic(.xlsxXML(detail: WorkbookParts.detail(failure.problem)), at: at)
    }

    static func detail(_ problem: XMLProblem) -> Localized {
        switch problem {
        case .unexpectedEnd: WorkbookInputText.unexpectedEnd.localized()
        case .unclosedElement(let name): WorkbookInputText.unclosedElement.localized(name)
        case .unexpectedEndTag(let name): WorkbookInputText.unexpectedEndTag.localized(name)
        case .mismatchedEndTag(let expected, let found): WorkbookInputText.mismatchedEndTag.localized(expected, found)
        case .badMarkup, .doctype: WorkbookInputText.badMarkup.localized()
        case .badTag: WorkbookInputText.badTag.localized()
        case .badAttribute: WorkbookInputText.badAttribute.localized()
        case .badEntity(let text): WorkbookInputText.badEntity.localized(text)
        case .tooDeep: WorkbookInputText.tooDeep.localized()
        case .badReference(let text): WorkbookInputText.badReference.localized(text)
        case .badSharedString(let index, let count): WorkbookInputText.badSharedString.localized(String(index), String(count))
        }
    }

    /// The sheets of `xl/workbook.xml` in order, and whether its dates count from 1904.
    func workbook(_ bytes: [UInt8]) throws(Diagnostic) -> (sheets: [Sheet], date1904: Bool) {
        var sheets: [Sheet] = []
        var date1904 = false
        try scan(bytes, part: "xl/workbook.xml") { scanner, token throws(XMLScanner.Failure) in
            guard token == .start else { return }
            if scanner.named("sheet") {
                let name = try scanner.attribute("name").map { range throws(XMLScanner.Failure) in try scanner.decodedString(range) } ?? ""
                let id = try scanner.attribute("id").map { range throws(XMLScanner.Failure) in try scanner.decodedString(range) } ?? ""
                let state = scanner.attribute("state").map(scanner.string) ?? ""
                sheets.append(Sheet(name: name, relationship: id, isHidden: state == "hidden" || state == "veryHidden"))
            } else if scanner.named("workbookPr"), let value = scanner.attribute("date1904").map(scanner.string) {
                date1904 = value == "1" || value == "true"
            }
        }
        return (sheets, date1904)
    }

    /// The targets of `xl/_rels/workbook.xml.rels` by relationship id, as part names (`xl/worksheets/sheet1.xml`).
    func relationships(_ bytes: [UInt8]) throws(Diagnostic) -> [String: String] {
        var targets: [String: String] = [:]
        try scan(bytes, part: "xl/_rels/workbook.xml.rels") { scanner, token throws(XMLScanner.Failure) in
            guard token == .start, scanner.named("Relationship"), let id = scanner.attribute("Id"),
                  let target = scanner.attribute("Target") else { return }
            if let mode = scanner.attribute("TargetMode"), scanner.string(mode) == "External" { return }
            targets[try scanner.decodedString(id)] = WorkbookParts.partName(try scanner.decodedString(target), base: "xl/")
        }
        return targets
    }

    /// The part a relationship's target names: absolute (`/xl/worksheets/sheet1.xml`) or relative to `base`, with
    /// `.` and `..` resolved.
    static func partName(_ target: String, base: String) -> String {
        var segments: [Substring] = []
        let path = target.hasPrefix("/") ? target : base + target
        for segment in path.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }
}
