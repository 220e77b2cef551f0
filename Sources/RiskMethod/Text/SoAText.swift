/// The words of the statement of applicability (適用宣言書): headers, values and the justifications of each reason.
public enum SoAText: String, MessageCatalog {
    case title = "soa.title"
    case control = "soa.header.control"
    case theme = "soa.header.theme"
    case controlTitle = "soa.header.title"
    case applicable = "soa.header.applicable"
    case justification = "soa.header.justification"
    case status = "soa.header.status"
    case riskIDs = "soa.header.risk-ids"
    case catalogControls = "soa.header.catalog-controls"
    case yes = "soa.applicable.yes"
    case no = "soa.applicable.no"
    case implemented = "soa.status.implemented"
    case planned = "soa.status.planned"
    case partial = "soa.status.partial"
    case notImplemented = "soa.status.not-implemented"
    case byRisks = "soa.reason.risks"
    case byOneRisk = "soa.reason.one-risk"
    case alsoImplemented = "soa.reason.risks.implemented"
    case baseline = "soa.reason.baseline"
    case baselinePartial = "soa.reason.baseline-partial"
    case notServed = "soa.reason.not-served"
    case noMedium = "soa.reason.no-medium"
    case noRisk = "soa.reason.no-risk"
    case markedNotApplicable = "soa.reason.marked-not-applicable"
    case levelCount = "soa.level-count"
    case listSeparator = "soa.list-separator"
    case counts = "soa.counts"
    case edition = "soa.edition"
    case moreRisks = "soa.more-risks"

    public var templates: Localized {
        switch self {
        case .title: Localized("適用宣言書（ISO/IEC 27001:2022 附属書A）", "Statement of applicability (ISO/IEC 27001:2022 Annex A)")
        case .control: Localized("管理策", "control")
        case .theme: Localized("テーマ", "theme")
        case .controlTitle: Localized("管理策の概要", "title")
        case .applicable: Localized("適用", "applicable")
        case .justification: Localized("適用・除外の根拠", "justification")
        case .status: Localized("実施状況", "status")
        case .riskIDs: Localized("リスクID", "risk_ids")
        case .catalogControls: Localized("対策", "catalog_controls")
        case .yes: Localized("適用", "yes")
        case .no: Localized("適用外", "no")
        case .implemented: Localized("実施済み", "implemented")
        case .planned: Localized("計画中", "planned")
        case .partial: Localized("一部実施", "partial")
        case .notImplemented: Localized("未実施", "not implemented")
        case .byRisks: Localized("{1}のリスク {2} 件（{3}）が対策 {4} を求める",
                                 "{2} risks of {1} ({3}) call for {4}")
        case .byOneRisk: Localized("{1}のリスク 1 件（{2}）が対策 {3} を求める", "1 risk of {1} ({2}) calls for {3}")
        case .alsoImplemented: Localized("。{1} は実施済み", "; {1} done")
        case .baseline: Localized("ベースラインとして実施（チェックリストで {1} が実施済み）",
                                  "Implemented as a baseline: the checklist marks {1} done")
        case .baselinePartial: Localized("ベースラインとして一部実施（チェックリストで {1} が一部実施）",
                                         "Partly implemented as a baseline: the checklist marks {1} partly done")
        case .notServed: Localized("カタログの脅威と対策はこの管理策を求めていない（要否は組織として判断し記入する）",
                                   "No threat or control of the catalog calls for it; decide its applicability and record it by hand")
        case .noMedium: Localized("対象の媒体（{1}）の資産が台帳にない", "No asset of the inventory has the media it answers ({1})")
        case .noRisk: Localized("対応する脅威（{1}）のリスクが台帳にない", "No risk of the inventory is of the threats it answers ({1})")
        case .markedNotApplicable: Localized("チェックリストで対策 {1} を該当なしとしている",
                                             "The checklist marks {1} not applicable")
        case .levelCount: Localized("{1} {2}", "{1} {2}")
        case .listSeparator: Localized("、", ", ")
        case .counts: Localized("管理策 {1} 件のうち適用 {2} 件、適用外 {3} 件", "{1} controls: {2} applicable, {3} not applicable")
        case .edition: Localized("2013年版 {1}", "2013: {1}")
        case .moreRisks: Localized("…ほか {1} 件", "… and {1} more")
        }
    }
}
