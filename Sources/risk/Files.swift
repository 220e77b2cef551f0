import Foundation
import RiskCore

/// A file read whole, with what identifies it on disk (to refuse writing over it).
struct InputFile {
    /// The name as the user gave it (`-` for standard input).
    let name: String
    /// Its bytes.
    let bytes: [UInt8]
    /// Device and inode, when it is a file on disk.
    let identity: FileIdentity?

    /// The same file without its bytes: what is kept to refuse overwriting it.
    var withoutBytes: InputFile { InputFile(name: name, bytes: [], identity: identity) }
}

/// A file's device and inode number.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

enum Files {
    /// Reads a whole file, or standard input for `-`; a file that cannot be read is exit status 66.
    static func read(_ name: String, messages: Messages) throws -> InputFile {
        if name == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return InputFile(name: name, bytes: [UInt8](data), identity: nil)
        }
        let descriptor = open(name, O_RDONLY)
        guard descriptor >= 0 else {
            throw CommandFailure(status: .noInput, message: messages.cannotRead(name, messages.reason(errno: errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw CommandFailure(status: .noInput, message: messages.cannotRead(name, messages.reason(errno: errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CommandFailure(status: .noInput, message: messages.cannotRead(name, messages.reason(errno: EISDIR)))
        }
        var bytes = [UInt8]()
        let expected = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG && expected > 0 {
            // Read a regular file straight into its final buffer; a large one in two halves at once, so that the
            // cost of mapping the fresh pages is shared by both cores.
            bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
                let address = UInt(bitPattern: buffer.baseAddress)
                /// Reads `range` of the file into the same range of the buffer; the bytes read.
                @Sendable func readRange(_ range: Range<Int>) -> Int {
                    guard let base = UnsafeMutablePointer<UInt8>(bitPattern: address) else { return 0 }
                    var offset = range.lowerBound
                    while offset < range.upperBound {
                        let n = pread(descriptor, base + offset, range.upperBound - offset, off_t(offset))
                        if n < 0 && errno == EINTR { continue }
                        if n <= 0 { break }
                        offset += n
                    }
                    return offset - range.lowerBound
                }
                let half = expected >= 8 << 20 ? expected / 2 : expected
                let second = half < expected ? Background { readRange(half..<expected) } : nil
                let first = readRange(0..<half)
                let secondRead = second?.value ?? 0
                // A file that shrank while being read keeps what was read in one piece.
                count = first < half ? first : half + secondRead
            }
            lseek(descriptor, off_t(bytes.count), SEEK_SET)
        }
        // Whatever remains (a pipe, or a file that grew).
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                throw CommandFailure(status: .noInput, message: messages.cannotRead(name, messages.reason(errno: errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return InputFile(name: name, bytes: bytes, identity: FileIdentity(path: name))
    }
}

/// A regular file read at offsets, for a register written in bounded memory.
final class FileSource: PositionalSource, @unchecked Sendable {
    let descriptor: Int32
    let size: Int
    let path: String
    let messages: Messages

    /// Opens `path` when it is a regular file; nil otherwise.
    init?(path: String, messages: Messages) {
        self.path = path
        self.messages = messages
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Whether the file's first 64 KB are not UTF-8 (so that it will be read as Shift_JIS, if it is anything).
    var looksLikeShiftJIS: Bool {
        var head = [UInt8](repeating: 0, count: min(size, 1 << 16))
        let count = (try? head.withUnsafeMutableBytes { try read(into: $0, at: 0) }) ?? 0
        guard count == head.count, !head.starts(with: [0xEF, 0xBB, 0xBF]) else { return false }
        return !TextDecoder.headLooksLikeUTF8(head)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        while true {
            let n = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
            if n >= 0 { return n }
            if errno != EINTR {
                throw CommandFailure(status: .noInput, message: messages.cannotRead(path, messages.reason(errno: errno)))
            }
        }
    }
}

/// Standard output as a sink, written with write(2) so that nothing is buffered twice.
final class StandardOutput: ByteSink {
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(1, bytes)
    }
}

/// An output that is not a regular file (a device such as /dev/null, a pipe): written directly, as it is.
final class DirectOutput: ByteSink {
    private var descriptor: Int32

    init(path: String, messages: Messages) throws {
        descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else {
            throw CommandFailure(status: .cannotCreate, message: messages.cannotWrite(path, messages.reason(errno: errno)))
        }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(descriptor, bytes)
    }

    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }
}

/// Writes `bytes` whole to a descriptor: at its position (write), or at `offset` (pwrite).
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int? = nil) throws {
    guard var pointer = bytes.baseAddress else { return }
    var remaining = bytes.count
    var position = offset ?? 0
    while remaining > 0 {
        let n = offset == nil ? Glibc.write(descriptor, pointer, remaining) : pwrite(descriptor, pointer, remaining, off_t(position))
        if n < 0 {
            if errno == EINTR { continue }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        pointer += n
        remaining -= n
        position += n
    }
}

/// Linux's sync_file_range(2) (flag 2 is SYNC_FILE_RANGE_WRITE), which Glibc's module map leaves out.
@_silgen_name("sync_file_range")
private func startFileRangeWriteback(_ descriptor: Int32, _ offset: Int64, _ count: Int64, _ flags: UInt32) -> Int32

/// The temporary file of the output being written, removed if the process is interrupted.
nonisolated(unsafe) private var pendingTemporary: UnsafeMutablePointer<CChar>?

/// An output file written whole or not at all: bytes go to a temporary file in the same folder, which is renamed
/// over the destination only when everything was written and flushed to disk.
final class AtomicOutput: ByteSink, PositionalSink, @unchecked Sendable {
    let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var written = 0
    private var syncedUpTo = 0
    private let positionalLock = NSLock()
    private var positionalWritten = 0
    private var positionalSynced = 0

    init(path: String, messages: Messages) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".risk-XXXXXX").utf8CString)
        // The temporary file and its name for the signal handler come into being together: no signal in between.
        AtomicOutput.installSignalHandlers()
        var blocked = sigset_t(), previous = sigset_t()
        sigfillset(&blocked)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        descriptor = template.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return -1 }
            let descriptor = mkstemp(base)
            if descriptor >= 0 { pendingTemporary = strdup(base) }
            return descriptor
        }
        let failure = errno
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        guard descriptor >= 0 else {
            throw CommandFailure(status: .cannotCreate, message: messages.cannotWrite(path, messages.reason(errno: failure)))
        }
        temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(descriptor, 0o644)
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        // Small writes are gathered; a large one goes straight to the file, while it is still in the cache.
        if bytes.count >= 64 << 10 {
            try flush()
            try writeAll(descriptor, bytes)
            written += bytes.count
            startWriteback()
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes `bytes` at `offset`, past any gathered bytes; threads may write different ranges at once.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        try writeAll(descriptor, bytes, at: offset)
        // Every 16 MB written, writing to disk is started for all of the file, so that the fsync before the rename
        // has little left to wait for.
        positionalLock.lock()
        positionalWritten += bytes.count
        let start = positionalWritten - positionalSynced >= 16 << 20
        if start { positionalSynced = positionalWritten }
        positionalLock.unlock()
        if start { _ = startFileRangeWriteback(descriptor, 0, 0, 2) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll(descriptor, $0) }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
        startWriteback()
    }

    /// Starts writing what has been written so far to disk in the background, so that the fsync before the rename
    /// has little left to wait for.
    private func startWriteback() {
        guard written - syncedUpTo >= 16 << 20 else { return }
        _ = startFileRangeWriteback(descriptor, Int64(syncedUpTo), Int64(written - syncedUpTo), 2)
        syncedUpTo = written
    }

    /// Flushes, syncs and renames the temporary file over the destination.
    func commit() throws {
        try flush()
        guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        close(descriptor)
        descriptor = -1
        guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        clearPending()
    }

    /// Removes the temporary file; the destination is left as it was.
    func abort() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporary)
        clearPending()
    }

    private func clearPending() {
        free(pendingTemporary)
        pendingTemporary = nil
    }

    private static func installSignalHandlers() {
        // A parent may have left these blocked (some process launchers do); an interrupted write must still end
        // with the temporary file removed, so they are let through.
        var set = sigset_t()
        sigemptyset(&set)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&set, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            signal(signalNumber) { received in
                if let path = pendingTemporary { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
