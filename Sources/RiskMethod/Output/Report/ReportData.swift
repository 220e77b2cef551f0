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
        let recommended: [String]
        let treatment: Treatment?
        let residual: ResidualRisk??
    }

    /// A threat with mapped risks: its items and controls in full.
    struct ThreatDetail {
        let index: Int
        let threat: Threat
        let riskCount: Int
        let items: [RevisionItem]
        let controls: [ControlAdvice]
    }

    /// One department's totals.
    struct Department {
        let name: String
        let assets: Int
        let risks: Int
        let counts: [RiskLevel: Int]
        let highest: Int
    }

    let mapped: [MappedRisk]
    let threatDetails: [ThreatDetail]
    let departments: [Department]

    init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
        let inventory = assessment.inventory
        let catalog = assessment.catalog
        var mapped: [MappedRisk] = []
        var perThreat: [Int: Int] = [:]
        for (index, risk) in assessment.risks.enumerated() where assessment.isMapped(risk, atOrAbove: options.minimumLevel) {
            let threatIndex = Int(risk.threat)
            perThreat[threatIndex, default: 0] += 1
            let recommended = assessment.controlAdvice(ofThreat: threatIndex).filter { $0.isRecommended }
                .map { catalog.controls[$0.control].id }
            mapped.append(MappedRisk(
                index: index, risk: risk, id: assessment.riskID(risk), assetName: inventory.name(of: Int(risk.asset)),
                department: inventory.text(.department, of: Int(risk.asset)), threat: catalog.threats[threatIndex],
                level: assessment.level(risk), recommended: recommended,
                treatment: options.outcome?.plan.treatments[index],
                residual: options.outcome.map { $0.residual[index] }))
        }
        self.mapped = mapped
        threatDetails = assessment.threatOrder.compactMap { index in
            guard let count = perThreat[index] else { return nil }
            return ThreatDetail(index: index, threat: catalog.threats[index], riskCount: count,
                                items: assessment.revisionItems(ofThreat: index),
                                controls: assessment.controlAdvice(ofThreat: index))
        }
        // Departments in the order they first appear.
        var order: [String] = []
        var assets: [String: Int] = [:], risks: [String: Int] = [:], highest: [String: Int] = [:]
        var counts: [String: [RiskLevel: Int]] = [:]
        for index in inventory.assets.indices {
            let name = inventory.text(.department, of: index)
            if assets[name] == nil { order.append(name) }
            assets[name, default: 0] += 1
            let summary = assessment.summaries[index]
            risks[name, default: 0] += summary.riskCount
            highest[name] = max(highest[name] ?? 0, Int(summary.maximum))
            for level in RiskLevel.allCases { counts[name, default: [:]][level, default: 0] += summary.count(level) }
        }
        departments = order.map { name in
            Department(name: name, assets: assets[name] ?? 0, risks: risks[name] ?? 0, counts: counts[name] ?? [:],
                       highest: highest[name] ?? 0)
        }
    }

    // MARK: Heat maps

    /// Risk counts by importance (rows 3, 2, 1) and possibility (columns 1, 2, 3).
    var heatMap: [[Int]] {
        var grid = Array(repeating: Array(repeating: 0, count: 3), count: 3)
        for risk in assessment.risks { grid[3 - Int(risk.importance)][Int(risk.possibility) - 1] += 1 }
        return grid
    }

    /// The same after the plan (avoided risks left out), or nil without a plan.
    var residualHeatMap: [[Int]]? {
        guard let outcome = options.outcome else { return nil }
        var grid = Array(repeating: Array(repeating: 0, count: 3), count: 3)
        for (index, risk) in assessment.risks.enumerated() {
            guard let residual = outcome.residual[index] else { continue }
            grid[3 - Int(risk.importance)][residual.possibility - 1] += 1
        }
        return grid
    }

    // MARK: Labels

    func label(_ level: RiskLevel) -> String { method.label(level, in: language) }

    func text(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

    var title: String { text("情報資産リスク評価報告書", "Information security risk assessment") }

    /// The summary as label–value pairs.
    var summaryRows: [(String, String)] {
        let inventory = assessment.inventory
        var rows: [(String, String)] = [
            (text("情報資産台帳", "Asset inventory"), inventory.file),
            (text("資産数", "Assets"), String(inventory.assets.count)),
            (text("リスク数", "Risks"), String(assessment.risks.count)),
        ]
        for level in RiskLevel.descending {
            rows.append((text("リスク（\(label(level))）", "Risks, \(label(level))"), String(assessment.levelCounts[level] ?? 0)))
        }
        if let outcome = options.outcome {
            for level in RiskLevel.descending {
                rows.append((text("残留リスク（\(label(level))）", "Residual, \(label(level))"), String(outcome.residualCounts[level] ?? 0)))
            }
            rows.append((text("対応が決まっていないリスク", "Untreated risks"), String(outcome.untreated.count)))
        }
        rows.append((text("評価方法", "Method"), methodDescription))
        rows.append((text("詳しく対応づける水準", "Mapped from level"), label(options.minimumLevel)))
        rows.append((text("カタログ", "Catalog"), assessment.catalog.version))
        if !assessment.unassessedAssets.isEmpty {
            rows.append((text("該当する脅威がない資産", "Assets with no applicable threat"),
                         assessment.unassessedAssets.map { inventory.id(of: $0) }.joined(separator: ", ")))
        }
        return rows
    }

    var methodDescription: String {
        let rule = method.importance == .property
            ? text("重要度は脅威が害する性質の格付けの最大", "importance from the properties the threat harms")
            : text("重要度は資産の格付けの最大", "importance is the asset's highest class")
        let personal = method.personalDataRaise ? text("、個人情報で引き上げ", ", raised by personal data") : ""
        let aggregation = method.aggregation == .sum ? text("、資産ごとは合計", ", per-asset sum") : ""
        return "\(method.name) (\(rule)\(personal)\(aggregation))"
    }

    /// The header of the mapped-risk table; treatment and residual columns only with a plan.
    var mappedHeader: [String] {
        var header = [text("リスクID", "Risk"), text("資産", "Asset"), text("管理部署", "Department"), text("脅威", "Threat"),
                      text("リスク値", "Value"), text("レベル", "Level"), text("改定項番", "Items"), text("推奨対策", "Recommended controls")]
        if options.outcome != nil { header += [text("対応", "Treatment"), text("残留", "Residual")] }
        return header
    }

    /// The mapped risks, one row each, in the columns of `mappedHeader`.
    var mappedRows: [[String]] {
        mapped.map { item in
            var row = [item.id, item.assetName, item.department, "\(item.threat.id) \(item.threat.name[language])",
                       String(item.risk.value), label(item.level),
                       item.threat.revisionItems.map(String.init).joined(separator: ", "), item.recommended.joined(separator: ", ")]
            if options.outcome != nil {
                row.append(item.treatment?.kind.label(in: language) ?? text("未対応", "untreated"))
                row.append(item.residual.map { $0.map { "\($0.value) \(label($0.level))" } ?? text("回避", "avoided") } ?? "")
            }
            return row
        }
    }

    /// The header of a threat's revision-item table; a summary column in English, a clause column with a policy.
    var itemHeader: [String] {
        var header = [text("項番", "Item"), text("対象箇所", "Section"), text("改定分類", "Category"), text("改定方針", "Policy")]
        if language == .en { header.append("Summary") }
        if options.policy != nil { header.append(text("自団体の条項", "Our clause")) }
        return header
    }

    /// A threat's revision items, in the columns of `itemHeader`.
    func itemRows(_ detail: ThreatDetail) -> [[String]] {
        detail.items.map { item in
            var row = [String(item.number), item.sectionTitle, item.category, item.policy]
            if language == .en { row.append(item.summaryEnglish) }
            if let policy = options.policy { row.append(clauseText(policy.clauses(forSection: item.section))) }
            return row
        }
    }

    /// The header of a threat's control table; a clause column with a policy.
    var controlHeader: [String] {
        var header = [text("対策ID", "Control"), text("対策", "Text"), text("実施状況", "Status"), "ISO/IEC 27001:2013", text("推奨", "Recommended")]
        if options.policy != nil { header.append(text("自団体の条項", "Our clause")) }
        return header
    }

    /// A threat's controls, in the columns of `controlHeader`; the fifth column is empty unless recommended.
    func controlRows(_ detail: ThreatDetail) -> [[String]] {
        detail.controls.map { advice in
            let control = assessment.catalog.controls[advice.control]
            var row = [control.id, control.text[language], advice.status?.label(in: language) ?? text("未回答", "no answer"),
                       control.iso27001.joined(separator: ", "), advice.isRecommended ? text("推奨", "yes") : ""]
            if let policy = options.policy { row.append(clauseText(policy.clauses(forSection: control.section))) }
            return row
        }
    }

    /// The organisation's clauses for a section: `clause title`, or the clause alone when it has no title.
    private func clauseText(_ clauses: [PolicyClauses.Clause]) -> String {
        clauses.map { $0.title.isEmpty ? $0.clause : "\($0.clause) \($0.title)" }.joined(separator: ", ")
    }

    var departmentHeader: [String] {
        [text("管理部署", "Department"), text("資産", "Assets"), text("リスク", "Risks"), label(.high), label(.medium), label(.low),
         text("最大リスク値", "Highest")]
    }

    /// The departments' totals, in the columns of `departmentHeader`.
    var departmentRows: [[String]] {
        departments.map { department in
            [department.name.isEmpty ? text("（未記入）", "(none)") : department.name, String(department.assets),
             String(department.risks), String(department.counts[.high] ?? 0), String(department.counts[.medium] ?? 0),
             String(department.counts[.low] ?? 0), String(department.highest)]
        }
    }

    var possibilityHeader: [String] { [text("起こりやすさ＼つけ込みやすさ", "likelihood \\ vulnerability"), "3", "2", "1"] }

    /// The possibility of damage by likelihood (rows 3, 2, 1) and vulnerability (columns 3, 2, 1).
    var possibilityRows: [[String]] {
        [3, 2, 1].map { likelihood in
            [String(likelihood)] + [3, 2, 1].map { String(method.possibility(likelihood: likelihood, vulnerability: $0)) }
        }
    }

    /// The inputs: role, file, encoding, SHA-256.
    var inputRows: [[String]] {
        options.inputs.map { [$0.role, $0.file, $0.encoding ?? "", $0.sha256] }
    }

    /// Every asset with its highest risk.
    var assetRows: [[String]] {
        let inventory = assessment.inventory
        return inventory.assets.indices.map { index in
            let asset = inventory.assets[index]
            let summary = assessment.summaries[index]
            let top = assessment.topThreats(ofAsset: index).map { assessment.catalog.threats[$0].id }.joined(separator: ", ")
            return [
                inventory.id(of: index), inventory.name(of: index), inventory.text(.department, of: index),
                "\(asset.confidentiality.text)/\(asset.integrity)/\(asset.availability)", asset.personalData.label(in: language),
                summary.maximum == 0 ? "-" : String(summary.maximum),
                assessment.level(ofAsset: index).map(label) ?? text("該当なし", "none"), top,
            ]
        }
    }

    var assetHeader: [String] {
        [text("資産ID", "id"), text("資産名", "asset"), text("管理部署", "department"), text("機密性/完全性/可用性", "C/I/A"),
         text("個人情報", "personal data"), text("最大リスク値", "highest value"), text("レベル", "level"),
         text("最大の脅威", "top threats")]
    }

    /// The governance items: number, section, what it asks, what this assessment does, whether it is triggered.
    var governanceRows: [[String]] {
        var triggers: [Int: [String]] = [:]
        for trigger in assessment.reviewTriggers where triggers[trigger.item.item] == nil { triggers[trigger.item.item] = trigger.media }
        return assessment.catalog.governance.map { item in
            let section = assessment.catalog.item(item.item).map { $0.sectionTitle } ?? ""
            let triggered = triggers[item.item].map { text("見直しの契機: ", "review triggered: ") + $0.joined(separator: ", ") } ?? ""
            return [String(item.item), section, item.asks[language], item.assessment[language], triggered]
        }
    }

    var governanceHeader: [String] {
        [text("項番", "item"), text("対象箇所", "section"), text("求めること", "asks"), text("この評価での対応", "this assessment"),
         text("契機", "trigger")]
    }

    /// The scales of METHOD.md, for the appendix.
    var scaleRows: [[String]] {
        [
            [text("重要度", "Importance"), "3", text("機密性 3（3A/3B/3C）、要配慮・特定個人情報", "confidentiality 3 (3A/3B/3C), sensitive or My Number data")],
            [text("重要度", "Importance"), "2", text("機密性 2、完全性 2、可用性 2、個人情報", "confidentiality 2, integrity 2, availability 2, personal data")],
            [text("重要度", "Importance"), "1", text("その他", "other")],
            [text("脅威の起こりやすさ", "Likelihood"), "3", text("通常の状態で発生する（いつ発生してもおかしくない）", "occurs in normal circumstances")],
            [text("脅威の起こりやすさ", "Likelihood"), "2", text("特定の状況で発生する（年に数回程度）", "occurs in particular circumstances (a few times a year)")],
            [text("脅威の起こりやすさ", "Likelihood"), "1", text("通常の状態で発生することはない", "does not occur in normal circumstances")],
            [text("脆弱性のつけ込みやすさ", "Vulnerability"), "3", text("対策を実施していない", "no controls in place")],
            [text("脆弱性のつけ込みやすさ", "Vulnerability"), "2", text("部分的に対策を実施している", "controls partly in place")],
            [text("脆弱性のつけ込みやすさ", "Vulnerability"), "1", text("必要な対策をすべて実施している", "all necessary controls in place")],
        ]
    }

    /// The level bands: label, values, acceptance.
    var bandRows: [[String]] {
        RiskLevel.descending.map { level in
            let band = method.band(level)
            return [band.label[language], "\(band.minimum)–\(band.maximum)", band.acceptance[language]]
        }
    }
}
