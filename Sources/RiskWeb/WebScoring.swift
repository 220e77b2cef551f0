import RiskMethod

/// The browser edition's calculator: the command's `risk score` over files in memory. The inputs are read by the
/// core's ``InputSetReader`` in the command's order, with the command's file names, so that the register is the
/// command's byte for byte.
public enum WebScoring {
    /// The roles of the files the page takes, in the order the command's options name them.
    public static let roles = ["inventory", "threats", "checklist", "plan", "method"]

    /// The formats the page writes.
    public static let formats: [RegisterFormat] = [.csv, .json, .html, .md, .xlsx]

    /// Scores the request's inventory and writes the register in its format.
    public static func run(_ request: WebRequest) -> WebResult {
        let language = Language(rawValue: request.option("lang") ?? "ja") ?? .ja
        let messages = Messages(language: language)
        let formatName = request.option("format") ?? "html"
        guard let format = RegisterFormat(rawValue: formatName), formats.contains(format) else {
            return usage(messages.invalidChoice("format", formatName, allowed: formats.map { $0.rawValue }))
        }
        if let lang = request.option("lang"), Language(rawValue: lang) == nil {
            return usage(messages.invalidChoice("lang", lang, allowed: Language.allCases.map { $0.rawValue }))
        }
        let date = request.option("date").flatMap { $0.isEmpty ? nil : $0 }
        if let date, !DocumentInfo.isDate(date) { return usage(DocumentText.badDate(language, date)) }
        guard let inventory = request.file("inventory") else {
            return usage(messages.wrongArgumentCount("score", expected: "INVENTORY"))
        }
        var paths = InputPaths(inventory: inventory.name)
        var files = [inventory.name: inventory.bytes]
        paths.threats = request.file("threats").map { files[$0.name] = $0.bytes; return $0.name }
        paths.checklist = request.file("checklist").map { files[$0.name] = $0.bytes; return $0.name }
        paths.plan = request.file("plan").map { files[$0.name] = $0.bytes; return $0.name }
        paths.method = request.file("method").map { files[$0.name] = $0.bytes; return $0.name } ?? request.option("method")
        if let method = paths.method, request.file("method") == nil, ScoringMethod.builtIn(named: method) == nil {
            return usage(messages.invalidChoice("method", method, allowed: ["mic", "ipa"]))
        }
        let lines = Lines()
        let reader = InputSetReader<Never>(paths: paths, language: language, fetch: { files[$0] ?? [] }, diagnose: { log in
            for diagnostic in log.entries { lines.add(diagnostic.formatted(in: language)) }
        })
        var result: WebResult
        do {
            result = try score(reader, format: format, document: DocumentInfo(date: date))
        } catch {
            switch error {
            case .problems(let errors, let dropped):
                lines.add("risk: " + messages.problemsFound(errors: errors, dropped: dropped))
                result = WebResult(status: 65)
            case .usage(let message):
                lines.add("risk: " + message)
                result = WebResult(status: 64)
            }
        }
        result.lines = lines.lines + result.lines
        return result
    }

    /// Reads, scores and writes, as `Pipeline.score` does.
    static func score(_ reader: InputSetReader<Never>, format: RegisterFormat,
                      document: DocumentInfo) throws(InputFailure<Never>) -> WebResult {
        var inputs = try reader.load(hashing: format.recordsInputs)
        let assessment = inputs.assess(runner: SerialRunner())
        let (outcome, policy) = try reader.planAndPolicy(&inputs, assessment: assessment, mappingLevel: nil)
        let options = inputs.registerOptions(language: reader.language, minimumLevel: nil, outcome: outcome, policy: policy,
                                             document: document)
        let buffer = GrowingBuffer()
        var result = WebResult(status: 0)
        do { try RegisterWriters.write(assessment, as: format, options: options, to: buffer) } catch {
            // Only a workbook over 4 GiB fails in memory.
            result.status = 70
            if case .tooLarge(let what) = error { result.lines.append("risk: " + what) }
            return result
        }
        result.output = buffer.bytes
        result.assets = inputs.inventory.assets.count
        result.risks = assessment.risks.count
        return result
    }

    /// A usage mistake: status 64 and its message.
    static func usage(_ message: String) -> WebResult { WebResult(status: 64, lines: ["risk: " + message]) }

    /// The page's words in `language`: one `key<TAB>text` a line.
    public static func labels(_ language: Language) -> String {
        WebText.allCases.map { $0.key + "\t" + $0(language) + "\n" }.joined()
    }
}

/// The lines said so far.
final class Lines {
    var lines: [String] = []
    func add(_ line: String) { lines.append(TerminalText.visible(line)) }
}
