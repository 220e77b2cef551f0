import RiskCore

/// `risk diff OLD.json NEW.json`: what changed between two JSON registers.
struct DiffCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws(CommandFailure) -> ExitStatus {
        if context.helpRequested(Help.diff(context.language)) { return .ok }
        try context.arguments.check(allowed: Context.documentOptions.union(["format", "output", "catalog"]), command: "diff", messages: context.messages)
        guard context.arguments.positional.count == 2 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("diff", expected: "OLD.json NEW.json"))
        }
        // Both registers from standard input: the second would find it already read to its end.
        if context.arguments.positional.allSatisfy({ $0 == "-" }) {
            throw CommandFailure(status: .usage, message: context.messages.stdinTwice())
        }
        let formats = ["table", "json", "md"]
        let format = try context.choice("format", allowed: formats)
        let (catalog, catalogFile) = try context.pipeline(inventory: "-").catalog()
        var files: [InputFile] = catalogFile.map { [$0] } ?? []
        var snapshots: [RegisterSnapshot] = []
        var errors = 0
        for path in context.arguments.positional {
            let file = try InputFiles.read(path, messages: context.messages)
            files.append(file)
            let result = RegisterReader.read(file.bytes, file: path)
            report(result.log, language: context.language)
            errors += result.log.errorCount
            if let snapshot = result.value { snapshots.append(snapshot) }
        }
        guard errors == 0, snapshots.count == 2 else {
            throw CommandFailure(status: .dataError, message: context.messages.problemsFound(errors: max(errors, 1), dropped: 0))
        }
        let diff = RegisterDiff(old: snapshots[0], new: snapshots[1], catalog: catalog)
        let target = try context.output(inputs: files)
        let chosen = try context.outputFormat(format, target: target, command: "diff", writes: formats, fallback: "table")
        var writer = DiffWriter(diff: diff, language: context.language,
                                files: (context.arguments.positional[0], context.arguments.positional[1]))
        writer.document = try context.document()
        let bytes: [UInt8]
        switch chosen {
        case "json": bytes = diff.json.serialized()
        case "md": bytes = Array(writer.markdown().utf8)
        default: bytes = Array(TerminalText.visible(writer.text(), keepingLineBreaks: true).utf8)
        }
        try target.write(messages: context.messages) { (sink) throws(WriteError) in try sink.write(bytes) }
        return .ok
    }
}
