/// A method's levels by rank, code and label, and how the IPA 3-step inputs (the MIC classes, the catalog's
/// likelihoods) meet its scales.
extension ScoringMethod {
    /// The levels, lowest first.
    public var levels: [RiskLevel] { bands.map { $0.level } }

    /// The levels, highest first.
    public var levelsDescending: [RiskLevel] { bands.reversed().map { $0.level } }

    /// The band of `level` (the nearest one for a rank the method does not have).
    public func band(_ level: RiskLevel) -> LevelBand {
        let index = min(max(Int(level.rank) - 1, 0), bands.count - 1)
        return bands[index]
    }

    /// The label of `level` in `language`, such as 大 or high.
    public func label(_ level: RiskLevel, in language: Language) -> String {
        band(level).label[language]
    }

    /// The code of `level`, such as `high`.
    public func code(_ level: RiskLevel) -> String { band(level).code }

    /// The level that `name` names: a level's code, or its Japanese or English label (case aside).
    public func level(named name: String) -> RiskLevel? {
        let folded = name.lowercased()
        for band in bands where band.code.lowercased() == folded || band.label.ja == name
            || band.label.en.lowercased() == folded {
            return band.level
        }
        return nil
    }

    /// The names `--min-level` and `--fail-on` accept: each level's code, lowest first, then the labels that differ
    /// from the codes.
    public var levelNames: [String] {
        var names = bands.map { $0.code }
        for band in bands {
            for label in [band.label.ja, band.label.en] where !names.contains(label) { names.append(label) }
        }
        return names
    }

    /// The level from which risks are mapped in full unless `--min-level` says otherwise: the level coded `high`,
    /// else the second-highest level.
    public var defaultMappingLevel: RiskLevel {
        bands.first { $0.code == "high" }?.level ?? bands[max(bands.count - 2, 0)].level
    }

    /// Whether the method is of the classic form: IPA's 3 × 3 scales with their texts, the product as the risk
    /// value, and three levels with the built-in codes and colours. Such a method is recorded as before.
    public var isClassic: Bool {
        importanceSteps == 3 && likelihoodSteps == 3 && vulnerabilitySteps == 3 && possibilitySteps == 3
            && riskValue == .product && scaleLabels.isEmpty && importanceFromClass.isEmpty
            && likelihoodFromCatalog.isEmpty && bands.count == 3 && bands.allSatisfy { $0.isBuiltInStyle }
    }

    /// The importance step of a class level (1–3, after the personal-data raise).
    @inline(__always)
    public func importanceStep(ofClass level: Int) -> Int {
        importanceFromClass.isEmpty ? min(level, importanceSteps) : importanceFromClass[min(max(level, 1), 3) - 1]
    }

    /// The likelihood step of a catalog likelihood (1–3).
    public func likelihoodStep(ofCatalog likelihood: Int) -> Int {
        likelihoodFromCatalog.isEmpty ? min(likelihood, likelihoodSteps)
            : likelihoodFromCatalog[min(max(likelihood, 1), 3) - 1]
    }
}
