import RiskCore

/// `risk catalog items|threats|controls|media|all`: browse or export the catalog.
struct CatalogCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws(CommandFailure) -> ExitStatus {
        if context.helpRequested(Help.catalog(context.language)) { return .ok }
        try context.arguments.check(allowed: ["search", "format", "output", "catalog"], command: "catalog",
                                    messages: context.messages)
        let parts = CatalogPart.allCases.map { $0.rawValue }
        guard context.arguments.positional.count == 1, let part = CatalogPart(rawValue: context.arguments.positional[0]) else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount(
                "catalog", expected: parts.joined(separator: "|")))
        }
        let formats = ["table", "csv", "json"]
        let formatName = try context.choice("format", allowed: formats)
        let pipeline = try context.pipeline(inventory: "-")
        let (catalog, file) = try pipeline.catalog()
        let target = try context.output(inputs: file.map { [$0] } ?? [])
        let format = try context.outputFormat(formatName, target: target, command: "catalog", writes: formats, fallback: "table")
        if part == .all && format == "csv" {
            throw CommandFailure(status: .usage, message: context.messages.catalogCSVNeedsOnePart())
        }
        let writer = CatalogWriter(catalog: catalog, language: context.language)
        let search = context.arguments.values["search"]
        let bytes: [UInt8]
        switch format {
        case "json": bytes = writer.json(part, search: search).serialized()
        case "csv": bytes = writer.csv(part, search: search)
        default: bytes = Array(TerminalText.visible(writer.table(part, search: search), keepingLineBreaks: true).utf8)
        }
        try target.write(messages: context.messages) { (sink) throws(WriteError) in try sink.write(bytes) }
        return .ok
    }
}

/// `risk explain INVENTORY RISK_ID…`: how each risk was scored, step by step, and what it maps to.
struct ExplainCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws(CommandFailure) -> ExitStatus {
        if context.helpRequested(Help.explain(context.language)) { return .ok }
        try context.arguments.check(allowed: ScoreCommand.inputOptions.union(["min-level"]), command: "explain",
                                    messages: context.messages)
        guard context.arguments.positional.count >= 2 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount(
                "explain", expected: "INVENTORY RISK_ID [RISK_ID…]"))
        }
        let (assessment, outcome) = try context.pipeline(inventory: context.arguments.positional[0])
            .assessment(mappingLevel: context.mappingLevel())
        let explanation = Explanation(assessment: assessment, language: context.language, outcome: outcome)
        var texts: [String] = []
        var unknown: [String] = []
        for id in context.arguments.positional.dropFirst() {
            switch explanation.explain(id) {
            case .found(let text), .notApplicable(let text): texts.append(text)
            case .unknown: unknown.append(id)
            }
        }
        try emit(TerminalText.visible(texts.joined(separator: "\n"), keepingLineBreaks: true), messages: context.messages)
        if !unknown.isEmpty {
            let problem = Problem.unknownRisk(id: unknown.joined(separator: ", "))
            throw CommandFailure(status: .usage, message: problem.message(in: context.language))
        }
        return .ok
    }
}
