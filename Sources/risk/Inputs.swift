import RiskCore

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

    /// Reads the catalog (`--catalog`) alone; its problems end the command with status 65.
    static func catalog(_ context: Context) throws -> (Catalog, InputFile?) {
        guard let path = context.arguments.values["catalog"] else { return (Catalog.builtIn, nil) }
        let file = try Files.read(path, messages: context.messages)
        switch CatalogReader.read(file.bytes, file: path) {
        case .success(let catalog): return (catalog, file)
        case .failure(let log):
            report(log, language: context.language)
            throw CommandFailure(status: .dataError, message: context.messages.problemsFound(errors: log.errorCount, dropped: log.droppedCount))
        }
    }

    /// The method (`--method`): a built-in name, or a file read with its diagnostics; nil when the file has errors.
    static func method(_ context: Context) throws -> (ScoringMethod?, InputFile?, DiagnosticLog) {
        guard let value = context.arguments.values["method"] else { return (.mic, nil, DiagnosticLog()) }
        if let builtIn = ScoringMethod.builtIn(named: value) { return (builtIn, nil, DiagnosticLog()) }
        let file = try Files.read(value, messages: context.messages)
        let result = MethodReader.read(file.bytes, file: file.name)
        return (result.value, file, result.log)
    }

    /// Reads the inventory at `path` with `--threats`, `--checklist`, `--method` and `--catalog`; prints every
    /// diagnostic and ends the command with status 65 when any is an error.
    ///
    /// `hashing` says whether the output records the inventory's SHA-256 (JSON and the reports do; CSV and the
    /// table do not, and a large inventory is then not hashed at all).
    static func load(_ context: Context, inventory path: String, hashing: Bool = false) throws -> Inputs {
        let messages = context.messages
        let options = context.arguments.values
        let stdinUses = ([path] + ["threats", "checklist", "method", "catalog", "plan", "policy"].compactMap { options[$0] })
            .filter { $0 == "-" }.count
        if stdinUses > 1 { throw CommandFailure(status: .usage, message: messages.stdinTwice()) }

        var logs: [DiagnosticLog] = []
        var files: [InputFile] = []
        var descriptions: [InputDescription] = []
        let (catalog, catalogFile) = try Inputs.catalog(context)
        if let catalogFile {
            files.append(catalogFile)
            descriptions.append(InputDescription(role: "catalog", file: catalogFile.name, bytes: catalogFile.bytes))
        }

        let (readMethod, methodFile, methodLog) = try Inputs.method(context)
        let method = readMethod ?? .mic
        if let methodFile {
            files.append(methodFile)
            descriptions.append(InputDescription(role: "method", file: methodFile.name, bytes: methodFile.bytes))
            logs.append(methodLog)
        }

        // The inventory is hashed on the other core while it is read. Its text lives on in the inventory, which
        // refers to most cells where they stand in it rather than copying them.
        let inventoryFile = try Files.read(path, messages: messages)
        files.append(inventoryFile.withoutBytes)
        let bytes = inventoryFile.bytes
        let hash = hashing ? Background { SHA256.hex(bytes) } : nil
        let inventoryResult = InventoryReader(catalog: catalog, method: method).read(bytes, file: path)
        logs.append(inventoryResult.log)
        descriptions.insert(InputDescription(role: "inventory", file: path, sha256: hash?.value ?? "",
                                             encoding: inventoryResult.value?.encoding.rawValue), at: 0)

        /// Reads the optional file of `--option`, recording it as an input of `role`.
        func readOptional<Value>(_ option: String, read: ([UInt8], String) -> ReadResult<Value>) throws -> Value? {
            guard let value = options[option] else { return nil }
            let file = try Files.read(value, messages: messages)
            files.append(file.withoutBytes)
            let result = read(file.bytes, value)
            logs.append(result.log)
            descriptions.append(InputDescription(role: option, file: value, bytes: file.bytes))
            return result.value
        }
        let settings = try readOptional("threats") { ThreatSettingsReader(catalog: catalog).read($0, file: $1) }
        let checklist = try readOptional("checklist") { ChecklistReader(catalog: catalog).read($0, file: $1) }

        var errors = 0
        var dropped = 0
        for log in logs {
            report(log, language: context.language)
            errors += log.errorCount
            dropped += log.droppedCount
        }
        guard errors == 0, let inventory = inventoryResult.value else {
            throw CommandFailure(status: .dataError, message: messages.problemsFound(errors: max(errors, 1), dropped: dropped))
        }
        // Reading left freed memory inside malloc's heap (the two halves' builders, the id check); giving it back
        // now keeps the peak low when the risks and the output buffers are allocated (4 MB of 63 at 100 000 assets).
        _ = releaseFreedMemory(0)
        return Inputs(catalog: catalog, method: method, inventory: inventory, settings: settings, checklist: checklist,
                      descriptions: descriptions, files: files)
    }

    /// Reads `--plan` (against the assessment) and `--policy`; prints their diagnostics and ends the command with
    /// status 65 when any is an error.
    mutating func loadPlanAndPolicy(_ context: Context, assessment: Assessment,
                                    mappingLevel: RiskLevel) throws -> (TreatmentOutcome?, PolicyClauses?) {
        var logs: [DiagnosticLog] = []
        var outcome: TreatmentOutcome?
        var policy: PolicyClauses?
        if let path = context.arguments.values["plan"] {
            let file = try Files.read(path, messages: context.messages)
            files.append(file)
            descriptions.append(InputDescription(role: "plan", file: path, bytes: file.bytes))
            let result = PlanReader(assessment: assessment, mappingLevel: mappingLevel).read(file.bytes, file: path)
            logs.append(result.log)
            outcome = result.value.map { TreatmentOutcome(assessment: assessment, plan: $0, mappingLevel: mappingLevel) }
        }
        if let path = context.arguments.values["policy"] {
            let file = try Files.read(path, messages: context.messages)
            files.append(file)
            descriptions.append(InputDescription(role: "policy", file: path, bytes: file.bytes))
            let result = PolicyReader.read(file.bytes, file: path)
            logs.append(result.log)
            policy = result.value
        }
        var errors = 0
        for log in logs {
            report(log, language: context.language)
            errors += log.errorCount
        }
        if errors > 0 {
            throw CommandFailure(status: .dataError, message: context.messages.problemsFound(errors: errors, dropped: 0))
        }
        return (outcome, policy)
    }

    /// Scores the inputs.
    func assess() -> Assessment {
        Assessment(inventory: inventory, catalog: catalog, method: method, settings: settings, checklist: checklist)
    }
}

/// glibc's malloc_trim(3), which its module map leaves out: returns free heap memory to the system.
@_silgen_name("malloc_trim")
private func releaseFreedMemory(_ pad: Int) -> Int32
