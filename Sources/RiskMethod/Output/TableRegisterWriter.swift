/// Writes the risk register as a table for the terminal, aligned by display width, with a summary below.
public struct TableRegisterWriter {
    /// The assessment to write.
    public var assessment: Assessment
    /// Language, mapping level and inputs.
    public var options: RegisterOptions
    /// The widest an asset name or threat may be, in columns.
    public var nameWidth = 28

    /// Creates a writer.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
    }

    /// The whole table and summary as text.
    public func text() -> String {
        let inventory = assessment.inventory
        let catalog = assessment.catalog
        let fields = RegisterSchema.terminalFields + (options.outcome != nil ? RegisterSchema.terminalPlanFields : [])
        let header = fields.map { RegisterSchema.column($0).shortHeader[options.language] }
        var rows: [[String]] = []
        rows.reserveCapacity(assessment.risks.count)
        for (index, risk) in assessment.risks.enumerated() {
            let asset = inventory.assets[Int(risk.asset)]
            rows.append([
                DisplayWidth.truncate(TerminalText.visible(assessment.riskID(risk)), to: 24),
                DisplayWidth.truncate(TerminalText.visible(Self.singleLine(inventory.name(of: Int(risk.asset)))), to: nameWidth),
                DisplayWidth.truncate(catalog.threats[Int(risk.threat)].name[options.language], to: nameWidth),
                asset.confidentiality.text, String(asset.integrity), String(asset.availability),
                String(risk.importance), String(risk.likelihood), String(risk.vulnerability),
                String(risk.possibility), String(risk.value),
                assessment.method.label(assessment.level(risk), in: options.language),
            ])
            if let outcome = options.outcome {
                let kind = outcome.plan.treatments[index]?.kind.label(in: options.language) ?? "-"
                if let residual = outcome.residual[index] {
                    rows[rows.count - 1] += [kind, String(residual.value), assessment.method.label(residual.level, in: options.language)]
                } else {
                    rows[rows.count - 1] += [kind, "-", "-"]
                }
            }
        }
        var text = TextTable(header: header, rows: rows, rightAligned: [6, 7, 8, 9, 10, 13]).render()
        text += "\n" + summaryText()
        return text
    }

    /// The summary lines: counts per level, assets with no applicable threat, review triggers.
    public func summaryText() -> String {
        let language = options.language
        let method = assessment.method
        let separator = OutputText.countSeparator(language)
        let counts = method.levelsDescending.map { level in
            "\(method.label(level, in: language)) \(assessment.levelCounts[level] ?? 0)"
        }.joined(separator: separator)
        var lines: [String] = []
        let assets = assessment.inventory.assets.count
        let risks = assessment.risks.count
        lines.append(OutputText.summary(language, String(assets), String(risks), counts, method.name))
        if let outcome = options.outcome {
            let residual = method.levelsDescending.map { level in
                "\(method.label(level, in: language)) \(outcome.residualCounts[level] ?? 0)"
            }.joined(separator: separator)
            lines.append(OutputText.residual(language, residual))
            if !outcome.untreated.isEmpty {
                let ids = outcome.untreated.map { assessment.riskID(assessment.risks[$0]) }.joined(separator: ", ")
                lines.append(OutputText.untreated(language, String(outcome.untreated.count), ids))
            }
        }
        if !assessment.unassessedAssets.isEmpty {
            let ids = assessment.unassessedAssets.map { assessment.inventory.id(of: $0) }.joined(separator: ", ")
            lines.append(OutputText.unassessedAssets(language, ids))
        }
        for trigger in assessment.reviewTriggers {
            let media = trigger.media.joined(separator: ", ")
            lines.append(OutputText.reviewTrigger(language, String(trigger.item.item), media))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).joined(separator: " ")
    }
}
