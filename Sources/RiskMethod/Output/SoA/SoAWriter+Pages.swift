/// The statement of applicability as an HTML page or section and as a worksheet or workbook.
extension SoAWriter {
    /// The statement as a section of a report: the counts and the table, applicable rows marked.
    public func htmlSection() -> String {
        var body = "<section id=\"soa\"><h2>\(HTML.escape(say(.title)))</h2>\n<p>\(HTML.escape(countsLine))</p>\n"
        let rows = statement.rows.map { row in
            [citation(row), title(row), applicable(row), justification(row), status(row), shortRiskIDs(row)]
        }
        let yes = say(.yes)
        body += HTML.table(header, rows, classes: [2: { $0 == yes ? "rec" : nil }], id: "soa-table")
        return body + "</section>\n"
    }

    /// The statement as one self-contained HTML page, with the report's style and policy.
    public func html() -> String {
        let lang = language.rawValue
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLReportWriter.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(HTML.escape(say(.title))) — \(HTML.escape(assessment.inventory.file))</title>
            <style>
            \(HTMLReportWriter.css(assessment.method))
            </style>
            </head>
            <body>
            <header><h1>\(HTML.escape(say(.title)))</h1><p class="sub">\(HTML.escape(assessment.inventory.file))</p>\(documentHTML)</header>
            \(htmlSection())</body>
            </html>

            """
    }

    /// The organisation, author and date given, and the approval block.
    var documentHTML: String {
        let lines = options.document.headingLines(language)
        var body = "<div class=\"document\">"
        if !lines.isEmpty {
            body += "<dl>" + lines.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
        }
        let approval = options.document.approvalRows(language)
        return body + HTML.table(approval.header, approval.rows, id: "approval") + "</div>"
    }

    /// The statement as a worksheet: the CSV's columns, then the theme and the catalog controls; applicable rows'
    /// `applicable` cell filled.
    func sheet(named name: String) -> XLSXSheet {
        let head = (header + [say(.theme), say(.catalogControls)]).map { XLSXCell.text($0, .bold) }
        let rows = statement.rows.map { row -> [XLSXCell] in
            let control = assessment.catalog.annexA.controls[row.control]
            let mark: XLSXCell = row.isApplicable ? .text(applicable(row), .filled(0xFFC6_EFCE)) : .text(applicable(row))
            return [.text(citation(row)), .text(title(row)), mark, .text(justification(row)), text(status(row)),
                    text(cutForCell(riskIDs(row).joined(separator: "|"))), .text(control.theme.name[language]),
                    text(row.serving.map { assessment.catalog.controls[$0].id }.joined(separator: "|"))]
        }
        return XLSXSheet(name: name, rows: [head] + rows)
    }

    /// The statement as a workbook of one sheet.
    public func xlsx() -> [UInt8] {
        var workbook = XLSXWorkbook(sheets: [sheet(named: say(.control))], title: say(.title), fontName: WorkbookText.font(language))
        workbook.creator = options.document.author
        workbook.company = options.document.organization
        return (try? workbook.bytes()) ?? []
    }

    /// A text cell, empty when the text is.
    private func text(_ value: String) -> XLSXCell { value.isEmpty ? .empty() : .text(value) }

    /// A cell's text within the 32,767 characters a cell holds: a longer list of risk ids ends with how many more.
    private func cutForCell(_ text: String) -> String {
        guard text.count > 32_000 else { return text }
        let kept = String(text.prefix(32_000))
        let cut = kept.lastIndex(of: "|").map { String(kept[..<$0]) } ?? kept
        let omitted = text.split(separator: "|").count - cut.split(separator: "|").count
        return cut + " " + SoAText.moreRisks(language, String(omitted))
    }
}
