import RiskCore

/// `risk score INVENTORY …`: score the inventory and write the risk register.
struct ScoreCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    /// The options that name inputs: `score`, `validate` and `explain` read the same files.
    static let inputOptions: Set<String> = ["threats", "checklist", "method", "catalog", "plan", "policy", "sheet", "media-map", "iso",
                                                     "department"]
    static let options: Set<String> = inputOptions.union(["format", "output", "min-level", "fail-on", "encoding"])
        .union(Context.documentOptions)

    func run() throws(CommandFailure) -> ExitStatus {
        if context.helpRequested(Help.score(context.language)) { return .ok }
        try context.arguments.check(allowed: ScoreCommand.options, command: "score", messages: context.messages)
        guard context.arguments.positional.count == 1 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("score", expected: "INVENTORY"))
        }
        let (format, output) = try context.registerFormat(command: "score")
        let minimumLevel = context.mappingLevel()
        let failName = context.arguments.values["fail-on"]
        let encodingName = try context.choice("encoding", allowed: TextOutputEncoding.allCases.map { $0.rawValue })
        if encodingName != nil && format != .csv {
            throw CommandFailure(status: .usage, message: context.messages.encodingForCSVOnly(format.rawValue))
        }
        let request = Pipeline.ScoreRequest(format: format, output: output,
                                            minimumLevel: minimumLevel,
                                            failOn: failName,
                                            encoding: encodingName.flatMap(TextOutputEncoding.init(rawValue:)),
                                            document: try context.document())
        let result = try context.pipeline(inventory: context.arguments.positional[0]).score(request)
        // --fail-on: an untreated risk at or above the level ends with status 1.
        if let level = result.failOn, !result.failing.isEmpty {
            ProcessContext.printError("risk: " + context.messages.failOn(level, count: result.failing.count, ids: result.failing))
            return .riskFound
        }
        return .ok
    }
}

/// `risk validate INVENTORY …`: check the inputs and list every problem.
struct ValidateCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws(CommandFailure) -> ExitStatus {
        if context.helpRequested(Help.validate(context.language)) { return .ok }
        try context.arguments.check(allowed: ScoreCommand.inputOptions.union(["min-level"]), command: "validate",
                                    messages: context.messages)
        guard context.arguments.positional.count == 1 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("validate", expected: "INVENTORY"))
        }
        let checked = try context.pipeline(inventory: context.arguments.positional[0])
            .validate(mappingLevel: context.mappingLevel())
        try emit(context.messages.validated(assets: checked.assets, risks: checked.risks) + "\n", messages: context.messages)
        return .ok
    }
}
