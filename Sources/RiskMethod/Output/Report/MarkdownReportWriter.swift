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
        let language = data.language
        let e = Markdown.escape
        var md = "# \(e(data.title))\n\n\(e(assessment.inventory.file))\n\n"
        md += Markdown.documentLines(options.document, language)
        if !options.document.isEmpty { md += "\n" }
        let approval = options.document.approvalRows(language)
        md += Markdown.table(approval.header, approval.rows) + "\n"

        md += "## \(data.text(.summary))\n\n"
        md += Markdown.table([data.text(.summaryItem), data.text(.summaryValue)], data.summaryRows.map { [$0.0, $0.1] })
        md += "\n### \(data.text(.inputs))\n\n"
        md += Markdown.table([data.text(.inputRole), data.text(.inputFile), data.text(.inputEncoding), "SHA-256"], data.inputRows)

        md += "\n## \(data.text(.heatMaps))\n\n"
        md += heatMap(data.heatMap, title: data.text(.currentRisk), data: data)
        if let residual = data.residualHeatMap {
            md += "\n" + heatMap(residual, title: data.text(.residualRisk), data: data)
        }

        md += "\n## \(e(PriorityText.heading(language)))\n\n"
        if data.priority.isEmpty {
            md += e(PriorityText.nothing(language)) + "\n"
        } else {
            md += e(data.priorityNotes.explanation) + "\n\n"
            md += Markdown.table(data.priorityHeader, data.priorityRows, rightAligned: Set(3..<data.priorityHeader.count).union([0]))
            if let more = data.priorityNotes.more { md += "\n" + e(more) + "\n" }
        }

        md += "\n## \(ReportText.risksToTreat(language, e(data.label(options.mappingLevel(assessment.method))), String(data.mappedCount)))\n\n"
        md += data.mapped.isEmpty ? data.text(.none) + "\n" : Markdown.table(data.mappedHeader, data.mappedRows, rightAligned: [4])
        md += cutNote(data.cutLine(.shownRisks, shown: data.mapped.count, of: data.mappedCount))

        md += "\n### \(data.text(.byThreat))\n"
        for detail in data.threatDetails {
            md += "\n#### \(e(detail.threat.id)) \(e(detail.threat.name[data.language]))\n\n"
            md += "\(data.threatRiskCount(detail.riskCount)); \(data.editionName) \(e(detail.annexA.joined(separator: ", ")))\n\n"
            md += Markdown.table(data.itemHeader, data.itemRows(detail), rightAligned: [0])
            md += "\n"
            md += Markdown.table(data.controlHeader, data.controlRows(detail))
        }

        if let outcome = options.outcome {
            md += "\n## \(ReportText.untreated(language, String(outcome.untreated.count)))\n\n"
            let listed = data.isCut ? Array(outcome.untreated.prefix(options.reportLimits.shown)) : outcome.untreated
            md += outcome.untreated.isEmpty ? data.text(.none) + "\n"
                : e(listed.map { assessment.riskID(assessment.risks[$0]) }.joined(separator: ", ")) + "\n"
            md += cutNote(data.cutLine(.shownUntreated, shown: listed.count, of: outcome.untreated.count))
        }

        md += "\n## \(data.text(.byDepartment))\n\n"
        md += Markdown.table(data.departmentHeader, data.departmentRows, rightAligned: data.departmentColumns)

        md += "\n## \(data.text(.byAsset))\n\n"
        let assets = data.assetRows
        md += Markdown.table(data.assetHeader, assets, rightAligned: [5])
        md += cutNote(data.cutLine(.shownAssets, shown: assets.count, of: assessment.inventory.assets.count))

        md += "\n## \(data.text(.governance))\n\n"
        let triggers = assessment.reviewTriggers
        if !triggers.isEmpty {
            md += "> **\(data.text(.reviewTriggered))**: "
            md += e(triggers.map {
                ReportText.triggerItem(language, String($0.item.item), $0.media.joined(separator: ", "))
            }.joined(separator: "; "))
            md += "\n\n"
        }
        md += Markdown.table(data.governanceHeader, data.governanceRows, rightAligned: [0])

        md += "\n## \(data.text(.appendix))\n\n"
        md += Markdown.table([data.text(.scale), data.text(.scaleValue), data.text(.scaleMeaning)], data.scaleRows, rightAligned: [1])
        md += "\n### \(data.text(.possibilityTable))\n\n"
        md += Markdown.table(data.possibilityHeader, data.possibilityRows, rightAligned: data.possibilityColumns)
        md += "\n### \(data.text(.levels))\n\n"
        md += Markdown.table([data.text(.bandLevel), data.text(.bandValues), data.text(.bandAcceptance)], data.bandRows)
        md += "\n\(ReportText.sources(language, e(assessment.catalog.source[language])))\n"
        return md
    }

    /// The line under a cut list, as a paragraph; nothing for a list in full.
    private func cutNote(_ line: String?) -> String {
        line.map { "\n" + Markdown.escape($0) + "\n" } ?? ""
    }

    /// The heat map as a table: rows importance from the highest step down to 1, columns possibility from 1 up,
    /// each cell `count (value, level)`.
    private func heatMap(_ grid: [[Int]], title: String, data: ReportData) -> String {
        let method = assessment.method
        let columns = Array(1...method.possibilitySteps)
        var md = "**\(Markdown.escape(title))**\n\n"
        let header = [data.text(.heatCorner)] + columns.map { String($0) }
        let rows = (0..<method.importanceSteps).map { row -> [String] in
            let importance = method.importanceSteps - row
            return [String(importance)] + columns.map { possibility in
                let value = method.value(importance: importance, possibility: possibility)
                return "\(grid[row][possibility - 1]) (\(value) \(data.label(assessment.level(of: value))))"
            }
        }
        md += Markdown.table(header, rows, rightAligned: Set(columns))
        return md
    }
}
