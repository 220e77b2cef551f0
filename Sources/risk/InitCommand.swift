import Foundation
import RiskCore

/// `risk init [DIR]`: write the fill-in templates and the sample inventory.
struct InitCommand {
    let context: Context
    init(_ context: Context) { self.context = context }

    func run() throws -> ExitStatus {
        if context.helpRequested(Help.initialize(context.language)) { return .ok }
        try context.arguments.check(allowed: ["force"], command: "init", messages: context.messages)
        guard context.arguments.positional.count <= 1 else {
            throw CommandFailure(status: .usage, message: context.messages.wrongArgumentCount("init", expected: "[DIR]"))
        }
        let folder = context.arguments.positional.first ?? "."
        let files = Templates.files(for: context.language)
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(status: .cannotCreate, message: context.messages.cannotWrite(folder, context.messages.reason(error)))
        }
        let paths = files.map { (folder as NSString).appendingPathComponent($0.name) }
        let existing = paths.filter { manager.fileExists(atPath: $0) }
        if !existing.isEmpty && !context.arguments.flags.contains("force") {
            throw CommandFailure(status: .cannotCreate, message: context.messages.exists(existing))
        }
        for (file, path) in zip(files, paths) {
            try OutputTarget(path: path).write(messages: context.messages) { sink in
                try sink.write(file.bytes)
            }
        }
        print(context.messages.wrote(files.map(\.name), folder: folder))
        return .ok
    }
}

extension OutputTarget {
    /// A target that writes to `path`.
    init(path: String) { self.path = path }
}
