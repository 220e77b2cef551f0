/// A risk after its treatment: what is left once the planned controls are in place.
public struct ResidualRisk: Sendable, Hashable {
    /// 重要度 after the treatment (the plan may lower it: personal data removed, say).
    public var importance: Int
    /// 脅威の起こりやすさ after the treatment.
    public var likelihood: Int
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
/// A plan row's `residual_importance`, `residual_likelihood` and `residual_vulnerability` override what the
/// treatment derives.
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
            let treatment = plan.treatments[index]
            guard let result = TreatmentOutcome.residual(of: risk, in: assessment, treatment: treatment) else {
                residual.append(nil)
                continue
            }
            if treatment == nil && assessment.level(risk) >= mappingLevel { untreated.append(index) }
            counts[result.level, default: 0] += 1
            residual.append(result)
        }
        self.residual = residual
        self.untreated = untreated
        residualCounts = counts
    }

    /// The residual risk of `risk` under `treatment`; nil when the risk is avoided.
    public static func residual(of risk: Risk, in assessment: Assessment, treatment: Treatment?) -> ResidualRisk? {
        let method = assessment.method
        var importance = Int(risk.importance), likelihood = Int(risk.likelihood), vulnerability = Int(risk.vulnerability)
        switch treatment?.kind {
        case .avoid: return nil
        case .mitigate:
            vulnerability = min(vulnerability, derivedVulnerability(of: risk, in: assessment, adding: Set(treatment?.controls ?? [])))
        case .accept, .transfer, nil: break
        }
        if let given = treatment?.residualImportance { importance = given }
        if let given = treatment?.residualLikelihood { likelihood = given }
        if let given = treatment?.residualVulnerability { vulnerability = given }
        guard treatment?.kind == .mitigate || treatment?.givesResidual == true else {
            return ResidualRisk(importance: importance, likelihood: likelihood, vulnerability: vulnerability,
                                possibility: Int(risk.possibility), value: Int(risk.value), level: assessment.level(risk))
        }
        let possibility = method.possibility(likelihood: likelihood, vulnerability: vulnerability)
        let value = method.value(importance: importance, possibility: possibility)
        return ResidualRisk(importance: importance, likelihood: likelihood, vulnerability: vulnerability,
                            possibility: possibility, value: value, level: assessment.level(of: value))
    }

    /// The vulnerability the checklist gives the risk (every answered control of the threat that concerns the
    /// risk's media done: 1; none done: the highest step; some done: the middle one), with `planned` controls
    /// counted as done and the other unanswered controls as unknown: planning one control of five does not make
    /// the threat fully controlled.
    public static func derivedVulnerability(of risk: Risk, in assessment: Assessment, adding planned: Set<Int>) -> Int {
        let catalog = assessment.catalog
        let threatIndex = Int(risk.threat)
        let controls = catalog.controls(ofThreat: threatIndex, concerning: assessment.matchedMedia(risk))
        var checklist = assessment.checklist
        for control in controls where checklist.status[control] == nil { checklist.status[control] = .unknown }
        for control in planned where control < checklist.status.count { checklist.status[control] = .done }
        return Assessment.vulnerability(controls: controls, method: assessment.method, checklist: checklist)?.0
            ?? assessment.method.vulnerabilitySteps
    }

    /// The risks that fail `--fail-on level`: residual at or above it, and not accepted or transferred.
    public func failing(at level: RiskLevel, on date: String? = nil) -> [Int] {
        residual.indices.filter { index in
            guard let result = residual[index], result.level >= level else { return false }
            switch plan.treatments[index]?.kind {
            case .accept: return plan.treatments[index]?.reviewIsOverdue(on: date) == true
            case .transfer: return false
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
