import Foundation
import RiskCore

/// `risk score INVENTORY …`: score the inventory and write the risk register.
struct ScoreCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    static let options: Set<String> = ["threats", "checklist", "method", "format", "output", "min-level", "catalog",
                                       "plan", "policy", "fail-on"]

    func run() throws -> ExitStatus {
        if context.helpRequested(Help.score(context.language)) { return .ok }
        try context.arguments.check(allowed: ScoreCommand.options, command: "score", messages: context.messages)
        guard context.arguments.positional.count == 1 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("score", expected: "INVENTORY"))
        }
        let formatName = try context.choice("format", allowed: RegisterFormat.allCases.map(\.rawValue))
        let levelName = try context.choice("min-level", allowed: ["low", "medium", "high"])
        let failName = try context.choice("fail-on", allowed: ["low", "medium", "high"])
        let outputPath = context.arguments.values["output"].flatMap { $0 == "-" ? nil : $0 }
        let format = formatName.flatMap(RegisterFormat.init(rawValue:))
            ?? outputPath.flatMap(RegisterFormat.init(fileName:))
            ?? (outputPath == nil && isatty(1) == 1 ? .table : .csv)
        // A large CSV inventory scored to a CSV file streams through in bounded memory.
        if format == .csv, outputPath != nil, try StreamedScore.score(context, inventory: context.arguments.positional[0]) {
            return .ok
        }
        var inputs = try Inputs.load(context, inventory: context.arguments.positional[0], hashing: format.recordsInputs)
        let mappingLevel = levelName.flatMap(RiskLevel.init(code:)) ?? .high
        let assessment = inputs.assess()
        let (outcome, policy) = try inputs.loadPlanAndPolicy(context, assessment: assessment, mappingLevel: mappingLevel)
        let target = try OutputTarget(context, inputs: inputs.files)
        if format == .xlsx && target.isTerminal {
            throw CommandFailure(status: .usage, message: context.language == .ja
                ? "XLSX は端末には書けません。--output でファイルを指定してください"
                : "an XLSX workbook is not written to a terminal; name a file with --output")
        }
        let options = RegisterOptions(language: context.language, minimumLevel: mappingLevel,
                                      inputs: inputs.descriptions, outcome: outcome, policy: policy)
        try target.write(messages: context.messages) { sink in
            try ScoreCommand.write(assessment, as: format, options: options, to: sink)
        }
        // --fail-on: an untreated risk at or above the level ends with status 1.
        if let failLevel = failName.flatMap(RiskLevel.init(code:)) {
            let failing = outcome?.failing(at: failLevel) ?? assessment.risks(atOrAbove: failLevel)
            if !failing.isEmpty {
                let ids = failing.prefix(10).map { assessment.riskID(assessment.risks[$0]) }.joined(separator: ", ")
                let more = failing.count > 10 ? ", …" : ""
                printError(context.language == .ja
                    ? "risk: --fail-on \(failLevel.code): 対応が済んでいないリスクが \(failing.count) 件あります（\(ids)\(more)）"
                    : "risk: --fail-on \(failLevel.code): \(failing.count) untreated risk(s) at or above \(failLevel.code) (\(ids)\(more))")
                return .riskFound
            }
        }
        return .ok
    }

    static func write(_ assessment: Assessment, as format: RegisterFormat, options: RegisterOptions, to sink: ByteSink) throws {
        switch format {
        case .table:
            try sink.write(Array(TableRegisterWriter(assessment: assessment, options: options).text().utf8))
        case .csv:
            try CSVRegisterWriter(assessment: assessment, options: options).write(to: sink)
        case .json:
            try JSONRegisterWriter(assessment: assessment, options: options).write(to: sink)
        case .md:
            try sink.write(MarkdownReportWriter(assessment: assessment, options: options).bytes())
        case .html:
            try sink.write(HTMLReportWriter(assessment: assessment, options: options).bytes())
        case .xlsx:
            try XLSXRegisterWriter(assessment: assessment, options: options).write(to: sink)
        }
    }
}

/// `risk validate INVENTORY …`: check the inputs and list every problem.
struct ValidateCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws -> ExitStatus {
        if context.helpRequested(Help.validate(context.language)) { return .ok }
        try context.arguments.check(allowed: ["threats", "checklist", "method", "catalog"], command: "validate",
                                    messages: context.messages)
        guard context.arguments.positional.count == 1 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("validate", expected: "INVENTORY"))
        }
        // A large CSV inventory is checked chunk by chunk, in bounded memory.
        if try StreamedScore.validate(context, inventory: context.arguments.positional[0]) { return .ok }
        let inputs = try Inputs.load(context, inventory: context.arguments.positional[0])
        let assessment = inputs.assess()
        print(context.messages.validated(assets: inputs.inventory.assets.count, risks: assessment.risks.count))
        return .ok
    }
}
