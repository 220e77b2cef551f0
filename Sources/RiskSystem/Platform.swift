// The operating system, as the rest of risk sees it: files, standard streams, the environment, signals and the
// process. This file and Threads.swift are the only ones that call the system; to port risk, port these two.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(WinSDK)
#error("risk's system layer is not ported to Windows yet: Platform.swift and Threads.swift are the files to port")
#endif
import RiskMethod

// The system's functions under names that the types below do not shadow.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(NativeText.native(path), flags) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(descriptor, buffer, count) }
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(descriptor, buffer, count) }
private func systemRename(_ source: String, _ destination: String) -> Int32 { rename(NativeText.native(source), NativeText.native(destination)) }
private func systemExit(_ status: Int32) -> Never { exit(status) }

/// An error of the operating system: its number (errno), what it is, and the system's own words for it.
public struct SystemError: Error, Sendable, Equatable {
    /// The error number.
    public let code: Int32

    /// The error of `errno` now.
    static var current: SystemError { SystemError(code: errno) }

    /// What the error is, for messages in the user's language.
    public var kind: SystemFailure {
        switch code {
        case ENOENT: .noSuchFile
        case EACCES, EPERM: .accessDenied
        case EISDIR: .isDirectory
        case ENOTDIR: .notDirectory
        case ENOSPC: .noSpace
        case EROFS: .readOnly
        case EEXIST: .exists
        case EMFILE, ENFILE: .tooManyFiles
        case EIO: .inputOutput
        case EPIPE: .brokenPipe
        case ENAMETOOLONG: .nameTooLong
        default: .other
        }
    }

    /// The system's description of the error, in English.
    public var description: String { String(cString: strerror(code)) }

    /// "is a directory".
    static let isDirectory = SystemError(code: EISDIR)
    /// "input/output error": what a write that wrote nothing reports.
    static let inputOutput = SystemError(code: EIO)
}

extension FileStatus {
    init(_ info: stat) {
        let kinds: [mode_t: FileType] = [S_IFREG: .regular, S_IFDIR: .directory, S_IFLNK: .link]
        self.init(type: kinds[info.st_mode & S_IFMT] ?? .other, size: Int(info.st_size), device: UInt64(info.st_dev),
                  inode: UInt64(info.st_ino), permissions: UInt32(info.st_mode) & 0o777, owner: UInt32(info.st_uid),
                  isSticky: info.st_mode & S_ISVTX != 0, modified: Int(info.st_mtim.tv_sec))
    }
}

/// An open file.
struct FileDescriptor: Sendable {
    let raw: Int32

    static let standardInput = FileDescriptor(raw: 0)
    static let standardOutput = FileDescriptor(raw: 1)
    static let standardError = FileDescriptor(raw: 2)

    /// Opens `path` for reading.
    static func openForReading(_ path: String) throws(SystemError) -> FileDescriptor {
        let descriptor = systemOpen(path, O_RDONLY)
        guard descriptor >= 0 else { throw .current }
        return FileDescriptor(raw: descriptor)
    }

    /// Opens an existing `path` for writing as it is (a device or a pipe).
    static func openForWriting(_ path: String) throws(SystemError) -> FileDescriptor {
        let descriptor = systemOpen(path, O_WRONLY)
        guard descriptor >= 0 else { throw .current }
        return FileDescriptor(raw: descriptor)
    }

    func closeFile() { _ = systemClose(raw) }

    /// What the system says of the open file.
    func status() throws(SystemError) -> FileStatus {
        var info = stat()
        guard fstat(raw, &info) == 0 else { throw .current }
        return FileStatus(info)
    }

    /// Whether the descriptor is a terminal.
    var isTerminal: Bool { isatty(raw) == 1 }

    /// Reads up to `buffer.count` bytes at `offset`, or at the current position when `offset` is nil; the number
    /// read, 0 at the end. Interrupted reads are retried.
    func readSome(into buffer: UnsafeMutableRawBufferPointer, at offset: Int? = nil) throws(SystemError) -> Int {
        while true {
            let count = offset.map { pread(raw, buffer.baseAddress, buffer.count, off_t($0)) }
                ?? systemRead(raw, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw .current }
        }
    }

    /// Reads the rest of the file, from the current position; false when it stopped at `limit` bytes in all with
    /// more to come (an endless or too large input).
    @discardableResult
    func readToEnd(appendingTo bytes: inout [UInt8], limit: Int = .max) throws(SystemError) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = try chunk.withUnsafeMutableBytes { buffer in
                Result { () throws(SystemError) in try readSome(into: buffer) }
            }.get()
            if count == 0 { return true }
            if bytes.count + count > limit { return false }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes `bytes` whole, at `offset` or at the current position.
    func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int? = nil) throws(SystemError) {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        var position = offset ?? 0
        while remaining > 0 {
            let count = offset == nil ? systemWrite(raw, pointer, remaining) : pwrite(raw, pointer, remaining, off_t(position))
            if count < 0 {
                if errno == EINTR { continue }
                throw .current
            }
            if count == 0 { throw .inputOutput }
            pointer += count
            remaining -= count
            position += count
        }
    }

    /// Writes `bytes` whole, at `offset` or at the current position.
    func writeAll(_ bytes: Span<UInt8>, at offset: Int? = nil) throws(SystemError) {
        try bytes.withUnsafeBytes { (raw) throws(SystemError) in try writeAll(raw, at: offset) }
    }

    /// Moves the position to `offset`.
    func seek(to offset: Int) { _ = lseek(raw, off_t(offset), SEEK_SET) }

    /// Flushes the file to the disk.
    func sync() throws(SystemError) {
        guard fsync(raw) == 0 else { throw .current }
    }

    /// Starts writing `count` bytes from `offset` (0 and 0: the whole file) to the disk in the background, so that
    /// a later sync has little left to wait for. Linux only; elsewhere nothing.
    func startWriteback(offset: Int, count: Int) {
        #if os(Linux)
        _ = startFileRangeWriteback(raw, Int64(offset), Int64(count), 2)
        #endif
    }

    /// Sets the file's permissions.
    func setMode(_ mode: UInt32) { _ = fchmod(raw, mode_t(mode)) }
}

#if os(Linux)
/// Linux's sync_file_range(2) (flag 2 is SYNC_FILE_RANGE_WRITE), which Glibc's module map leaves out.
@_silgen_name("sync_file_range")
private func startFileRangeWriteback(_ descriptor: Int32, _ offset: Int64, _ count: Int64, _ flags: UInt32) -> Int32

/// glibc's malloc_trim(3), which its module map leaves out: returns free heap memory to the system.
@_silgen_name("malloc_trim")
private func releaseFreedHeap(_ pad: Int) -> Int32
#endif

/// Paths: what they name, and the changes risk makes to them.
enum FileSystem {
    /// What `path` names, following symbolic links; nil when nothing.
    static func status(_ path: String) -> FileStatus? {
        var info = stat()
        return stat(NativeText.native(path), &info) == 0 ? FileStatus(info) : nil
    }

    /// What `path` itself is, without following a symbolic link; nil when nothing.
    static func linkStatus(_ path: String) -> FileStatus? {
        var info = stat()
        return lstat(NativeText.native(path), &info) == 0 ? FileStatus(info) : nil
    }

    /// The path with every symbolic link resolved, as far as its parts exist.
    static func resolved(_ path: String) -> String {
        guard let pointer = realpath(NativeText.native(path), nil) else { return path }
        defer { free(pointer) }
        return NativeText.decoded(UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) })
    }

    /// Whether a file or folder is at `path` (through a symbolic link, if it is one).
    static func exists(_ path: String) -> Bool { status(path) != nil }

    /// Renames `source` over `destination`.
    static func move(_ source: String, to destination: String) throws(SystemError) {
        guard systemRename(source, destination) == 0 else { throw .current }
    }

    /// Removes the file at `path`, if there is one.
    static func remove(_ path: String) { _ = unlink(NativeText.native(path)) }

    /// The names in `folder`, without `.` and `..`; none when it cannot be read.
    static func names(in folder: String) -> [String] {
        guard let stream = opendir(NativeText.native(folder)) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { NativeText.decoded($0.prefix { $0 != 0 }) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates the folder at `path` and its parents as needed.
    static func makeDirectory(_ path: String) throws(SystemError) {
        if let status = status(path) {
            guard status.type == .directory else { throw SystemError(code: EEXIST) }
            return
        }
        let parent = Paths.folder(of: path)
        if parent != path && !parent.isEmpty && parent != "." { try makeDirectory(parent) }
        guard mkdir(NativeText.native(path), 0o777) == 0 || errno == EEXIST else { throw .current }
    }

    /// A new file, open for writing, named after `template` (ending in `XXXXXX`), with its name; a signal before it
    /// is renamed or removed removes it (see ``Signals``).
    static func makeTemporaryFile(_ template: String) throws(SystemError) -> (FileDescriptor, String) {
        var name = NativeText.native(template)
        Signals.installCleanup()
        // The file and its name for the signal handler come into being together: no signal in between.
        var blocked = sigset_t(), previous = sigset_t()
        sigfillset(&blocked)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        let descriptor = name.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            let descriptor = mkstemp(base)
            if descriptor >= 0 { Signals.pending = strdup(base) }
            return descriptor
        }
        let failure = errno
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        guard descriptor >= 0 else { throw SystemError(code: failure) }
        return (FileDescriptor(raw: descriptor), NativeText.decoded(name.dropLast().map { UInt8(bitPattern: $0) }))
    }
}

/// The temporary file of the output being written, removed if the process is interrupted.
enum Signals {
    nonisolated(unsafe) static var pending: UnsafeMutablePointer<CChar>?

    /// Forgets the temporary file: it was renamed or removed.
    static func clearPending() {
        free(pending)
        pending = nil
    }

    /// Makes SIGINT, SIGTERM, SIGHUP and SIGPIPE remove the pending temporary file and then end the process as
    /// they would have. A parent may have left them blocked (some process launchers do); they are let through. A
    /// signal the parent ignores stays ignored (`nohup` ignores SIGHUP). SIGXFSZ is ignored: a write past the file
    /// size limit (`ulimit -f`) then fails, and is reported, instead of killing the process.
    static func installCleanup() {
        signal(SIGXFSZ, SIG_IGN)
        var set = sigset_t()
        sigemptyset(&set)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&set, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            // What the signal did before: SIG_IGN is the handler 1.
            let previous = signal(signalNumber, SIG_IGN)
            if let previous, unsafe unsafeBitCast(previous, to: Int.self) == 1 { continue }
            signal(signalNumber) { received in
                if let path = Signals.pending { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}

/// The running process: its environment, its end, and its memory.
public enum ProcessContext {
    /// The file mode creation mask (umask): the permission bits a new file does not get. Read once, at the first
    /// use, by setting it and setting it back.
    static let creationMask: UInt32 = {
        let mask = umask(0o022)
        umask(mask)
        return UInt32(mask) & 0o777
    }()

    /// The environment variables.
    public static var environment: [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    /// The arguments' bytes as the process got them (without the program's name): a String would have replaced
    /// bytes that are not UTF-8 (a name in Shift_JIS) with U+FFFD, and so named another file.
    public static var argumentBytes: [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
            return UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) }
        }
    }

    /// The effective user id: whose files the process makes, and whose links it trusts.
    static var userID: UInt32 { UInt32(geteuid()) }

    /// This process's id; whether process `id` runs (one we may not signal does); the time, in seconds since 1970.
    static var id: Int32 { getpid() }
    static func isRunning(_ id: Int32) -> Bool { kill(id, 0) == 0 || errno == EPERM }
    static var now: Int { Int(time(nil)) }

    /// Ends the process with `status`.
    public static func end(_ status: Int32) -> Never { systemExit(status) }

    /// Gives freed heap memory back to the system (Linux), keeping the peak low before a large allocation.
    static func releaseFreedMemory() {
        #if os(Linux)
        _ = releaseFreedHeap(0)
        #endif
    }

    /// Writes `text` and a line feed to standard error.
    public static func printError(_ text: String) {
        let line = Array((TerminalText.visible(text, keepingLineBreaks: true) + "\n").utf8)  // no input's escape reaches it
        try? FileDescriptor.standardError.writeAll(line.span)
    }

    /// Whether standard output is a terminal.
    public static var standardOutputIsTerminal: Bool { FileDescriptor.standardOutput.isTerminal }
}

extension FileDescriptor {
    /// Reads a regular file of `size` bytes from its start, straight into its final buffer; a large one in two
    /// halves at once, so that the cost of mapping the fresh pages is shared by two cores. A file that shrank while
    /// being read keeps what was read in one piece.
    func readWhole(size: Int) -> [UInt8] {
        let descriptor = self
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            let address = UInt(bitPattern: buffer.baseAddress)
            /// Reads `range` of the file into the same range of the buffer; the bytes read.
            @Sendable func readRange(_ range: Range<Int>) -> Int {
                guard let base = UnsafeMutableRawPointer(bitPattern: address) else { return 0 }
                var offset = range.lowerBound
                while offset < range.upperBound {
                    let target = UnsafeMutableRawBufferPointer(start: base + offset, count: range.upperBound - offset)
                    guard let read = try? descriptor.readSome(into: target, at: offset), read > 0 else { break }
                    offset += read
                }
                return offset - range.lowerBound
            }
            let half = size >= 8 << 20 ? size / 2 : size
            let second = half < size ? Background { readRange(half..<size) } : nil
            let first = readRange(0..<half)
            let secondRead = second?.value ?? 0
            count = first < half ? first : half + secondRead
        }
    }

    /// Reads up to `count` bytes at `offset`: fewer only at the end of the file.
    func read(_ count: Int, at offset: Int) throws(SystemError) -> [UInt8] {
        var filled = 0
        var failure: SystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            while filled < count {
                do throws(SystemError) {
                    let read = try readSome(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]), at: offset + filled)
                    if read == 0 { break }
                    filled += read
                } catch {
                    failure = error
                    break
                }
            }
            initialized = filled
        }
        if let failure { throw failure }
        return bytes
    }
}
