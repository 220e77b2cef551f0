import RiskCore

/// `risk diff OLD.json NEW.json`: what changed between two JSON registers.
struct DiffCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws -> ExitStatus {
        if context.helpRequested(Help.diff(context.language)) { return .ok }
        try context.arguments.check(allowed: ["format", "output", "catalog"], command: "diff", messages: context.messages)
        guard context.arguments.positional.count == 2 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("diff", expected: "OLD.json NEW.json"))
        }
        let format = try context.choice("format", allowed: ["table", "json", "md"])
        let (catalog, catalogFile) = try Inputs.catalog(context)
        var files: [InputFile] = catalogFile.map { [$0] } ?? []
        var snapshots: [RegisterSnapshot] = []
        var errors = 0
        for path in context.arguments.positional {
            let file = try Files.read(path, messages: context.messages)
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
        let target = try OutputTarget(context, inputs: files)
        let chosen = format ?? target.path.flatMap { RegisterFormat(fileName: $0)?.rawValue } ?? "table"
        let writer = DiffWriter(diff: diff, language: context.language,
                                files: (context.arguments.positional[0], context.arguments.positional[1]))
        let bytes: [UInt8]
        switch chosen {
        case "json": bytes = diff.json.serialized()
        case "md": bytes = Array(writer.markdown().utf8)
        default: bytes = Array(writer.text().utf8)
        }
        try target.write(messages: context.messages) { try $0.write(bytes) }
        return .ok
    }
}

extension Help {
    static func diff(_ language: Language) -> String {
        language == .ja ? """
        使い方: risk diff OLD.json NEW.json [--format table|json|md] [--output FILE]

        二つのリスク台帳（risk score --format json の出力）を比べ、新たなリスク、なくなったリスク、値やレベルが
        変わったリスク、追加・削除・格付けが変わった資産、評価方法・カタログの変更、見直しの契機（初めて使われた
        スマートデバイスやクラウド等の媒体: 項番 3、5、6）を示します。

        例:
          risk diff 評価2025.json 評価2026.json --format md --output 差分.md
        """ : """
        usage: risk diff OLD.json NEW.json [--format table|json|md] [--output FILE]

        Compares two risk registers (written by risk score --format json): new, closed and changed risks (old and new
        value and level), assets added, removed and reclassified, method or catalog changes, and review triggers (a
        medium used for the first time, such as smart-device or cloud, flags revision items 3, 5 and 6).

        example:
          risk diff register-2025.json register-2026.json --format md --output diff.md
        """
    }
}
