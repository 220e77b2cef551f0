/// Writes the report as one self-contained HTML file: inline CSS and SVG, no script, nothing loaded from anywhere,
/// and a Content-Security-Policy that forbids scripts; laid out for the screen and for A4 paper.
public struct HTMLReportWriter {
    /// The assessment.
    public var assessment: Assessment
    /// Language, mapping level, inputs, plan and policy.
    public var options: RegisterOptions

    /// Creates a writer.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
    }

    /// The Content-Security-Policy of the report: nothing may load or run; inline styles and data images only.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The whole report.
    public func html() -> String {
        let data = ReportData(assessment: assessment, options: options)
        var body = "<header><h1>\(HTML.escape(data.title))</h1>"
        body += "<p class=\"sub\">\(HTML.isolated(assessment.inventory.file))</p>\n"
        body += documentBlock(data) + "</header>\n"
        body += summarySection(data)
        body += heatMapSection(data)
        body += prioritySection(data)
        body += mappedSection(data)
        body += untreatedSection(data)
        body += departmentSection(data)
        body += assetSection(data)
        body += governanceSection(data)
        body += SoAWriter(statement: StatementOfApplicability(assessment: assessment, outcome: options.outcome),
                          options: options).htmlSection(compact: true)
        body += appendixSection(data)
        body += "<p class=\"print-note\">\(HTML.escape(ReportText.printNote(data.language)))</p>\n"
        return page(body, data: data)
    }

    /// The class of a cell holding a level's label: the level's class, or nil for any other text.
    private func levelClass(_ data: ReportData) -> (String) -> String? {
        let method = assessment.method
        let language = data.language
        return { cell in
            method.bands.first { $0.label[language] == cell }.map { HTMLReportWriter.levelClass($0.level, of: method) }
        }
    }

    /// The CSS class of a level: `low`, `medium` or `high` for a level so coded (the built-in methods' three),
    /// else `level-N` by rank, so that no code of a method file meets another class of the page.
    static func levelClass(_ level: RiskLevel, of method: ScoringMethod) -> String {
        let code = method.code(level)
        return LevelBand.builtInCodes.contains(code) ? code : "level-\(level.rank)"
    }

    /// The page around the body: the head with the policy, title and style.
    private func page(_ body: String, data: ReportData) -> String {
        Self.page(body, title: data.title, file: assessment.inventory.file, language: data.language, method: assessment.method)
    }

    /// A self-contained page of the reports: the head with the policy, `title — file` and the style of `method`.
    static func page(_ body: String, title: String, file: String, language: Language, method: ScoringMethod) -> String {
        let lang = language.rawValue
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(HTML.escape(title)) — \u{2068}\(HTML.escape(file))\u{2069}</title>
            <style>
            \(Self.css(method))
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Who the report is from and when (those given), and the approval block (作成 / 確認 / 承認) with boxes for
    /// names and seals.
    private func documentBlock(_ data: ReportData) -> String { Self.documentBlock(options.document, language: data.language) }

    /// The organisation, author and date given, and the approval block, as the reports' headings show them.
    static func documentBlock(_ document: DocumentInfo, language: Language) -> String {
        var body = "<div class=\"document\">"
        let lines = document.headingLines(language)
        if !lines.isEmpty {
            body += "<dl>" + lines.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
        }
        let approval = document.approvalRows(language)
        body += HTML.table(approval.header, approval.rows, id: "approval")
        return body + "</div>\n"
    }

    /// The summary: a badge per level, the summary table and the inputs.
    private func summarySection(_ data: ReportData) -> String {
        var body = "<section id=\"summary\"><h2>\(data.text(.summary))</h2>\n"
        body += "<div class=\"badges\">"
        for level in assessment.method.levelsDescending {
            body += "<span class=\"badge \(Self.levelClass(level, of: assessment.method))\">\(HTML.escape(data.label(level))) \(assessment.levelCounts[level] ?? 0)</span>"
        }
        body += "</div>\n"
        body += HTML.table([data.text(.summaryItem), data.text(.summaryValue)], data.summaryRows.map { [$0.0, $0.1] },
                           id: "summary-table")
        body += "<h3>\(data.text(.inputs))</h3>\n"
        body += HTML.table([data.text(.inputRole), data.text(.inputFile), data.text(.inputEncoding), "SHA-256"], data.inputRows,
                           classes: [3: { _ in "hash" }], id: "inputs")
        return body + "</section>\n"
    }

    /// The heat maps, before and (with a plan) after treatment.
    private func heatMapSection(_ data: ReportData) -> String {
        var body = "<section id=\"heatmap\"><h2>\(data.text(.heatMaps))</h2>\n<div class=\"maps\">"
        body += heatMapSVG(data.heatMap, title: data.text(.currentRisk), data: data)
        if let residual = data.residualHeatMap {
            body += heatMapSVG(residual, title: data.text(.residualRisk), data: data)
        }
        return body + "</div></section>\n"
    }

    /// The controls to do first, with their text.
    private func prioritySection(_ data: ReportData) -> String {
        var body = "<section id=\"priority\"><h2>\(HTML.escape(PriorityText.heading(data.language)))</h2>\n"
        guard !data.priority.isEmpty else { return body + "<p>\(HTML.escape(PriorityText.nothing(data.language)))</p></section>\n" }
        let notes = data.priorityNotes
        body += "<p>\(HTML.escape(notes.explanation))</p>\n"
        let counts = Set(3..<data.priorityHeader.count)
        body += HTML.table(data.priorityHeader, data.priorityRows, numeric: counts.union([0]), id: "priority-table")
        if let more = notes.more { body += "<p>\(HTML.escape(more))</p>\n" }
        return body + "</section>\n"
    }

    /// The risks at or above the mapping level, then each threat's revision items and controls.
    private func mappedSection(_ data: ReportData) -> String {
        let heading = ReportText.risksToTreat(data.language, HTML.escape(data.label(options.mappingLevel(assessment.method))), String(data.mappedCount))
        var body = "<section id=\"high-risks\"><h2>\(heading)</h2>\n"
        let levelClass = self.levelClass(data)
        body += HTML.table(data.mappedHeader, data.mappedRows, numeric: [4], classes: [5: levelClass, 9: { cell in levelClass(String(cell.split(separator: " ").last ?? "")) }],
                           id: "mapped-risks", markup: [6: { ReportAnchors.links($0, prefix: "item") },
                                                        7: { ReportAnchors.links($0, prefix: "control") }])
        body += cutNote(data.cutLine(.shownRisks, shown: data.mapped.count, of: data.mappedCount))
        body += "<h3>\(data.text(.byThreat))</h3>\n"
        let anchors = ReportAnchors()
        for detail in data.threatDetails {
            let count = data.threatRiskCount(detail.riskCount)
            body += "<article class=\"threat\"><h4>\(HTML.escape(detail.threat.id)) \(HTML.escape(detail.threat.name[data.language]))"
            body += " <small>(\(count); \(data.editionName) \(HTML.escape(detail.annexA.joined(separator: ", "))))</small></h4>\n"
            body += HTML.table(data.itemHeader, data.itemRows(detail), numeric: [0],
                               markup: [0: { anchors.anchor($0, prefix: "item") }])
            body += HTML.table(data.controlHeader, data.controlRows(detail), classes: [4: { $0.isEmpty ? nil : "rec" }],
                               markup: [0: { anchors.anchor($0, prefix: "control") }])
            body += "</article>\n"
        }
        return body + "</section>\n"
    }

    /// The risks the plan leaves untreated; nothing without a plan.
    private func untreatedSection(_ data: ReportData) -> String {
        guard let outcome = options.outcome else { return "" }
        var body = "<section id=\"untreated\"><h2>\(ReportText.untreated(data.language, String(outcome.untreated.count)))</h2>\n"
        let listed = data.isCut ? Array(outcome.untreated.prefix(options.reportLimits.shown)) : outcome.untreated
        body += outcome.untreated.isEmpty ? "<p>\(data.text(.none))</p>\n"
            : "<p>\(listed.map { HTML.isolated(assessment.riskID(assessment.risks[$0])) }.joined(separator: ", "))</p>\n"
        body += cutNote(data.cutLine(.shownUntreated, shown: listed.count, of: outcome.untreated.count))
        return body + "</section>\n"
    }

    /// The totals of each department.
    private func departmentSection(_ data: ReportData) -> String {
        var body = "<section id=\"departments\"><h2>\(data.text(.byDepartment))</h2>\n"
        body += HTML.table(data.departmentHeader, data.departmentRows, numeric: data.departmentColumns, id: "departments-table")
        return body + "</section>\n"
    }

    /// Every asset with its highest risk.
    private func assetSection(_ data: ReportData) -> String {
        let levelClass = self.levelClass(data)
        var body = "<section id=\"assets\"><h2>\(data.text(.byAsset))</h2>\n"
        let rows = data.assetRows
        body += HTML.table(data.assetHeader, rows, numeric: [5], classes: [6: levelClass], id: "assets-table")
        body += cutNote(data.cutLine(.shownAssets, shown: rows.count, of: assessment.inventory.assets.count))
        return body + "</section>\n"
    }

    /// The line under a cut list, as a paragraph; nothing for a list in full.
    private func cutNote(_ line: String?) -> String {
        line.map { "<p class=\"cut\">\(HTML.escape($0))</p>\n" } ?? ""
    }

    /// The governance items, with the review the inputs trigger.
    private func governanceSection(_ data: ReportData) -> String {
        var body = "<section id=\"governance\"><h2>\(data.text(.governance))</h2>\n"
        let triggers = assessment.reviewTriggers
        if !triggers.isEmpty {
            body += "<p class=\"trigger\">\(data.text(.reviewTriggered)): "
            body += HTML.escape(triggers.map {
                ReportText.triggerItem(data.language, String($0.item.item), $0.media.joined(separator: ", "))
            }.joined(separator: "; "))
            body += "</p>\n"
        }
        body += HTML.table(data.governanceHeader, data.governanceRows, numeric: [0], id: "governance-table")
        return body + "</section>\n"
    }

    /// The appendix: the scales, the possibility table, the level bands and the catalog's sources.
    private func appendixSection(_ data: ReportData) -> String {
        var body = "<section id=\"appendix\"><h2>\(data.text(.appendix))</h2>\n"
        body += HTML.table([data.text(.scale), data.text(.scaleValue), data.text(.scaleMeaning)], data.scaleRows, numeric: [1])
        body += "<h3>\(data.text(.possibilityTable))</h3>\n"
        body += HTML.table(data.possibilityHeader, data.possibilityRows, numeric: data.possibilityColumns)
        body += "<h3>\(data.text(.levels))</h3>\n"
        body += HTML.table([data.text(.bandLevel), data.text(.bandValues), data.text(.bandAcceptance)], data.bandRows)
        body += "<p class=\"sources\">\(ReportText.sources(data.language, HTML.escape(assessment.catalog.source[data.language])))</p>\n"
        return body + "</section>\n"
    }

    /// The bytes of the report.
    public func bytes() -> [UInt8] { Array(html().utf8) }

    /// A heat map as inline SVG: rows importance from the highest step down to 1, columns possibility from 1 up,
    /// each cell coloured by its level and showing its count.
    private func heatMapSVG(_ grid: [[Int]], title: String, data: ReportData) -> String {
        let method = assessment.method
        let rows = method.importanceSteps, columns = method.possibilitySteps
        let cell = 84, left = 64, top = 34
        let width = left + cell * columns + 10, height = top + cell * rows + 44
        var svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<title>\(HTML.escape(title))</title>"
        svg += "<text x=\"\(left + cell * columns / 2)\" y=\"20\" text-anchor=\"middle\" class=\"axis\">\(HTML.escape(title))</text>"
        for row in 0..<rows {
            let importance = rows - row
            svg += "<text x=\"\(left - 10)\" y=\"\(top + row * cell + cell / 2 + 5)\" text-anchor=\"end\" class=\"axis\">\(importance)</text>"
            for column in 0..<columns {
                let possibility = column + 1
                let value = method.value(importance: importance, possibility: possibility)
                let count = grid[row][column]
                let x = left + column * cell, y = top + row * cell
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" class=\"\(Self.levelClass(assessment.level(of: value), of: method))\"><title>\(ReportText.heatCell(data.language, String(importance), String(possibility), String(value), String(count)))</title></rect>"
                svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + cell / 2 + 8)\" text-anchor=\"middle\" class=\"count\">\(count)</text>"
                svg += "<text x=\"\(x + 6)\" y=\"\(y + 16)\" class=\"value\">\(value)</text>"
            }
        }
        for column in 0..<columns {
            svg += "<text x=\"\(left + column * cell + cell / 2)\" y=\"\(top + cell * rows + 16)\" text-anchor=\"middle\" class=\"axis\">\(column + 1)</text>"
        }
        svg += "<text x=\"\(left + cell * columns / 2)\" y=\"\(top + cell * rows + 36)\" text-anchor=\"middle\" class=\"axis\">\(HTML.escape(data.text(.heatPossibilityAxis)))</text>"
        svg += "<text x=\"14\" y=\"\(top + cell * rows / 2)\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 14 \(top + cell * rows / 2))\">\(HTML.escape(data.text(.heatImportanceAxis)))</text>"
        return svg + "</svg></figure>"
    }

    /// The style sheet, with a colour and a rule per level of `method`.
    static func css(_ method: ScoringMethod) -> String {
        let levels = method.levelsDescending.map { (levelClass($0, of: method), method.band($0).colourText) }
        let variables = levels.map { "--\($0.0): \($0.1);" }.joined(separator: " ")
        let rules = levels.map { name, _ in
            "td.\(name), .badge.\(name), rect.\(name) { background: var(--\(name)); fill: var(--\(name)); }"
        }.joined(separator: "\n")
        let printed = levels.map { "td.\($0.0)" }.joined(separator: ", ")
        return css.replacingAll("{variables}", with: variables).replacingAll("{rules}", with: rules)
            .replacingAll("{printed}", with: printed)
    }

    static let css = """
        :root { {variables} --ink: #1d2530; --line: #c8ced6; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif;
               color: var(--ink); margin: 2rem auto; max-width: 1200px; padding: 0 1rem; line-height: 1.5; font-size: 14px; }
        h1 { font-size: 1.6rem; margin-bottom: 0; } h2 { border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
        h4 { margin: 1.2rem 0 .4rem; } .sub { color: #555; margin-top: .2rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; text-align: left; }
        th { background: #eef1f5; word-break: keep-all; } td:first-child { white-space: nowrap; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; } td { overflow-wrap: break-word; unicode-bidi: isolate; }
        td.hash { font-family: monospace; font-size: .75rem; word-break: break-all; }
        td.long { white-space: normal; overflow-wrap: anywhere; width: 40%; }
        h1, h4, p { overflow-wrap: anywhere; }
        {rules}
        td.rec { font-weight: bold; }
        .badge { display: inline-block; padding: .2rem .8rem; margin-right: .5rem; border-radius: 1rem; font-weight: bold; }
        .maps { display: flex; flex-wrap: wrap; gap: 2rem; } figure { margin: 0; }
        svg text { font-family: inherit; fill: var(--ink); } svg .count { font-size: 22px; font-weight: bold; }
        svg .value { font-size: 11px; fill: #444; } svg .axis { font-size: 13px; }
        .trigger { background: #fff4d6; border-left: 4px solid #e0a800; padding: .4rem .8rem; }
        .document { display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem; }
        .document dl { display: grid; grid-template-columns: auto 1fr; gap: .1rem .8rem; margin: .3rem 0; }
        .document dt { font-weight: bold; } .document dd { margin: 0; }
        #approval { width: auto; margin-left: auto; } #approval td { height: 2.2rem; min-width: 5.5rem; }
        small { font-weight: normal; color: #555; } .sources { color: #555; font-size: .85rem; }
        .print-note { display: none; }
        @page { size: A4; margin: 12mm 10mm 14mm;
                @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; } }
        @media print {
          body { margin: 0; max-width: none; font-size: 8.5pt; line-height: 1.35; }
          h1 { font-size: 1.3rem; } h2 { margin-top: .6rem; font-size: 1.05rem; }
          th, td { padding: .1rem .25rem; } #approval td { height: 1.6rem; }
          .threat, #high-risks h3, #governance, #soa, #appendix, #inputs, #summary h3 { display: none; }
          #summary { float: left; width: 56%; } #heatmap { float: right; width: 42%; } #priority { clear: both; }
          #summary h2, #heatmap h2 { margin-top: .3rem; }
          .maps { gap: .5rem; } .maps svg { width: 38mm; height: auto; }
          .print-note { display: block; color: #555; font-size: 8pt; margin-top: 1rem; }
          h2 { break-after: avoid; page-break-after: avoid; } h3, h4 { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; } tr, figure, .badge { break-inside: avoid; page-break-inside: avoid; }
          {printed}, .badge, rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section { break-before: auto; }
        }
        """
}
