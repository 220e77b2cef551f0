/// File paths as text: their folder, their last part and its extension. (What they name is ``FileSystem``'s.)
enum Paths {
    /// The folder part of `path`: what comes before its last `/`; `.` when there is none.
    static func folder(of path: String) -> String {
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 1 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == 0 ? "/" : String(decoding: bytes[..<slash], as: UTF8.self)
    }

    /// The last part of `path`.
    static func lastComponent(of path: String) -> String {
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 1 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The extension of the last part, without its dot, lower-cased: `csv` for `台帳.CSV`; empty when none.
    static func pathExtension(of path: String) -> String {
        let name = Array(lastComponent(of: path).utf8)
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// The most bytes a file name may have (NAME_MAX on Linux and the BSDs).
    static let nameLimit = 255

    /// The template (for mkstemp, ending in `XXXXXX`) of the temporary file written beside the file `name` before
    /// it is renamed to it, by process `process`: `.NAME.risk-PID-XXXXXX`. The process id tells a later run whether
    /// the file's writer still runs (see ``temporaryPrefix(for:)``).
    static func temporaryTemplate(for name: String, process: Int32) -> String {
        temporaryPrefix(for: name) + String(process) + "-XXXXXX"
    }

    /// What the temporary files of every run writing to `name` begin with: `.NAME.risk-`, with `NAME` cut short,
    /// between two characters, so that the whole name, with the longest process id, stays within ``nameLimit``;
    /// so any name the system allows can be written.
    static func temporaryPrefix(for name: String) -> String {
        let suffix = ".risk-"
        var kept = ""
        var bytes = 1 + suffix.utf8.count + String(Int32.max).utf8.count + "-XXXXXX".utf8.count
        for scalar in name.unicodeScalars {
            bytes += scalar.utf8.count
            if bytes > nameLimit { break }
            kept.unicodeScalars.append(scalar)
        }
        return "." + kept + suffix
    }

    /// `name` in `folder`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// What kind of file a path names.
enum FileType: Sendable, Equatable {
    case regular, directory, link, other
}

/// What the system says of a file: its type, size, identity, permissions and owner.
struct FileStatus: Sendable {
    let type: FileType
    let size: Int
    /// Device and inode: two names of one file have the same.
    let device: UInt64
    let inode: UInt64
    /// The permission bits (read, write, execute for owner, group and others).
    let permissions: UInt32
    /// The owner's user id.
    let owner: UInt32
    /// The sticky bit: in a folder, only a file's owner, or the folder's, may remove or rename the file.
    let isSticky: Bool
    /// When the file was last written, in seconds since 1970.
    let modified: Int
}
