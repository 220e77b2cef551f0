import RiskCore

/// `risk soa INVENTORY …`: the statement of applicability against ISO/IEC 27001:2022 Annex A.
struct SoACommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    static let options: Set<String> = ScoreCommand.inputOptions.subtracting(["iso"]).union(["format", "output"])
        .union(Context.documentOptions)

    func run() throws(CommandFailure) -> ExitStatus {
        if context.helpRequested(Help.soa(context.language)) { return .ok }
        try context.arguments.check(allowed: SoACommand.options, command: "soa", messages: context.messages)
        guard context.arguments.positional.count == 1 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("soa", expected: "INVENTORY"))
        }
        let (format, output) = try context.registerFormat(command: "soa")
        var request = Pipeline.SoARequest(format: format, output: output)
        request.document = try context.document()
        try context.pipeline(inventory: context.arguments.positional[0]).soa(request)
        return .ok
    }
}
