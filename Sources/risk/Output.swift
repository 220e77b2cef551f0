import Foundation
import RiskCore

/// The formats `risk score` writes.
enum RegisterFormat: String, CaseIterable {
    case table, csv, json, md, html, xlsx

    /// Whether the format records the inputs with their SHA-256 (so the inventory must be hashed).
    var recordsInputs: Bool {
        switch self {
        case .table, .csv: false
        case .json, .md, .html, .xlsx: true
        }
    }

    /// The format a file name's extension implies.
    init?(fileName: String) {
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "csv": self = .csv
        case "json": self = .json
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "xlsx": self = .xlsx
        case "txt": self = .table
        default: return nil
        }
    }
}

/// Where a command's result goes: `--output FILE` (written atomically, never over an input) or standard output.
struct OutputTarget {
    let path: String?

    init(_ context: Context, inputs: [InputFile]) throws {
        let value = context.arguments.values["output"]
        path = value == "-" ? nil : value
        if let path, let identity = FileIdentity(path: path), inputs.contains(where: { $0.identity == identity }) {
            throw CommandFailure(status: .usage, message: context.messages.outputIsInput(path))
        }
    }

    /// Whether the result goes to a terminal.
    var isTerminal: Bool { path == nil && isatty(1) == 1 }

    /// Where the output goes: a symbolic link is written through, to the file it names; and that file's type
    /// (`S_IFREG`, `S_IFDIR`, …), nil when it does not exist yet.
    static func destination(of path: String) -> (path: String, type: mode_t?) {
        var info = stat()
        let isLink = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
        let destination = isLink ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        return (destination, stat(destination, &info) == 0 ? info.st_mode & S_IFMT : nil)
    }

    /// Writes the result to a regular file (new or replaced) at offsets: `body` writes and returns true, or
    /// returns false to leave the destination as it was. False, without calling `body`, for standard output or a
    /// destination that is not a regular file.
    func writeAtOffsets(messages: Messages, _ body: (PositionalSink) throws -> Bool) throws -> Bool {
        guard let path else { return false }
        let (destination, type) = OutputTarget.destination(of: path)
        guard type == nil || type == S_IFREG else { return false }
        let output = try AtomicOutput(path: destination, messages: messages)
        return try finish(output, messages: messages) { try body(output) }
    }

    /// Runs `body`, which writes the temporary file `output`, then commits it; or removes it when `body` returns
    /// false or throws. Whether it was committed.
    private func finish(_ output: AtomicOutput, messages: Messages, _ body: () throws -> Bool) throws -> Bool {
        do {
            guard try body() else {
                output.abort()
                return false
            }
            try output.commit()
            return true
        } catch let failure as CommandFailure {
            output.abort()
            throw failure
        } catch {
            output.abort()
            throw CommandFailure(status: .cannotCreate, message: messages.cannotWrite(path ?? "-", messages.reason(error)))
        }
    }

    /// Writes the result: `body` writes to a sink; a file is committed only when `body` finished.
    func write(messages: Messages, _ body: (ByteSink) throws -> Void) throws {
        guard let path else {
            do {
                try body(StandardOutput())
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(status: .cannotCreate, message: messages.cannotWrite("-", messages.reason(error)))
            }
            return
        }
        // A device, pipe or socket (such as /dev/null) is written directly: renaming a file over it would replace it.
        let (destination, type) = OutputTarget.destination(of: path)
        if let type, type != S_IFREG && type != S_IFDIR {
            let output = try DirectOutput(path: destination, messages: messages)
            defer { output.close() }
            do {
                try body(output)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(status: .cannotCreate, message: messages.cannotWrite(path, messages.reason(error)))
            }
            return
        }
        let output = try AtomicOutput(path: destination, messages: messages)
        _ = try finish(output, messages: messages) {
            try body(output)
            return true
        }
    }
}
