/// The steps and values a risk of each threat variant (``MediaVariants``) and importance has when its asset has no
/// settings rows of its own: what a register writer prepares its pieces for, once, and checks each risk against.
struct VariantScores: Sendable {
    /// The slots per variant: importance 0 (unused) to the method's highest.
    let importanceSlots: Int
    /// Per variant: the likelihood, vulnerability and possibility (the vulnerability from the checklist's controls
    /// that concern the variant's media).
    let steps: [(likelihood: Int, vulnerability: Int, possibility: Int)]
    /// Per variant and importance: the risk value.
    let valueOf: [UInt8]
    /// Per variant and importance: the packed steps (``Risk/scoreBits``) its pieces are made for; a risk whose own
    /// differ is formatted cell by cell.
    let stepsOf: [UInt16]

    init(assessment: Assessment, variants: MediaVariants) {
        importanceSlots = assessment.method.importanceSteps + 1
        let resolver = InputResolver(catalog: assessment.catalog, method: assessment.method, settings: assessment.settings,
                                     checklist: assessment.checklist)
        steps = (0..<variants.count).map { variant in
            let threat = variants.threat[variant]
            let context = assessment.threats[threat]
            var vulnerability = context.vulnerability
            if case .checklist = context.vulnerabilitySource {
                vulnerability = resolver.checklistVulnerability(threat, media: variants.representative[variant]).0
            }
            let possibility = assessment.method.possibility(likelihood: context.likelihood, vulnerability: vulnerability)
            return (context.likelihood, vulnerability, possibility)
        }
        let slots = importanceSlots
        valueOf = steps.flatMap { steps in
            (0..<slots).map { importance -> UInt8 in
                importance > 0 ? UInt8(assessment.method.value(importance: importance, possibility: steps.possibility)) : 0
            }
        }
        stepsOf = steps.flatMap { steps in
            (0..<slots).map { importance -> UInt16 in
                guard importance > 0 else { return UInt16.max }
                return Risk.pack(importance: UInt8(importance), possibility: UInt8(steps.possibility),
                                 likelihood: UInt8(steps.likelihood), vulnerability: UInt8(steps.vulnerability),
                                 importanceGiven: false) & 0x1FFF
            }
        }
    }

    /// The value of a cell that depends on the threat, on the threat and the matched media, or on the threat and
    /// the importance, for a risk of `variant` with `importance`.
    func value(_ field: RegisterField, variant: Int, importance: Int, rows: RegisterRows, variants: MediaVariants) -> RegisterValue {
        let steps = self.steps[variant]
        let value = Int(valueOf[variant * importanceSlots + importance])
        switch field {
        case .importance: return .number(importance)
        case .riskValue: return .number(value)
        case .level: return .level(rows.assessment.level(of: value))
        case .importanceSource: return .text(rows.importanceSource(given: false))
        case .likelihood: return .number(steps.likelihood)
        case .vulnerability: return .number(steps.vulnerability)
        case .possibility: return .number(steps.possibility)
        default: return rows.value(field, ofThreat: variants.threat[variant], concerning: variants.representative[variant])
        }
    }
}
