/// The value of one cell of the register, before a format renders it.
public enum RegisterValue: Sendable, Equatable {
    /// Text, as it is.
    case text(String)
    /// A whole number.
    case number(Int)
    /// A risk level: its label in the register's language, its code in JSON.
    case level(RiskLevel)
    /// Media: their labels joined by `|` (codes in English, Japanese names in Japanese); their codes in JSON.
    case media(MediaSet)
    /// Numbers joined by `|`; an array in JSON.
    case numbers([Int])
    /// Texts joined by `|`; an array in JSON.
    case texts([String])
    /// Nothing: an empty cell.
    case none
}

/// The register's rows as values: what every register writer renders, so that they all say the same.
public struct RegisterRows: Sendable {
    /// The assessment.
    public let assessment: Assessment
    /// The language of the labels.
    public let language: Language
    /// A plan's treatments and residual risks.
    public let outcome: TreatmentOutcome?
    /// The organisation's policy clauses.
    public let policy: PolicyClauses?

    /// The rows of `assessment`.
    public init(assessment: Assessment, language: Language, outcome: TreatmentOutcome?, policy: PolicyClauses?) {
        self.assessment = assessment
        self.language = language
        self.outcome = outcome
        self.policy = policy
    }

    /// The columns: the register's own, the plan's and the policy's.
    public var columns: [RegisterColumn] {
        RegisterSchema.columns(plan: outcome != nil, policy: policy != nil,
                               importanceSource: assessment.inventory.hasImportanceColumn)
    }

    /// The value of `field` for the risk at `index` of the register.
    public func value(_ field: RegisterField, at index: Int) -> RegisterValue {
        let risk = assessment.risks[index]
        let asset = assessment.inventory.assets[Int(risk.asset)]
        let threatIndex = Int(risk.threat)
        switch field {
        case .riskID: return .text(assessment.riskID(risk))
        case .assetID: return .text(assessment.inventory.id(of: Int(risk.asset)))
        case .assetName: return .text(assessment.inventory.name(of: Int(risk.asset)))
        case .department: return .text(assessment.inventory.text(.department, of: Int(risk.asset)))
        case .media: return .media(assessment.matchedMedia(risk))
        case .confidentiality: return .text(asset.confidentiality.text)
        case .integrity: return .number(Int(asset.integrity))
        case .availability: return .number(Int(asset.availability))
        case .importance: return .number(Int(risk.importance))
        case .importanceSource: return .text(importanceSource(given: risk.importanceGiven))
        case .likelihood: return .number(Int(risk.likelihood))
        case .vulnerability: return .number(Int(risk.vulnerability))
        case .possibility: return .number(Int(risk.possibility))
        case .riskValue: return .number(Int(risk.value))
        case .level: return .level(assessment.level(risk))
        case .threatID, .threat, .revisionItems, .controls, .clauses:
            return value(field, ofThreat: threatIndex, concerning: assessment.matchedMedia(risk))
        case .treatment, .owner, .due, .note, .acceptedBy, .acceptedOn, .reviewBy, .residualValue, .residualLevel:
            return planValue(field, at: index)
        }
    }

    /// Where an importance came from, in the register's language: the ledger (台帳) or the classes (分類).
    public func importanceSource(given: Bool) -> String {
        (given ? OutputText.importanceFromLedger : OutputText.importanceFromClasses)(language)
    }

    /// The value of a field that depends on the threat alone, or on the threat and the risk's matched `media` (the
    /// revision items, controls and clauses that concern them).
    public func value(_ field: RegisterField, ofThreat index: Int, concerning media: MediaSet) -> RegisterValue {
        let threat = assessment.catalog.threats[index]
        switch field {
        case .threatID: return .text(threat.id)
        case .threat: return .text(threat.name[language])
        case .likelihood: return .number(assessment.threats[index].likelihood)
        case .vulnerability: return .number(assessment.threats[index].vulnerability)
        case .possibility: return .number(assessment.threats[index].possibility)
        case .revisionItems: return .numbers(threat.revisionItems(concerning: media))
        case .controls: return .texts(assessment.controlReferences(ofThreat: index, concerning: media))
        case .clauses:
            guard let policy else { return .none }
            return .texts(assessment.clauses(ofThreat: index, concerning: media, policy: policy).map { $0.clause })
        default: return .none
        }
    }

    /// The value of a plan's field: the treatment's label, owner and due date; the residual value and level, none
    /// for an avoided risk.
    func planValue(_ field: RegisterField, at index: Int) -> RegisterValue {
        guard let outcome else { return .none }
        let treatment = outcome.plan.treatments[index]
        switch field {
        case .treatment: return treatment.map { .text($0.kind.label(in: language)) } ?? .none
        case .owner: return .text(treatment?.owner ?? "")
        case .due: return .text(treatment?.due ?? "")
        case .note: return .text(treatment?.note ?? "")
        case .acceptedBy: return .text(treatment?.acceptedBy ?? "")
        case .acceptedOn: return .text(treatment?.acceptedOn ?? "")
        case .reviewBy: return .text(treatment?.reviewBy ?? "")
        case .residualValue: return outcome.residual[index].map { .number($0.value) } ?? .none
        case .residualLevel: return outcome.residual[index].map { .level($0.level) } ?? .none
        default: return .none
        }
    }

    /// A value as the text of a CSV cell (before quoting) or a table cell.
    public func text(_ value: RegisterValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): String(number)
        case .level(let level): assessment.method.label(level, in: language)
        case .media(let media): media.indices.map { assessment.mediumLabel($0, in: language) }.joined(separator: "|")
        case .numbers(let numbers): numbers.map { String($0) }.joined(separator: "|")
        case .texts(let texts): texts.joined(separator: "|")
        case .none: ""
        }
    }

    /// A value as JSON.
    public func json(_ value: RegisterValue) -> JSON {
        switch value {
        case .text(let text): .string(text)
        case .number(let number): .int(number)
        case .level(let level): .string(assessment.method.code(level))
        case .media(let media): .strings(assessment.catalog.mediaCodes(media))
        case .numbers(let numbers): .ints(numbers)
        case .texts(let texts): .strings(texts)
        case .none: .null
        }
    }
}
