/// The words of the HTML and Markdown reports around their tables: the title, the section headings, the summary,
/// the heat maps and the review the inputs trigger. The tables' own words are ``ReportTableText`` and
/// ``ReportAppendixText``.
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

    // Within the sections: an empty list, the review the inputs trigger, the catalog's sources.
    case printNote = "report.print-note"
    case shownRisks = "report.cut.risks"
    case shownAssets = "report.cut.assets"
    case shownUntreated = "report.cut.untreated"
    case none = "report.none"
    case reviewTriggered = "report.governance.review-triggered"
    case triggerItem = "report.governance.trigger-item"
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
        case .printNote: Localized("印刷では、脅威ごとの改定項番と対策、ガバナンス項目、適用宣言書、付録（尺度と入力ファイル）を省いています。画面表示、リスク台帳（risk score --format xlsx）、適用宣言書（risk soa）で確認できます。",
                                   "The printout leaves out each threat's revision items and controls, the governance items, the statement of applicability and the appendix (scales and inputs): see them on screen, in the workbook (risk score --format xlsx) and in the statement (risk soa).")
        case .shownRisks: Localized("上位 {1} 件を示します（全 {2} 件）。すべてのリスクはリスク台帳にあります: risk score {3} --format csv（xlsx、json も可）",
                                    "The first {1} of {2} are shown. The register holds them all: risk score {3} --format csv (or xlsx, json).")
        case .shownAssets: Localized("リスクの高い上位 {1} 資産を示します（全 {2} 資産）。すべての資産はリスク台帳（--format xlsx、json）にあります",
                                     "The {1} assets with the highest risks are shown, of {2}. The register (--format xlsx, json) lists them all.")
        case .shownUntreated: Localized("最初の {1} 件を示します（全 {2} 件）。すべてはリスク台帳にあります",
                                        "The first {1} of {2} are shown; the register lists them all.")
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

        case .none: Localized("ありません。", "None.")
        case .reviewTriggered: Localized("見直しの契機", "Review triggered")
        case .triggerItem: Localized("項番 {1} ({2})", "item {1} ({2})")
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
