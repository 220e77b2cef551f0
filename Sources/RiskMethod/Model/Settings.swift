/// One row of the threat settings that is not a plain threat row: a row for one asset (and one threat or every
/// threat, `*`), or a row for every threat.
public struct SettingsRow: Sendable, Hashable {
    /// The threat's index, or nil for every threat (`*`).
    public var threat: Int?
    /// The likelihood the row gives, if any.
    public var likelihood: Int?
    /// The vulnerability the row gives, if any.
    public var vulnerability: Int?
    /// Whether the row puts the threat in scope or out of it, if it says.
    public var inScope: Bool?
    /// The row's line in the settings file.
    public var line: Int
    /// The asset id as the row writes it, or nil for a row of every asset.
    public var assetID: String?
    /// Where the asset id stands in the settings file.
    public var assetLocation: SourceLocation?

    /// Creates a row.
    public init(threat: Int?, likelihood: Int? = nil, vulnerability: Int? = nil, inScope: Bool? = nil, line: Int,
                assetID: String? = nil) {
        self.threat = threat
        self.likelihood = likelihood
        self.vulnerability = vulnerability
        self.inScope = inScope
        self.line = line
        self.assetID = assetID
    }
}

/// Which kind of settings row gave a value, from the most specific down.
public enum SettingsMatch: Sendable, Hashable {
    /// A row of the asset and the threat.
    case assetAndThreat
    /// A row of the asset and every threat (`*`).
    case assetAndAllThreats
    /// A row of the threat, for every asset.
    case threat
    /// A row of every threat (`*`), for every asset.
    case allThreats
}

/// The organisation's view of its threats (脅威の状況): likelihood and vulnerability overrides, and scope, per
/// threat, for every threat (`*`), and per asset.
///
/// Precedence, the most specific first: the asset and the threat, the asset and `*`, the threat, `*`; then the
/// checklist (vulnerability) or the catalog (likelihood); then the default.
public struct ThreatSettings: Sendable {
    /// The file the settings came from, if any.
    public var file: String?
    /// Per threat index: the likelihood given, or nil for the catalog default.
    public var likelihood: [Int?]
    /// Per threat index: the vulnerability given, or nil to derive it from the checklist.
    public var vulnerability: [Int?]
    /// Per threat index: whether the threat is in scope.
    public var inScope: [Bool]
    /// Per threat index: the line of the settings file that speaks of it.
    public var lines: [Int?]
    /// Per threat index: its row as the settings file wrote it, if the file has one.
    public var threatRows: [SettingsRow?]
    /// The row of every threat (`*`) for every asset, if any.
    public var allThreats: SettingsRow?
    /// The rows of single assets, by the asset id as compared (width folded): the asset's row for every threat
    /// first, if any, then its rows of single threats.
    public var assetRows: [String: [SettingsRow]] = [:]

    /// Settings that change nothing: every threat in scope with its catalog defaults.
    public init(threatCount: Int) {
        file = nil
        likelihood = Array(repeating: nil, count: threatCount)
        vulnerability = Array(repeating: nil, count: threatCount)
        inScope = Array(repeating: true, count: threatCount)
        lines = Array(repeating: nil, count: threatCount)
        threatRows = Array(repeating: nil, count: threatCount)
        allThreats = nil
    }

    /// The key an asset id is looked up by: width folded, so that Ａ-1 and A-1 are the same asset.
    public static func assetKey(_ id: String) -> String { WidthFolding.fold(id) }

    /// The settings rows that name an asset the inventory does not have, as errors placed on their asset id, with
    /// the ids the writer may have meant.
    public func unknownAssets(in inventory: AssetInventory) -> DiagnosticLog {
        var log = DiagnosticLog()
        guard !assetRows.isEmpty else { return log }
        var known = Set<String>()
        for index in inventory.assets.indices { known.insert(ThreatSettings.assetKey(inventory.id(of: index))) }
        let rows = assetRows.filter { !known.contains($0.key) }.flatMap { $0.value }.sorted { $0.line < $1.line }
        for row in rows {
            guard let id = row.assetID else { continue }
            let suggestions = ThreatSettings.nearIDs(id, in: inventory)
            log.error(.unknownAsset(id: id, suggestions: suggestions),
                      at: row.assetLocation ?? SourceLocation(file: file ?? "", line: row.line))
        }
        return log
    }

    /// Up to three ids of `inventory` that `id` may have meant: the same but for case, width, spaces, hyphens and
    /// leading zeros; else one edit apart (as media words are suggested, ``MediaVocabulary/editDistance(_:_:limit:)``).
    static func nearIDs(_ id: String, in inventory: AssetInventory) -> [String] {
        func loose(_ text: String) -> [Unicode.Scalar] {
            var result: [Unicode.Scalar] = []
            for scalar in WidthFolding.fold(text).lowercased().unicodeScalars where !" -_‐－".unicodeScalars.contains(scalar) {
                if scalar == "0", result.last.map({ !("0"..."9").contains($0) }) ?? true { continue }
                result.append(scalar)
            }
            return result
        }
        let target = loose(id)
        var same: [String] = [], near: [String] = []
        for index in inventory.assets.indices where same.count < 3 {
            let candidate = inventory.id(of: index)
            let other = loose(candidate)
            if other == target {
                same.append(candidate)
            } else if near.count < 3, !other.isEmpty, !target.isEmpty, MediaVocabulary.editDistance(other, target, limit: 1) <= 1 {
                near.append(candidate)
            }
        }
        return same.isEmpty ? near : same
    }

    /// The rows of the asset with id `id` (empty when none).
    public func rows(ofAsset id: String) -> [SettingsRow] {
        assetRows.isEmpty ? [] : assetRows[ThreatSettings.assetKey(id)] ?? []
    }
}

/// The answer the checklist (対策状況チェック) gives for one control.
public enum ControlStatus: String, Sendable, CaseIterable {
    /// 実施.
    case done
    /// 一部実施.
    case partial
    /// 未実施.
    case notDone = "not-done"
    /// 不明.
    case unknown
    /// 該当なし.
    case notApplicable = "n/a"

    /// The Japanese label.
    public var japaneseName: String {
        switch self {
        case .done: "実施"
        case .partial: "一部実施"
        case .notDone: "未実施"
        case .unknown: "不明"
        case .notApplicable: "該当なし"
        }
    }

    /// The label in `language`.
    public func label(in language: Language) -> String { Localized(ja: japaneseName, en: rawValue)[language] }

    /// Reads a status from its code or Japanese label.
    public init?(text: String) {
        switch text.lowercased() {
        case "done", "実施", "実施済", "実施済み", "済": self = .done
        case "partial", "一部実施", "一部": self = .partial
        case "not-done", "not done", "notdone", "未実施", "未": self = .notDone
        case "unknown", "不明", "": self = .unknown
        case "n/a", "na", "not applicable", "該当なし", "対象外": self = .notApplicable
        default: return nil
        }
    }

    static let allowedText = "done/実施, partial/一部実施, not-done/未実施, unknown/不明, n/a/該当なし"
}

/// The control checklist: a status per control of the catalog.
public struct Checklist: Sendable {
    /// The file the checklist came from.
    public var file: String?
    /// Per control index: the status given, or nil when the checklist does not list the control.
    public var status: [ControlStatus?]
    /// Per control index: the line of the checklist that gives it.
    public var lines: [Int?]

    /// A checklist that answers nothing.
    public init(controlCount: Int) {
        file = nil
        status = Array(repeating: nil, count: controlCount)
        lines = Array(repeating: nil, count: controlCount)
    }
}
