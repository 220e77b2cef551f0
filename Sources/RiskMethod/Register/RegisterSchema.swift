/// What a column of the risk register shows of a risk.
public enum RegisterField: String, Sendable, CaseIterable {
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
    case importanceSource = "importance_source"
    case likelihood
    case vulnerability
    case possibility
    case riskValue = "risk_value"
    case level
    case revisionItems = "revision_items"
    case controls
    case treatment
    case owner
    case due
    case note
    case acceptedBy = "accepted_by"
    case acceptedOn = "accepted_on"
    case reviewBy = "review_by"
    case residualValue = "residual_value"
    case residualLevel = "residual_level"
    case clauses

    /// What the value depends on: the cells a register writer can prepare once and copy.
    public enum Dependency: Sendable {
        /// The asset's text of this field.
        case assetText(AssetField)
        /// The asset's classes.
        case assetClasses
        /// The asset and the threat (the risk id, the matched media).
        case assetAndThreat
        /// The threat alone.
        case threat
        /// The threat and the risk's matched media (the revision items and controls that concern them).
        case threatAndMedia
        /// The threat and the risk's steps: importance, likelihood and vulnerability (which, with the threat, fix the
        /// possibility, the value and the level).
        case threatAndImportance
        /// The risk's treatment in the plan.
        case plan
    }

    /// What the value depends on.
    public var dependency: Dependency {
        switch self {
        case .assetID: .assetText(.id)
        case .assetName: .assetText(.name)
        case .department: .assetText(.department)
        case .confidentiality, .integrity, .availability: .assetClasses
        case .riskID, .media: .assetAndThreat
        case .threatID, .threat: .threat
        case .revisionItems, .controls, .clauses: .threatAndMedia
        case .importance, .importanceSource, .likelihood, .vulnerability, .possibility, .riskValue, .level: .threatAndImportance
        case .treatment, .owner, .due, .note, .acceptedBy, .acceptedOn, .reviewBy, .residualValue, .residualLevel: .plan
        }
    }
}

/// A column of the risk register: the field it shows, its key (the English CSV header and the JSON key), its header
/// in both languages, its shorter header on the terminal, and how wide it may be there.
public struct RegisterColumn: Sendable {
    /// What the column shows.
    public let field: RegisterField
    /// The header of the CSV register and the workbook.
    public let header: Localized
    /// The header of the terminal table.
    public let shortHeader: Localized
    /// The widest the terminal shows a cell, in display columns; nil for no limit.
    public let terminalWidth: Int?

    /// The key: the English header and the JSON key, such as `risk_id`.
    public var key: String { field.rawValue }

    init(_ field: RegisterField, _ ja: String, short: Localized? = nil, terminalWidth: Int? = nil) {
        self.field = field
        header = Localized(ja: ja, en: field.rawValue)
        shortHeader = short ?? Localized(ja: ja, en: field.rawValue)
        self.terminalWidth = terminalWidth
    }
}

/// The risk register's columns, declared once: every register writer (CSV, the streamed CSV, JSON, the workbook,
/// the terminal table) renders its rows from these.
public enum RegisterSchema {
    /// The register's own columns, in order.
    public static let columns: [RegisterColumn] = [
        RegisterColumn(.riskID, "リスクID", short: Localized(ja: "リスクID", en: "risk id"), terminalWidth: 24),
        RegisterColumn(.assetID, "資産ID"),
        RegisterColumn(.assetName, "資産名", short: Localized(ja: "資産名", en: "asset"), terminalWidth: 28),
        RegisterColumn(.department, "管理部署"),
        RegisterColumn(.media, "媒体・保存先"),
        RegisterColumn(.threatID, "脅威ID"),
        RegisterColumn(.threat, "脅威", terminalWidth: 28),
        RegisterColumn(.confidentiality, "機密性", short: Localized(ja: "C", en: "C")),
        RegisterColumn(.integrity, "完全性", short: Localized(ja: "I", en: "I")),
        RegisterColumn(.availability, "可用性", short: Localized(ja: "A", en: "A")),
        RegisterColumn(.importance, "重要度"),
        RegisterColumn(.likelihood, "脅威の起こりやすさ", short: Localized(ja: "起こりやすさ", en: "likelihood")),
        RegisterColumn(.vulnerability, "脆弱性のつけ込みやすさ", short: Localized(ja: "つけ込みやすさ", en: "vulnerability")),
        RegisterColumn(.possibility, "被害発生可能性", short: Localized(ja: "可能性", en: "possibility")),
        RegisterColumn(.riskValue, "リスク値", short: Localized(ja: "リスク値", en: "value")),
        RegisterColumn(.level, "リスクレベル", short: Localized(ja: "レベル", en: "level")),
        RegisterColumn(.revisionItems, "改定項番"),
        RegisterColumn(.controls, "対策"),
    ]

    /// The column that says where each importance came from (the ledger or the classes), when the inventory has
    /// an importance column; it follows the importance.
    public static let importanceSourceColumn = RegisterColumn(.importanceSource, "重要度の根拠",
                                                              short: Localized(ja: "根拠", en: "source"))

    /// The columns a treatment plan adds.
    public static let planColumns: [RegisterColumn] = [
        RegisterColumn(.treatment, "対応"),
        RegisterColumn(.owner, "担当"),
        RegisterColumn(.due, "期限"),
        RegisterColumn(.note, "備考"),
        RegisterColumn(.acceptedBy, "承認者"),
        RegisterColumn(.acceptedOn, "承認日"),
        RegisterColumn(.reviewBy, "見直し期限"),
        RegisterColumn(.residualValue, "残留リスク値", short: Localized(ja: "残留値", en: "residual")),
        RegisterColumn(.residualLevel, "残留リスクレベル", short: Localized(ja: "残留レベル", en: "residual level")),
    ]

    /// The column the organisation's policy clauses add.
    public static let clauseColumn = RegisterColumn(.clauses, "条項")

    /// The columns of a register: its own, then the plan's and the policy's when there are a plan and a policy.
    public static func columns(plan: Bool, policy: Bool, importanceSource: Bool = false) -> [RegisterColumn] {
        own(importanceSource: importanceSource) + (plan ? planColumns : []) + (policy ? [clauseColumn] : [])
    }

    /// The register's own columns, with the importance's source after the importance when asked for.
    public static func own(importanceSource: Bool) -> [RegisterColumn] {
        guard importanceSource, let at = columns.firstIndex(where: { $0.field == .importance }) else { return columns }
        var result = columns
        result.insert(importanceSourceColumn, at: at + 1)
        return result
    }

    /// The fields the terminal table shows, in order; with a plan, its treatment and residual risk follow.
    public static let terminalFields: [RegisterField] = [
        .riskID, .assetName, .threat, .confidentiality, .integrity, .availability, .importance, .likelihood,
        .vulnerability, .possibility, .riskValue, .level,
    ]

    /// The plan's fields that the terminal table shows.
    public static let terminalPlanFields: [RegisterField] = [.treatment, .residualValue, .residualLevel]

    /// The column of `field`.
    public static func column(_ field: RegisterField) -> RegisterColumn {
        (columns + [importanceSourceColumn] + planColumns + [clauseColumn]).first { $0.field == field } ?? clauseColumn
    }
}
