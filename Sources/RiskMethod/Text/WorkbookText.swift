/// The words of the Excel workbook: its title, font and sheet names, and the headers of the assets, revision
/// items and controls sheets. The legend sheet's words are ``LegendText``.
public enum WorkbookText: String, MessageCatalog {
    // The workbook.
    case title = "xlsx.title"
    case font = "xlsx.font"
    case registerSheet = "xlsx.sheet.register"
    case assetsSheet = "xlsx.sheet.assets"
    case itemsSheet = "xlsx.sheet.items"
    case legendSheet = "xlsx.sheet.legend"
    case soaSheet = "xlsx.sheet.soa"
    case departmentsSheet = "xlsx.sheet.departments"
    case controlsSheet = "xlsx.sheet.controls"
    case heatMapSheet = "xlsx.sheet.heat-map"
    case currentRisk = "xlsx.heat-map.current"
    case residualRisk = "xlsx.heat-map.residual"

    // The controls sheet.
    case controlID = "xlsx.controls.id"
    case controlText = "xlsx.controls.text"
    case controlStatus = "xlsx.controls.status"
    case controlNoAnswer = "xlsx.controls.no-answer"
    case controlRisks = "xlsx.controls.untreated-risks"
    case controlAssets = "xlsx.controls.assets"

    // The assets sheet.
    case assetID = "xlsx.assets.id"
    case assetName = "xlsx.assets.name"
    case assetDepartment = "xlsx.assets.department"
    case assetOwner = "xlsx.assets.owner"
    case assetMedia = "xlsx.assets.media"
    case assetConfidentiality = "xlsx.assets.confidentiality"
    case assetIntegrity = "xlsx.assets.integrity"
    case assetAvailability = "xlsx.assets.availability"
    case assetPersonalData = "xlsx.assets.personal-data"
    case assetMaximum = "xlsx.assets.max-risk-value"
    case assetTotal = "xlsx.assets.total-risk-value"
    case assetLevel = "xlsx.assets.level"
    case assetRiskCount = "xlsx.assets.risk-count"
    case assetRisksAtLevel = "xlsx.assets.risks-at-level"
    case assetTopThreats = "xlsx.assets.top-threats"

    // The revision items sheet.
    case itemRiskID = "xlsx.items.risk-id"
    case itemAssetName = "xlsx.items.asset-name"
    case itemThreat = "xlsx.items.threat"
    case itemRiskValue = "xlsx.items.risk-value"
    case itemLevel = "xlsx.items.level"
    case itemNumber = "xlsx.items.item"
    case itemSection = "xlsx.items.section"
    case itemCategory = "xlsx.items.category"
    case itemPolicy = "xlsx.items.policy"
    case itemSummary = "xlsx.items.summary"
    case itemControls = "xlsx.items.recommended-controls"

    public var templates: Localized {
        switch self {
        case .title: Localized("リスク台帳", "Risk register")
        case .font: Localized("游ゴシック", "Calibri")
        case .registerSheet: Localized("リスク台帳", "Register")
        case .assetsSheet: Localized("資産", "Assets")
        case .itemsSheet: Localized("改定項番", "Revision items")
        case .legendSheet: Localized("凡例", "Legend")
        case .soaSheet: Localized("適用宣言書", "SoA")
        case .departmentsSheet: Localized("部署", "Departments")
        case .controlsSheet: Localized("対策", "Controls")
        case .heatMapSheet: Localized("リスクマップ", "Heat map")
        case .currentRisk: Localized("現在のリスク（件数）", "Current risk (count)")
        case .residualRisk: Localized("残留リスク（件数、回避を除く）", "Residual risk (count, avoided left out)")

        case .controlID: Localized("対策ID", "control_id")
        case .controlText: Localized("対策", "text")
        case .controlStatus: Localized("実施状況", "status")
        case .controlNoAnswer: Localized("未回答", "no answer")
        case .controlRisks: Localized("未対応リスク（{1}以上）", "untreated_risks_{1}_and_above")
        case .controlAssets: Localized("資産数", "assets")

        case .assetID: Localized("資産ID", "id")
        case .assetName: Localized("資産名", "name")
        case .assetDepartment: Localized("管理部署", "department")
        case .assetOwner: Localized("管理者", "owner")
        case .assetMedia: Localized("媒体・保存先", "media")
        case .assetConfidentiality: Localized("機密性", "confidentiality")
        case .assetIntegrity: Localized("完全性", "integrity")
        case .assetAvailability: Localized("可用性", "availability")
        case .assetPersonalData: Localized("個人情報", "personal_data")
        case .assetMaximum: Localized("最大リスク値", "max_risk_value")
        case .assetTotal: Localized("リスク値合計", "total_risk_value")
        case .assetLevel: Localized("リスクレベル", "level")
        case .assetRiskCount: Localized("リスク数", "risk_count")
        case .assetRisksAtLevel: Localized("リスク数（{1}）", "{1}")
        case .assetTopThreats: Localized("主な脅威", "top_threats")

        case .itemRiskID: Localized("リスクID", "risk_id")
        case .itemAssetName: Localized("資産名", "asset_name")
        case .itemThreat: Localized("脅威", "threat")
        case .itemRiskValue: Localized("リスク値", "risk_value")
        case .itemLevel: Localized("リスクレベル", "level")
        case .itemNumber: Localized("項番", "item")
        case .itemSection: Localized("対象箇所", "section")
        case .itemCategory: Localized("改定分類", "category")
        case .itemPolicy: Localized("改定方針", "policy")
        case .itemSummary: Localized("概要（英語）", "summary_en")
        case .itemControls: Localized("推奨対策", "recommended_controls")
        }
    }
}
