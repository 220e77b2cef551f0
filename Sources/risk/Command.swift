import RiskCore

/// The `risk` command: reads its arguments, runs a subcommand, prints, and returns the exit status.
struct Command {
    let arguments: [String]
    let environment: [String: String]

    /// The language: `--lang` wherever it stands, else the locale environment.
    var language: Language {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) ?? .en }
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) ?? .en }
            index += 1
        }
        return Language.from(environment: environment)
    }

    func run() -> ExitStatus {
        let messages = Messages(language: language)
        do {
            return try dispatch(messages: messages)
        } catch {
            if !error.message.isEmpty { ProcessContext.printError("risk: " + NativeText.shown(error.message)) }
            return error.status
        }
    }

    private func dispatch(messages: Messages) throws(CommandFailure) -> ExitStatus {
        var parsed = try Arguments(arguments, messages: messages)
        if let lang = parsed.values["lang"], Language(rawValue: lang) == nil {
            throw CommandFailure(status: .usage, message: messages.invalidChoice("lang", lang, allowed: ["ja", "en"]))
        }
        if parsed.flags.contains("version") {
            try emit("risk \(RiskVersion.current)\n", messages: messages)
            return .ok
        }
        guard !parsed.positional.isEmpty else {
            try emit(Help.main(language) + "\n", messages: messages)
            return parsed.flags.contains("help") ? .ok : .usage
        }
        let name = parsed.positional.removeFirst()
        let context = Context(arguments: parsed, messages: messages, language: language, environment: environment)
        switch name {
        case "score": return try ScoreCommand(context).run()
        case "validate": return try ValidateCommand(context).run()
        case "init": return try InitCommand(context).run()
        case "catalog": return try CatalogCommand(context).run()
        case "explain": return try ExplainCommand(context).run()
        case "diff": return try DiffCommand(context).run()
        case "soa": return try SoACommand(context).run()
        case "help":
            try emit(Help.main(language) + "\n", messages: messages)
            return .ok
        default:
            throw CommandFailure(status: .usage, message: messages.unknownCommand(name))
        }
    }
}

/// What every subcommand gets: its arguments, the messages and the language.
struct Context {
    var arguments: Arguments
    let messages: Messages
    let language: Language
    let environment: [String: String]

    /// Prints help and returns true when `--help` was given. Help that cannot be written (`> /dev/full`) ends the
    /// process with 73 and the reason, as any output would.
    func helpRequested(_ text: String) -> Bool {
        guard arguments.flags.contains("help") else { return false }
        do throws(CommandFailure) { try emit(text + "\n", messages: messages) } catch {
            ProcessContext.printError("risk: " + error.message)
            ProcessContext.end(error.status.rawValue)
        }
        return true
    }

    /// The value of `--name`, checked against `allowed`.
    func choice(_ name: String, allowed: [String]) throws(CommandFailure) -> String? {
        guard let value = arguments.values[name] else { return nil }
        guard allowed.contains(value) else {
            throw CommandFailure(status: .usage, message: messages.invalidChoice(name, value, allowed: allowed))
        }
        return value
    }

    /// The format `command` writes: `--format`'s (`chosen`), else the one the output file's extension names, else
    /// `fallback` (standard output). A name that says no format (`report.pdf`, `report.txt`, `report`) needs
    /// `--format`; a name for a format the command does not write (`catalog -o x.xlsx`), or for another format than
    /// `--format`'s, is refused: the file's contents would not be what its name says. A .txt file may hold any text.
    func outputFormat(_ chosen: String?, target: OutputTarget, command: String, writes allowed: [String],
                      fallback: String) throws(CommandFailure) -> String {
        guard let path = target.path else { return chosen ?? fallback }
        let examples = ["score": "register", "diff": "diff", "catalog": "catalog"]
        let suffix = chosen ?? fallback == "table" ? "txt" : chosen ?? fallback
        try target.refuseFolder(example: (examples[command] ?? command) + "." + suffix, messages: messages)
        guard let implied = target.impliedFormat?.rawValue, implied != "table" else {
            guard let chosen else {
                throw CommandFailure(status: .usage, message: messages.formatNotNamed(path, allowed: allowed))
            }
            if chosen == RegisterFormat.xlsx.rawValue && target.impliedFormat == .table {
                throw CommandFailure(status: .usage, message: messages.formatDisagrees(chosen, file: path, format: "text"))
            }
            return chosen
        }
        if let chosen {
            guard chosen == implied else {
                throw CommandFailure(status: .usage, message: messages.formatDisagrees(chosen, file: path, format: implied))
            }
            return chosen
        }
        guard allowed.contains(implied) else {
            throw CommandFailure(status: .usage, message: messages.formatNotWritten(
                path, format: implied, command: command, allowed: allowed))
        }
        return implied
    }

    /// The format and `--output` of a command that writes the register's formats: `--format`'s, else the output
    /// file's extension's, else a table on a terminal and CSV elsewhere.
    func registerFormat(command: String) throws(CommandFailure) -> (format: RegisterFormat, output: String?) {
        let formats = RegisterFormat.allCases.map { $0.rawValue }
        let formatName = try choice("format", allowed: formats)
        let output = arguments.values["output"]
        let target = output == nil || output == "-" ? OutputTarget.standardOutput : OutputTarget(path: output ?? "-")
        let named = try outputFormat(formatName, target: target, command: command, writes: formats,
                                     fallback: ProcessContext.standardOutputIsTerminal ? "table" : "csv")
        return (RegisterFormat(rawValue: named) ?? .csv, output)
    }

    /// The options that say who a report is from and when.
    static let documentOptions: Set<String> = ["organization", "author", "date"]

    /// `--organization`, `--author`, `--date` (YYYY-MM-DD, a real day; anything else is a usage error).
    func document() throws(CommandFailure) -> DocumentInfo {
        let values = arguments.values
        if let date = values["date"], !DocumentInfo.isDate(date) {
            throw CommandFailure(status: .usage, message: DocumentText.badDate(language, date))
        }
        return DocumentInfo(organization: values["organization"], author: values["author"], date: values["date"])
    }

    /// `--min-level`: the level from which risks are mapped in full, as named (a code or label of the method's
    /// levels, checked once the method is read); nil: the method's default, `high` for the built-in methods.
    func mappingLevel() -> String? { arguments.values["min-level"] }

    /// The inputs named by the positional inventory and the options.
    func paths(inventory: String) throws(CommandFailure) -> InputPaths {
        var paths = InputPaths(inventory: inventory)
        if let edition = try choice("iso", allowed: ISOEdition.allCases.map { $0.rawValue }) {
            paths.edition = ISOEdition(rawValue: edition) ?? .iso2022
        }
        let values = arguments.values
        paths.threats = values["threats"]
        paths.checklist = values["checklist"]
        paths.method = values["method"]
        paths.catalog = values["catalog"]
        paths.plan = values["plan"]
        paths.policy = values["policy"]
        paths.sheet = values["sheet"]
        paths.mediaMap = values["media-map"]
        paths.departments = DepartmentFilter.split(arguments.multiValues["department", default: []])
        if arguments.multiValues["department"] != nil && paths.departments.isEmpty {
            throw CommandFailure(status: .usage, message: messages.missingValue("department"))
        }
        return paths
    }

    /// The pipeline over `inventory` and the options, which prints every diagnostic as it is found.
    func pipeline(inventory: String) throws(CommandFailure) -> Pipeline {
        let language = self.language
        return Pipeline(paths: try paths(inventory: inventory), language: language, streaming: Streaming(environment: environment),
                        diagnose: { report($0, language: language) },
                        warn: { ProcessContext.printError("risk: " + NativeText.shown($0)) })
    }

    /// The output target of `--output`, refusing any of `inputs`.
    func output(inputs: [InputFile]) throws(CommandFailure) -> OutputTarget {
        try OutputTarget(arguments.values["output"], inputs: inputs, messages: messages)
    }
}

/// Writes `text` to standard output, checking that it was written: a full disk (`> /dev/full`) or a closed output
/// ends the command with status 73 and says so, instead of losing the text silently.
func emit(_ text: String, messages: Messages) throws(CommandFailure) {
    guard !text.isEmpty else { return }
    let bytes = Array(text.utf8)
    try OutputTarget.standardOutput.write(messages: messages) { (sink) throws(WriteError) in try sink.write(bytes) }
}

/// Prints diagnostics to standard error, notices and errors in file and line order.
func report(_ log: DiagnosticLog, language: Language) {
    for diagnostic in log.entries {
        ProcessContext.printError(NativeText.shown(diagnostic.formatted(in: language)))
    }
}
