/// Writes the report as Markdown: the content of the HTML report as tables that read well in a Git forge and in a
/// text editor. Every text from the inputs is escaped, so nothing in an asset name becomes markup.
public struct MarkdownReportWriter {
    /// The assessment.
    public var assessment: Assessment
    /// Language, mapping level, inputs, plan and policy.
    public var options: RegisterOptions

    /// Creates a writer.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
    }

    /// The bytes of the report.
    public func bytes() -> [UInt8] { Array(markdown().utf8) }

    /// The whole report.
    public func markdown() -> String {
        let data = ReportData(assessment: assessment, options: options)
        let t = data.text
        let e = Markdown.escape
        var md = "# \(e(data.title))\n\n\(e(assessment.inventory.file))\n\n"

        md += "## \(t("概要", "Summary"))\n\n"
        md += Markdown.table([t("項目", "Item"), t("内容", "Value")], data.summaryRows.map { [$0.0, $0.1] })
        md += "\n### \(t("入力ファイル", "Inputs"))\n\n"
        md += Markdown.table([t("種類", "Role"), t("ファイル", "File"), t("文字コード", "Encoding"), "SHA-256"], data.inputRows)

        md += "\n## \(t("リスクマップ（重要度 × 被害発生可能性）", "Heat map (importance × possibility)"))\n\n"
        md += heatMap(data.heatMap, title: t("現在のリスク", "Current risk"), data: data)
        if let residual = data.residualHeatMap {
            md += "\n" + heatMap(residual, title: t("対応後の残留リスク", "Residual risk after the plan"), data: data)
        }

        md += "\n## \(t("対応が必要なリスク", "Risks to treat")) (\(e(data.label(options.minimumLevel)))\(t("以上", " and above")), \(data.mapped.count))\n\n"
        md += data.mapped.isEmpty ? t("ありません。\n", "None.\n") : Markdown.table(data.mappedHeader, data.mappedRows, rightAligned: [4])

        md += "\n### \(t("脅威ごとの改定項番と対策", "Revision items and controls by threat"))\n"
        for detail in data.threatDetails {
            md += "\n#### \(e(detail.threat.id)) \(e(detail.threat.name[data.language]))\n\n"
            md += "\(detail.riskCount) \(t("件", detail.riskCount == 1 ? "risk" : "risks")); ISO/IEC 27001:2013 \(e(detail.threat.iso27001.joined(separator: ", ")))\n\n"
            md += Markdown.table(data.itemHeader, data.itemRows(detail), rightAligned: [0])
            md += "\n"
            md += Markdown.table(data.controlHeader, data.controlRows(detail))
        }

        if let outcome = options.outcome {
            md += "\n## \(t("対応が決まっていないリスク", "Untreated risks")) (\(outcome.untreated.count))\n\n"
            md += outcome.untreated.isEmpty ? t("ありません。\n", "None.\n")
                : e(outcome.untreated.map { assessment.riskID(assessment.risks[$0]) }.joined(separator: ", ")) + "\n"
        }

        md += "\n## \(t("部署ごとの集計", "By department"))\n\n"
        md += Markdown.table(data.departmentHeader, data.departmentRows, rightAligned: [1, 2, 3, 4, 5, 6])

        md += "\n## \(t("資産ごとの最大リスク", "Every asset and its highest risk"))\n\n"
        md += Markdown.table(data.assetHeader, data.assetRows, rightAligned: [5])

        md += "\n## \(t("評価の進め方に関する改定項番", "Governance items"))\n\n"
        let triggers = assessment.reviewTriggers
        if !triggers.isEmpty {
            md += "> **\(t("見直しの契機", "Review triggered"))**: "
            md += e(triggers.map { "\(t("項番", "item")) \($0.item.item) (\($0.media.joined(separator: ", ")))" }.joined(separator: "; "))
            md += "\n\n"
        }
        md += Markdown.table(data.governanceHeader, data.governanceRows, rightAligned: [0])

        md += "\n## \(t("付録: 尺度と変換表", "Appendix: scales and tables"))\n\n"
        md += Markdown.table([t("尺度", "Scale"), t("値", "Value"), t("意味", "Meaning")], data.scaleRows, rightAligned: [1])
        md += "\n### \(t("被害発生可能性の変換表", "Possibility of damage"))\n\n"
        md += Markdown.table(data.possibilityHeader, data.possibilityRows, rightAligned: [1, 2, 3])
        md += "\n### \(t("リスクレベル", "Levels"))\n\n"
        md += Markdown.table([t("レベル", "Level"), t("リスク値", "Values"), t("受容", "Acceptance")], data.bandRows)
        md += "\n\(t("出典", "Sources")): \(e(assessment.catalog.source[data.language]))\n"
        return md
    }

    /// The heat map as a table: rows importance 3 to 1, columns possibility 1 to 3, each cell `count (value, level)`.
    private func heatMap(_ grid: [[Int]], title: String, data: ReportData) -> String {
        var md = "**\(Markdown.escape(title))**\n\n"
        let header = [data.text("重要度＼被害発生可能性", "importance \\ possibility"), "1", "2", "3"]
        let rows = (0..<3).map { row -> [String] in
            let importance = 3 - row
            return [String(importance)] + (0..<3).map { column in
                let value = importance * (column + 1)
                return "\(grid[row][column]) (\(value) \(data.label(assessment.level(of: value))))"
            }
        }
        md += Markdown.table(header, rows, rightAligned: [1, 2, 3])
        return md
    }
}
