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
        let t = data.text
        var body = "<header><h1>\(HTML.escape(data.title))</h1>"
        body += "<p class=\"sub\">\(HTML.escape(assessment.inventory.file))</p></header>\n"

        // Summary.
        body += "<section id=\"summary\"><h2>\(t("概要", "Summary"))</h2>\n"
        body += "<div class=\"badges\">"
        for level in RiskLevel.descending {
            body += "<span class=\"badge \(level.code)\">\(HTML.escape(data.label(level))) \(assessment.levelCounts[level] ?? 0)</span>"
        }
        body += "</div>\n"
        body += HTML.table([t("項目", "Item"), t("内容", "Value")], data.summaryRows.map { [$0.0, $0.1] }, id: "summary-table")
        body += "<h3>\(t("入力ファイル", "Inputs"))</h3>\n"
        body += HTML.table([t("種類", "Role"), t("ファイル", "File"), t("文字コード", "Encoding"), "SHA-256"], data.inputRows,
                           classes: [3: { _ in "hash" }], id: "inputs")
        body += "</section>\n"

        // Heat maps.
        body += "<section id=\"heatmap\"><h2>\(t("リスクマップ（重要度 × 被害発生可能性）", "Heat map (importance × possibility)"))</h2>\n<div class=\"maps\">"
        body += heatMapSVG(data.heatMap, title: t("現在のリスク", "Current risk"), data: data)
        if let residual = data.residualHeatMap {
            body += heatMapSVG(residual, title: t("対応後の残留リスク", "Residual risk after the plan"), data: data)
        }
        body += "</div></section>\n"

        // Mapped risks.
        body += "<section id=\"high-risks\"><h2>\(t("対応が必要なリスク", "Risks to treat")) (\(HTML.escape(data.label(options.minimumLevel)))\(t("以上", " and above")), \(data.mapped.count))</h2>\n"
        let levelClass: (String) -> String? = { cell in RiskLevel.allCases.first { data.label($0) == cell }.map { $0.code } }
        body += HTML.table(data.mappedHeader, data.mappedRows, numeric: [4], classes: [5: levelClass, 9: { cell in levelClass(String(cell.split(separator: " ").last ?? "")) }],
                           id: "mapped-risks")
        body += "<h3>\(t("脅威ごとの改定項番と対策", "Revision items and controls by threat"))</h3>\n"
        for detail in data.threatDetails {
            body += "<article class=\"threat\"><h4>\(HTML.escape(detail.threat.id)) \(HTML.escape(detail.threat.name[data.language]))"
            body += " <small>(\(detail.riskCount) \(t("件", detail.riskCount == 1 ? "risk" : "risks")); ISO/IEC 27001:2013 \(HTML.escape(detail.threat.iso27001.joined(separator: ", "))))</small></h4>\n"
            body += HTML.table(data.itemHeader, data.itemRows(detail), numeric: [0])
            body += HTML.table(data.controlHeader, data.controlRows(detail), classes: [4: { $0.isEmpty ? nil : "rec" }])
            body += "</article>\n"
        }
        body += "</section>\n"

        // Untreated risks.
        if let outcome = options.outcome {
            body += "<section id=\"untreated\"><h2>\(t("対応が決まっていないリスク", "Untreated risks")) (\(outcome.untreated.count))</h2>\n"
            body += outcome.untreated.isEmpty ? "<p>\(t("ありません。", "None."))</p>\n"
                : "<p>\(HTML.escape(outcome.untreated.map { assessment.riskID(assessment.risks[$0]) }.joined(separator: ", ")))</p>\n"
            body += "</section>\n"
        }

        // Departments.
        body += "<section id=\"departments\"><h2>\(t("部署ごとの集計", "By department"))</h2>\n"
        body += HTML.table(data.departmentHeader, data.departmentRows, numeric: [1, 2, 3, 4, 5, 6], id: "departments-table")
        body += "</section>\n"

        // Assets.
        body += "<section id=\"assets\"><h2>\(t("資産ごとの最大リスク", "Every asset and its highest risk"))</h2>\n"
        body += HTML.table(data.assetHeader, data.assetRows, numeric: [5], classes: [6: levelClass], id: "assets-table")
        body += "</section>\n"

        // Governance.
        body += "<section id=\"governance\"><h2>\(t("評価の進め方に関する改定項番", "Governance items"))</h2>\n"
        let triggers = assessment.reviewTriggers
        if !triggers.isEmpty {
            body += "<p class=\"trigger\">\(t("見直しの契機", "Review triggered")): "
            body += HTML.escape(triggers.map { "\(t("項番", "item")) \($0.item.item) (\($0.media.joined(separator: ", ")))" }.joined(separator: "; "))
            body += "</p>\n"
        }
        body += HTML.table(data.governanceHeader, data.governanceRows, numeric: [0], id: "governance-table")
        body += "</section>\n"

        // Appendix.
        body += "<section id=\"appendix\"><h2>\(t("付録: 尺度と変換表", "Appendix: scales and tables"))</h2>\n"
        body += HTML.table([t("尺度", "Scale"), t("値", "Value"), t("意味", "Meaning")], data.scaleRows, numeric: [1])
        body += "<h3>\(t("被害発生可能性の変換表", "Possibility of damage"))</h3>\n"
        body += HTML.table(data.possibilityHeader, data.possibilityRows, numeric: [1, 2, 3])
        body += "<h3>\(t("リスクレベル", "Levels"))</h3>\n"
        body += HTML.table([t("レベル", "Level"), t("リスク値", "Values"), t("受容", "Acceptance")], data.bandRows)
        body += "<p class=\"sources\">\(t("出典", "Sources")): \(HTML.escape(assessment.catalog.source[data.language]))</p>\n"
        body += "</section>\n"

        let lang = data.language.rawValue
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(HTML.escape(data.title)) — \(HTML.escape(assessment.inventory.file))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The bytes of the report.
    public func bytes() -> [UInt8] { Array(html().utf8) }

    /// A 3 × 3 heat map as inline SVG: rows importance 3 to 1, columns possibility 1 to 3, each cell coloured by its
    /// level and showing its count.
    private func heatMapSVG(_ grid: [[Int]], title: String, data: ReportData) -> String {
        let cell = 84, left = 64, top = 34
        let width = left + cell * 3 + 10, height = top + cell * 3 + 44
        var svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<title>\(HTML.escape(title))</title>"
        svg += "<text x=\"\(left + cell * 3 / 2)\" y=\"20\" text-anchor=\"middle\" class=\"axis\">\(HTML.escape(title))</text>"
        for row in 0..<3 {
            let importance = 3 - row
            svg += "<text x=\"\(left - 10)\" y=\"\(top + row * cell + cell / 2 + 5)\" text-anchor=\"end\" class=\"axis\">\(importance)</text>"
            for column in 0..<3 {
                let possibility = column + 1
                let level = assessment.level(of: importance * possibility)
                let count = grid[row][column]
                let x = left + column * cell, y = top + row * cell
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" class=\"\(level.code)\"><title>\(data.text("重要度", "importance")) \(importance) × \(data.text("可能性", "possibility")) \(possibility) = \(importance * possibility): \(count)</title></rect>"
                svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + cell / 2 + 8)\" text-anchor=\"middle\" class=\"count\">\(count)</text>"
                svg += "<text x=\"\(x + 6)\" y=\"\(y + 16)\" class=\"value\">\(importance * possibility)</text>"
            }
        }
        for column in 0..<3 {
            svg += "<text x=\"\(left + column * cell + cell / 2)\" y=\"\(top + cell * 3 + 16)\" text-anchor=\"middle\" class=\"axis\">\(column + 1)</text>"
        }
        svg += "<text x=\"\(left + cell * 3 / 2)\" y=\"\(top + cell * 3 + 36)\" text-anchor=\"middle\" class=\"axis\">\(HTML.escape(data.text("被害発生可能性 →", "possibility of damage →")))</text>"
        svg += "<text x=\"14\" y=\"\(top + cell * 3 / 2)\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 14 \(top + cell * 3 / 2))\">\(HTML.escape(data.text("重要度 →", "importance →")))</text>"
        return svg + "</svg></figure>"
    }

    static let css = """
        :root { --high: #f4b6b6; --medium: #fde3a0; --low: #cde8cd; --ink: #1d2530; --line: #c8ced6; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif;
               color: var(--ink); margin: 2rem auto; max-width: 1200px; padding: 0 1rem; line-height: 1.5; font-size: 14px; }
        h1 { font-size: 1.6rem; margin-bottom: 0; } h2 { border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
        h4 { margin: 1.2rem 0 .4rem; } .sub { color: #555; margin-top: .2rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; text-align: left; }
        th { background: #eef1f5; } td:first-child { white-space: nowrap; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.hash { font-family: monospace; font-size: .75rem; word-break: break-all; }
        td.high, .badge.high, rect.high { background: var(--high); fill: var(--high); }
        td.medium, .badge.medium, rect.medium { background: var(--medium); fill: var(--medium); }
        td.low, .badge.low, rect.low { background: var(--low); fill: var(--low); }
        td.rec { font-weight: bold; }
        .badge { display: inline-block; padding: .2rem .8rem; margin-right: .5rem; border-radius: 1rem; font-weight: bold; }
        .maps { display: flex; flex-wrap: wrap; gap: 2rem; } figure { margin: 0; }
        svg text { font-family: inherit; fill: var(--ink); } svg .count { font-size: 22px; font-weight: bold; }
        svg .value { font-size: 11px; fill: #444; } svg .axis { font-size: 13px; }
        .trigger { background: #fff4d6; border-left: 4px solid #e0a800; padding: .4rem .8rem; }
        small { font-weight: normal; color: #555; } .sources { color: #555; font-size: .85rem; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 9.5pt; }
          h2 { break-after: avoid; page-break-after: avoid; } h3, h4 { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; } tr, figure, .badge { break-inside: avoid; page-break-inside: avoid; }
          td.high, td.medium, td.low, .badge, rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section { break-before: auto; }
        }
        """
}
