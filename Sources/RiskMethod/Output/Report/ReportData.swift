/// Everything a report shows, computed once from an assessment, so that the HTML and Markdown reports say the same.
struct ReportData {
    let assessment: Assessment
    let options: RegisterOptions
    var language: Language { options.language }
    var method: ScoringMethod { assessment.method }

    /// A risk at or above the mapping level, with what it maps to.
    struct MappedRisk {
        let index: Int
        let risk: Risk
        let id: String
        let assetName: String
        let department: String
        let threat: Threat
        let level: RiskLevel
        /// The numbers of the revision items that concern the risk's matched media.
        let items: [Int]
        let recommended: [String]
        let treatment: Treatment?
        let residual: ResidualRisk??
    }

    /// A threat with mapped risks: its items, Annex A numbers and controls in full, those that concern the matched
    /// media of at least one of these risks.
    struct ThreatDetail {
        let index: Int
        let threat: Threat
        let riskCount: Int
        let items: [RevisionItem]
        let annexA: [String]
        let controls: [ControlAdvice]
    }

    /// The risks to treat the report lists: all of them, or the first ``ReportLimits/shown`` of a register cut.
    let mapped: [MappedRisk]
    /// How many risks there are to treat.
    let mappedCount: Int
    /// Whether the register has more risks than ``ReportLimits/risks``, so that the report's lists are cut.
    let isCut: Bool
    let threatDetails: [ThreatDetail]
    let departmentTable: DepartmentTable
    /// The controls to do first (``Assessment/controlPriority(mappingLevel:outcome:)``).
    let priority: [ControlPriority]

    init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
        priority = assessment.controlPriority(mappingLevel: options.mappingLevel(assessment.method), outcome: options.outcome)
        let inventory = assessment.inventory
        let catalog = assessment.catalog
        isCut = assessment.risks.count > options.reportLimits.risks
        let listed = isCut ? options.reportLimits.shown : Int.max
        var mapped: [MappedRisk] = []
        var perThreat = Array(repeating: 0, count: catalog.threats.count)
        var mediaOfThreat = Array(repeating: UInt64(0), count: catalog.threats.count)
        let mappingLevel = options.mappingLevel(assessment.method)
        var mappedCount = 0
        for (index, risk) in assessment.risks.enumerated() where assessment.isMapped(risk, atOrAbove: mappingLevel) {
            let threatIndex = Int(risk.threat)
            let media = assessment.matchedMedia(risk)
            perThreat[threatIndex] += 1
            mediaOfThreat[threatIndex] |= media.bits
            mappedCount += 1
            guard mapped.count < listed else { continue }
            let recommended = assessment.controlAdvice(ofThreat: threatIndex, concerning: media).filter { $0.isRecommended }
                .map { catalog.controls[$0.control].id }
            mapped.append(MappedRisk(
                index: index, risk: risk, id: assessment.riskID(risk), assetName: inventory.name(of: Int(risk.asset)),
                department: inventory.text(.department, of: Int(risk.asset)), threat: catalog.threats[threatIndex],
                level: assessment.level(risk), items: catalog.threats[threatIndex].revisionItems(concerning: media),
                recommended: recommended,
                treatment: options.outcome?.plan.treatments[index],
                residual: options.outcome.map { $0.residual[index] }))
        }
        self.mapped = mapped
        self.mappedCount = mappedCount
        threatDetails = assessment.threatOrder.compactMap { index in
            let count = perThreat[index]
            guard count > 0 else { return nil }
            let media = MediaSet(bits: mediaOfThreat[index])
            return ThreatDetail(index: index, threat: catalog.threats[index], riskCount: count,
                                items: assessment.revisionItems(ofThreat: index, concerning: media),
                                annexA: assessment.isoReferences(ofThreat: index, concerning: media),
                                controls: assessment.controlAdvice(ofThreat: index, concerning: media))
        }
        departmentTable = DepartmentTable(assessment: assessment, options: options)
    }

    // MARK: Heat maps

    /// Risk counts by importance (rows from the highest step down to 1) and possibility (columns from 1 up), as
    /// many of each as the method's scales have.
    var heatMap: [[Int]] {
        var grid = emptyHeatMap
        let top = assessment.method.importanceSteps
        for risk in assessment.risks { grid[top - Int(risk.importance)][Int(risk.possibility) - 1] += 1 }
        return grid
    }

    /// A heat map of zeros, the method's size.
    private var emptyHeatMap: [[Int]] {
        let method = assessment.method
        return Array(repeating: Array(repeating: 0, count: method.possibilitySteps), count: method.importanceSteps)
    }

    /// The same after the plan (avoided risks left out), or nil without a plan.
    var residualHeatMap: [[Int]]? {
        guard let outcome = options.outcome else { return nil }
        var grid = emptyHeatMap
        let top = assessment.method.importanceSteps
        for index in assessment.risks.indices {
            guard let residual = outcome.residual[index] else { continue }
            grid[top - residual.importance][residual.possibility - 1] += 1
        }
        return grid
    }

    // MARK: Labels

    func label(_ level: RiskLevel) -> String { method.label(level, in: language) }

    /// A text of the report, in its language.
    func text(_ key: ReportText) -> String { key(language) }
    /// A header or cell of the report's tables, in its language.
    func text(_ key: ReportTableText) -> String { key(language) }
    /// A text of the report's appendix, in its language.
    func text(_ key: ReportAppendixText) -> String { key(language) }

    var title: String { text(.title) }

    /// How many risks a threat has, such as `3 risks`.
    func threatRiskCount(_ count: Int) -> String {
        (count == 1 ? ReportTableText.threatRisk : ReportTableText.threatRisks)(language, String(count))
    }

    /// The summary as label–value pairs.
    var summaryRows: [(String, String)] {
        let inventory = assessment.inventory
        var rows: [(String, String)] = [
            (text(.inventory), inventory.file),
            (text(.assetCount), String(inventory.assets.count)),
            (text(.riskCount), String(assessment.risks.count)),
        ]
        for level in method.levelsDescending {
            rows.append((ReportText.risksAtLevel(language, label(level)), String(assessment.levelCounts[level] ?? 0)))
        }
        if let outcome = options.outcome {
            for level in method.levelsDescending {
                rows.append((ReportText.residualAtLevel(language, label(level)), String(outcome.residualCounts[level] ?? 0)))
            }
            rows.append((text(.untreatedCount), String(outcome.untreated.count)))
        }
        rows.append((text(.method), methodDescription))
        rows.append((text(.mappedFrom), label(options.mappingLevel(method))))
        rows.append((text(.catalog), assessment.catalog.version))
        if !assessment.unassessedAssets.isEmpty {
            rows.append((text(.unassessedAssets),
                         assessment.unassessedAssets.map { inventory.id(of: $0) }.joined(separator: ", ")))
        }
        return rows
    }

    var methodDescription: String {
        let rule = text(method.importance == .property ? .ruleByProperty : .ruleByAsset)
        let personal = method.personalDataRaise ? text(.raisedByPersonalData) : ""
        let aggregation = method.aggregation == .sum ? text(.perAssetSum) : ""
        return "\(method.name) (\(rule)\(personal)\(aggregation))"
    }

    /// The header of the mapped-risk table; treatment and residual columns only with a plan.
    var mappedHeader: [String] {
        var keys: [ReportTableText] = [.mappedRisk, .mappedAsset, .mappedDepartment, .mappedThreat, .mappedValue,
                                       .mappedLevel, .mappedItems, .mappedControls]
        if options.outcome != nil { keys += [.mappedTreatment, .mappedResidual] }
        return keys.map(text)
    }

    /// The mapped risks, one row each, in the columns of `mappedHeader`.
    var mappedRows: [[String]] {
        mapped.map { item in
            var row = [item.id, item.assetName, item.department, "\(item.threat.id) \(item.threat.name[language])",
                       String(item.risk.value), label(item.level),
                       item.items.map(String.init).joined(separator: ", "), item.recommended.joined(separator: ", ")]
            if options.outcome != nil {
                row.append(item.treatment.map(treatmentText) ?? text(.notTreated))
                row.append(item.residual.map { $0.map { "\($0.value) \(label($0.level))" } ?? text(.avoided) } ?? "")
            }
            return row
        }
    }

    /// A treatment as a report shows it, a line each: the decision with its controls, owner and due date, the note,
    /// and for an accepted risk who accepted it, when, and until when (flagged when that date has passed).
    func treatmentText(_ treatment: Treatment) -> String {
        var first = treatment.kind.label(in: language)
        let controls = treatment.controls.map { assessment.catalog.controls[$0].id }
        if !controls.isEmpty { first += " " + controls.joined(separator: ", ") }
        var lines = [first]
        if !treatment.owner.isEmpty { lines.append(ReportTableText.treatmentOwner(language, treatment.owner)) }
        if !treatment.due.isEmpty { lines.append(ReportTableText.treatmentDue(language, treatment.due)) }
        if !treatment.note.isEmpty { lines.append(ReportTableText.treatmentNote(language, treatment.note)) }
        if !treatment.acceptedBy.isEmpty || !treatment.acceptedOn.isEmpty {
            lines.append(ReportTableText.treatmentAccepted(language, treatment.acceptedBy, treatment.acceptedOn))
        }
        if !treatment.reviewBy.isEmpty {
            let overdue = treatment.reviewIsOverdue(on: options.document.date) ? text(.reviewOverdue) : ""
            lines.append(ReportTableText.treatmentReview(language, treatment.reviewBy) + overdue)
        }
        return lines.joined(separator: "\n")
    }

    /// The header of a threat's revision-item table; a summary column in English, a clause column with a policy.
    var itemHeader: [String] {
        var keys: [ReportTableText] = [.itemNumber, .itemSection, .itemCategory, .itemPolicy]
        if language.showsItemSummary { keys.append(.itemSummary) }
        if options.policy != nil { keys.append(.ourClause) }
        return keys.map(text)
    }

    /// A threat's revision items, in the columns of `itemHeader`.
    func itemRows(_ detail: ThreatDetail) -> [[String]] {
        detail.items.map { item in
            var row = [String(item.number), item.sectionTitle, item.category, item.policy]
            if language.showsItemSummary { row.append(item.summaryEnglish) }
            if let policy = options.policy { row.append(clauseText(policy.clauses(forSection: item.section))) }
            return row
        }
    }

    /// The header of a threat's control table; a clause column with a policy.
    var controlHeader: [String] {
        var header = [text(.controlID), text(.controlText), text(.controlStatus), assessment.catalog.edition.name,
                      text(.controlRecommended)]
        if options.policy != nil { header.append(text(.ourClause)) }
        return header
    }

    /// A threat's controls, in the columns of `controlHeader`; the fifth column is empty unless recommended.
    func controlRows(_ detail: ThreatDetail) -> [[String]] {
        detail.controls.map { advice in
            let control = assessment.catalog.controls[advice.control]
            var row = [control.id, control.text[language], advice.status?.label(in: language) ?? text(.noAnswer),
                       citations(control), advice.isRecommended ? text(.recommended) : ""]
            if let policy = options.policy { row.append(clauseText(policy.clauses(forSection: control.section))) }
            return row
        }
    }

    /// The name of the edition whose Annex A numbers the report cites, such as `ISO/IEC 27001:2022`.
    var editionName: String { assessment.catalog.edition.name }

    /// A control's Annex A numbers of the cited edition, as cited, joined by commas.
    private func citations(_ control: Control) -> String {
        let edition = assessment.catalog.edition
        return control.iso(edition).map { edition.citation($0) }.joined(separator: ", ")
    }

    /// The organisation's clauses for a section: `clause title`, or the clause alone when it has no title.
    private func clauseText(_ clauses: [PolicyClauses.Clause]) -> String {
        clauses.map { $0.title.isEmpty ? $0.clause : "\($0.clause) \($0.title)" }.joined(separator: ", ")
    }

    var possibilityHeader: [String] {
        [text(.possibilityCorner)] + (1...method.vulnerabilitySteps).reversed().map { String($0) }
    }

    /// The possibility of damage by likelihood (rows from the highest step down) and vulnerability (columns from
    /// the highest step down).
    var possibilityRows: [[String]] {
        (1...method.likelihoodSteps).reversed().map { likelihood in
            [String(likelihood)] + (1...method.vulnerabilitySteps).reversed().map {
                String(method.possibility(likelihood: likelihood, vulnerability: $0))
            }
        }
    }

    /// The numeric columns of the possibility table.
    var possibilityColumns: Set<Int> { Set(1...method.vulnerabilitySteps) }

    /// The inputs: role, file, encoding, SHA-256.
    var inputRows: [[String]] {
        options.inputs.map { [$0.role, $0.file, $0.encoding ?? "", $0.sha256] }
    }

    /// The assets the report lists: all, in the inventory's order; or, when the register is cut, the first
    /// ``ReportLimits/shown`` by highest risk value, then in the inventory's order.
    var listedAssets: [Int] {
        let summaries = assessment.summaries
        guard isCut, summaries.count > options.reportLimits.shown else { return Array(summaries.indices) }
        // The lowest highest-value that makes the list, from a count of assets per value.
        var perValue: [Int: Int] = [:]
        for summary in summaries { perValue[Int(summary.maximum), default: 0] += 1 }
        var threshold = 0, taken = 0
        for value in perValue.keys.sorted(by: >) {
            threshold = value
            taken += perValue[value] ?? 0
            if taken >= options.reportLimits.shown { break }
        }
        let candidates = summaries.indices.filter { Int(summaries[$0].maximum) >= threshold }
        let ordered = candidates.sorted { summaries[$0].maximum != summaries[$1].maximum ? summaries[$0].maximum > summaries[$1].maximum : $0 < $1 }
        return Array(ordered.prefix(options.reportLimits.shown))
    }

    /// The line under a cut list: how many of how many are shown, and where they all are; nil for a list in full.
    func cutLine(_ text: ReportText, shown: Int, of total: Int) -> String? {
        guard shown < total else { return nil }
        return text(language, String(shown), String(total), assessment.inventory.file)
    }

    /// The assets the report lists, each with its highest risk.
    var assetRows: [[String]] {
        let inventory = assessment.inventory
        return listedAssets.map { index in
            let asset = inventory.assets[index]
            let summary = assessment.summaries[index]
            let top = assessment.topThreats(ofAsset: index).map { assessment.catalog.threats[$0].id }.joined(separator: ", ")
            return [
                inventory.id(of: index), inventory.name(of: index), inventory.text(.department, of: index),
                "\(asset.confidentiality.text)/\(asset.integrity)/\(asset.availability)", asset.personalData.label(in: language),
                summary.maximum == 0 ? "-" : String(summary.maximum),
                assessment.level(ofAsset: index).map(label) ?? text(.assetNoLevel), top,
            ]
        }
    }

    var assetHeader: [String] {
        [ReportTableText.assetID, .assetName, .assetDepartment, .assetClasses, .assetPersonalData, .assetHighest, .assetLevel,
         .assetTopThreats].map(text)
    }

    /// The governance items: number, section, what it asks, what this assessment does, whether it is triggered.
    var governanceRows: [[String]] {
        var triggers: [Int: [String]] = [:]
        for trigger in assessment.reviewTriggers where triggers[trigger.item.item] == nil { triggers[trigger.item.item] = trigger.media }
        return assessment.catalog.governance.map { item in
            let section = assessment.catalog.item(item.item).map { $0.sectionTitle } ?? ""
            let triggered = triggers[item.item].map { ReportTableText.triggerCell(language, $0.joined(separator: ", ")) } ?? ""
            return [String(item.item), section, item.asks[language], item.assessment[language], triggered]
        }
    }

    var governanceHeader: [String] {
        [ReportTableText.governanceItem, .governanceSection, .governanceAsks, .governanceDoes, .governanceTrigger].map(text)
    }

    /// The scales of importance, likelihood and vulnerability, for the appendix, each from its highest step down:
    /// the method's labels, or the built-in texts for a scale of IPA's 3 steps that has none.
    var scaleRows: [[String]] {
        let scales: [(ReportAppendixText, [ReportAppendixText], [Localized], Int)] = [
            (.importance, [.importance3, .importance2, .importance1], method.scaleLabels.importance, method.importanceSteps),
            (.likelihood, [.likelihood3, .likelihood2, .likelihood1], method.scaleLabels.likelihood, method.likelihoodSteps),
            (.vulnerability, [.vulnerability3, .vulnerability2, .vulnerability1], method.scaleLabels.vulnerability,
             method.vulnerabilitySteps),
        ]
        var rows = scales.flatMap { scale, meanings, labels, steps in
            (1...steps).reversed().map { step in
                [text(scale), String(step), labels.isEmpty ? (steps == 3 ? text(meanings[3 - step]) : "") : labels[step - 1][language]]
            }
        }
        let possibility = method.scaleLabels.possibility
        if !possibility.isEmpty {
            rows += possibility.indices.reversed().map { [text(.possibility), String($0 + 1), possibility[$0][language]] }
        }
        return rows
    }

    /// The level bands: label, values, acceptance.
    var bandRows: [[String]] {
        method.levelsDescending.map { level in
            let band = method.band(level)
            return [band.label[language], "\(band.minimum)–\(band.maximum)", band.acceptance[language]]
        }
    }
}
