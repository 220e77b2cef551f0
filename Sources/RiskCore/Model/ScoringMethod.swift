/// How importance is derived from an asset's classes.
public enum ImportanceRule: String, Sendable, CaseIterable {
    /// The highest class among the properties the threat harms (method `mic`).
    case property
    /// The highest class of the asset whatever the threat (method `ipa`).
    case max
}

/// How a per-asset summary aggregates the asset's risks.
public enum Aggregation: String, Sendable, CaseIterable {
    /// The highest risk value.
    case max
    /// The sum of the risk values (the older IPA sheet).
    case sum
}

/// The scoring method: every scale and table of METHOD.md, with the values a method file may change.
public struct ScoringMethod: Sendable, Hashable {
    /// The name: `mic`, `ipa`, or the name a method file gives.
    public var name: String
    /// The base method the values started from: `mic` or `ipa`.
    public var base: String
    /// How importance is derived.
    public var importance: ImportanceRule
    /// Whether personal data raises importance for threats to confidentiality.
    public var personalDataRaise: Bool
    /// Whether integrity and availability may be given as 3.
    public var allowsClassThreeForIntegrityAndAvailability: Bool
    /// The possibility table: rows likelihood 3, 2, 1; columns vulnerability 3, 2, 1.
    public var possibility: [[Int]]
    /// The level bands, low to high.
    public var bands: [LevelBand]
    /// How per-asset summaries aggregate.
    public var aggregation: Aggregation

    /// Creates a method from all its values.
    public init(name: String, base: String, importance: ImportanceRule, personalDataRaise: Bool,
                allowsClassThreeForIntegrityAndAvailability: Bool, possibility: [[Int]], bands: [LevelBand],
                aggregation: Aggregation) {
        self.name = name
        self.base = base
        self.importance = importance
        self.personalDataRaise = personalDataRaise
        self.allowsClassThreeForIntegrityAndAvailability = allowsClassThreeForIntegrityAndAvailability
        self.possibility = possibility
        self.bands = bands
        self.aggregation = aggregation
    }

    /// The IPA conversion table of likelihood and vulnerability into possibility of damage.
    public static let ipaPossibility: [[Int]] = [[3, 2, 1], [2, 1, 1], [1, 1, 1]]

    /// The default bands: 小 1–3, 中 4, 大 6–9.
    public static let defaultBands: [LevelBand] = [
        LevelBand(level: .low, minimum: 1, maximum: 3, label: Localized(ja: "小", en: "low"),
                  acceptance: Localized(ja: "受容可能", en: "acceptable")),
        LevelBand(level: .medium, minimum: 4, maximum: 5, label: Localized(ja: "中", en: "medium"),
                  acceptance: Localized(ja: "管理下で受容可能（改善を計画する）",
                                        en: "acceptable under management: plan improvements")),
        LevelBand(level: .high, minimum: 6, maximum: 9, label: Localized(ja: "大", en: "high"),
                  acceptance: Localized(ja: "受容不可（優先して対応する）", en: "not acceptable: treat first")),
    ]

    /// Method `mic` (the default): importance from the properties the threat harms, raised by personal data.
    public static let mic = ScoringMethod(
        name: "mic", base: "mic", importance: .property, personalDataRaise: true,
        allowsClassThreeForIntegrityAndAvailability: false, possibility: ipaPossibility, bands: defaultBands,
        aggregation: .max)

    /// Method `ipa`: importance is the asset's highest class whatever the threat, as on the IPA sheet.
    public static let ipa = ScoringMethod(
        name: "ipa", base: "ipa", importance: .max, personalDataRaise: false,
        allowsClassThreeForIntegrityAndAvailability: true, possibility: ipaPossibility, bands: defaultBands,
        aggregation: .max)

    /// The built-in method named `name`, if any.
    public static func builtIn(named name: String) -> ScoringMethod? {
        switch name.lowercased() {
        case "mic": mic
        case "ipa": ipa
        default: nil
        }
    }

    /// The possibility of damage (1–3) for a likelihood and a vulnerability (each 1–3).
    @inline(__always)
    public func possibility(likelihood: Int, vulnerability: Int) -> Int {
        possibility[3 - likelihood][3 - vulnerability]
    }

    /// The level of a risk value.
    public func level(of value: Int) -> RiskLevel {
        for band in bands where value >= band.minimum && value <= band.maximum {
            return band.level
        }
        return value >= 6 ? .high : (value >= 4 ? .medium : .low)
    }

    /// The band of `level`.
    public func band(_ level: RiskLevel) -> LevelBand {
        bands.first { $0.level == level } ?? ScoringMethod.defaultBands[level.rawValue - 1]
    }

    /// The label of `level` in `language`, such as 大 or high.
    public func label(_ level: RiskLevel, in language: Language) -> String {
        band(level).label[language]
    }
}
