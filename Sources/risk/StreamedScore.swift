import Foundation
import RiskCore

/// `risk score` of a large CSV inventory to a CSV file, in bounded memory: the inventory is read twice, chunk by
/// chunk, instead of whole (see ``StreamedCSVRegister``).
enum StreamedScore {
    /// UTF-8 inventories at least this large (about 1.6 million assets) are streamed. Smaller ones are read whole:
    /// that reads each byte once instead of twice, which is faster (benchmark, runs alternating, each after a sync:
    /// 100 000 assets 0.230 s against 0.245 s; 1 M assets 1.65 s against 2.08 s), and its peak memory, about 20 MB
    /// plus twice the inventory (1 M assets: 330 MB against 68 MB streamed), stays under about 550 MB.
    static let minimumSize = 256 << 20

    /// Shift_JIS inventories at least this large are streamed. Read whole, one takes about five times its size in
    /// memory (its decoded text is a third larger than it, and is kept with the assets and the risks); streamed,
    /// under three times at 11 MB (100 000 assets: 32 MB against 61 MB), and less beyond, in the same time (0.277 s
    /// against 0.280 s).
    static let minimumShiftJISSize = 8 << 20

    /// The size from which the file at `source` is streamed: `RISK_STREAM=always` streams any inventory that can
    /// be, `never` none (nil); otherwise its size and encoding decide.
    static func minimumSize(for source: FileSource) -> Int? {
        switch getenv("RISK_STREAM").map({ String(cString: $0) }) {
        case "always": return 0
        case "never": return nil
        default: return source.looksLikeShiftJIS ? minimumShiftJISSize : minimumSize
        }
    }

    /// What streaming needs: the inventory open, the other inputs read, and the files to refuse as the output.
    struct Prepared {
        let source: FileSource
        let register: StreamedCSVRegister
        let files: [InputFile]
    }

    /// Opens the inventory and reads the other inputs when the inventory is to be streamed; nil when the usual
    /// whole read must do it: a plan or `--fail-on` (which need every risk at once), an input on standard input, a
    /// small inventory, or any diagnostic of the other inputs (the whole read shows every message in its place).
    static func prepare(_ context: Context, inventory path: String) throws -> Prepared? {
        let options = context.arguments.values
        let messages = context.messages
        let optionFiles = ["threats", "checklist", "method", "catalog", "policy"].compactMap { options[$0] }
        guard path != "-", options["plan"] == nil, options["fail-on"] == nil, !optionFiles.contains("-"),
              let source = FileSource(path: path, messages: messages),
              let minimum = minimumSize(for: source), source.size >= max(1, minimum) else { return nil }
        let (catalog, catalogFile) = try Inputs.catalog(context)
        var files = [InputFile(name: path, bytes: [], identity: FileIdentity(path: path))]
        if let catalogFile { files.append(catalogFile.withoutBytes) }
        let (readMethod, methodFile, methodLog) = try Inputs.method(context)
        if let methodFile { files.append(methodFile.withoutBytes) }
        guard let method = readMethod, methodLog.entries.isEmpty else { return nil }
        var clean = true
        /// Reads the optional file of `--option`.
        func optional<Value>(_ option: String, _ read: ([UInt8], String) -> ReadResult<Value>) throws -> Value? {
            guard clean, let name = options[option] else { return nil }
            let file = try Files.read(name, messages: messages)
            files.append(file.withoutBytes)
            let result = read(file.bytes, name)
            if result.value == nil || !result.log.entries.isEmpty { clean = false }
            return result.value
        }
        let settings = try optional("threats") { ThreatSettingsReader(catalog: catalog).read($0, file: $1) }
        let checklist = try optional("checklist") { ChecklistReader(catalog: catalog).read($0, file: $1) }
        let policy = try optional("policy") { PolicyReader.read($0, file: $1) }
        guard clean else { return nil }
        let register = StreamedCSVRegister(catalog: catalog, method: method, settings: settings, checklist: checklist,
                                           language: context.language, policy: policy, file: path)
        return Prepared(source: source, register: register, files: files)
    }

    /// `risk score … --format csv --output FILE`: writes the register and returns true; or returns false, having
    /// written nothing, when the whole read must do it (see ``prepare(_:inventory:)``), or the streamed register
    /// does not vouch for the inventory.
    static func score(_ context: Context, inventory path: String) throws -> Bool {
        guard let prepared = try prepare(context, inventory: path) else { return false }
        let target = try OutputTarget(context, inputs: prepared.files)
        var notices = DiagnosticLog()
        let written = try target.writeAtOffsets(messages: context.messages) { sink in
            do {
                switch try prepared.register.write(from: prepared.source, to: sink) {
                case .declined:
                    return false
                case .written(_, _, _, _, let log):
                    notices = log
                    return true
                }
            } catch StreamedRegisterError.measuredOtherwise {
                // A fault of risk's own: the partial file is dropped and the whole read writes the register.
                printError("risk: " + context.messages.internalError("the streamed register was measured otherwise; reading \(path) whole"))
                return false
            } catch let error as StreamedRegisterError {
                throw changed(error, path: path, language: context.language)
            }
        }
        if written { report(notices, language: context.language) }
        return written
    }

    /// `risk validate`: checks the inventory chunk by chunk and prints what it holds; false when the whole read
    /// must do it.
    static func validate(_ context: Context, inventory path: String) throws -> Bool {
        guard let prepared = try prepare(context, inventory: path),
              let checked = try prepared.register.check(prepared.source) else { return false }
        report(checked.notices, language: context.language)
        print(context.messages.validated(assets: checked.assets, risks: checked.risks))
        return true
    }

    static func changed(_ error: StreamedRegisterError, path: String, language: Language) -> CommandFailure {
        CommandFailure(status: .dataError, message: language == .ja
            ? "\(path) が読み取り中に変更されました。もう一度実行してください"
            : "\(error); run the command again")
    }
}
