/// One risk: an asset facing a threat, with its importance, likelihood, vulnerability, possibility of damage and
/// value.
///
/// Eight bytes, so that ten million risks fit in 80 MB: the four scale steps (each at most 5) are packed three bits
/// each into `steps`, with a bit that says the importance was given in the ledger. Everything else about a risk
/// (level, matched media, where each step came from) follows from the asset, the threat and the assessment.
public struct Risk: Sendable, Hashable, BitwiseCopyable {
    /// The asset's index in the inventory.
    public var asset: Int32
    /// The threat's index in the catalog.
    public var threat: UInt8
    /// リスク値: by the method's rule, importance × possibility unless it gives a table.
    public var value: UInt8
    /// Importance, possibility, likelihood and vulnerability, three bits each from the lowest; bit 12: the importance
    /// was given in the ledger; bits 13–15: the risk's media variant within its threat (``MediaVariants``), 7 when
    /// not recorded.
    public var steps: UInt16

    /// Creates a risk whose value is importance × possibility.
    public init(asset: Int32, threat: UInt8, importance: UInt8, possibility: UInt8) {
        self.init(asset: asset, threat: threat, importance: importance, possibility: possibility,
                  value: importance &* possibility)
    }

    /// Creates a risk with its value, and, where known, its likelihood and vulnerability (0 when not).
    public init(asset: Int32, threat: UInt8, importance: UInt8, possibility: UInt8, value: UInt8,
                likelihood: UInt8 = 0, vulnerability: UInt8 = 0, importanceGiven: Bool = false) {
        self.asset = asset
        self.threat = threat
        self.value = value
        steps = Risk.pack(importance: importance, possibility: possibility, likelihood: likelihood,
                          vulnerability: vulnerability, importanceGiven: importanceGiven, variant: 7)
    }

    /// Creates a risk from its packed steps.
    @inline(__always)
    init(asset: Int32, threat: UInt8, value: UInt8, steps: UInt16) {
        self.asset = asset
        self.threat = threat
        self.value = value
        self.steps = steps
    }

    /// The packed steps of a risk.
    @inline(__always)
    public static func pack(importance: UInt8, possibility: UInt8, likelihood: UInt8, vulnerability: UInt8,
                            importanceGiven: Bool, variant: Int = 7) -> UInt16 {
        UInt16(importance & 7) | UInt16(possibility & 7) << 3 | UInt16(likelihood & 7) << 6
            | UInt16(vulnerability & 7) << 9 | (importanceGiven ? 1 << 12 : 0) | UInt16(min(max(variant, 0), 7)) << 13
    }

    /// 重要度, on the method's scale.
    @inline(__always)
    public var importance: UInt8 { UInt8(truncatingIfNeeded: steps & 7) }
    /// 被害発生可能性, on the method's scale.
    @inline(__always)
    public var possibility: UInt8 { UInt8(truncatingIfNeeded: steps >> 3 & 7) }
    /// 脅威の起こりやすさ, on the method's scale.
    @inline(__always)
    public var likelihood: UInt8 { UInt8(truncatingIfNeeded: steps >> 6 & 7) }
    /// 脆弱性のつけ込みやすさ, on the method's scale.
    @inline(__always)
    public var vulnerability: UInt8 { UInt8(truncatingIfNeeded: steps >> 9 & 7) }
    /// Whether the importance was given in the ledger (重要度) rather than computed from the classes.
    @inline(__always)
    public var importanceGiven: Bool { steps & 1 << 12 != 0 }
    /// The steps and the importance's source without the media variant: what decides the risk's values.
    @inline(__always)
    public var scoreBits: UInt16 { steps & 0x1FFF }
    /// The risk's media variant within its threat (0–6), or 7 when not recorded.
    @inline(__always)
    public var variantOffset: Int { Int(steps >> 13) }
}

/// Where a threat's likelihood came from.
public enum LikelihoodSource: Sendable, Hashable {
    /// The catalog's default.
    case catalog
    /// The threat settings file, at this line (a row of the threat).
    case settings(line: Int)
    /// A row of the threat settings for the asset, for every threat, or both.
    case settingsRow(line: Int, match: SettingsMatch)
}

/// Where a threat's vulnerability came from.
public enum VulnerabilitySource: Sendable, Hashable {
    /// The threat settings file, at this line (a row of the threat).
    case settings(line: Int)
    /// A row of the threat settings for the asset, for every threat, or both.
    case settingsRow(line: Int, match: SettingsMatch)
    /// The checklist: the linked controls by status (control indices), the ones not `n/a`.
    case checklist(done: [Int], partial: [Int], notDone: [Int], unknown: [Int])
    /// Nothing said otherwise: 3, the inherent risk before controls.
    case none
}

/// What the assessment uses for one threat: whether it is in scope, its likelihood and vulnerability with where
/// they came from, and the possibility of damage they give.
public struct ThreatContext: Sendable, Hashable {
    /// Whether the threat is assessed.
    public var inScope: Bool
    /// 脅威の起こりやすさ, on the method's scale.
    public var likelihood: Int
    /// Where the likelihood came from.
    public var likelihoodSource: LikelihoodSource
    /// 脆弱性のつけ込みやすさ, on the method's scale.
    public var vulnerability: Int
    /// Where the vulnerability came from.
    public var vulnerabilitySource: VulnerabilitySource
    /// 被害発生可能性, on the method's scale.
    public var possibility: Int
}

/// The summary of one asset's risks.
public struct AssetSummary: Sendable, Hashable {
    /// The highest risk value, 0 when no threat applies.
    public var maximum: UInt8
    /// The number of risks per level, by rank from the lowest: up to five levels.
    public var counts: (UInt8, UInt8, UInt8, UInt8, UInt8)
    /// The sum of the risk values (aggregation `sum`).
    public var total: UInt16

    /// The summary of an asset with no risk.
    public static let none = AssetSummary(maximum: 0, counts: (0, 0, 0, 0, 0), total: 0)

    /// The number of risks.
    public var riskCount: Int { Int(counts.0) + Int(counts.1) + Int(counts.2) + Int(counts.3) + Int(counts.4) }

    /// The count of risks at `level`.
    public func count(_ level: RiskLevel) -> Int {
        switch level.rank {
        case 1: Int(counts.0)
        case 2: Int(counts.1)
        case 3: Int(counts.2)
        case 4: Int(counts.3)
        case 5: Int(counts.4)
        default: 0
        }
    }

    /// Counts one more risk at the level of rank `rank`.
    @inline(__always)
    public mutating func add(rank: UInt8) {
        switch rank {
        case 5: counts.4 &+= 1
        case 4: counts.3 &+= 1
        case 3: counts.2 &+= 1
        case 2: counts.1 &+= 1
        default: counts.0 &+= 1
        }
    }

    public static func == (lhs: AssetSummary, rhs: AssetSummary) -> Bool {
        lhs.maximum == rhs.maximum && lhs.counts == rhs.counts && lhs.total == rhs.total
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(maximum)
        hasher.combine(total)
    }
}
