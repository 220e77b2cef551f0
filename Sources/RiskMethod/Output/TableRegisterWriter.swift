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
        let ja = options.language == .ja
        let inventory = assessment.inventory
        let catalog = assessment.catalog
        var header = ja
            ? ["リスクID", "資産名", "脅威", "C", "I", "A", "重要度", "起こりやすさ", "つけ込みやすさ", "可能性", "リスク値", "レベル"]
            : ["risk id", "asset", "threat", "C", "I", "A", "importance", "likelihood", "vulnerability", "possibility", "value", "level"]
        if options.outcome != nil {
            header += ja ? ["対応", "残留値", "残留レベル"] : ["treatment", "residual", "residual level"]
        }
        var rows: [[String]] = []
        rows.reserveCapacity(assessment.risks.count)
        for (index, risk) in assessment.risks.enumerated() {
            let asset = inventory.assets[Int(risk.asset)]
            let context = assessment.threats[Int(risk.threat)]
            rows.append([
                DisplayWidth.truncate(assessment.riskID(risk), to: 24),
                DisplayWidth.truncate(Self.singleLine(inventory.name(of: Int(risk.asset))), to: nameWidth),
                DisplayWidth.truncate(catalog.threats[Int(risk.threat)].name[options.language], to: nameWidth),
                asset.confidentiality.text, String(asset.integrity), String(asset.availability),
                String(risk.importance), String(context.likelihood), String(context.vulnerability),
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
        let ja = options.language == .ja
        let method = assessment.method
        let counts = RiskLevel.descending.map { level in
            "\(method.label(level, in: options.language)) \(assessment.levelCounts[level] ?? 0)"
        }.joined(separator: ja ? "、" : ", ")
        var lines: [String] = []
        let assets = assessment.inventory.assets.count
        let risks = assessment.risks.count
        lines.append(ja ? "資産 \(assets) 件、リスク \(risks) 件（\(counts)）。評価方法: \(method.name)"
                        : "\(assets) assets, \(risks) risks (\(counts)); method \(method.name)")
        if let outcome = options.outcome {
            let residual = RiskLevel.descending.map { level in
                "\(method.label(level, in: options.language)) \(outcome.residualCounts[level] ?? 0)"
            }.joined(separator: ja ? "、" : ", ")
            lines.append(ja ? "対応後の残留リスク: \(residual)" : "residual risks after the plan: \(residual)")
            if !outcome.untreated.isEmpty {
                let ids = outcome.untreated.map { assessment.riskID(assessment.risks[$0]) }.joined(separator: ", ")
                lines.append(ja ? "対応が決まっていないリスク（\(outcome.untreated.count) 件）: \(ids)"
                                : "untreated risks (\(outcome.untreated.count)): \(ids)")
            }
        }
        if !assessment.unassessedAssets.isEmpty {
            let ids = assessment.unassessedAssets.map { assessment.inventory.id(of: $0) }.joined(separator: ", ")
            lines.append(ja ? "該当する脅威がない資産: \(ids)" : "assets with no applicable threat: \(ids)")
        }
        for trigger in assessment.reviewTriggers {
            let media = trigger.media.joined(separator: ", ")
            lines.append(ja ? "見直しの契機（項番 \(trigger.item.item)）: \(media)"
                            : "review trigger (item \(trigger.item.item)): \(media)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).joined(separator: " ")
    }
}
