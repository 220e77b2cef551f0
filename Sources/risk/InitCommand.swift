import RiskCore

/// `risk init [DIR]`: write the fill-in templates and the sample inventory.
struct InitCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws(CommandFailure) -> ExitStatus {
        if context.helpRequested(Help.initialize(context.language)) { return .ok }
        try context.arguments.check(allowed: ["force"], command: "init", messages: context.messages)
        guard context.arguments.positional.count <= 1 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("init", expected: "[DIR]"))
        }
        let folder = context.arguments.positional.first ?? "."
        let files = Templates.files(for: context.language)
        try TemplateFolder.write(files, to: folder, overwriting: context.arguments.flags.contains("force"),
                                 messages: context.messages)
        try emit(context.messages.wrote(files.map { $0.name }, folder: folder) + "\n", messages: context.messages)
        return .ok
    }
}
