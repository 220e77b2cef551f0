import RiskMethod

/// The streamed path of the pipeline: a large CSV inventory scored to a CSV file, or checked, chunk by chunk in
/// bounded memory (see ``StreamedRegister``).
extension Pipeline {
    /// What streaming needs: the inventory open, the other inputs read, and the files to refuse as the output.
    struct Prepared {
        let source: FileSource
        let register: StreamedRegister
        let files: [InputFile]
    }

    /// Opens the inventory and reads the other inputs when the inventory is to be streamed; nil when the whole read
    /// must do it: a plan or `--fail-on` (which need every risk at once), `--department`, an input on standard input, a small
    /// inventory, or any diagnostic of the other inputs (the whole read shows every message in its place).
    func prepareStreaming(planOrFailOn: Bool, mappingLevel: String?) throws(CommandFailure) -> Prepared? {
        let path = paths.inventory
        guard path != "-", !planOrFailOn, paths.departments.isEmpty, !paths.optionalFiles.contains("-"), let source = FileSource(path: path),
              let minimum = streaming.minimumSize(for: source), source.size >= max(1, minimum) else { return nil }
        let loader = InputLoader(pipeline: self)
        let (catalog, catalogFile) = try loader.catalog()
        var files = [InputFile(name: path, bytes: [], identity: FileIdentity(path: path))]
        if let catalogFile { files.append(catalogFile.withoutBytes) }
        let (readMethod, methodFile, methodLog) = try loader.method()
        if let methodFile { files.append(methodFile.withoutBytes) }
        guard let method = readMethod, methodLog.entries.isEmpty else { return nil }
        _ = try level(mappingLevel, option: "min-level", of: method)
        var clean = true
        /// Reads the optional file at `path`.
        func optional<Value>(_ path: String?, _ read: ([UInt8], String) -> ReadResult<Value>) throws(CommandFailure) -> Value? {
            guard clean, let path else { return nil }
            let file = try InputFiles.read(path, messages: messages)
            files.append(file.withoutBytes)
            let result = read(file.bytes, path)
            if result.value == nil || !result.log.entries.isEmpty { clean = false }
            return result.value
        }
        let map = try optional(paths.mediaMap) { MediaMapReader(catalog: catalog).read($0, file: $1) }
        let settings = try optional(paths.threats) { ThreatSettingsReader(catalog: catalog, method: method).read($0, file: $1) }
        let checklist = try optional(paths.checklist) { ChecklistReader(catalog: catalog).read($0, file: $1) }
        let policy = try optional(paths.policy) { PolicyReader.read($0, file: $1) }
        // Settings rows of single assets are checked against the whole inventory: the whole read does it.
        guard clean, settings?.assetRows.isEmpty ?? true else { return nil }
        let chunks = RegisterChunks(catalog: catalog, method: method, settings: settings, checklist: checklist,
                                    language: language, policy: policy, file: path,
                                    vocabulary: MediaVocabulary(catalog: catalog, map: map ?? MediaMap()))
        var register = StreamedRegister(chunks: chunks)
        register.chunkSize = chunkSize
        return Prepared(source: source, register: register, files: files)
    }

    /// `risk score … --format csv --output FILE` of a large inventory: writes the register and returns its result;
    /// or returns nil, having written nothing, when the whole read must do it.
    func scoreStreamed(_ request: ScoreRequest) throws(CommandFailure) -> ScoreResult? {
        guard request.output != nil, request.output != "-",
              let prepared = try prepareStreaming(planOrFailOn: paths.plan != nil || request.failOn != nil,
                                                   mappingLevel: request.minimumLevel) else { return nil }
        let target = try OutputTarget(request.output, inputs: prepared.files, messages: messages)
        var notices = DiagnosticLog()
        let written = try target.writeAtOffsets(messages: messages) { (sink) throws(CommandFailure) -> Bool in
            do throws(StreamedRegister.Failure) {
                switch try prepared.register.write(from: prepared.source, to: sink) {
                case .declined: return false
                case .written(_, _, _, _, let log):
                    notices = log
                    return true
                }
            } catch {
                return try handle(error, target: target)
            }
        }
        guard written else { return nil }
        diagnose(notices)
        return ScoreResult(failing: [], strategy: .streamed)
    }

    /// What a streamed register's failure means: a fault of risk's own makes the whole read write the register
    /// (false); anything else ends the command.
    private func handle(_ error: StreamedRegister.Failure, target: OutputTarget) throws(CommandFailure) -> Bool {
        switch error {
        case .measuredOtherwise:
            warn(messages.internalError(messages.streamedMeasuredOtherwise(paths.inventory)))
            return false
        case .inputChanged:
            throw CommandFailure(status: .dataError, message: messages.inputChanged(paths.inventory))
        case .reading(let failure):
            throw CommandFailure(status: .noInput, message: messages.cannotRead(paths.inventory, messages.reason(failure)))
        case .writing(let failure):
            throw CommandFailure(status: .cannotCreate, message: messages.cannotWrite(target.path ?? "-", messages.reason(failure)))
        }
    }

    /// `risk validate` of a large inventory: checks it chunk by chunk; nil when the whole read must do it.
    func validateStreamed(mappingLevel: String?) throws(CommandFailure) -> (assets: Int, risks: Int)? {
        guard let prepared = try prepareStreaming(planOrFailOn: false, mappingLevel: mappingLevel) else { return nil }
        let checked: (assets: Int, risks: Int, encoding: TextEncoding, notices: DiagnosticLog)?
        do throws(StreamedRegister.Failure) { checked = try prepared.register.check(prepared.source) } catch {
            _ = try handle(error, target: OutputTarget(path: "-"))
            return nil
        }
        guard let checked else { return nil }
        diagnose(checked.notices)
        return (checked.assets, checked.risks)
    }
}
