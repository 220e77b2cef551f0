import RiskMethod

/// A destination written at offsets, by several threads at once, each to its own ranges.
package protocol PositionalSink: AnyObject, Sendable {
    /// Writes `bytes` whole at `offset`, or throws.
    func write(_ bytes: Span<UInt8>, at offset: Int) throws(SystemError)
}

/// Where a command's result goes: `--output FILE` (written atomically, never over an input) or standard output.
public struct OutputTarget: Sendable {
    /// The file, or nil for standard output.
    public let path: String?

    /// The target of `--output value` (`-` or nil: standard output); an input file is refused with status 64.
    package init(_ value: String?, inputs: [InputFile], messages: Messages) throws(CommandFailure) {
        path = value == "-" ? nil : value
        if let path, let identity = FileIdentity(path: path), inputs.contains(where: { $0.identity == identity }) {
            throw CommandFailure(status: .usage, message: messages.outputIsInput(path))
        }
    }

    /// A target that writes to `path`.
    public init(path: String) { self.path = path }

    /// Standard output.
    public static let standardOutput = OutputTarget()

    private init() { path = nil }

    /// Whether the result goes to a terminal.
    public var isTerminal: Bool { path == nil && ProcessContext.standardOutputIsTerminal }

    /// The format the file name's extension implies, if any.
    public var impliedFormat: RegisterFormat? { path.flatMap { RegisterFormat(fileExtension: Paths.pathExtension(of: $0)) } }

    /// Throws a usage failure when the output names a folder (one that exists, or any name ending in `/`): the
    /// result is written to a file, and writing into the folder under a name of our choosing would surprise.
    /// `example` is a file name to suggest in it.
    public func refuseFolder(example: String, messages: Messages) throws(CommandFailure) {
        guard let path, path.hasSuffix("/") || FileSystem.status(path)?.type == .directory else { return }
        throw CommandFailure(status: .usage, message: messages.outputIsFolder(path, example: Paths.join(path, example)))
    }

    /// Where the output goes: a symbolic link is written through, to the file it names; and that file's type, nil
    /// when it does not exist yet. A link in a folder anyone may write to and only owners may clean (sticky and
    /// world-writable, as /tmp is) is followed only when it is ours or the folder owner's: another user may have
    /// planted it to have us overwrite a file of our choosing. This is the rule of Linux's fs.protected_symlinks,
    /// applied here whatever the system's setting; a refusal is status 73.
    static func destination(of path: String, messages: Messages) throws(CommandFailure) -> (path: String, type: FileType?) {
        guard let link = FileSystem.linkStatus(path), link.type == .link else { return (path, FileSystem.status(path)?.type) }
        let folder = Paths.folder(of: path)
        if let shared = FileSystem.status(folder), shared.isSticky, shared.permissions & 0o002 != 0,
           link.owner != ProcessContext.userID, link.owner != shared.owner {
            throw CommandFailure(status: .cannotCreate, message: messages.plantedLink(path, folder: folder, owner: Int(link.owner)))
        }
        let destination = FileSystem.resolved(path)
        return (destination, FileSystem.status(destination)?.type)
    }

    /// The failure of a write to `path` (or standard output).
    private func failure(_ error: SystemError, messages: Messages) -> CommandFailure {
        CommandFailure(status: .cannotCreate, message: messages.cannotWrite(path ?? messages.standardOutput, messages.reason(error)))
    }

    /// The failure of a sink's write.
    private func failure(_ error: WriteError, messages: Messages) -> CommandFailure {
        switch error {
        case .system(let code): failure(SystemError(code: code), messages: messages)
        case .tooLarge(let detail): CommandFailure(status: .cannotCreate, message: messages.cannotWrite(path ?? messages.standardOutput, detail))
        case .notEncodable(let character): CommandFailure(status: .dataError, message: messages.notEncodable(character))
        }
    }

    /// Writes the result to a regular file (new or replaced) at offsets: `body` writes and returns true, or
    /// returns false to leave the destination as it was. False, without calling `body`, for standard output or a
    /// destination that is not a regular file.
    func writeAtOffsets(messages: Messages, _ body: (PositionalSink) throws(CommandFailure) -> Bool) throws(CommandFailure) -> Bool {
        guard let path else { return false }
        let (destination, type) = try OutputTarget.destination(of: path, messages: messages)
        guard type == nil || type == .regular else { return false }
        let output = try open(destination, messages: messages)
        do throws(CommandFailure) {
            guard try body(output) else {
                output.abort()
                return false
            }
        } catch {
            output.abort()
            throw error
        }
        try commit(output, messages: messages)
        return true
    }

    /// Writes the result: `body` writes to a sink; a file is committed only when `body` finished.
    public func write(messages: Messages, _ body: (any ByteSink) throws(WriteError) -> Void) throws(CommandFailure) {
        guard let path else {
            do throws(WriteError) { try body(StandardOutput()) } catch { throw failure(error, messages: messages) }
            return
        }
        // A device, pipe or socket (such as /dev/null) is written directly: renaming a file over it would replace it.
        let (destination, type) = try OutputTarget.destination(of: path, messages: messages)
        if let type, type != .regular && type != .directory {
            let output: DirectOutput
            do throws(SystemError) { output = try DirectOutput(path: destination) } catch { throw failure(error, messages: messages) }
            defer { output.close() }
            do throws(WriteError) { try body(output) } catch { throw failure(error, messages: messages) }
            return
        }
        let output = try open(destination, messages: messages)
        do throws(WriteError) { try body(output) } catch {
            output.abort()
            throw failure(error, messages: messages)
        }
        try commit(output, messages: messages)
    }

    private func open(_ destination: String, messages: Messages) throws(CommandFailure) -> AtomicOutput {
        do throws(SystemError) { return try AtomicOutput(path: destination) } catch { throw failure(error, messages: messages) }
    }

    private func commit(_ output: AtomicOutput, messages: Messages) throws(CommandFailure) {
        do throws(SystemError) { try output.commit() } catch {
            output.abort()
            throw failure(error, messages: messages)
        }
    }
}

/// Standard output as a sink, written with write(2) so that nothing is buffered twice.
final class StandardOutput: ByteSink {
    func write(_ bytes: Span<UInt8>) throws(WriteError) {
        do throws(SystemError) { try FileDescriptor.standardOutput.writeAll(bytes) } catch { throw .system(code: error.code) }
    }
}

/// An output that is not a regular file (a device such as /dev/null, a pipe): written directly, as it is.
final class DirectOutput: ByteSink {
    private let descriptor: FileDescriptor
    private var closed = false

    init(path: String) throws(SystemError) {
        descriptor = try FileDescriptor.openForWriting(path)
    }

    func write(_ bytes: Span<UInt8>) throws(WriteError) {
        do throws(SystemError) { try descriptor.writeAll(bytes) } catch { throw .system(code: error.code) }
    }

    func close() {
        if !closed { descriptor.closeFile() }
        closed = true
    }
}

/// An output file written whole or not at all: bytes go to a temporary file in the same folder, which is renamed
/// over the destination only when everything was written and flushed to disk.
final class AtomicOutput: ByteSink, PositionalSink, @unchecked Sendable {
    let path: String
    private let temporary: String
    private let descriptor: FileDescriptor
    private var open = true
    private var buffer: [UInt8] = []
    private var written = 0
    private var syncedUpTo = 0
    /// Bytes written at offsets, and up to where writing to disk was started for them.
    private let positional = Locked((written: 0, synced: 0))

    init(path: String) throws(SystemError) {
        self.path = path
        AtomicOutput.removeStale(beside: path)
        let template = Paths.join(Paths.folder(of: path), Paths.temporaryTemplate(for: Paths.lastComponent(of: path),
                                                                                  process: ProcessContext.id))
        (descriptor, temporary) = try FileSystem.makeTemporaryFile(template)
        // A file written over keeps its mode (a register kept 0600 stays private); a new one follows the umask, as
        // a file any program creates does.
        let existing = FileSystem.status(path).flatMap { $0.type == .regular ? $0.permissions : nil }
        descriptor.setMode(existing ?? 0o666 & ~ProcessContext.creationMask)
        buffer.reserveCapacity(1 << 20)
    }

    /// Removes the temporary files that runs of ours, killed before they could remove them (SIGKILL, a power
    /// cut), left beside `path`: `.NAME.risk-PID-XXXXXX` regular files of our user whose process no longer runs.
    /// Another live run's file is never removed; nor is one written in the last minute, in case it is a run's on
    /// another machine sharing the folder (its process ids are not ours to check).
    static func removeStale(beside path: String) {
        let folder = Paths.folder(of: path)
        let prefix = Paths.temporaryPrefix(for: Paths.lastComponent(of: path))
        let now = ProcessContext.now
        for name in FileSystem.names(in: folder) where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].utf8.count == 6, let process = Int32(parts[0]), process > 0,
                  process != ProcessContext.id else { continue }
            let file = Paths.join(folder, name)
            guard let status = FileSystem.linkStatus(file), status.type == .regular, status.owner == ProcessContext.userID,
                  now - status.modified >= 60, !ProcessContext.isRunning(process) else { continue }
            FileSystem.remove(file)
        }
    }

    func write(_ bytes: Span<UInt8>) throws(WriteError) {
        do throws(SystemError) {
            // Small writes are gathered; a large one goes straight to the file, while it is still in the cache.
            if bytes.count >= 64 << 10 {
                try flush()
                try descriptor.writeAll(bytes)
                written += bytes.count
                startWriteback()
                return
            }
            buffer.append(bytes)
            if buffer.count >= 1 << 20 { try flush() }
        } catch {
            throw .system(code: error.code)
        }
    }

    /// Writes `bytes` at `offset`, past any gathered bytes; threads may write different ranges at once.
    func write(_ bytes: Span<UInt8>, at offset: Int) throws(SystemError) {
        try descriptor.writeAll(bytes, at: offset)
        // Every 16 MB written, writing to disk is started for all of the file, so that the fsync before the rename
        // has little left to wait for.
        let start = positional.with { state -> Bool in
            state.written += bytes.count
            guard state.written - state.synced >= 16 << 20 else { return false }
            state.synced = state.written
            return true
        }
        if start { descriptor.startWriteback(offset: 0, count: 0) }
    }

    private func flush() throws(SystemError) {
        guard !buffer.isEmpty else { return }
        let pending = buffer
        try descriptor.writeAll(pending.span)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
        startWriteback()
    }

    /// Starts writing what has been written so far to disk in the background, so that the fsync before the rename
    /// has little left to wait for.
    private func startWriteback() {
        guard written - syncedUpTo >= 16 << 20 else { return }
        descriptor.startWriteback(offset: syncedUpTo, count: written - syncedUpTo)
        syncedUpTo = written
    }

    /// Flushes, syncs and renames the temporary file over the destination.
    func commit() throws(SystemError) {
        try flush()
        try descriptor.sync()
        descriptor.closeFile()
        open = false
        try FileSystem.move(temporary, to: path)
        Signals.clearPending()
    }

    /// Removes the temporary file; the destination is left as it was.
    func abort() {
        if open { descriptor.closeFile() }
        open = false
        FileSystem.remove(temporary)
        Signals.clearPending()
    }
}

extension Messages {
    /// What a system error means, in the user's language.
    public func reason(_ error: SystemError) -> String { reason(error.kind, description: error.description) }
}
