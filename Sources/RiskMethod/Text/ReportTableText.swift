/// The headers and cells of the reports' tables: the risks to treat, each threat's revision items and controls,
/// the departments, the assets and the governance items.
public enum ReportTableText: String, MessageCatalog {
    // The risks to treat.
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
    case treatmentOwner = "report.mapped.treatment.owner"
    case treatmentDue = "report.mapped.treatment.due"
    case treatmentNote = "report.mapped.treatment.note"
    case treatmentAccepted = "report.mapped.treatment.accepted"
    case treatmentReview = "report.mapped.treatment.review"
    case reviewOverdue = "report.mapped.treatment.review-overdue"
    case avoided = "report.mapped.avoided"

    // Each threat's revision items and controls.
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

    // The departments.
    case departmentName = "report.department.name"
    case departmentAssets = "report.department.assets"
    case departmentRisks = "report.department.risks"
    case departmentHighest = "report.department.highest"
    case noDepartment = "report.department.none"
    case departmentUntreated = "report.department.untreated"
    case departmentWorst = "report.department.worst"
    case departmentWorstRisk = "report.department.worst-risk"

    // The assets.
    case assetID = "report.asset.id"
    case assetName = "report.asset.name"
    case assetDepartment = "report.asset.department"
    case assetClasses = "report.asset.classes"
    case assetPersonalData = "report.asset.personal-data"
    case assetHighest = "report.asset.highest"
    case assetLevel = "report.asset.level"
    case assetTopThreats = "report.asset.top-threats"
    case assetNoLevel = "report.asset.no-level"

    // The governance items.
    case triggerCell = "report.governance.trigger-cell"
    case governanceItem = "report.governance.item"
    case governanceSection = "report.governance.section"
    case governanceAsks = "report.governance.asks"
    case governanceDoes = "report.governance.this-assessment"
    case governanceTrigger = "report.governance.trigger"

    public var templates: Localized {
        switch self {
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
        case .treatmentOwner: Localized("担当: {1}", "owner: {1}")
        case .treatmentDue: Localized("期限: {1}", "due: {1}")
        case .treatmentNote: Localized("備考: {1}", "note: {1}")
        case .treatmentAccepted: Localized("承認: {1} {2}", "accepted by {1} on {2}")
        case .treatmentReview: Localized("見直し期限: {1}", "review by {1}")
        case .reviewOverdue: Localized("（期限切れ）", " (overdue)")
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

        case .departmentName: Localized("管理部署", "Department")
        case .departmentAssets: Localized("資産", "Assets")
        case .departmentRisks: Localized("リスク", "Risks")
        case .departmentHighest: Localized("最大リスク値", "Highest")
        case .noDepartment: Localized("（未記入）", "(none)")
        case .departmentUntreated: Localized("未対応（{1}以上）", "Untreated ({1}+)")
        case .departmentWorst: Localized("最大のリスク", "Worst risk")
        case .departmentWorstRisk: Localized("{1}（{2}・{3}）", "{1} ({2}, {3})")

        case .assetID: Localized("資産ID", "id")
        case .assetName: Localized("資産名", "asset")
        case .assetDepartment: Localized("管理部署", "department")
        case .assetClasses: Localized("機密性/完全性/可用性", "C/I/A")
        case .assetPersonalData: Localized("個人情報", "personal data")
        case .assetHighest: Localized("最大リスク値", "highest value")
        case .assetLevel: Localized("レベル", "level")
        case .assetTopThreats: Localized("最大の脅威", "top threats")
        case .assetNoLevel: Localized("該当なし", "none")

        case .triggerCell: Localized("見直しの契機: {1}", "review triggered: {1}")
        case .governanceItem: Localized("項番", "item")
        case .governanceSection: Localized("対象箇所", "section")
        case .governanceAsks: Localized("求めること", "asks")
        case .governanceDoes: Localized("この評価での対応", "this assessment")
        case .governanceTrigger: Localized("契機", "trigger")
        }
    }
}
