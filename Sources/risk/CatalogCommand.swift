import RiskCore

/// `risk catalog items|threats|controls|media|all`: browse or export the catalog.
struct CatalogCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws -> ExitStatus {
        if context.helpRequested(Help.catalog(context.language)) { return .ok }
        try context.arguments.check(allowed: ["search", "format", "output", "catalog"], command: "catalog",
                                    messages: context.messages)
        let parts = CatalogPart.allCases.map(\.rawValue)
        guard context.arguments.positional.count == 1, let part = CatalogPart(rawValue: context.arguments.positional[0]) else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount(
                "catalog", expected: parts.joined(separator: "|")))
        }
        let formatName = try context.choice("format", allowed: ["table", "csv", "json"])
        let (catalog, file) = try Inputs.catalog(context)
        let target = try OutputTarget(context, inputs: file.map { [$0] } ?? [])
        let format = formatName ?? target.path.flatMap { RegisterFormat(fileName: $0)?.rawValue } ?? "table"
        if part == .all && format == "csv" {
            throw CommandFailure(status: .usage, message: context.language == .ja
                ? "CSV では一つの種類（items, threats, controls, media）を指定してください"
                : "CSV takes one part (items, threats, controls or media)")
        }
        let writer = CatalogWriter(catalog: catalog, language: context.language)
        let search = context.arguments.values["search"]
        let bytes: [UInt8]
        switch format {
        case "json": bytes = writer.json(part, search: search).serialized()
        case "csv": bytes = writer.csv(part, search: search)
        default: bytes = Array(writer.table(part, search: search).utf8)
        }
        try target.write(messages: context.messages) { try $0.write(bytes) }
        return .ok
    }
}

/// `risk explain INVENTORY RISK_ID…`: how each risk was scored, step by step, and what it maps to.
struct ExplainCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws -> ExitStatus {
        if context.helpRequested(Help.explain(context.language)) { return .ok }
        try context.arguments.check(allowed: ["threats", "checklist", "method", "catalog"], command: "explain",
                                    messages: context.messages)
        guard context.arguments.positional.count >= 2 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount(
                "explain", expected: "INVENTORY RISK_ID [RISK_ID…]"))
        }
        let inputs = try Inputs.load(context, inventory: context.arguments.positional[0])
        let explanation = Explanation(assessment: inputs.assess(), language: context.language)
        var texts: [String] = []
        var unknown: [String] = []
        for id in context.arguments.positional.dropFirst() {
            switch explanation.explain(id) {
            case .found(let text), .notApplicable(let text): texts.append(text)
            case .unknown: unknown.append(id)
            }
        }
        print(texts.joined(separator: "\n"), terminator: "")
        if !unknown.isEmpty {
            let problem = Problem.unknownRisk(id: unknown.joined(separator: ", "))
            throw CommandFailure(status: .usage, message: problem.message(in: context.language))
        }
        return .ok
    }
}
