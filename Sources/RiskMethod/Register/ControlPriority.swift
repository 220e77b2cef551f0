/// A control ranked by how much it would close: the untreated risks that recommend it, at the mapping level and
/// above ("high") and at the level below it ("medium"), and the assets those risks are of.
public struct ControlPriority: Sendable, Hashable {
    /// The control's index in the catalog.
    public var control: Int
    /// Untreated risks at or above the mapping level that recommend it.
    public var high: Int
    /// Untreated risks at the level just below the mapping level that recommend it.
    public var medium: Int
    /// The assets of those risks, by index, in inventory order.
    public var assets: [Int]
    /// How many assets the risks at or above the mapping level are of.
    public var highAssets: Int
}

extension Assessment {
    /// The controls to do first: every control that an untreated risk at or above `mappingLevel`, or at the level
    /// just below it, recommends (the checklist does not mark it done or not applicable), ranked by the number of
    /// such risks at or above the level, then below it, then id. A risk the plan of `outcome` treats does not count.
    public func controlPriority(mappingLevel: RiskLevel, outcome: TreatmentOutcome? = nil) -> [ControlPriority] {
        let levels = method.levels
        let position = levels.firstIndex(of: mappingLevel) ?? 0
        let below: RiskLevel? = position > 0 ? levels[position - 1] : nil
        var high = Array(repeating: 0, count: catalog.controls.count)
        var medium = high
        // Per control, a bit per asset: of the risks counted, and of those at or above the level.
        let words = (inventory.assets.count + 63) / 64
        var assets = Array(repeating: [UInt64](), count: catalog.controls.count)
        var highAssets = assets
        var cache = RiskControlCache()
        let treatments = outcome?.plan.treatments
        for (index, risk) in risks.enumerated() {
            let level = self.level(risk)
            let isHigh = level >= mappingLevel
            guard isHigh || level == below, treatments?[index] == nil else { continue }
            let word = Int(risk.asset) >> 6, bit = UInt64(1) << UInt64(risk.asset & 63)
            for control in cache.recommended(of: risk, in: self) {
                if assets[control].isEmpty { assets[control] = Array(repeating: 0, count: words) }
                if isHigh {
                    high[control] += 1
                    if highAssets[control].isEmpty { highAssets[control] = Array(repeating: 0, count: words) }
                    highAssets[control][word] |= bit
                } else {
                    medium[control] += 1
                }
                assets[control][word] |= bit
            }
        }
        let ranked = catalog.controls.indices.filter { high[$0] + medium[$0] > 0 }.sorted { a, b in
            if high[a] != high[b] { return high[a] > high[b] }
            if medium[a] != medium[b] { return medium[a] > medium[b] }
            return a < b
        }
        return ranked.map { control in
            ControlPriority(control: control, high: high[control], medium: medium[control],
                            assets: Self.members(assets[control]),
                            highAssets: highAssets[control].reduce(0) { $0 + $1.nonzeroBitCount })
        }
    }

    /// The indices whose bits are set, in order.
    private static func members(_ bits: [UInt64]) -> [Int] {
        var result: [Int] = []
        for (word, value) in bits.enumerated() {
            var value = value
            while value != 0 {
                result.append(word << 6 | value.trailingZeroBitCount)
                value &= value - 1
            }
        }
        return result
    }
}

/// The controls of each risk, worked out once per threat and matched media (risks of the same pair share them):
/// those of its threat that concern its matched media, and of those the ones it recommends (the checklist does not
/// mark them done or not applicable).
struct RiskControlCache {
    private var concerning: [ThreatAndMedia: [Int]] = [:]
    private var recommending: [ThreatAndMedia: [Int]] = [:]
    /// The recommended controls by media variant (``MediaVariants``), for a risk whose threat has them.
    private var byVariant: [[Int]?] = []
    /// The concerning controls by media variant.
    private var concerningByVariant: [[Int]?] = []

    /// The controls of `risk`'s threat that concern its matched media, by catalog index.
    mutating func controls(of risk: Risk, in assessment: Assessment) -> [Int] {
        let variant = assessment.variants.variant(of: risk, matched: assessment.matchedMedia(risk).bits)
        if variant >= 0 {
            if concerningByVariant.isEmpty { concerningByVariant = Array(repeating: nil, count: assessment.variants.count) }
            if let known = concerningByVariant[variant] { return known }
        }
        let found = controlsByMedia(of: risk, in: assessment)
        if variant >= 0 { concerningByVariant[variant] = found }
        return found
    }

    /// The controls of `risk`'s threat that concern its matched media, looked up by its threat and matched media.
    private mutating func controlsByMedia(of risk: Risk, in assessment: Assessment) -> [Int] {
        let media = assessment.matchedMedia(risk)
        let key = ThreatAndMedia(threat: Int(risk.threat), media: media.bits)
        if let known = concerning[key] { return known }
        let found = assessment.catalog.controls(ofThreat: Int(risk.threat), concerning: media)
        concerning[key] = found
        return found
    }

    /// The controls `risk` recommends, by catalog index.
    mutating func recommended(of risk: Risk, in assessment: Assessment) -> [Int] {
        let matched = assessment.matchedMedia(risk).bits
        let variant = assessment.variants.variant(of: risk, matched: matched)
        if variant >= 0 {
            if byVariant.isEmpty { byVariant = Array(repeating: nil, count: assessment.variants.count) }
            if let known = byVariant[variant] { return known }
        }
        let found = recommendedByMedia(of: risk, in: assessment)
        if variant >= 0 { byVariant[variant] = found }
        return found
    }

    /// The controls `risk` recommends, looked up by its threat and matched media.
    private mutating func recommendedByMedia(of risk: Risk, in assessment: Assessment) -> [Int] {
        let key = ThreatAndMedia(threat: Int(risk.threat), media: assessment.matchedMedia(risk).bits)
        if let known = recommending[key] { return known }
        let status = assessment.checklist.status
        let found = controls(of: risk, in: assessment).filter { ControlAdvice(control: $0, status: status[$0]).isRecommended }
        recommending[key] = found
        return found
    }
}
