/// An input of the assessment, as every register records it: its role, its file name and its SHA-256.
public struct InputDescription: Sendable, Hashable {
    /// What the file is: `inventory`, `threats`, `checklist`, `method`, `catalog`, `plan`, `policy`.
    public var role: String
    /// The file name as the user gave it.
    public var file: String
    /// The SHA-256 of its bytes, in hex.
    public var sha256: String
    /// The encoding it was read in, where it is a table.
    public var encoding: String?

    /// Creates a description.
    public init(role: String, file: String, sha256: String, encoding: String? = nil) {
        self.role = role
        self.file = file
        self.sha256 = sha256
        self.encoding = encoding
    }

    /// Describes `bytes` read from `file`.
    public init(role: String, file: String, bytes: [UInt8], encoding: String? = nil) {
        self.init(role: role, file: file, sha256: SHA256.hex(bytes), encoding: encoding)
    }
}

/// What a register writer needs besides the assessment: language, mapping level and the inputs.
public struct RegisterOptions: Sendable {
    /// The language of labels and headers.
    public var language: Language
    /// Risks at or above this level are mapped in full; nil: the method's default (see
    /// ``ScoringMethod/defaultMappingLevel``).
    public var minimumLevel: RiskLevel?
    /// The inputs, in the order given.
    public var inputs: [InputDescription]
    /// The treatment plan applied, if any: adds treatment and residual risk to every output.
    public var outcome: TreatmentOutcome?
    /// The organisation's policy clauses, if any: named beside each mapped item and control.
    public var policy: PolicyClauses?
    /// Who the report is from and when, if given.
    public var document = DocumentInfo()
    /// How long a report's lists may be: the register holds every risk, the report is for people.
    public var reportLimits = ReportLimits()

    /// Creates options.
    public init(language: Language, minimumLevel: RiskLevel? = nil, inputs: [InputDescription] = [],
                outcome: TreatmentOutcome? = nil, policy: PolicyClauses? = nil) {
        self.language = language
        self.minimumLevel = minimumLevel
        self.inputs = inputs
        self.outcome = outcome
        self.policy = policy
    }

    /// The level from which risks are mapped in full, by `method`.
    public func mappingLevel(_ method: ScoringMethod) -> RiskLevel { minimumLevel ?? method.defaultMappingLevel }
}

/// How long the lists of an HTML or Markdown report may be. A register of more risks than `risks` gets a report of
/// its summary, heat maps, control priority, departments and threats, with only the first `shown` risks to treat,
/// assets and untreated risks, and a line that says how many more there are and where they all are: the register.
public struct ReportLimits: Sendable {
    /// The most risks a register may have for its report to list everything.
    public var risks: Int
    /// How many risks to treat, assets and untreated risks a report of a larger register lists.
    public var shown: Int

    /// Limits: by default 2,000 risks, and the first 100 of each list beyond.
    public init(risks: Int = 2_000, shown: Int = 100) {
        self.risks = risks
        self.shown = shown
    }
}
