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

/// The columns a plan or a policy adds after the register's own.
public enum ExtraRegisterColumn: String, Sendable, CaseIterable {
    case treatment, owner, due
    case residualValue = "residual_value"
    case residualLevel = "residual_level"
    case clauses

    /// The header in `language`.
    public func header(in language: Language) -> String {
        guard language == .ja else { return rawValue }
        switch self {
        case .treatment: return "対応"
        case .owner: return "担当"
        case .due: return "期限"
        case .residualValue: return "残留リスク値"
        case .residualLevel: return "残留リスクレベル"
        case .clauses: return "条項"
        }
    }

    /// The plan's columns.
    public static let plan: [ExtraRegisterColumn] = [.treatment, .owner, .due, .residualValue, .residualLevel]
}

extension Assessment {
    /// The organisation's clauses that answer a threat's revision items and controls, in order, without repeats.
    public func clauses(ofThreat index: Int, policy: PolicyClauses) -> [PolicyClauses.Clause] {
        var sections = revisionItems(ofThreat: index).map(\.section)
        sections += controlAdvice(ofThreat: index).map { catalog.controls[$0.control].section }
        var seen = Set<PolicyClauses.Clause>()
        return sections.flatMap { policy.clauses(forSection: $0) }.filter { seen.insert($0).inserted }
    }

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
