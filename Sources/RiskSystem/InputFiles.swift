import RiskMethod

/// A file read whole, with what identifies it on disk (to refuse writing over it).
public struct InputFile: Sendable {
    /// The name as the user gave it (`-` for standard input).
    public let name: String
    /// Its bytes.
    public let bytes: [UInt8]
    /// Device and inode, when it is a file on disk.
    let identity: FileIdentity?

    /// The file, as it is on disk.
    package init(name: String, bytes: [UInt8]) {
        self.init(name: name, bytes: bytes, identity: FileIdentity(path: name))
    }

    init(name: String, bytes: [UInt8], identity: FileIdentity?) {
        self.name = name
        self.bytes = bytes
        self.identity = identity
    }

    /// The same file without its bytes: what is kept to refuse overwriting it.
    var withoutBytes: InputFile { InputFile(name: name, bytes: [], identity: identity) }
}

/// A file's device and inode number.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        guard let status = FileSystem.status(path) else { return nil }
        self.init(status)
    }

    init(_ status: FileStatus) {
        device = status.device
        inode = status.inode
    }
}

/// Reading input files.
package enum InputFiles {
    /// The most bytes an input is read whole: the offsets of an inventory's text are 32-bit. `RISK_READ_LIMIT`
    /// (bytes) lowers it, never raises it.
    package static var limit: Int {
        let most = Int(UInt32.max) - 1
        guard let text = ProcessContext.environment["RISK_READ_LIMIT"], let value = Int(text), value > 0 else { return most }
        return min(value, most)
    }

    /// Reads a whole file, or standard input for `-`; a file that cannot be read is exit status 66, one larger
    /// than ``limit`` (an endless pipe or device, a huge file) exit status 65, found without reading past it.
    package static func read(_ name: String, messages: Messages) throws(CommandFailure) -> InputFile {
        let limit = self.limit
        let tooLarge = CommandFailure(status: .dataError, message: messages.inputTooLarge(name, limit))
        var whole = true
        var file: InputFile
        do throws(SystemError) {
            if name == "-" {
                var bytes: [UInt8] = []
                whole = try FileDescriptor.standardInput.readToEnd(appendingTo: &bytes, limit: limit)
                // Standard input redirected from a file is that file: an output to the same file is refused.
                let identity = (try? FileDescriptor.standardInput.status()).map(FileIdentity.init)
                file = InputFile(name: name, bytes: bytes, identity: identity)
            } else {
                let descriptor = try FileDescriptor.openForReading(name)
                defer { descriptor.closeFile() }
                let status = try descriptor.status()
                if status.type == .directory { throw SystemError.isDirectory }
                var bytes: [UInt8] = []
                if status.type == .regular && status.size > limit {
                    whole = false
                } else {
                    if status.type == .regular && status.size > 0 { bytes = descriptor.readWhole(size: status.size) }
                    if status.type == .regular { descriptor.seek(to: bytes.count) }
                    // Whatever remains (a pipe, a device, or a file that grew).
                    whole = try descriptor.readToEnd(appendingTo: &bytes, limit: limit)
                }
                file = InputFile(name: name, bytes: bytes, identity: FileIdentity(status))
            }
        } catch {
            throw CommandFailure(status: .noInput, message: messages.cannotRead(name, messages.reason(error)))
        }
        guard whole else { throw tooLarge }
        return file
    }
}

/// Bytes read at offsets: what a register written in bounded memory reads its inventory from, twice.
package protocol ChunkSource: Sendable {
    /// The size in bytes.
    var size: Int { get }
    /// Reads up to `count` bytes at `offset`: fewer only at the end.
    func read(_ count: Int, at offset: Int) throws(SystemError) -> [UInt8]
}

/// Bytes in memory read at offsets.
package struct MemorySource: ChunkSource {
    let bytes: [UInt8]

    /// The source of `bytes`.
    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    package var size: Int { bytes.count }

    package func read(_ count: Int, at offset: Int) throws(SystemError) -> [UInt8] {
        guard offset < bytes.count else { return [] }
        return Array(bytes[offset..<min(bytes.count, offset + count)])
    }
}

/// A regular file read at offsets, for a register written in bounded memory.
final class FileSource: ChunkSource, @unchecked Sendable {
    let descriptor: FileDescriptor
    package let size: Int
    let path: String

    /// Opens `path` when it is a regular file; nil otherwise.
    init?(path: String) {
        self.path = path
        // Looked at before it is opened: opening a FIFO waits for its writer, and what the writer sends is read
        // once, by the whole read.
        guard FileSystem.status(path)?.type == .regular,
              let descriptor = try? FileDescriptor.openForReading(path) else { return nil }
        guard let status = try? descriptor.status(), status.type == .regular else {
            descriptor.closeFile()
            return nil
        }
        self.descriptor = descriptor
        size = status.size
    }

    deinit { descriptor.closeFile() }

    /// Reads up to `count` bytes at `offset`: fewer only at the end of the file.
    package func read(_ count: Int, at offset: Int) throws(SystemError) -> [UInt8] {
        try descriptor.read(count, at: offset)
    }

    /// Whether the file's first 64 KB are not UTF-8 (so that it will be read as Shift_JIS, if it is anything).
    var looksLikeShiftJIS: Bool {
        guard let head = try? read(min(size, 1 << 16), at: 0), head.count == min(size, 1 << 16),
              !head.starts(with: [0xEF, 0xBB, 0xBF]) else { return false }
        return !TextDecoder.headLooksLikeUTF8(head)
    }
}
