/// A risk after its treatment: what is left once the planned controls are in place.
public struct ResidualRisk: Sendable, Hashable {
    /// 脆弱性のつけ込みやすさ after the planned controls.
    public var vulnerability: Int
    /// 被害発生可能性 after the planned controls.
    public var possibility: Int
    /// The residual risk value.
    public var value: Int
    /// The residual level.
    public var level: RiskLevel
}

/// A plan applied to an assessment: each risk's treatment and residual risk, and the risks left untreated.
///
/// Mitigate: the planned controls count as done when the threat's vulnerability is derived again from the checklist
/// (never higher than before). Accept and transfer keep the value. Avoid removes the risk from the residual view.
public struct TreatmentOutcome: Sendable {
    /// The plan.
    public let plan: TreatmentPlan
    /// Per risk index: its residual risk, or nil when the risk is avoided.
    public let residual: [ResidualRisk?]
    /// The risks at or above the mapping level that the plan does not treat (indices into the register).
    public let untreated: [Int]
    /// The number of residual risks per level (avoided risks not counted).
    public let residualCounts: [RiskLevel: Int]
    /// The mapping level the plan was checked at.
    public let mappingLevel: RiskLevel

    /// Applies `plan` to `assessment`.
    public init(assessment: Assessment, plan: TreatmentPlan, mappingLevel: RiskLevel) {
        self.plan = plan
        self.mappingLevel = mappingLevel
        var residual: [ResidualRisk?] = []
        residual.reserveCapacity(assessment.risks.count)
        var untreated: [Int] = []
        var counts: [RiskLevel: Int] = [:]
        for level in assessment.method.levels { counts[level] = 0 }
        for (index, risk) in assessment.risks.enumerated() {
            let threatIndex = Int(risk.threat)
            let context = assessment.threats[threatIndex]
            var result = ResidualRisk(vulnerability: context.vulnerability, possibility: Int(risk.possibility),
                                      value: Int(risk.value), level: assessment.level(risk))
            let treatment = plan.treatments[index]
            switch treatment?.kind {
            case .avoid:
                residual.append(nil)
                continue
            case .mitigate:
                let planned = Set(treatment?.controls ?? [])
                let vulnerability = min(context.vulnerability,
                                        TreatmentOutcome.vulnerability(of: threatIndex, in: assessment, adding: planned))
                let possibility = assessment.method.possibility(likelihood: context.likelihood, vulnerability: vulnerability)
                let value = assessment.method.value(importance: Int(risk.importance), possibility: possibility)
                result = ResidualRisk(vulnerability: vulnerability, possibility: possibility, value: value,
                                      level: assessment.level(of: value))
            case .accept, .transfer, nil:
                break
            }
            if treatment == nil && assessment.level(risk) >= mappingLevel { untreated.append(index) }
            counts[result.level, default: 0] += 1
            residual.append(result)
        }
        self.residual = residual
        self.untreated = untreated
        residualCounts = counts
    }

    /// The vulnerability the checklist gives (every answered control of the threat done: 1; none done: the highest
    /// step; some done: the middle one), with `planned` controls counted as done and the threat's other unanswered
    /// controls as unknown: planning one control of five does not make the threat fully controlled.
    static func vulnerability(of threatIndex: Int, in assessment: Assessment, adding planned: Set<Int>) -> Int {
        var checklist = assessment.checklist
        for id in assessment.catalog.threats[threatIndex].controls {
            if let control = assessment.catalog.controlIndex(id: id), checklist.status[control] == nil {
                checklist.status[control] = .unknown
            }
        }
        for control in planned where control < checklist.status.count { checklist.status[control] = .done }
        var settings = ThreatSettings(threatCount: assessment.catalog.threats.count)
        settings.file = assessment.settings.file
        return Assessment.vulnerability(of: threatIndex, threat: assessment.catalog.threats[threatIndex],
                                        catalog: assessment.catalog, method: assessment.method, settings: settings,
                                        checklist: checklist).0
    }

    /// The risks that fail `--fail-on level`: residual at or above it, and not accepted or transferred.
    public func failing(at level: RiskLevel) -> [Int] {
        residual.indices.filter { index in
            guard let result = residual[index], result.level >= level else { return false }
            switch plan.treatments[index]?.kind {
            case .accept, .transfer: return false
            default: return true
            }
        }
    }
}

extension Assessment {
    /// The risks at or above `level` (indices into the register): what `--fail-on` counts without a plan.
    public func risks(atOrAbove level: RiskLevel) -> [Int] {
        risks.indices.filter { self.level(risks[$0]) >= level }
    }
}
