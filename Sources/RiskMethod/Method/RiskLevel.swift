/// The level of a risk: its rank among the method's levels, 1 the lowest. A method has three to five levels; their
/// codes, labels, acceptance and colours are the method's (see ``LevelBand``), so a level means nothing without its
/// method. The built-in methods have three: 小 `low` (1), 中 `medium` (2) and 大 `high` (3).
public struct RiskLevel: Sendable, Hashable, Comparable {
    /// The rank, from 1 (the lowest) to the method's number of levels.
    public let rank: UInt8

    /// The level of rank `rank`.
    @inline(__always)
    public init(rank: Int) { self.rank = UInt8(truncatingIfNeeded: rank) }

    /// The lowest level of every method; 小 `low` of the built-in methods.
    public static let low = RiskLevel(rank: 1)
    /// 中 `medium` of the built-in methods: rank 2.
    public static let medium = RiskLevel(rank: 2)
    /// 大 `high` of the built-in methods: rank 3.
    public static let high = RiskLevel(rank: 3)

    /// The fewest and the most levels a method may have.
    public static let allowedCounts = 3...5

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}

/// The range of risk values of one level, with its code, label, colour and what acceptance it means.
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
    /// The code used in files and options (`--min-level`, `--fail-on`, the JSON register): such as `high`.
    public var code: String
    /// The colour of the level's cells, as 0xRRGGBB.
    public var colour: UInt32

    /// Creates a band; without a code or colour, those of the built-in level of the same rank (`low`, `medium`,
    /// `high`; a level above those is `level-N`, grey).
    public init(level: RiskLevel, minimum: Int, maximum: Int, label: Localized, acceptance: Localized,
                code: String? = nil, colour: UInt32? = nil) {
        self.level = level
        self.minimum = minimum
        self.maximum = maximum
        self.label = label
        self.acceptance = acceptance
        let builtIn = Int(level.rank) - 1
        self.code = code ?? (LevelBand.builtInCodes.indices.contains(builtIn) ? LevelBand.builtInCodes[builtIn]
                                                                               : "level-\(level.rank)")
        self.colour = colour ?? (LevelBand.builtInColours.indices.contains(builtIn) ? LevelBand.builtInColours[builtIn]
                                                                                     : 0xD0D0D0)
    }

    /// The codes of the built-in methods' levels, lowest first.
    public static let builtInCodes = ["low", "medium", "high"]
    /// The colours of the built-in methods' levels, lowest first: green, amber, red (the HTML report's).
    public static let builtInColours: [UInt32] = [0xCDE8CD, 0xFDE3A0, 0xF4B6B6]

    /// The colour as `#rrggbb`.
    public var colourText: String { LevelBand.hex(colour) }

    /// `colour` as `#rrggbb`.
    static func hex(_ colour: UInt32) -> String {
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
        var text = "#"
        for shift in stride(from: 20, through: 0, by: -4) { text.append(digits[Int((colour >> UInt32(shift)) & 0xF)]) }
        return text
    }

    /// Whether the band is a built-in level's: its rank's code and colour.
    var isBuiltInStyle: Bool {
        let index = Int(level.rank) - 1
        return LevelBand.builtInCodes.indices.contains(index) && code == LevelBand.builtInCodes[index]
            && colour == LevelBand.builtInColours[index]
    }
}
