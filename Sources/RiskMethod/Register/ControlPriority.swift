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
        var assets = Array(repeating: Set<Int32>(), count: catalog.controls.count)
        var highAssets = assets
        var cache = RiskControlCache()
        for (index, risk) in risks.enumerated() {
            let level = self.level(risk)
            let isHigh = level >= mappingLevel
            guard isHigh || level == below, outcome?.plan.treatments[index] == nil else { continue }
            for control in cache.recommended(of: risk, in: self) {
                if isHigh {
                    high[control] += 1
                    highAssets[control].insert(risk.asset)
                } else {
                    medium[control] += 1
                }
                assets[control].insert(risk.asset)
            }
        }
        let ranked = catalog.controls.indices.filter { high[$0] + medium[$0] > 0 }.sorted { a, b in
            if high[a] != high[b] { return high[a] > high[b] }
            if medium[a] != medium[b] { return medium[a] > medium[b] }
            return a < b
        }
        return ranked.map { control in
            ControlPriority(control: control, high: high[control], medium: medium[control],
                            assets: assets[control].map { Int($0) }.sorted(), highAssets: highAssets[control].count)
        }
    }
}

/// The controls of each risk, worked out once per threat and matched media (risks of the same pair share them):
/// those of its threat that concern its matched media, and of those the ones it recommends (the checklist does not
/// mark them done or not applicable).
struct RiskControlCache {
    private var concerning: [ThreatAndMedia: [Int]] = [:]
    private var recommending: [ThreatAndMedia: [Int]] = [:]

    /// The controls of `risk`'s threat that concern its matched media, by catalog index.
    mutating func controls(of risk: Risk, in assessment: Assessment) -> [Int] {
        let media = assessment.matchedMedia(risk)
        let key = ThreatAndMedia(threat: Int(risk.threat), media: media.bits)
        if let known = concerning[key] { return known }
        let found = assessment.catalog.controls(ofThreat: Int(risk.threat), concerning: media)
        concerning[key] = found
        return found
    }

    /// The controls `risk` recommends, by catalog index.
    mutating func recommended(of risk: Risk, in assessment: Assessment) -> [Int] {
        let key = ThreatAndMedia(threat: Int(risk.threat), media: assessment.matchedMedia(risk).bits)
        if let known = recommending[key] { return known }
        let status = assessment.checklist.status
        let found = controls(of: risk, in: assessment).filter { ControlAdvice(control: $0, status: status[$0]).isRecommended }
        recommending[key] = found
        return found
    }
}
