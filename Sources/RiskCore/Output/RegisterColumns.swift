/// The columns of the risk register, with their English keys and Japanese headers (FORMATS.md).
public enum RegisterColumn: String, Sendable, CaseIterable {
    case riskID = "risk_id"
    case assetID = "asset_id"
    case assetName = "asset_name"
    case department
    case media
    case threatID = "threat_id"
    case threat
    case confidentiality
    case integrity
    case availability
    case importance
    case likelihood
    case vulnerability
    case possibility
    case riskValue = "risk_value"
    case level
    case revisionItems = "revision_items"
    case controls

    /// The header in `language`.
    public func header(in language: Language) -> String {
        guard language == .ja else { return rawValue }
        switch self {
        case .riskID: return "リスクID"
        case .assetID: return "資産ID"
        case .assetName: return "資産名"
        case .department: return "管理部署"
        case .media: return "媒体・保存先"
        case .threatID: return "脅威ID"
        case .threat: return "脅威"
        case .confidentiality: return "機密性"
        case .integrity: return "完全性"
        case .availability: return "可用性"
        case .importance: return "重要度"
        case .likelihood: return "脅威の起こりやすさ"
        case .vulnerability: return "脆弱性のつけ込みやすさ"
        case .possibility: return "被害発生可能性"
        case .riskValue: return "リスク値"
        case .level: return "リスクレベル"
        case .revisionItems: return "改定項番"
        case .controls: return "対策"
        }
    }
}

extension Assessment {
    /// The `controls` cell of a threat: its Annex A numbers, then its checklist control ids.
    public func controlReferences(ofThreat index: Int) -> [String] {
        let threat = catalog.threats[index]
        return threat.iso27001 + threat.controls
    }

    /// The name of a medium in `language`: its code in English, its Japanese name in Japanese.
    public func mediumLabel(_ index: Int, in language: Language) -> String {
        language == .ja ? catalog.media[index].name.ja : catalog.media[index].code
    }
}
