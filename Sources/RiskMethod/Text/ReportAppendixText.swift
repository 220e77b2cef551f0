/// The words of the reports' appendix: the scales of importance, likelihood and vulnerability, the possibility
/// table and the level bands.
public enum ReportAppendixText: String, MessageCatalog {
    // The scales.
    case scale = "report.scale.scale"
    case scaleValue = "report.scale.value"
    case scaleMeaning = "report.scale.meaning"

    // Importance.
    case importance = "report.scale.importance"
    case importance3 = "report.scale.importance.3"
    case importance2 = "report.scale.importance.2"
    case importance1 = "report.scale.importance.1"

    // Likelihood.
    case likelihood = "report.scale.likelihood"
    case likelihood3 = "report.scale.likelihood.3"
    case likelihood2 = "report.scale.likelihood.2"
    case likelihood1 = "report.scale.likelihood.1"

    // Vulnerability.
    case vulnerability = "report.scale.vulnerability"
    case vulnerability3 = "report.scale.vulnerability.3"
    case vulnerability2 = "report.scale.vulnerability.2"
    case vulnerability1 = "report.scale.vulnerability.1"

    // Possibility of damage, when the method labels its steps.
    case possibility = "report.scale.possibility"

    // The possibility table and the level bands.
    case possibilityCorner = "report.possibility.corner"
    case bandLevel = "report.band.level"
    case bandValues = "report.band.values"
    case bandAcceptance = "report.band.acceptance"

    public var templates: Localized {
        switch self {
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

        case .possibility: Localized("被害発生可能性", "Possibility of damage")

        case .possibilityCorner: Localized("起こりやすさ＼つけ込みやすさ", "likelihood \\ vulnerability")
        case .bandLevel: Localized("レベル", "Level")
        case .bandValues: Localized("リスク値", "Values")
        case .bandAcceptance: Localized("受容", "Acceptance")
        }
    }
}
