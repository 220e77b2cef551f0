/// The words of the HTML and Markdown reports: the title, the section headings, the summary's labels, the tables'
/// headers and cells, the heat maps and the appendix.
public enum ReportText: String, MessageCatalog {
    case title = "report.title"

    // Section headings.
    case summary = "report.section.summary"
    case inputs = "report.section.inputs"
    case heatMaps = "report.section.heat-maps"
    case currentRisk = "report.section.current-risk"
    case residualRisk = "report.section.residual-risk"
    case risksToTreat = "report.section.risks-to-treat"
    case byThreat = "report.section.by-threat"
    case untreated = "report.section.untreated"
    case byDepartment = "report.section.by-department"
    case byAsset = "report.section.by-asset"
    case governance = "report.section.governance"
    case appendix = "report.section.appendix"
    case possibilityTable = "report.section.possibility-table"
    case levels = "report.section.levels"

    // The summary.
    case summaryItem = "report.summary.item"
    case summaryValue = "report.summary.value"
    case inventory = "report.summary.inventory"
    case assetCount = "report.summary.assets"
    case riskCount = "report.summary.risks"
    case risksAtLevel = "report.summary.risks-at-level"
    case residualAtLevel = "report.summary.residual-at-level"
    case untreatedCount = "report.summary.untreated"
    case method = "report.summary.method"
    case mappedFrom = "report.summary.mapped-from"
    case catalog = "report.summary.catalog"
    case unassessedAssets = "report.summary.unassessed-assets"
    case ruleByProperty = "report.method.importance-by-property"
    case ruleByAsset = "report.method.importance-by-asset"
    case raisedByPersonalData = "report.method.personal-data-raise"
    case perAssetSum = "report.method.per-asset-sum"

    // The inputs.
    case inputRole = "report.input.role"
    case inputFile = "report.input.file"
    case inputEncoding = "report.input.encoding"

    // The risks to treat, and each threat's items and controls.
    case mappedRisk = "report.mapped.risk"
    case mappedAsset = "report.mapped.asset"
    case mappedDepartment = "report.mapped.department"
    case mappedThreat = "report.mapped.threat"
    case mappedValue = "report.mapped.value"
    case mappedLevel = "report.mapped.level"
    case mappedItems = "report.mapped.items"
    case mappedControls = "report.mapped.recommended-controls"
    case mappedTreatment = "report.mapped.treatment"
    case mappedResidual = "report.mapped.residual"
    case notTreated = "report.mapped.untreated"
    case avoided = "report.mapped.avoided"
    case threatRisk = "report.threat.risk-count.one"
    case threatRisks = "report.threat.risk-count.other"
    case itemNumber = "report.item.number"
    case itemSection = "report.item.section"
    case itemCategory = "report.item.category"
    case itemPolicy = "report.item.policy"
    case itemSummary = "report.item.summary"
    case ourClause = "report.item.our-clause"
    case controlID = "report.control.id"
    case controlText = "report.control.text"
    case controlStatus = "report.control.status"
    case controlRecommended = "report.control.recommended"
    case noAnswer = "report.control.no-answer"
    case recommended = "report.control.is-recommended"
    case none = "report.none"

    // Departments and assets.
    case departmentName = "report.department.name"
    case departmentAssets = "report.department.assets"
    case departmentRisks = "report.department.risks"
    case departmentHighest = "report.department.highest"
    case noDepartment = "report.department.none"
    case assetID = "report.asset.id"
    case assetName = "report.asset.name"
    case assetDepartment = "report.asset.department"
    case assetClasses = "report.asset.classes"
    case assetPersonalData = "report.asset.personal-data"
    case assetHighest = "report.asset.highest"
    case assetLevel = "report.asset.level"
    case assetTopThreats = "report.asset.top-threats"
    case assetNoLevel = "report.asset.no-level"

    // Governance.
    case reviewTriggered = "report.governance.review-triggered"
    case triggerItem = "report.governance.trigger-item"
    case triggerCell = "report.governance.trigger-cell"
    case governanceItem = "report.governance.item"
    case governanceSection = "report.governance.section"
    case governanceAsks = "report.governance.asks"
    case governanceDoes = "report.governance.this-assessment"
    case governanceTrigger = "report.governance.trigger"

    // The appendix.
    case scale = "report.scale.scale"
    case scaleValue = "report.scale.value"
    case scaleMeaning = "report.scale.meaning"
    case importance = "report.scale.importance"
    case importance3 = "report.scale.importance.3"
    case importance2 = "report.scale.importance.2"
    case importance1 = "report.scale.importance.1"
    case likelihood = "report.scale.likelihood"
    case likelihood3 = "report.scale.likelihood.3"
    case likelihood2 = "report.scale.likelihood.2"
    case likelihood1 = "report.scale.likelihood.1"
    case vulnerability = "report.scale.vulnerability"
    case vulnerability3 = "report.scale.vulnerability.3"
    case vulnerability2 = "report.scale.vulnerability.2"
    case vulnerability1 = "report.scale.vulnerability.1"
    case possibilityCorner = "report.possibility.corner"
    case bandLevel = "report.band.level"
    case bandValues = "report.band.values"
    case bandAcceptance = "report.band.acceptance"
    case sources = "report.sources"

    // The heat maps.
    case heatCell = "report.heat-map.cell"
    case heatPossibilityAxis = "report.heat-map.possibility-axis"
    case heatImportanceAxis = "report.heat-map.importance-axis"
    case heatCorner = "report.heat-map.corner"

    public var templates: Localized {
        switch self {
        case .title: Localized("情報資産リスク評価報告書", "Information security risk assessment")

        case .summary: Localized("概要", "Summary")
        case .inputs: Localized("入力ファイル", "Inputs")
        case .heatMaps: Localized("リスクマップ（重要度 × 被害発生可能性）", "Heat map (importance × possibility)")
        case .currentRisk: Localized("現在のリスク", "Current risk")
        case .residualRisk: Localized("対応後の残留リスク", "Residual risk after the plan")
        case .risksToTreat: Localized("対応が必要なリスク ({1}以上, {2})", "Risks to treat ({1} and above, {2})")
        case .byThreat: Localized("脅威ごとの改定項番と対策", "Revision items and controls by threat")
        case .untreated: Localized("対応が決まっていないリスク ({1})", "Untreated risks ({1})")
        case .byDepartment: Localized("部署ごとの集計", "By department")
        case .byAsset: Localized("資産ごとの最大リスク", "Every asset and its highest risk")
        case .governance: Localized("評価の進め方に関する改定項番", "Governance items")
        case .appendix: Localized("付録: 尺度と変換表", "Appendix: scales and tables")
        case .possibilityTable: Localized("被害発生可能性の変換表", "Possibility of damage")
        case .levels: Localized("リスクレベル", "Levels")

        case .summaryItem: Localized("項目", "Item")
        case .summaryValue: Localized("内容", "Value")
        case .inventory: Localized("情報資産台帳", "Asset inventory")
        case .assetCount: Localized("資産数", "Assets")
        case .riskCount: Localized("リスク数", "Risks")
        case .risksAtLevel: Localized("リスク（{1}）", "Risks, {1}")
        case .residualAtLevel: Localized("残留リスク（{1}）", "Residual, {1}")
        case .untreatedCount: Localized("対応が決まっていないリスク", "Untreated risks")
        case .method: Localized("評価方法", "Method")
        case .mappedFrom: Localized("詳しく対応づける水準", "Mapped from level")
        case .catalog: Localized("カタログ", "Catalog")
        case .unassessedAssets: Localized("該当する脅威がない資産", "Assets with no applicable threat")
        case .ruleByProperty: Localized("重要度は脅威が害する性質の格付けの最大", "importance from the properties the threat harms")
        case .ruleByAsset: Localized("重要度は資産の格付けの最大", "importance is the asset's highest class")
        case .raisedByPersonalData: Localized("、個人情報で引き上げ", ", raised by personal data")
        case .perAssetSum: Localized("、資産ごとは合計", ", per-asset sum")

        case .inputRole: Localized("種類", "Role")
        case .inputFile: Localized("ファイル", "File")
        case .inputEncoding: Localized("文字コード", "Encoding")

        case .mappedRisk: Localized("リスクID", "Risk")
        case .mappedAsset: Localized("資産", "Asset")
        case .mappedDepartment: Localized("管理部署", "Department")
        case .mappedThreat: Localized("脅威", "Threat")
        case .mappedValue: Localized("リスク値", "Value")
        case .mappedLevel: Localized("レベル", "Level")
        case .mappedItems: Localized("改定項番", "Items")
        case .mappedControls: Localized("推奨対策", "Recommended controls")
        case .mappedTreatment: Localized("対応", "Treatment")
        case .mappedResidual: Localized("残留", "Residual")
        case .notTreated: Localized("未対応", "untreated")
        case .avoided: Localized("回避", "avoided")
        case .threatRisk: Localized("{1} 件", "{1} risk")
        case .threatRisks: Localized("{1} 件", "{1} risks")
        case .itemNumber: Localized("項番", "Item")
        case .itemSection: Localized("対象箇所", "Section")
        case .itemCategory: Localized("改定分類", "Category")
        case .itemPolicy: Localized("改定方針", "Policy")
        case .itemSummary: Localized("概要（英語）", "Summary")
        case .ourClause: Localized("自団体の条項", "Our clause")
        case .controlID: Localized("対策ID", "Control")
        case .controlText: Localized("対策", "Text")
        case .controlStatus: Localized("実施状況", "Status")
        case .controlRecommended: Localized("推奨", "Recommended")
        case .noAnswer: Localized("未回答", "no answer")
        case .recommended: Localized("推奨", "yes")
        case .none: Localized("ありません。", "None.")

        case .departmentName: Localized("管理部署", "Department")
        case .departmentAssets: Localized("資産", "Assets")
        case .departmentRisks: Localized("リスク", "Risks")
        case .departmentHighest: Localized("最大リスク値", "Highest")
        case .noDepartment: Localized("（未記入）", "(none)")
        case .assetID: Localized("資産ID", "id")
        case .assetName: Localized("資産名", "asset")
        case .assetDepartment: Localized("管理部署", "department")
        case .assetClasses: Localized("機密性/完全性/可用性", "C/I/A")
        case .assetPersonalData: Localized("個人情報", "personal data")
        case .assetHighest: Localized("最大リスク値", "highest value")
        case .assetLevel: Localized("レベル", "level")
        case .assetTopThreats: Localized("最大の脅威", "top threats")
        case .assetNoLevel: Localized("該当なし", "none")

        case .reviewTriggered: Localized("見直しの契機", "Review triggered")
        case .triggerItem: Localized("項番 {1} ({2})", "item {1} ({2})")
        case .triggerCell: Localized("見直しの契機: {1}", "review triggered: {1}")
        case .governanceItem: Localized("項番", "item")
        case .governanceSection: Localized("対象箇所", "section")
        case .governanceAsks: Localized("求めること", "asks")
        case .governanceDoes: Localized("この評価での対応", "this assessment")
        case .governanceTrigger: Localized("契機", "trigger")

        case .scale: Localized("尺度", "Scale")
        case .scaleValue: Localized("値", "Value")
        case .scaleMeaning: Localized("意味", "Meaning")
        case .importance: Localized("重要度", "Importance")
        case .importance3: Localized("機密性 3（3A/3B/3C）、要配慮・特定個人情報", "confidentiality 3 (3A/3B/3C), sensitive or My Number data")
        case .importance2: Localized("機密性 2、完全性 2、可用性 2、個人情報", "confidentiality 2, integrity 2, availability 2, personal data")
        case .importance1: Localized("その他", "other")
        case .likelihood: Localized("脅威の起こりやすさ", "Likelihood")
        case .likelihood3: Localized("通常の状態で発生する（いつ発生してもおかしくない）", "occurs in normal circumstances")
        case .likelihood2: Localized("特定の状況で発生する（年に数回程度）", "occurs in particular circumstances (a few times a year)")
        case .likelihood1: Localized("通常の状態で発生することはない", "does not occur in normal circumstances")
        case .vulnerability: Localized("脆弱性のつけ込みやすさ", "Vulnerability")
        case .vulnerability3: Localized("対策を実施していない", "no controls in place")
        case .vulnerability2: Localized("部分的に対策を実施している", "controls partly in place")
        case .vulnerability1: Localized("必要な対策をすべて実施している", "all necessary controls in place")
        case .possibilityCorner: Localized("起こりやすさ＼つけ込みやすさ", "likelihood \\ vulnerability")
        case .bandLevel: Localized("レベル", "Level")
        case .bandValues: Localized("リスク値", "Values")
        case .bandAcceptance: Localized("受容", "Acceptance")
        case .sources: Localized("出典: {1}", "Sources: {1}")

        case .heatCell: Localized("重要度 {1} × 可能性 {2} = {3}: {4}", "importance {1} × possibility {2} = {3}: {4}")
        case .heatPossibilityAxis: Localized("被害発生可能性 →", "possibility of damage →")
        case .heatImportanceAxis: Localized("重要度 →", "importance →")
        case .heatCorner: Localized("重要度＼被害発生可能性", "importance \\ possibility")
        }
    }
}

extension Language {
    /// Whether a report in this language shows each revision item's English summary beside its policy: the
    /// catalog writes the items in Japanese, so a reader of English needs the summary.
    var showsItemSummary: Bool { self == .en }
}
