/// The words of the workbook's legend sheet: the method, its scales, the possibility table, the level bands, the
/// catalog version and the inputs.
public enum LegendText: String, MessageCatalog {
    // The method.
    case method = "xlsx.legend.method"
    case basedOn = "xlsx.legend.based-on"
    case aggregation = "xlsx.legend.aggregation"
    case riskValue = "xlsx.legend.risk-value"
    case riskValueRule = "xlsx.legend.risk-value-rule"
    case riskValueTable = "xlsx.legend.risk-value-table"
    case value = "xlsx.legend.value"
    case meaning = "xlsx.legend.meaning"

    // The scales.
    case importance = "xlsx.legend.importance"
    case importanceByProperty3 = "xlsx.legend.importance.property.3"
    case importanceByProperty2 = "xlsx.legend.importance.property.2"
    case raise3 = "xlsx.legend.importance.property.raise-3"
    case raise2 = "xlsx.legend.importance.property.raise-2"
    case importanceByAsset3 = "xlsx.legend.importance.max.3"
    case importanceByAsset2 = "xlsx.legend.importance.max.2"
    case otherwise = "xlsx.legend.importance.1"
    case likelihood = "xlsx.legend.likelihood"
    case likelihood3 = "xlsx.legend.likelihood.3"
    case likelihood2 = "xlsx.legend.likelihood.2"
    case likelihood1 = "xlsx.legend.likelihood.1"
    case vulnerability = "xlsx.legend.vulnerability"
    case vulnerability3 = "xlsx.legend.vulnerability.3"
    case vulnerability2 = "xlsx.legend.vulnerability.2"
    case vulnerability1 = "xlsx.legend.vulnerability.1"

    case possibilityScale = "xlsx.legend.possibility-scale"

    // The heat map of a method other than IPA's 3 × 3 product.
    case heatMap = "xlsx.legend.heat-map"
    case heatMapCorner = "xlsx.legend.heat-map-corner"
    case heatMapCell = "xlsx.legend.heat-map-cell"

    // The possibility table and the levels.
    case possibility = "xlsx.legend.possibility"
    case possibilityCorner = "xlsx.legend.possibility-corner"
    case levels = "xlsx.legend.levels"
    case level = "xlsx.legend.level"
    case levelValues = "xlsx.legend.level-values"
    case acceptance = "xlsx.legend.acceptance"

    // The catalog and the inputs.
    case catalogVersion = "xlsx.legend.catalog-version"
    case mappedFrom = "xlsx.legend.mapped-from"
    case inputs = "xlsx.legend.inputs"
    case continued = "xlsx.legend.continued"
    case inputRole = "xlsx.legend.input-role"
    case inputFile = "xlsx.legend.input-file"
    case inputEncoding = "xlsx.legend.input-encoding"

    public var templates: Localized {
        switch self {
        case .method: Localized("手法", "Method")
        case .basedOn: Localized("（基にした手法 {1}）", " (based on {1})")
        case .aggregation: Localized("集計", "Aggregation")
        case .riskValue: Localized("リスク値", "Risk value")
        case .riskValueRule: Localized("重要度 × 被害発生可能性", "importance × possibility of damage")
        case .riskValueTable: Localized("重要度と被害発生可能性による表（リスクマップを参照）",
                                        "by a table of importance and possibility of damage (see the heat map)")
        case .value: Localized("値", "Value")
        case .meaning: Localized("意味", "Meaning")

        case .importance: Localized("重要度", "Importance")
        case .importanceByProperty3: Localized("脅威が損なう性質（機密性・完全性・可用性）の格付けの最大が 3（機密性 3・3A・3B・3C）{1}",
                                               "the highest class among the properties the threat harms is 3 (confidentiality 3, 3A, 3B, 3C){1}")
        case .importanceByProperty2: Localized("脅威が損なう性質の格付けの最大が 2{1}",
                                               "the highest class among the properties the threat harms is 2{1}")
        case .raise3: Localized("、または機密性を損なう脅威で要配慮個人情報・特定個人情報を含む",
                                ", or the threat harms confidentiality and the asset holds sensitive or My Number data")
        case .raise2: Localized("、または機密性を損なう脅威で個人情報を含む",
                                ", or the threat harms confidentiality and the asset holds personal data")
        case .importanceByAsset3: Localized("資産の機密性・完全性・可用性の格付けの最大が 3（脅威によらない）",
                                            "the asset's highest class of confidentiality, integrity and availability is 3, whatever the threat")
        case .importanceByAsset2: Localized("資産の格付けの最大が 2", "the asset's highest class is 2")
        case .otherwise: Localized("それ以外", "otherwise")
        case .likelihood: Localized("脅威の起こりやすさ", "Likelihood")
        case .likelihood3: Localized("通常の状態で脅威が発生する（いつ発生してもおかしくない）",
                                     "the threat occurs in normal circumstances (it could happen at any time)")
        case .likelihood2: Localized("特定の状況で脅威が発生する（年に数回程度）", "it occurs in particular circumstances (a few times a year)")
        case .likelihood1: Localized("通常の状態で脅威が発生することはない", "it does not occur in normal circumstances")
        case .vulnerability: Localized("脆弱性のつけ込みやすさ", "Vulnerability")
        case .vulnerability3: Localized("対策を実施していない（ほとんど無防備）", "no controls in place (practically defenceless)")
        case .vulnerability2: Localized("部分的に対策を実施している", "controls partly in place")
        case .vulnerability1: Localized("必要な対策をすべて実施している", "all necessary controls in place")

        case .possibilityScale: Localized("被害発生可能性", "Possibility of damage")
        case .heatMap: Localized("リスクマップ（セル: リスク数（リスク値 レベル）、行: 重要度、列: 被害発生可能性）",
                                 "Heat map (cells: risks (value level); rows: importance; columns: possibility of damage)")
        case .heatMapCorner: Localized("重要度＼被害発生可能性", "importance \\ possibility")
        case .heatMapCell: Localized("{1}（{2} {3}）", "{1} ({2} {3})")
        case .possibility: Localized("被害発生可能性（行: 脅威の起こりやすさ、列: 脆弱性のつけ込みやすさ）",
                                     "Possibility of damage (rows: likelihood; columns: vulnerability)")
        case .possibilityCorner: Localized("起こりやすさ＼つけ込みやすさ", "likelihood \\ vulnerability")
        case .levels: Localized("リスクレベル", "Risk levels")
        case .level: Localized("レベル", "Level")
        case .levelValues: Localized("リスク値", "Risk values")
        case .acceptance: Localized("受容", "Acceptance")

        case .catalogVersion: Localized("カタログ版", "Catalog version")
        case .mappedFrom: Localized("対応付けの下限", "Mapped from level")
        case .inputs: Localized("入力", "Inputs")
        case .continued: Localized("{1}はシートの上限 1,048,576 行を超えるため、次のシートに続きます: {2}",
                                   "{1} is longer than a sheet's 1,048,576 rows and continues on: {2}")
        case .inputRole: Localized("役割", "Role")
        case .inputFile: Localized("ファイル", "File")
        case .inputEncoding: Localized("文字コード", "Encoding")
        }
    }
}
