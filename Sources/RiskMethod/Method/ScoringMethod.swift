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

/// How the risk value follows from importance and possibility of damage.
public enum RiskValueRule: Sendable, Hashable {
    /// Importance × possibility, as on the IPA sheet.
    case product
    /// A full table: rows importance from the highest down, columns possibility from 1 up.
    case table([[Int]])
}

/// The scoring method: every scale and table of the method, as values. The built-in methods `mic` and `ipa` are
/// values of this type, and a method file changes any of them.
///
/// Each scale runs from 1 to its number of steps: importance (重要度), likelihood (脅威の起こりやすさ), vulnerability
/// (脆弱性のつけ込みやすさ) and possibility of damage (被害発生可能性). The possibility table has a row per likelihood
/// (the highest first) and a column per vulnerability (the highest first); the risk value rule gives the value of
/// each importance and possibility, and the level bands cover the values from 1 to the highest.
public struct ScoringMethod: Sendable, Hashable {
    /// The name: `mic`, `ipa`, or the name a method file gives.
    public var name: String
    /// The base method the values started from: `mic` or `ipa`.
    public var base: String
    /// How importance is derived.
    public var importance: ImportanceRule
    /// Whether personal data raises importance for threats to confidentiality.
    public var personalDataRaise: Bool
    /// Whether any personal data makes importance the highest step whatever the threat (IPA 付録7).
    public var personalDataHighest: Bool
    /// Whether integrity and availability may be given as 3.
    public var allowsClassThreeForIntegrityAndAvailability: Bool
    /// The number of importance steps.
    public var importanceSteps: Int
    /// The possibility table: rows likelihood from the highest down, columns vulnerability from the highest down.
    public var possibility: [[Int]]
    /// The number of possibility steps: the highest value the table may hold.
    public var possibilitySteps: Int
    /// How the risk value follows from importance and possibility.
    public var riskValue: RiskValueRule
    /// The level bands, low to high: three to five, ranks 1 up.
    public var bands: [LevelBand]
    /// How per-asset summaries aggregate.
    public var aggregation: Aggregation
    /// The labels of each scale's steps, from step 1 up; an empty list is the built-in 3-step scale and its texts.
    public var scaleLabels = ScaleLabels()
    /// The importance step of each class level 1, 2, 3 (the MIC classes, raised by personal data); empty: the class
    /// level itself, at most the highest step.
    public var importanceFromClass: [Int] = []
    /// The likelihood step of each catalog likelihood 1, 2, 3 (the catalog's defaults are on the IPA scale); empty:
    /// the catalog's value itself, at most the highest step.
    public var likelihoodFromCatalog: [Int] = []

    /// Creates a method from all its values; the scales are those of the IPA sheet, 3 × 3, with the product as the
    /// risk value, unless given.
    public init(name: String, base: String, importance: ImportanceRule, personalDataRaise: Bool,
                allowsClassThreeForIntegrityAndAvailability: Bool, possibility: [[Int]], bands: [LevelBand],
                aggregation: Aggregation, importanceSteps: Int = 3, possibilitySteps: Int = 3,
                riskValue: RiskValueRule = .product, personalDataHighest: Bool = false) {
        self.name = name
        self.base = base
        self.importance = importance
        self.personalDataRaise = personalDataRaise
        self.personalDataHighest = personalDataHighest
        self.allowsClassThreeForIntegrityAndAvailability = allowsClassThreeForIntegrityAndAvailability
        self.importanceSteps = importanceSteps
        self.possibility = possibility
        self.possibilitySteps = possibilitySteps
        self.riskValue = riskValue
        self.bands = bands
        self.aggregation = aggregation
    }

    /// The number of likelihood steps: the rows of the possibility table.
    public var likelihoodSteps: Int { possibility.count }

    /// The number of vulnerability steps: the columns of the possibility table.
    public var vulnerabilitySteps: Int { possibility.first?.count ?? 0 }

    /// The highest risk value.
    public var maximumValue: Int { value(importance: importanceSteps, possibility: possibilitySteps) }

    /// The IPA conversion table of likelihood and vulnerability into possibility of damage.
    public static let ipaPossibility: [[Int]] = [[3, 2, 1], [2, 1, 1], [1, 1, 1]]

    /// The default bands: 小 1–3, 中 4–5, 大 6–9.
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

    /// Method `ipa`: importance is the asset's highest class whatever the threat, and 3 for any personal data, as
    /// on the IPA sheet.
    public static let ipa = ScoringMethod(
        name: "ipa", base: "ipa", importance: .max, personalDataRaise: false,
        allowsClassThreeForIntegrityAndAvailability: true, possibility: ipaPossibility, bands: defaultBands,
        aggregation: .max, personalDataHighest: true)

    /// The built-in method named `name`, if any.
    public static func builtIn(named name: String) -> ScoringMethod? {
        switch name.lowercased() {
        case "mic": mic
        case "ipa": ipa
        default: nil
        }
    }

    /// The possibility of damage for a likelihood and a vulnerability, each on its scale.
    @inline(__always)
    public func possibility(likelihood: Int, vulnerability: Int) -> Int {
        possibility[likelihoodSteps - likelihood][vulnerabilitySteps - vulnerability]
    }

    /// The risk value of an importance and a possibility, each on its scale.
    @inline(__always)
    public func value(importance: Int, possibility: Int) -> Int {
        switch riskValue {
        case .product: importance * possibility
        case .table(let table): table[importanceSteps - importance][possibility - 1]
        }
    }

    /// The level of a risk value: the band that holds it, else the lowest band below it (the lowest level for 0).
    public func level(of value: Int) -> RiskLevel {
        var result = bands.first?.level ?? .low
        for band in bands where value >= band.minimum {
            if value <= band.maximum { return band.level }
            result = band.level
        }
        return result
    }
}

/// The labels of a method's scales, each from step 1 up; a scale with no labels is the built-in 3-step one, whose
/// texts the outputs give.
public struct ScaleLabels: Sendable, Hashable {
    /// 重要度.
    public var importance: [Localized] = []
    /// 脅威の起こりやすさ.
    public var likelihood: [Localized] = []
    /// 脆弱性のつけ込みやすさ.
    public var vulnerability: [Localized] = []
    /// 被害発生可能性.
    public var possibility: [Localized] = []

    /// No labels: every scale the built-in one.
    public init() {}

    /// Whether every scale is the built-in one.
    public var isEmpty: Bool { importance.isEmpty && likelihood.isEmpty && vulnerability.isEmpty && possibility.isEmpty }
}
