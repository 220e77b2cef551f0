import RiskMethod

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
    var optionalFiles: [String] {
        [threats, checklist, method.flatMap { ScoringMethod.builtIn(named: $0) == nil ? $0 : nil }, catalog, plan, policy,
         mediaMap].compactMap { $0 }
    }
}

/// Everything an assessment is made from, read and checked.
struct Inputs {
    var catalog: Catalog
    var method: ScoringMethod
    var inventory: AssetInventory
    var settings: ThreatSettings?
    var checklist: Checklist?
    /// The input files as every register records them.
    var descriptions: [InputDescription]
    /// The files read, to refuse an output that would overwrite one.
    var files: [InputFile]
    /// The departments the inventory was limited to (`--department`), if any.
    var departments: DepartmentFilter? = nil
    /// The ids of the assets left out by `departments`: a plan's rows for their risks are skipped.
    var assetsLeftOut: Set<String> = []

    /// Who the report is from, with the departments it covers.
    func document(_ document: DocumentInfo) -> DocumentInfo {
        var document = document
        document.departments = departments?.names ?? []
        return document
    }

    /// Scores the inputs, on every core.
    func assess() -> Assessment {
        Assessment(inventory: inventory, catalog: catalog, method: method, settings: settings, checklist: checklist,
                   runner: ParallelRunner())
    }
}

/// Reads the inputs of a pipeline, reporting every diagnostic through the pipeline's callback.
struct InputLoader {
    let pipeline: Pipeline

    var messages: Messages { pipeline.messages }
    var paths: InputPaths { pipeline.paths }

    /// Reads the catalog (`--catalog`) alone; its problems end the command with status 65.
    func catalog() throws(CommandFailure) -> (Catalog, InputFile?) {
        guard let path = paths.catalog else {
            var catalog = Catalog.builtIn
            catalog.edition = paths.edition
            return (catalog, nil)
        }
        let file = try InputFiles.read(path, messages: messages)
        switch CatalogReader.read(file.bytes, file: path) {
        case .success(var catalog):
            catalog.edition = paths.edition
            return (catalog, file)
        case .failure(let log):
            pipeline.diagnose(log)
            throw CommandFailure(status: .dataError, message: messages.problemsFound(errors: log.errorCount, dropped: log.droppedCount))
        }
    }

    /// The method (`--method`): a built-in name, or a file read with its diagnostics; nil when the file has errors.
    func method() throws(CommandFailure) -> (ScoringMethod?, InputFile?, DiagnosticLog) {
        guard let value = paths.method else { return (.mic, nil, DiagnosticLog()) }
        if let builtIn = ScoringMethod.builtIn(named: value) { return (builtIn, nil, DiagnosticLog()) }
        let file = try InputFiles.read(value, messages: messages)
        let result = MethodReader.read(file.bytes, file: file.name)
        return (result.value, file, result.log)
    }

    /// Reads the inventory with `--threats`, `--checklist`, `--method` and `--catalog`; reports every diagnostic
    /// and ends the command with status 65 when any is an error.
    ///
    /// `hashing` says whether the output records the inventory's SHA-256 (JSON and the reports do; CSV and the
    /// table do not, and a large inventory is then not hashed at all).
    func load(hashing: Bool) throws(CommandFailure) -> Inputs {
        let stdinUses = ([paths.inventory] + [paths.threats, paths.checklist, paths.method, paths.catalog, paths.plan,
                                               paths.policy, paths.mediaMap].compactMap { $0 }).filter { $0 == "-" }.count
        if stdinUses > 1 { throw CommandFailure(status: .usage, message: messages.stdinTwice()) }
        var logs: [DiagnosticLog] = []
        var files: [InputFile] = []
        var descriptions: [InputDescription] = []
        let (catalog, catalogFile) = try self.catalog()
        if let catalogFile {
            files.append(catalogFile)
            descriptions.append(InputDescription(role: "catalog", file: catalogFile.name, bytes: catalogFile.bytes))
        }
        let (readMethod, methodFile, methodLog) = try self.method()
        let method = readMethod ?? .mic
        if let methodFile {
            files.append(methodFile)
            descriptions.append(InputDescription(role: "method", file: methodFile.name, bytes: methodFile.bytes))
            logs.append(methodLog)
        }
        // The organisation's names for media are read first: the inventory is read with them.
        let map = try optional(paths.mediaMap, role: "media-map", logs: &logs, files: &files, descriptions: &descriptions) {
            MediaMapReader(catalog: catalog).read($0, file: $1)
        }
        if paths.mediaMap != nil && map == nil { try finish(logs) }
        let vocabulary = MediaVocabulary(catalog: catalog, map: map ?? MediaMap())
        // The inventory is hashed on the other core while it is read. Its text lives on in the inventory, which
        // refers to most cells where they stand in it rather than copying them.
        let inventoryFile = try InputFiles.read(paths.inventory, messages: messages)
        files.append(inventoryFile.withoutBytes)
        let bytes = inventoryFile.bytes
        let hash = hashing ? Background { SHA256.hex(bytes) } : nil
        let reading = InventoryReading(reader: InventoryReader(catalog: catalog, method: method, sheet: paths.sheet,
                                                               vocabulary: vocabulary),
                                       strategy: pipeline.strategy)
        let inventoryResult = reading.read(bytes, file: paths.inventory)
        logs.append(inventoryResult.log)
        descriptions.insert(InputDescription(role: "inventory", file: paths.inventory, sha256: hash?.value ?? "",
                                             encoding: inventoryResult.value?.encoding.rawValue), at: 0)
        let settings = try optional(paths.threats, role: "threats", logs: &logs, files: &files, descriptions: &descriptions) {
            ThreatSettingsReader(catalog: catalog, method: method).read($0, file: $1)
        }
        let checklist = try optional(paths.checklist, role: "checklist", logs: &logs, files: &files, descriptions: &descriptions) {
            ChecklistReader(catalog: catalog).read($0, file: $1)
        }
        if let settings, let inventory = inventoryResult.value { logs.append(settings.unknownAssets(in: inventory)) }
        try finish(logs)
        guard var inventory = inventoryResult.value else {
            throw CommandFailure(status: .dataError, message: messages.problemsFound(errors: 1, dropped: 0))
        }
        // Reading left freed memory inside malloc's heap (the two halves' builders, the id check); giving it back
        // now keeps the peak low when the risks and the output buffers are allocated.
        ProcessContext.releaseFreedMemory()
        var inputs = Inputs(catalog: catalog, method: method, inventory: inventory, settings: settings, checklist: checklist,
                            descriptions: descriptions, files: files)
        if !paths.departments.isEmpty {
            // Settings rows were checked against the whole inventory above; only then is it narrowed.
            let filter = try departments(in: inventory)
            inputs.assetsLeftOut = inventory.ids(outside: filter)
            inventory = inventory.keeping(filter)
            inputs.inventory = inventory
            inputs.departments = filter
        }
        return inputs
    }

    /// The departments of `--department` matched against `inventory`; a usage error for one it does not have.
    func departments(in inventory: AssetInventory) throws(CommandFailure) -> DepartmentFilter {
        switch DepartmentFilter.match(paths.departments, in: inventory) {
        case .found(let filter): return filter
        case .unknown(let name, let departments, let suggestion):
            let language = pipeline.language
            let list = departments.isEmpty ? "-" : departments.joined(separator: DocumentText.departmentSeparator(language))
            let message = suggestion.map { DocumentText.unknownDepartmentSuggesting(language, name, list, $0) }
                ?? DocumentText.unknownDepartment(language, name, list)
            throw CommandFailure(status: .usage, message: message)
        }
    }

    /// Reads the optional file at `path`, recording it as an input of `role`.
    func optional<Value>(_ path: String?, role: String, logs: inout [DiagnosticLog], files: inout [InputFile],
                         descriptions: inout [InputDescription],
                         read: ([UInt8], String) -> ReadResult<Value>) throws(CommandFailure) -> Value? {
        guard let path else { return nil }
        let file = try InputFiles.read(path, messages: messages)
        files.append(file.withoutBytes)
        let result = read(file.bytes, path)
        logs.append(result.log)
        descriptions.append(InputDescription(role: role, file: path, bytes: file.bytes))
        return result.value
    }

    /// Reports `logs` in order; ends the command with status 65 when any holds an error.
    func finish(_ logs: [DiagnosticLog]) throws(CommandFailure) {
        var errors = 0, dropped = 0
        for log in logs {
            pipeline.diagnose(log)
            errors += log.errorCount
            dropped += log.droppedCount
        }
        if errors > 0 {
            throw CommandFailure(status: .dataError, message: messages.problemsFound(errors: errors, dropped: dropped))
        }
    }

    /// Reads `--plan` (against the assessment) and `--policy`; reports their diagnostics and ends the command with
    /// status 65 when any is an error.
    func planAndPolicy(_ inputs: inout Inputs, assessment: Assessment,
                       mappingLevel: RiskLevel?) throws(CommandFailure) -> (TreatmentOutcome?, PolicyClauses?) {
        var logs: [DiagnosticLog] = []
        var outcome: TreatmentOutcome?
        var policy: PolicyClauses?
        if let path = paths.plan {
            let file = try InputFiles.read(path, messages: messages)
            inputs.files.append(file)
            inputs.descriptions.append(InputDescription(role: "plan", file: path, bytes: file.bytes))
            var reader = PlanReader(assessment: assessment, mappingLevel: mappingLevel)
            reader.assetsLeftOut = inputs.assetsLeftOut
            let result = reader.read(file.bytes, file: path)
            logs.append(result.log)
            let level = mappingLevel ?? assessment.method.defaultMappingLevel
            outcome = result.value.map { TreatmentOutcome(assessment: assessment, plan: $0, mappingLevel: level) }
        }
        if let path = paths.policy {
            let file = try InputFiles.read(path, messages: messages)
            inputs.files.append(file)
            inputs.descriptions.append(InputDescription(role: "policy", file: path, bytes: file.bytes))
            let result = PolicyReader.read(file.bytes, file: path)
            logs.append(result.log)
            policy = result.value
        }
        var errors = 0
        for log in logs {
            pipeline.diagnose(log)
            errors += log.errorCount
        }
        if errors > 0 { throw CommandFailure(status: .dataError, message: messages.problemsFound(errors: errors, dropped: 0)) }
        return (outcome, policy)
    }
}
