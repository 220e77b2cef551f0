/// The organisation's view of its threats (脅威の状況): likelihood and vulnerability overrides, and scope.
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

    /// Settings that change nothing: every threat in scope with its catalog defaults.
    public init(threatCount: Int) {
        file = nil
        likelihood = Array(repeating: nil, count: threatCount)
        vulnerability = Array(repeating: nil, count: threatCount)
        inScope = Array(repeating: true, count: threatCount)
        lines = Array(repeating: nil, count: threatCount)
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
