/// What the organisation decides to do about a risk (対応).
public enum TreatmentKind: String, Sendable, CaseIterable {
    /// 低減: add controls.
    case mitigate
    /// 受容: keep the risk, with a reason.
    case accept
    /// 移転: pass it on (insurance, contract).
    case transfer
    /// 回避: stop the activity, so the risk goes away.
    case avoid

    /// The Japanese label.
    public var japaneseName: String {
        switch self {
        case .mitigate: "低減"
        case .accept: "受容"
        case .transfer: "移転"
        case .avoid: "回避"
        }
    }

    /// The label in `language`.
    public func label(in language: Language) -> String { Localized(ja: japaneseName, en: rawValue)[language] }

    /// Reads a treatment from its code or Japanese label.
    public init?(text: String) {
        switch text.lowercased().filter({ !$0.isWhitespace }) {
        case "mitigate", "reduce", "modify", "低減", "軽減", "対策", "対策実施", "リスク低減", "リスク軽減": self = .mitigate
        case "accept", "retain", "受容", "保有", "許容", "リスク受容", "リスク保有": self = .accept
        case "transfer", "share", "移転", "共有", "転嫁", "リスク移転", "リスク共有": self = .transfer
        case "avoid", "回避", "リスク回避", "廃止": self = .avoid
        default: return nil
        }
    }

    static let allowedText = "mitigate/低減, accept/受容, transfer/移転, avoid/回避"
}

/// The plan for one risk: its treatment, the controls to add, who, by when, and why.
public struct Treatment: Sendable, Hashable {
    /// The decision.
    public var kind: TreatmentKind
    /// The controls to add (catalog indices); they count as done for the residual risk.
    public var controls: [Int]
    /// 担当.
    public var owner: String
    /// 期限, as written (YYYY-MM-DD).
    public var due: String
    /// 備考: for an accepted risk, the reason.
    public var note: String
    /// The line of the plan file.
    public var line: Int
    /// 承認者: for an accepted risk, who accepted it.
    public var acceptedBy = ""
    /// 承認日: for an accepted risk, when (YYYY-MM-DD).
    public var acceptedOn = ""
    /// 見直し期限: for an accepted risk, when the acceptance is to be reviewed (YYYY-MM-DD).
    public var reviewBy = ""
    /// The residual importance the plan gives, overriding what the treatment derives.
    public var residualImportance: Int? = nil
    /// The residual likelihood the plan gives, overriding what the treatment derives.
    public var residualLikelihood: Int? = nil
    /// The residual vulnerability the plan gives, overriding what the treatment derives.
    public var residualVulnerability: Int? = nil

    /// Whether an accepted risk's review date is before `date` (both YYYY-MM-DD): the acceptance has lapsed.
    public func reviewIsOverdue(on date: String?) -> Bool {
        guard kind == .accept, let date, !reviewBy.isEmpty else { return false }
        return reviewBy < date
    }

    /// Whether the plan gives any residual step.
    public var givesResidual: Bool { residualImportance != nil || residualLikelihood != nil || residualVulnerability != nil }
}

/// A treatment plan (対応計画): a treatment per risk, keyed by the risk's position in its assessment.
public struct TreatmentPlan: Sendable {
    /// The file the plan came from.
    public var file: String
    /// Per risk index of the assessment: its treatment, if the plan has one.
    public var treatments: [Int: Treatment]

    /// An empty plan.
    public init(file: String) {
        self.file = file
        treatments = [:]
    }
}

/// The organisation's own policy clauses for guideline sections (`--policy`).
public struct PolicyClauses: Sendable {
    /// A clause of the organisation's policy.
    public struct Clause: Sendable, Hashable {
        /// The guideline section it answers, as a number such as `3.6.5`.
        public var section: String
        /// The clause, such as 第12条.
        public var clause: String
        /// Its heading.
        public var title: String
    }

    /// The file the clauses came from.
    public var file: String
    /// The clauses in file order.
    public var clauses: [Clause]

    /// Creates a set of clauses.
    public init(file: String, clauses: [Clause]) {
        self.file = file
        self.clauses = clauses
    }

    /// The clauses for a guideline section (a number such as `3.6.5`, or a section text as the seed writes it):
    /// those of the most specific section that is the same or a parent (`3.6` answers `3.6.5`).
    public func clauses(forSection section: String) -> [Clause] {
        var number = RevisionItem.sectionNumber(of: section)
        while !number.isEmpty {
            let found = clauses.filter { $0.section == number }
            if !found.isEmpty { return found }
            guard let dot = number.lastIndex(of: ".") else { break }
            number = String(number[..<dot])
        }
        return []
    }
}
