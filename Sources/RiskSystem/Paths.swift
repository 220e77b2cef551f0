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

/// File names and arguments as the system gives them, bytes that need not be UTF-8, kept in Strings: a byte that
/// breaks UTF-8 (0x82 of a Shift_JIS name) stands as the private-use scalar U+10FF00 + byte (U+10FF82), as Python's
/// surrogateescape keeps it, and becomes that byte again when the name goes back to the system. So a name in
/// Shift_JIS names the same file; messages show such a byte as \x82. (The 128 scalars U+10FF80–U+10FFFF, of the
/// last private-use plane, are not otherwise read from a name.)
public enum NativeText {
    /// The first of the scalars that stand for bytes.
    static let base: UInt32 = 0x10FF00

    /// `bytes` as text: UTF-8, with each byte that breaks it kept as its scalar.
    public static func decoded(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var pending = Array(bytes)[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.append(Unicode.UTF8.decode(encoded))
                pending = pending.dropFirst(encoded.count)
            case .error(let length):
                for byte in pending.prefix(length) { text.append(Unicode.Scalar(base + UInt32(byte)) ?? "\u{FFFD}") }
                pending = pending.dropFirst(length)
            case .emptyInput: return String(text)
            }
        }
    }

    /// The bytes of `text` for the system, ending in NUL: its UTF-8, with each byte's scalar that byte again.
    static func native(_ text: String) -> [CChar] {
        var bytes: [CChar] = []
        bytes.reserveCapacity(text.utf8.count + 1)
        for scalar in text.unicodeScalars {
            if scalar.value >= base + 0x80 && scalar.value <= base + 0xFF {
                bytes.append(CChar(bitPattern: UInt8(truncatingIfNeeded: scalar.value)))
            } else {
                for byte in String(scalar).utf8 { bytes.append(CChar(bitPattern: byte)) }
            }
        }
        return bytes + [0]
    }

    /// `text` for a message: each kept byte shown as \xNN.
    public static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= base + 0x80 && $0.value <= base + 0xFF }) else { return text }
        let hex = Array("0123456789ABCDEF")
        var result = ""
        for scalar in text.unicodeScalars {
            guard scalar.value >= base + 0x80 && scalar.value <= base + 0xFF else { result.unicodeScalars.append(scalar); continue }
            result += "\\x" + String([hex[Int(scalar.value >> 4 & 15)], hex[Int(scalar.value & 15)]])
        }
        return result
    }
}
