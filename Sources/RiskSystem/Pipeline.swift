import RiskMethod

/// When a large inventory is streamed (read twice in chunks, in bounded memory) instead of read whole.
public enum Streaming: Sendable, Equatable {
    /// By the inventory's size and encoding.
    case bySize
    /// Whenever it can be.
    case always
    /// Never.
    case never

    /// The choice of `RISK_STREAM` (`always`, `never`) in `environment`; by size otherwise.
    public init(environment: [String: String]) {
        switch environment["RISK_STREAM"] {
        case "always": self = .always
        case "never": self = .never
        default: self = .bySize
        }
    }

    /// UTF-8 inventories at least this large are streamed. Smaller ones are read whole: that reads each byte once
    /// instead of twice, which is faster (100 000 assets: 0.230 s against 0.245 s; 1 M assets: 1.65 s against
    /// 2.08 s), and its peak memory, about 20 MB plus twice the inventory (1 M assets: 330 MB against 68 MB
    /// streamed), stays under about 550 MB.
    public static let minimumUTF8Size = 256 << 20

    /// Shift_JIS inventories at least this large are streamed. Read whole, one takes about five times its size in
    /// memory (its decoded text is a third larger than it, and is kept with the assets and the risks); streamed,
    /// under three times (100 000 assets: 32 MB against 61 MB), in the same time.
    public static let minimumShiftJISSize = 8 << 20

    /// The size from which `source` is streamed, nil for never.
    func minimumSize(for source: FileSource) -> Int? {
        switch self {
        case .always: 0
        case .never: nil
        case .bySize: source.looksLikeShiftJIS ? Streaming.minimumShiftJISSize : Streaming.minimumUTF8Size
        }
    }
}

/// The one pipeline of `risk score` and `risk validate`: it reads the inputs, chooses how to read the inventory
/// (streamed, in halves or whole) from its size and kind, scores it, and writes the register atomically. The
/// command only passes the options; every diagnostic goes to `diagnose` as it is found.
public struct Pipeline: Sendable {
    /// The input files.
    public let paths: InputPaths
    /// The messages' language.
    public let messages: Messages
    /// When to stream.
    public let streaming: Streaming
    /// How to read an inventory that is read whole: nil to decide by its size.
    public var strategy: ReadStrategy?
    /// The chunk size of a streamed register: nil to decide by the inventory's size.
    public var chunkSize: Int?
    /// Where diagnostics go, as they are found.
    public let diagnose: @Sendable (DiagnosticLog) -> Void
    /// Where a warning about risk itself goes (a fault of its own that it worked around).
    public let warn: @Sendable (String) -> Void

    /// A pipeline over `paths`.
    public init(paths: InputPaths, language: Language, streaming: Streaming = .bySize,
                diagnose: @escaping @Sendable (DiagnosticLog) -> Void, warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.paths = paths
        messages = Messages(language: language)
        self.streaming = streaming
        self.diagnose = diagnose
        self.warn = warn
    }

    var language: Language { messages.language }

    /// What `risk score` asks: the format, the destination, the mapping level and the `--fail-on` level, each level
    /// as named on the command line (a code or label of the method's levels; nil: the method's default, and no
    /// `--fail-on`).
    public struct ScoreRequest: Sendable {
        public var format: RegisterFormat
        public var output: String?
        public var minimumLevel: String?
        public var failOn: String?
        /// The CSV register's encoding (`--encoding`); nil: UTF-8, with a byte order mark in Japanese.
        public var encoding: TextOutputEncoding?
        /// Who the report is from and when (`--organization`, `--author`, `--date`).
        public var document: DocumentInfo

        /// A request.
        public init(format: RegisterFormat, output: String?, minimumLevel: String? = nil, failOn: String? = nil,
                    encoding: TextOutputEncoding? = nil, document: DocumentInfo = DocumentInfo()) {
            self.document = document
            self.format = format
            self.output = output
            self.minimumLevel = minimumLevel
            self.failOn = failOn
            self.encoding = encoding
        }
    }

    /// What scoring found beyond the register: the risks that fail `--fail-on`, by id, if it was given.
    public struct ScoreResult: Sendable {
        /// The ids of the risks at or above the `--fail-on` level that are untreated, in register order.
        public var failing: [String]
        /// The code of the `--fail-on` level, if it was given.
        public var failOn: String? = nil
        /// How the inventory was read.
        public var strategy: ReadStrategy
    }

    /// Scores the inventory and writes the register.
    public func score(_ request: ScoreRequest) throws(CommandFailure) -> ScoreResult {
        if request.format == .csv, request.encoding == nil, let written = try scoreStreamed(request) { return written }
        let loader = InputLoader(pipeline: self)
        var inputs = try loader.load(hashing: request.format.recordsInputs)
        let minimumLevel = try level(request.minimumLevel, option: "min-level", of: inputs.method)
        let failOn = try level(request.failOn, option: "fail-on", of: inputs.method)
        let assessment = inputs.assess()
        let (outcome, policy) = try loader.planAndPolicy(&inputs, assessment: assessment, mappingLevel: minimumLevel)
        let target = try outputTarget(request.output, format: request.format, inputs: inputs)
        let options = inputs.core.registerOptions(language: language, minimumLevel: minimumLevel, outcome: outcome,
                                                  policy: policy, document: request.document)
        var cut: [XLSXCutCell] = []
        try target.write(messages: messages) { (sink) throws(WriteError) in
            if request.format == .xlsx {
                cut = try XLSXRegisterWriter(assessment: assessment, options: options)
                    .writeReportingCuts(to: sink, runner: ParallelRunner(), width: Threads.workers)
                return
            }
            guard let encoding = request.encoding else {
                return try Pipeline.write(assessment, as: request.format, options: options, to: sink)
            }
            let encoded = EncodingSink(sink, encoding: encoding)
            try Pipeline.write(assessment, as: request.format, options: options, to: encoded)
            try encoded.finish()
        }
        // Excel holds 32,767 characters a cell: a longer text is cut in the workbook, and that is said.
        for cell in cut.prefix(10) {
            warn(messages.xlsxCellCut(cell.reference, characters: cell.characters, limit: XLSXCutCell.limit))
        }
        if cut.count > 10 { warn(messages.xlsxMoreCut(cut.count - 10)) }
        var failing: [String] = []
        if let level = failOn {
            failing = (outcome?.failing(at: level, on: request.document.date) ?? assessment.risks(atOrAbove: level)).map {
                assessment.riskID(assessment.risks[$0])
            }
        }
        return ScoreResult(failing: failing, failOn: failOn.map { inputs.method.code($0) }, strategy: strategy ?? .whole)
    }

    /// Writes a register in `format` to `sink`: the CSV and JSON registers with every core formatting.
    public static func write(_ assessment: Assessment, as format: RegisterFormat, options: RegisterOptions,
                             to sink: any ByteSink) throws(WriteError) {
        switch format {
        case .csv: try ParallelRegister.write(CSVRegisterWriter(assessment: assessment, options: options), to: sink)
        case .json: try ParallelRegister.write(JSONRegisterWriter(assessment: assessment, options: options), to: sink)
        default: try RegisterWriters.write(assessment, as: format, options: options, to: sink)
        }
    }

    /// Where `--output` writes, refusing any input file; a workbook is never written to a terminal.
    func outputTarget(_ output: String?, format: RegisterFormat, inputs: Inputs) throws(CommandFailure) -> OutputTarget {
        let target = try OutputTarget(output, inputs: inputs.files, messages: messages)
        if format == .xlsx && target.isTerminal {
            throw CommandFailure(status: .usage, message: messages.xlsxToTerminal())
        }
        return target
    }

    /// Checks the inputs, as `risk score` would read them; the numbers of assets and risks.
    /// A plan is checked against the assessment at `mappingLevel` (accepted risks at or above it need a note).
    public func validate(mappingLevel: String? = nil) throws(CommandFailure) -> (assets: Int, risks: Int) {
        if paths.plan == nil && paths.policy == nil, let checked = try validateStreamed(mappingLevel: mappingLevel) {
            return checked
        }
        let loader = InputLoader(pipeline: self)
        var inputs = try loader.load(hashing: false)
        let level = try level(mappingLevel, option: "min-level", of: inputs.method)
        let assessment = inputs.assess()
        _ = try loader.planAndPolicy(&inputs, assessment: assessment, mappingLevel: level)
        return (inputs.inventory.assets.count, assessment.risks.count)
    }
}

extension Pipeline {
    /// The catalog of `--catalog`, or the built-in one, with its file.
    public func catalog() throws(CommandFailure) -> (Catalog, InputFile?) { try InputLoader(pipeline: self).catalog() }

    /// The inputs read and scored, as `risk explain` needs them, with the plan (`--plan`) applied at
    /// `mappingLevel`, and the policy (`--policy`) checked.
    public func assessment(mappingLevel: String? = nil) throws(CommandFailure) -> (Assessment, TreatmentOutcome?) {
        let loader = InputLoader(pipeline: self)
        var inputs = try loader.load(hashing: false)
        let level = try level(mappingLevel, option: "min-level", of: inputs.method)
        let assessment = inputs.assess()
        let (outcome, _) = try loader.planAndPolicy(&inputs, assessment: assessment, mappingLevel: level)
        return (assessment, outcome)
    }

    /// The level of `method` that `name` names (a code or a label), for the option `option`; nil for no name; a
    /// usage error, listing the names the method allows, for a name it does not know.
    func level(_ name: String?, option: String, of method: ScoringMethod) throws(CommandFailure) -> RiskLevel? {
        guard let name else { return nil }
        guard let level = method.level(named: name) else {
            throw CommandFailure(status: .usage, message: messages.invalidChoice(option, name, allowed: method.levelNames))
        }
        return level
    }
}

/// The folder `risk init` writes its templates to.
public enum TemplateFolder {
    /// Writes `files` into `folder` (made when missing); refuses, with status 73, to overwrite a file unless
    /// `overwriting`.
    public static func write(_ files: [TemplateFile], to folder: String, overwriting: Bool,
                             messages: Messages) throws(CommandFailure) {
        do throws(SystemError) { try FileSystem.makeDirectory(folder) } catch {
            throw CommandFailure(status: .cannotCreate, message: messages.cannotWrite(folder, messages.reason(error)))
        }
        let paths = files.map { Paths.join(folder, $0.name) }
        let existing = paths.filter { FileSystem.exists($0) }
        if !existing.isEmpty && !overwriting {
            throw CommandFailure(status: .cannotCreate, message: messages.exists(existing))
        }
        for (file, path) in zip(files, paths) {
            try OutputTarget(path: path).write(messages: messages) { (sink) throws(WriteError) in try sink.write(file.bytes) }
        }
    }
}
