/// The level of a risk: 大 high, 中 medium or 小 low.
public enum RiskLevel: Int, Sendable, CaseIterable, Comparable {
    /// 小: acceptable.
    case low = 1
    /// 中: acceptable under management.
    case medium = 2
    /// 大: not acceptable, treat first.
    case high = 3

    /// The code used in files and options: `low`, `medium`, `high`.
    public var code: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        }
    }

    /// Reads a level from its code or its Japanese label (大, 中, 小).
    public init?(code: String) {
        switch code.lowercased() {
        case "low", "小": self = .low
        case "medium", "中": self = .medium
        case "high", "大": self = .high
        default: return nil
        }
    }

    /// The levels from the highest down.
    public static let descending: [RiskLevel] = [.high, .medium, .low]

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The range of risk values of one level, with its label and what acceptance it means.
public struct LevelBand: Sendable, Hashable {
    /// The level.
    public var level: RiskLevel
    /// The lowest risk value of the band.
    public var minimum: Int
    /// The highest risk value of the band.
    public var maximum: Int
    /// The label, such as 大 / high.
    public var label: Localized
    /// What the level means for acceptance.
    public var acceptance: Localized

    /// Creates a band.
    public init(level: RiskLevel, minimum: Int, maximum: Int, label: Localized, acceptance: Localized) {
        self.level = level
        self.minimum = minimum
        self.maximum = maximum
        self.label = label
        self.acceptance = acceptance
    }
}
