/// The files an assessment is made from, as the user named them: the inventory and the optional files.
public struct InputPaths: Sendable {
    /// The inventory (`-` for standard input).
    public var inventory: String
    /// `--threats`, `--checklist`, `--method` (a built-in name or a file), `--catalog`, `--plan`, `--policy`.
    public var threats: String?
    public var checklist: String?
    public var method: String?
    public var catalog: String?
    public var plan: String?
    public var policy: String?
    /// `--sheet`: the inventory workbook's sheet.
    public var sheet: String?
    /// `--media-map`: the organisation's own names for media.
    public var mediaMap: String?
    /// `--iso`: the edition of ISO/IEC 27001 whose Annex A numbers the outputs cite (set on the catalog read).
    public var edition: ISOEdition = .iso2022
    /// `--department`: the departments every output is limited to, as named (split, trimmed); empty: all.
    public var departments: [String] = []

    /// The inventory alone.
    public init(inventory: String) { self.inventory = inventory }

    /// The optional files' paths that name files (not a built-in method), in option order.
    public var optionalFiles: [String] {
        [threats, checklist, method.flatMap { ScoringMethod.builtIn(named: $0) == nil ? $0 : nil }, catalog, plan, policy,
         mediaMap].compactMap { $0 }
    }
}

/// Why inputs could not be used: a file that could not be had, problems in the files (each already reported), or
/// a department the inventory does not have.
public enum InputFailure<Unreadable: Error>: Error {
    /// A file could not be read.
    case unreadable(Unreadable)
    /// The inputs have `errors` errors, `dropped` of the diagnostics not kept.
    case problems(errors: Int, dropped: Int)
    /// A usage mistake, said in the user's language (a `--department` the inventory does not have).
    case usage(String)
}

/// Everything an assessment is made from, read and checked.
public struct InputSet: Sendable {
    public var catalog: Catalog
    public var method: ScoringMethod
    public var inventory: AssetInventory
    public var settings: ThreatSettings?
    public var checklist: Checklist?
    /// The input files as every register records them.
    public var descriptions: [InputDescription]
    /// The departments the inventory was limited to (`--department`), if any.
    public var departments: DepartmentFilter? = nil
    /// The ids of the assets left out by `departments`: a plan's rows for their risks are skipped.
    public var assetsLeftOut: Set<String> = []

    /// Who the report is from, with the departments it covers.
    public func document(_ document: DocumentInfo) -> DocumentInfo {
        var document = document
        document.departments = departments?.names ?? []
        return document
    }

    /// The options of the register of these inputs: the inputs as recorded, the plan's outcome, the policy, and
    /// who the report is from with the departments it covers.
    public func registerOptions(language: Language, minimumLevel: RiskLevel?, outcome: TreatmentOutcome?,
                                policy: PolicyClauses?, document: DocumentInfo) -> RegisterOptions {
        var options = RegisterOptions(language: language, minimumLevel: minimumLevel, inputs: descriptions, outcome: outcome,
                                      policy: policy)
        options.document = self.document(document)
        return options
    }

    /// Scores the inputs; `runner` may run the two parts of a large inventory at once.
    public func assess<Runner: PartRunner>(runner: Runner) -> Assessment {
        Assessment(inventory: inventory, catalog: catalog, method: method, settings: settings, checklist: checklist,
                   runner: runner)
    }
}

/// Reads the inputs of an assessment in the one order the command and the browser page share, reporting every
/// diagnostic through `diagnose` as it is found. Where the bytes come from is `fetch`'s business: files for the
/// command, buffers in memory for the page.
public struct InputSetReader<Unreadable: Error> {
    /// The inputs as named.
    public let paths: InputPaths
    /// The language of the messages that are not diagnostics.
    public let language: Language
    /// The bytes of a named file.
    public let fetch: (String) throws(Unreadable) -> [UInt8]
    /// Where each file's diagnostics go, once it is read.
    public let diagnose: (DiagnosticLog) -> Void
    /// How the inventory's bytes are read (the command picks a strategy by its size); by default on this thread.
    public var readInventory: (InventoryReader, [UInt8], String) -> ReadResult<AssetInventory> = { $0.read($1, file: $2) }
    /// Starts hashing the inventory's bytes and returns what waits for the hash (the command hashes on another core).
    public var hashInventory: ([UInt8]) -> () -> String = { bytes in { SHA256.hex(bytes) } }

    /// A reader of `paths`.
    public init(paths: InputPaths, language: Language, fetch: @escaping (String) throws(Unreadable) -> [UInt8],
                diagnose: @escaping (DiagnosticLog) -> Void) {
        self.paths = paths
        self.language = language
        self.fetch = fetch
        self.diagnose = diagnose
    }

    public typealias Failure = InputFailure<Unreadable>

    /// Reads the catalog (`--catalog`) alone, with its bytes; its problems are a failure.
    public func catalog() throws(Failure) -> (Catalog, [UInt8]?) {
        guard let path = paths.catalog else {
            var catalog = Catalog.builtIn
            catalog.edition = paths.edition
            return (catalog, nil)
        }
        let bytes = try read(path)
        switch CatalogReader.read(bytes, file: path) {
        case .success(var catalog):
            catalog.edition = paths.edition
            return (catalog, bytes)
        case .failure(let log):
            diagnose(log)
            throw .problems(errors: log.errorCount, dropped: log.droppedCount)
        }
    }

    /// The method (`--method`): a built-in name, or a file read with its diagnostics (nil when it has errors) and
    /// its bytes.
    public func method() throws(Failure) -> (ScoringMethod?, [UInt8]?, DiagnosticLog) {
        guard let value = paths.method else { return (.mic, nil, DiagnosticLog()) }
        if let builtIn = ScoringMethod.builtIn(named: value) { return (builtIn, nil, DiagnosticLog()) }
        let bytes = try read(value)
        let result = MethodReader.read(bytes, file: value)
        return (result.value, bytes, result.log)
    }

    /// Reads the inventory with the threat settings, the checklist, the method, the catalog and the media names;
    /// reports every diagnostic and fails when any is an error. `hashing` says whether the output records the
    /// inventory's SHA-256 (JSON and the reports do; CSV and the table do not).
    public func load(hashing: Bool) throws(Failure) -> InputSet {
        var logs: [DiagnosticLog] = []
        var descriptions: [InputDescription] = []
        let (catalog, catalogBytes) = try self.catalog()
        if let path = paths.catalog, let catalogBytes {
            descriptions.append(InputDescription(role: "catalog", file: path, bytes: catalogBytes))
        }
        let (readMethod, methodBytes, methodLog) = try self.method()
        let method = readMethod ?? .mic
        if let path = paths.method, let methodBytes {
            descriptions.append(InputDescription(role: "method", file: path, bytes: methodBytes))
            logs.append(methodLog)
        }
        // The organisation's names for media are read first: the inventory is read with them.
        let map = try optional(paths.mediaMap, role: "media-map", logs: &logs, descriptions: &descriptions) {
            MediaMapReader(catalog: catalog).read($0, file: $1)
        }
        if paths.mediaMap != nil && map == nil { try finish(logs) }
        let vocabulary = MediaVocabulary(catalog: catalog, map: map ?? MediaMap())
        let bytes = try read(paths.inventory)
        let hash = hashing ? hashInventory(bytes) : nil
        let reader = InventoryReader(catalog: catalog, method: method, sheet: paths.sheet, vocabulary: vocabulary)
        let inventoryResult = readInventory(reader, bytes, paths.inventory)
        logs.append(inventoryResult.log)
        descriptions.insert(InputDescription(role: "inventory", file: paths.inventory, sha256: hash?() ?? "",
                                             encoding: inventoryResult.value?.encoding.rawValue), at: 0)
        let settings = try optional(paths.threats, role: "threats", logs: &logs, descriptions: &descriptions) {
            ThreatSettingsReader(catalog: catalog, method: method).read($0, file: $1)
        }
        let checklist = try optional(paths.checklist, role: "checklist", logs: &logs, descriptions: &descriptions) {
            ChecklistReader(catalog: catalog).read($0, file: $1)
        }
        if let settings, let inventory = inventoryResult.value { logs.append(settings.unknownAssets(in: inventory)) }
        try finish(logs)
        guard let inventory = inventoryResult.value else { throw .problems(errors: 1, dropped: 0) }
        var inputs = InputSet(catalog: catalog, method: method, inventory: inventory, settings: settings,
                              checklist: checklist, descriptions: descriptions)
        if !paths.departments.isEmpty {
            // Settings rows were checked against the whole inventory above; only then is it narrowed.
            let filter = try departments(in: inventory)
            inputs.assetsLeftOut = inventory.ids(outside: filter)
            inputs.inventory = inventory.keeping(filter)
            inputs.departments = filter
        }
        return inputs
    }

    /// The departments of `--department` matched against `inventory`; a usage failure for one it does not have.
    public func departments(in inventory: AssetInventory) throws(Failure) -> DepartmentFilter {
        switch DepartmentFilter.match(paths.departments, in: inventory) {
        case .found(let filter): return filter
        case .unknown(let name, let departments, let suggestion):
            let list = departments.isEmpty ? "-" : departments.joined(separator: DocumentText.departmentSeparator(language))
            let message = suggestion.map { DocumentText.unknownDepartmentSuggesting(language, name, list, $0) }
                ?? DocumentText.unknownDepartment(language, name, list)
            throw .usage(message)
        }
    }

    /// Reads `--plan` (against the assessment, at `mappingLevel`) and `--policy`, recording them in `inputs`;
    /// reports their diagnostics and fails when any is an error.
    public func planAndPolicy(_ inputs: inout InputSet, assessment: Assessment,
                              mappingLevel: RiskLevel?) throws(Failure) -> (TreatmentOutcome?, PolicyClauses?) {
        var logs: [DiagnosticLog] = []
        var outcome: TreatmentOutcome?
        var policy: PolicyClauses?
        if let path = paths.plan {
            let bytes = try read(path)
            inputs.descriptions.append(InputDescription(role: "plan", file: path, bytes: bytes))
            var reader = PlanReader(assessment: assessment, mappingLevel: mappingLevel)
            reader.assetsLeftOut = inputs.assetsLeftOut
            let result = reader.read(bytes, file: path)
            logs.append(result.log)
            let level = mappingLevel ?? assessment.method.defaultMappingLevel
            outcome = result.value.map { TreatmentOutcome(assessment: assessment, plan: $0, mappingLevel: level) }
        }
        if let path = paths.policy {
            let bytes = try read(path)
            inputs.descriptions.append(InputDescription(role: "policy", file: path, bytes: bytes))
            let result = PolicyReader.read(bytes, file: path)
            logs.append(result.log)
            policy = result.value
        }
        var errors = 0
        for log in logs {
            diagnose(log)
            errors += log.errorCount
        }
        if errors > 0 { throw .problems(errors: errors, dropped: 0) }
        return (outcome, policy)
    }

    /// The bytes of `path`.
    func read(_ path: String) throws(Failure) -> [UInt8] {
        do throws(Unreadable) { return try fetch(path) } catch { throw .unreadable(error) }
    }

    /// Reads the optional file at `path`, recording it as an input of `role`.
    func optional<Value>(_ path: String?, role: String, logs: inout [DiagnosticLog], descriptions: inout [InputDescription],
                         read: ([UInt8], String) -> ReadResult<Value>) throws(Failure) -> Value? {
        guard let path else { return nil }
        let bytes = try self.read(path)
        let result = read(bytes, path)
        logs.append(result.log)
        descriptions.append(InputDescription(role: role, file: path, bytes: bytes))
        return result.value
    }

    /// Reports `logs` in order; fails when any holds an error.
    func finish(_ logs: [DiagnosticLog]) throws(Failure) {
        var errors = 0, dropped = 0
        for log in logs {
            diagnose(log)
            errors += log.errorCount
            dropped += log.droppedCount
        }
        if errors > 0 { throw .problems(errors: errors, dropped: dropped) }
    }
}
