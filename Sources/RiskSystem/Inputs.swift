import RiskMethod

/// Everything an assessment is made from, read and checked, with the files read (to refuse an output that would
/// overwrite one).
struct Inputs {
    /// The inputs, as the core reads them (``InputSetReader``).
    var core: InputSet
    /// The files read.
    var files: [InputFile]

    var method: ScoringMethod { core.method }
    var inventory: AssetInventory { core.inventory }
    var descriptions: [InputDescription] { core.descriptions }

    /// Who the report is from, with the departments it covers.
    func document(_ document: DocumentInfo) -> DocumentInfo { core.document(document) }

    /// Scores the inputs, on every core.
    func assess() -> Assessment { core.assess(runner: ParallelRunner()) }
}

/// The files an input reader has read, in order, without their bytes.
final class FilesRead {
    var files: [InputFile] = []
}

/// Reads the inputs of a pipeline from files, through the core's ``InputSetReader``, reporting every diagnostic
/// through the pipeline's callback.
struct InputLoader {
    let pipeline: Pipeline
    let read = FilesRead()

    var messages: Messages { pipeline.messages }
    var paths: InputPaths { pipeline.paths }

    /// The core's reader over files; the inventory read by the pipeline's strategy and hashed on another core.
    var reader: InputSetReader<CommandFailure> {
        let messages = self.messages
        let read = self.read
        var reader = InputSetReader<CommandFailure>(paths: paths, language: pipeline.language, fetch: { (name) throws(CommandFailure) in
            let file = try InputFiles.read(name, messages: messages)
            read.files.append(file.withoutBytes)
            return file.bytes
        }, diagnose: pipeline.diagnose)
        let strategy = pipeline.strategy
        reader.readInventory = { InventoryReading(reader: $0, strategy: strategy).read($1, file: $2) }
        reader.hashInventory = { bytes in
            let hash = Background { SHA256.hex(bytes) }
            return { hash.value }
        }
        return reader
    }

    /// The command's failure for the core's.
    func failure(_ failure: InputFailure<CommandFailure>) -> CommandFailure {
        switch failure {
        case .unreadable(let failure): failure
        case .problems(let errors, let dropped):
            CommandFailure(status: .dataError, message: messages.problemsFound(errors: errors, dropped: dropped))
        case .usage(let message): CommandFailure(status: .usage, message: message)
        }
    }

    /// Reads the catalog (`--catalog`) alone; its problems end the command with status 65.
    func catalog() throws(CommandFailure) -> (Catalog, InputFile?) {
        do {
            let (catalog, bytes) = try reader.catalog()
            return (catalog, bytes.flatMap { bytes in read.files.last.map { InputFile(name: $0.name, bytes: bytes, identity: $0.identity) } })
        } catch { throw failure(error) }
    }

    /// The method (`--method`): a built-in name, or a file read with its diagnostics; nil when the file has errors.
    func method() throws(CommandFailure) -> (ScoringMethod?, InputFile?, DiagnosticLog) {
        do {
            let (method, bytes, log) = try reader.method()
            return (method, bytes.flatMap { _ in read.files.last }, log)
        } catch { throw failure(error) }
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
        let set: InputSet
        do { set = try reader.load(hashing: hashing) } catch { throw failure(error) }
        // Reading left freed memory inside malloc's heap (the two halves' builders, the id check); giving it back
        // now keeps the peak low when the risks and the output buffers are allocated.
        ProcessContext.releaseFreedMemory()
        return Inputs(core: set, files: read.files)
    }

    /// Reads `--plan` (against the assessment) and `--policy`; reports their diagnostics and ends the command with
    /// status 65 when any is an error.
    func planAndPolicy(_ inputs: inout Inputs, assessment: Assessment,
                       mappingLevel: RiskLevel?) throws(CommandFailure) -> (TreatmentOutcome?, PolicyClauses?) {
        let before = read.files.count
        defer { inputs.files += read.files.dropFirst(before) }
        do { return try reader.planAndPolicy(&inputs.core, assessment: assessment, mappingLevel: mappingLevel) } catch {
            throw failure(error)
        }
    }
}
