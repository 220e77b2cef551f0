/// The statement of applicability as an HTML page or section and as a worksheet or workbook.
extension SoAWriter {
    /// The statement as a section of a page: the counts and the table, applicable rows marked. In a report
    /// (`compact`) threats are named by id and risks counted, not listed, so that the section stays short on paper;
    /// the statement on its own lists the first risk ids.
    public func htmlSection(compact: Bool = false) -> String {
        var body = "<section id=\"soa\"><h2>\(HTML.escape(say(.title)))</h2>\n<p>\(HTML.escape(countsLine))</p>\n"
        let columns = compact ? [SoAText.control, .controlTitle, .applicable, .justification, .status].map(say) : header
        let rows = statement.rows.map { row -> [String] in
            let cells = [citation(row), title(row), applicable(row), justification(row, compact: compact), status(row)]
            return compact ? cells : cells + [shortRiskIDs(row)]
        }
        let yes = say(.yes)
        body += HTML.table(columns, rows, classes: [2: { $0 == yes ? "rec" : nil }], id: "soa-table")
        return body + "</section>\n"
    }

    /// The statement as one self-contained HTML page, with the report's style and policy.
    public func html() -> String {
        var body = "<header><h1>\(HTML.escape(say(.title)))</h1><p class=\"sub\">\(HTML.isolated(assessment.inventory.file))</p>\n"
        body += HTMLReportWriter.documentBlock(options.document, language: language) + "</header>\n"
        return HTMLReportWriter.page(body + htmlSection(), title: say(.title), file: assessment.inventory.file,
                                     language: language, method: assessment.method)
    }

    /// The statement as a worksheet: the CSV's columns, then the theme and the catalog controls; applicable rows'
    /// `applicable` cell filled.
    func sheet(named name: String) -> XLSXSheet {
        let head = (header + [say(.theme), say(.catalogControls)]).map { XLSXCell.text($0, .bold) }
        let rows = statement.rows.map { row -> [XLSXCell] in
            let control = assessment.catalog.annexA.controls[row.control]
            let mark: XLSXCell = row.isApplicable ? .text(applicable(row), .filled(0xFFC6_EFCE)) : .text(applicable(row))
            return [.text(citation(row)), .text(title(row)), mark, .text(justification(row)), text(status(row)),
                    text(riskIDsForCell(row)), .text(control.theme.name[language]),
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
    private func riskIDsForCell(_ row: ApplicabilityRow) -> String {
        // Ids are joined until the cell would pass 32,000 characters; the rest are counted, not made.
        var text = "", length = 0, taken = 0
        for risk in row.risks {
            let id = assessment.riskID(assessment.risks[risk])
            let added = id.utf16.count + (taken > 0 ? 1 : 0)
            guard length + added <= 32_000 else { break }
            if taken > 0 { text += "|" }
            text += id
            length += added
            taken += 1
        }
        guard taken < row.riskCount else { return text }
        return text + " " + SoAText.moreRisks(language, String(row.riskCount - taken))
    }
}
