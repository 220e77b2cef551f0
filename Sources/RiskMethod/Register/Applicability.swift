/// Why a control of ISO/IEC 27001:2022 Annex A is applicable to the inventory, or why it is not.
public enum ApplicabilityReason: String, Sendable, Hashable {
    /// Applicable: risks of the inventory call for catalog controls that serve it and are not done.
    case risks
    /// Applicable: the checklist marks a catalog control that serves it done (or partly done); no risk calls for
    /// more of it.
    case baseline
    /// Not applicable: no control of the catalog serves it, so no threat of the catalog calls for it.
    case notServed = "not-served"
    /// Not applicable: the catalog controls that serve it concern media no asset of the inventory has.
    case noMedium = "no-medium"
    /// Not applicable: no risk of the inventory is of the threats it answers (out of scope, or no asset with them).
    case noRisk = "no-risk"
    /// Not applicable: the checklist marks the catalog controls that serve it not applicable.
    case markedNotApplicable = "marked-not-applicable"

    /// Whether a control with this reason is applicable.
    public var isApplicable: Bool { self == .risks || self == .baseline }
}

/// How far a control of Annex A is in place, from the checklist's answers and the plan.
public enum ApplicabilityStatus: String, Sendable, Hashable, CaseIterable {
    /// Every catalog control that serves it is done.
    case implemented
    /// Not every one is done, and the plan adds one that is not.
    case planned
    /// Some are done or partly done; the plan adds none of the others.
    case partial
    /// None is done, and the plan adds none.
    case notImplemented = "not-implemented"
    /// Nothing to judge by: the control does not apply, or the checklist marks its controls not applicable.
    case none = ""
}

/// One row of the statement of applicability: a control of Annex A, whether it applies and why, how far it is in
/// place, and the risks it answers.
public struct ApplicabilityRow: Sendable {
    /// The control's index in ``AnnexA/controls``.
    public var control: Int
    /// The catalog controls that serve it (cite it among their 2022 numbers), by index.
    public var serving: [Int]
    /// Why it applies or not.
    public var reason: ApplicabilityReason
    /// How far it is in place.
    public var status: ApplicabilityStatus
    /// The risks it answers (those whose threat and matched media a serving control concerns), in register order:
    /// the first ``StatementOfApplicability/listedRisks`` of them.
    public var risks: [Int]
    /// How many risks it answers.
    public var riskCount: Int
    /// The threats of those risks, or (without risks) the threats the serving controls answer, in catalog order.
    public var threats: [Int]
    /// Those risks by level.
    public var levelCounts: [RiskLevel: Int]
    /// The serving controls that a risk calls for and the checklist does not mark done (nor not applicable).
    public var recommended: [Int]
    /// The serving controls the checklist marks done.
    public var implemented: [Int]
    /// The serving controls the checklist marks partly done.
    public var partial: [Int]
    /// The media the serving controls concern (empty when one concerns every medium).
    public var media: MediaSet

    /// Whether the control applies.
    public var isApplicable: Bool { reason.isApplicable }
}

/// The statement of applicability (ISO/IEC 27001 6.1.3 d) of an assessment: one row per control of ISO/IEC
/// 27001:2022 Annex A, in the Annex's order.
public struct StatementOfApplicability: Sendable {
    /// The assessment.
    public let assessment: Assessment
    /// The rows.
    public let rows: [ApplicabilityRow]

    /// The most risks a row lists (it counts them all): a register of millions of risks would otherwise hold
    /// millions of indices per row.
    public static let listedRisks = 10_000

    /// The statement of `assessment`; `outcome`'s plan marks the controls it adds as planned.
    public init(assessment: Assessment, outcome: TreatmentOutcome? = nil) {
        self.assessment = assessment
        let catalog = assessment.catalog
        var planned = Set<Int>()
        for treatment in (outcome?.plan.treatments ?? [:]).values { planned.formUnion(treatment.controls) }
        var serving = Array(repeating: [Int](), count: catalog.annexA.controls.count)
        for (index, control) in catalog.controls.enumerated() {
            for id in control.iso2022 {
                if let annex = catalog.annexA.index(of: id), !serving[annex].contains(index) { serving[annex].append(index) }
            }
        }
        let tally = ApplicabilityTally(assessment, serving: serving)
        rows = catalog.annexA.controls.indices.map { annex in
            Self.row(annex, serving: serving[annex], tally: tally, planned: planned, assessment: assessment)
        }
    }

    /// The row of Annex A control `annex`.
    static func row(_ annex: Int, serving: [Int], tally: ApplicabilityTally, planned: Set<Int>,
                    assessment: Assessment) -> ApplicabilityRow {
        let catalog = assessment.catalog
        let status = assessment.checklist.status
        var media = MediaSet(), everyMedium = false
        for control in serving {
            if catalog.controls[control].media.isEmpty { everyMedium = true }
            media.bits |= catalog.controls[control].media.bits
        }
        let risks = tally.listed[annex], riskCount = tally.counts[annex]
        var levelCounts: [RiskLevel: Int] = [:]
        for value in 0..<256 where tally.perValue[annex * 256 + value] > 0 {
            levelCounts[assessment.level(of: value), default: 0] += tally.perValue[annex * 256 + value]
        }
        let threatCount = catalog.threats.count
        var threatSet = Set(catalog.threats.indices.filter { tally.threats[annex * threatCount + $0] })
        if riskCount == 0 {
            for control in serving { threatSet.formUnion(catalog.controls[control].threats.compactMap { catalog.threatIndex(id: $0) }) }
        }
        let recommended = serving.filter { control in
            tally.controlHasRisk[control] && ControlAdvice(control: control, status: status[control]).isRecommended
        }
        let implemented = serving.filter { status[$0] == .done }
        let partial = serving.filter { status[$0] == .partial }
        let concerned = serving.filter { catalog.controls[$0].concerns(assessment.mediaUsed) }
        let reason: ApplicabilityReason
        if serving.isEmpty { reason = .notServed }
        else if !recommended.isEmpty { reason = .risks }
        else if !implemented.isEmpty || !partial.isEmpty { reason = .baseline }
        else if concerned.isEmpty { reason = .noMedium }
        else if riskCount == 0 { reason = .noRisk }
        else { reason = .markedNotApplicable }
        // The status is judged by the serving controls of the inventory's media and those the checklist marks done
        // or partly done, less those it marks not applicable.
        let judged = serving.filter { control in
            status[control] == .done || status[control] == .partial
                || (concerned.contains(control) && status[control] != .notApplicable)
        }
        let state: ApplicabilityStatus
        if judged.isEmpty || !reason.isApplicable { state = .none }
        else if judged.allSatisfy({ status[$0] == .done }) { state = .implemented }
        else if judged.contains(where: { status[$0] != .done && planned.contains($0) }) { state = .planned }
        else if judged.contains(where: { status[$0] == .done || status[$0] == .partial }) { state = .partial }
        else { state = .notImplemented }
        return ApplicabilityRow(control: annex, serving: serving, reason: reason, status: state, risks: risks, riskCount: riskCount,
                                threats: threatSet.sorted(), levelCounts: levelCounts, recommended: recommended,
                                implemented: implemented, partial: partial, media: everyMedium ? MediaSet() : media)
    }

    /// The number of applicable controls.
    public var applicableCount: Int { rows.filter { $0.isApplicable }.count }
}

/// What the statement counts of the risks, in one pass over them: per Annex A row, the risks it answers (the first
/// ``StatementOfApplicability/listedRisks``), how many, how many of each value, and of which threats; per catalog
/// control, whether any risk calls for it. A risk's rows are worked out once per threat and matched media.
struct ApplicabilityTally {
    var listed: [[Int]]
    var counts: [Int]
    /// Per row, a count per risk value (256 slots).
    var perValue: [Int]
    /// Per row, a flag per threat.
    var threats: [Bool]
    var controlHasRisk: [Bool]

    init(_ assessment: Assessment, serving: [[Int]]) {
        let catalog = assessment.catalog
        var rowsOfControl = Array(repeating: [Int](), count: catalog.controls.count)
        for (annex, controls) in serving.enumerated() {
            for control in controls { rowsOfControl[control].append(annex) }
        }
        listed = Array(repeating: [], count: serving.count)
        counts = Array(repeating: 0, count: serving.count)
        perValue = Array(repeating: 0, count: serving.count * 256)
        threats = Array(repeating: false, count: serving.count * catalog.threats.count)
        controlHasRisk = Array(repeating: false, count: catalog.controls.count)
        var cache = RiskControlCache()
        var rowsByControls: [[Int]: [Int]] = [:]
        var lastControls: [Int] = [], lastRows: [Int] = []
        for (index, risk) in assessment.risks.enumerated() {
            let controls = cache.controls(of: risk, in: assessment)
            // Risks of a threat and media come in runs: the last answer is kept beside the table.
            if controls != lastControls || index == 0 {
                if let known = rowsByControls[controls] {
                    lastRows = known
                } else {
                    var rows: [Int] = []
                    for control in controls {
                        controlHasRisk[control] = true
                        for row in rowsOfControl[control] where !rows.contains(row) { rows.append(row) }
                    }
                    rowsByControls[controls] = rows
                    lastRows = rows
                }
                lastControls = controls
            }
            for row in lastRows {
                counts[row] += 1
                perValue[row * 256 + Int(risk.value)] += 1
                threats[row * catalog.threats.count + Int(risk.threat)] = true
                if listed[row].count < StatementOfApplicability.listedRisks { listed[row].append(index) }
            }
        }
    }
}
