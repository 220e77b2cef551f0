/// The words of the plain outputs: the register diff, the summary under the terminal table, and the headers of the
/// catalog's tables and CSV files.
public enum OutputText: String, MessageCatalog {
    // The register's importance source.
    case importanceFromLedger = "register.importance.ledger"
    case importanceFromClasses = "register.importance.classes"
    // The register diff.
    case diffTitle = "diff.title"
    case diffHeading = "diff.heading"
    case diffNone = "diff.none"
    case diffRiskID = "diff.risk-id"
    case diffAssetID = "diff.asset-id"
    case diffBefore = "diff.before"
    case diffAfter = "diff.after"
    case newRisks = "diff.new-risks"
    case closedRisks = "diff.closed-risks"
    case changedRisks = "diff.changed-risks"
    case assetsAdded = "diff.assets-added"
    case assetsRemoved = "diff.assets-removed"
    case assetsReclassified = "diff.assets-reclassified"
    case conditions = "diff.conditions"
    case conditionWhat = "diff.condition.what"
    case conditionDetail = "diff.condition.detail"
    case newMedia = "diff.condition.new-media"
    case method = "diff.condition.method"
    case catalog = "diff.condition.catalog"
    case changed = "diff.condition.changed"
    case unchanged = "diff.condition.unchanged"
    case diffReviewTrigger = "diff.condition.review-trigger"

    // The summary under the terminal table.
    case countSeparator = "table.count-separator"
    case summary = "table.summary"
    case residual = "table.residual"
    case untreated = "table.untreated"
    case unassessedAssets = "table.unassessed-assets"
    case reviewTrigger = "table.review-trigger"

    // The catalog's tables: revision items.
    case itemNumber = "catalog-table.items.number"
    case itemSection = "catalog-table.items.section"
    case itemReason = "catalog-table.items.reason"
    case itemOrigin = "catalog-table.items.origin"
    case itemRequester = "catalog-table.items.requester"
    case itemBackground = "catalog-table.items.background"
    case itemCategory = "catalog-table.items.category"
    case itemPages = "catalog-table.items.pages"
    case itemPolicy = "catalog-table.items.policy"
    case itemDirection = "catalog-table.items.direction"
    case itemSummary = "catalog-table.items.summary"

    // Threats.
    case threatID = "catalog-table.threats.id"
    case threatName = "catalog-table.threats.name"
    case threatAffects = "catalog-table.threats.affects"
    case threatMedia = "catalog-table.threats.media"
    case threatLikelihood = "catalog-table.threats.likelihood"
    case threatItems = "catalog-table.threats.revision-items"
    case threatISO = "catalog-table.threats.iso27001"
    case threatISO2022 = "catalog-table.threats.iso27001-2022"
    case threatControls = "catalog-table.threats.controls"

    // Controls.
    case controlID = "catalog-table.controls.id"
    case controlText = "catalog-table.controls.text"
    case controlThreats = "catalog-table.controls.threats"
    case controlMedia = "catalog-table.controls.media"
    case everyMedium = "catalog-table.controls.every-medium"
    case controlSection = "catalog-table.controls.section"
    case controlItems = "catalog-table.controls.revision-items"
    case controlISO = "catalog-table.controls.iso27001"
    case controlISO2022 = "catalog-table.controls.iso27001-2022"

    // ISO/IEC 27001:2022 Annex A.
    case annexID = "catalog-table.iso27001.id"
    case annexTheme = "catalog-table.iso27001.theme"
    case annexTitle = "catalog-table.iso27001.title"
    case annexFrom2013 = "catalog-table.iso27001.from-2013"
    case annexControls = "catalog-table.iso27001.controls"
    case annexNew = "catalog-table.iso27001.new"

    // Media.
    case mediumCode = "catalog-table.media.code"
    case mediumName = "catalog-table.media.name"
    case mediumEnglish = "catalog-table.media.english"

    public var templates: Localized {
        switch self {
        case .importanceFromLedger: Localized("台帳", "ledger")
        case .importanceFromClasses: Localized("分類", "classes")
        case .diffTitle: Localized("{1} → {2} の変化", "Changes from {1} to {2}")
        case .diffHeading: Localized("リスク台帳の差分", "Risk register diff")
        case .diffNone: Localized("なし", "None")
        case .diffRiskID: Localized("リスクID", "risk id")
        case .diffAssetID: Localized("資産ID", "asset id")
        case .diffBefore: Localized("前回", "before")
        case .diffAfter: Localized("今回", "after")
        case .newRisks: Localized("新たなリスク", "New risks")
        case .closedRisks: Localized("なくなったリスク", "Closed risks")
        case .changedRisks: Localized("変わったリスク", "Changed risks")
        case .assetsAdded: Localized("追加された資産", "Assets added")
        case .assetsRemoved: Localized("削除された資産", "Assets removed")
        case .assetsReclassified: Localized("格付け・媒体が変わった資産", "Assets reclassified")
        case .conditions: Localized("評価の条件", "Assessment")
        case .conditionWhat: Localized("項目", "what")
        case .conditionDetail: Localized("内容", "detail")
        case .newMedia: Localized("初めて使われた媒体", "media used for the first time")
        case .method: Localized("評価方法", "method")
        case .catalog: Localized("カタログ", "catalog")
        case .changed: Localized("変更あり", "changed")
        case .unchanged: Localized("変更なし", "unchanged")
        case .diffReviewTrigger: Localized("見直しの契機（項番 {1}）", "review trigger (item {1})")

        case .countSeparator: Localized("、", ", ")
        case .summary: Localized("資産 {1} 件、リスク {2} 件（{3}）。評価方法: {4}", "{1} assets, {2} risks ({3}); method {4}")
        case .residual: Localized("対応後の残留リスク: {1}", "residual risks after the plan: {1}")
        case .untreated: Localized("対応が決まっていないリスク（{1} 件）: {2}", "untreated risks ({1}): {2}")
        case .unassessedAssets: Localized("該当する脅威がない資産: {1}", "assets with no applicable threat: {1}")
        case .reviewTrigger: Localized("見直しの契機（項番 {1}）: {2}", "review trigger (item {1}): {2}")

        case .itemNumber: Localized("項番", "number")
        case .itemSection: Localized("対象箇所", "section")
        case .itemReason: Localized("改定の理由", "reason")
        case .itemOrigin: Localized("区分", "origin")
        case .itemRequester: Localized("要求元", "requester")
        case .itemBackground: Localized("改定の背景", "background")
        case .itemCategory: Localized("改定分類", "category")
        case .itemPages: Localized("対象ページ", "pages")
        case .itemPolicy: Localized("改定方針", "policy")
        case .itemDirection: Localized("改定の方向性", "direction")
        case .itemSummary: Localized("概要（英語）", "summary_en")

        case .threatID: Localized("脅威ID", "id")
        case .threatName: Localized("脅威", "threat")
        case .threatAffects: Localized("影響", "affects")
        case .threatMedia: Localized("媒体", "media")
        case .threatLikelihood: Localized("起こりやすさ", "likelihood")
        case .threatItems: Localized("改定項番", "revision_items")
        case .threatISO: Localized("ISO/IEC 27001:2013", "iso27001_2013")
        case .threatISO2022: Localized("ISO/IEC 27001:2022", "iso27001_2022")
        case .threatControls: Localized("対策", "controls")

        case .controlID: Localized("対策ID", "id")
        case .controlText: Localized("対策", "text")
        case .controlThreats: Localized("脅威", "threats")
        case .controlMedia: Localized("媒体", "media")
        case .everyMedium: Localized("全媒体", "all")
        case .controlSection: Localized("対象箇所", "section")
        case .controlItems: Localized("改定項番", "revision_items")
        case .controlISO: Localized("ISO/IEC 27001:2013", "iso27001_2013")
        case .controlISO2022: Localized("ISO/IEC 27001:2022", "iso27001_2022")

        case .annexID: Localized("管理策", "control")
        case .annexTheme: Localized("テーマ", "theme")
        case .annexTitle: Localized("管理策の概要", "title")
        case .annexFrom2013: Localized("2013年版", "from_2013")
        case .annexControls: Localized("対策", "controls")
        case .annexNew: Localized("（2022年版で新設）", "(new in 2022)")

        case .mediumCode: Localized("コード", "code")
        case .mediumName: Localized("媒体・保存先", "name_ja")
        case .mediumEnglish: Localized("English", "name_en")
        }
    }
}
