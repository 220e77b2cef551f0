/// Reads a ZIP archive held in memory: finds the end record, walks the central directory, and gives each entry's
/// contents inflated or un-stored, with its CRC-32 and size checked.
///
/// Enough for what `ZipArchive` writes and for ordinary archives of other tools (methods 0 and 8); no ZIP64,
/// encryption or multi-disk archives. An archive may be hostile, so the work is bounded by ``Limits``: the number
/// of entries, each entry's and all entries' expanded size, and how far a large entry may expand; declared sizes
/// are never trusted for more room than those allow. Entries are looked up by name only: no name is ever a path
/// on a disk, so names with `..` or a leading `/` are merely names that no one asks for.
package struct ZipReader: Sendable {
    /// What is wrong with an archive.
    package enum Failure: Error, Equatable, Sendable {
        /// No end of central directory record.
        case noEndRecord
        /// A record runs past the end of the bytes.
        case truncated
        /// A record does not start with its signature, at this offset.
        case badSignature(offset: Int)
        /// Multi-disk or ZIP64: not read here.
        case unsupported
        /// An encrypted entry.
        case encrypted(name: String)
        /// A compression method other than stored or deflated.
        case unsupportedMethod(name: String, method: Int)
        /// The contents do not have the CRC-32 the directory gives.
        case crcMismatch(name: String)
        /// The contents do not have the size the directory gives.
        case sizeMismatch(name: String)
        /// The deflated data is broken.
        case inflate(name: String, Inflater.Failure)
        /// More entries than ``Limits/entries``.
        case tooManyEntries(limit: Int)
        /// An entry expands past ``Limits/entrySize``.
        case entryTooLarge(name: String, limit: Int)
        /// The entries read expand past ``Limits/totalSize`` together.
        case totalTooLarge(limit: Int)
        /// An entry expands more than ``Limits/ratio`` times its compressed size, past ``Limits/ratioFreeSize``.
        case ratioTooHigh(name: String, limit: Int)
    }

    /// The bounds of the work an archive may ask for.
    package struct Limits: Sendable, Equatable {
        /// The most entries in the central directory.
        package var entries = 10_000
        /// The most bytes one entry may expand to: 1 GiB.
        package var entrySize = 1 << 30
        /// The most bytes all the entries read may expand to together: 2 GiB (all a 32-bit `Int` holds).
        package var totalSize = Int(exactly: Int64(1) << 31) ?? Int.max
        /// The most an entry may expand, as a multiple of its compressed size, once it is past `ratioFreeSize`.
        package var ratio = 1_000
        /// The size up to which any ratio is allowed: 8 MiB.
        package var ratioFreeSize = 8 << 20
        /// Whether entries are checked against their CRC-32: only fuzzing turns it off, to reach the XML behind
        /// the archive with mutated bytes.
        package var verifiesChecksums = true

        package init() {}
    }

    /// An entry of the central directory.
    package struct Entry: Equatable, Sendable {
        package var name: String
        package var method: Int
        package var flags: Int
        package var crc: UInt32
        package var compressedSize: Int
        package var size: Int
        package var localOffset: Int
    }

    /// The archive's bytes.
    package let bytes: [UInt8]
    /// The entries in central directory order.
    package let entries: [Entry]
    /// The bounds of the work.
    package let limits: Limits

    /// Reads the central directory of `bytes`.
    package init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.bytes = bytes
        self.limits = limits
        let end = try ZipReader.endRecord(bytes)
        guard ZipReader.read16(bytes, end + 4) == 0, ZipReader.read16(bytes, end + 6) == 0 else { throw .unsupported }
        let count = ZipReader.read16(bytes, end + 10)
        let directorySize = ZipReader.read32(bytes, end + 12)
        let directoryOffset = ZipReader.read32(bytes, end + 16)
        guard ZipReader.raw32(bytes, end + 16) != 0xFFFF_FFFF, count != 0xFFFF else { throw .unsupported }
        guard count <= limits.entries else { throw .tooManyEntries(limit: limits.entries) }
        guard directoryOffset + directorySize <= end else { throw .truncated }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= end else { throw .truncated }
            guard ZipReader.read32(bytes, offset) == 0x0201_4B50 else { throw .badSignature(offset: offset) }
            let nameLength = ZipReader.read16(bytes, offset + 28)
            let extraLength = ZipReader.read16(bytes, offset + 30)
            let commentLength = ZipReader.read16(bytes, offset + 32)
            guard offset + 46 + nameLength <= end else { throw .truncated }
            entries.append(Entry(
                name: String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self),
                method: ZipReader.read16(bytes, offset + 10),
                flags: ZipReader.read16(bytes, offset + 8),
                crc: ZipReader.raw32(bytes, offset + 16),
                compressedSize: ZipReader.read32(bytes, offset + 20),
                size: ZipReader.read32(bytes, offset + 24),
                localOffset: ZipReader.read32(bytes, offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The offset of the end of central directory record: the last 22 bytes, unless a comment (up to 65,535
    /// bytes) follows it.
    static func endRecord(_ bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 22 else { throw .noEndRecord }
        var candidate = bytes.count - 22
        while candidate >= max(0, bytes.count - 22 - 65535) {
            if bytes[candidate] == 0x50, ZipReader.read32(bytes, candidate) == 0x0605_4B50,
               candidate + 22 + ZipReader.read16(bytes, candidate + 20) == bytes.count {
                return candidate
            }
            candidate -= 1
        }
        throw .noEndRecord
    }

    /// The names of the entries, in directory order.
    package var names: [String] { entries.map { $0.name } }

    /// The entry named `name`, ASCII letters in either case (part names of Office files ignore case), or nil.
    package func entry(named name: String) -> Entry? {
        let wanted = Array(name.utf8)
        return entries.first { entry in
            let utf8 = entry.name.utf8
            guard utf8.count == wanted.count else { return false }
            return zip(utf8, wanted).allSatisfy { ZipReader.lowercased($0) == ZipReader.lowercased($1) }
        }
    }

    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The contents of the entry named `name`, or nil when there is none.
    package func contents(of name: String) throws(Failure) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// The contents of `entry`, checked against its CRC-32 and size. `budget` is what is left of
    /// ``Limits/totalSize`` for the reader's other entries; it is lowered by the entry's size.
    package func contents(of entry: Entry, budget: inout Int) throws(Failure) -> [UInt8] {
        guard entry.flags & 1 == 0 else { throw .encrypted(name: entry.name) }
        let local = entry.localOffset
        guard local + 30 <= bytes.count else { throw .truncated }
        guard ZipReader.read32(bytes, local) == 0x0403_4B50 else { throw .badSignature(offset: local) }
        let start = local + 30 + ZipReader.read16(bytes, local + 26) + ZipReader.read16(bytes, local + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .truncated }
        let ratioLimit = max(limits.ratioFreeSize, entry.compressedSize.multipliedReportingOverflow(by: limits.ratio).overflow
                             ? Int.max : entry.compressedSize * limits.ratio)
        // What the entry may expand to, and which bound says so when it passes it.
        let bounds: [(Int, Failure)] = [(limits.entrySize, .entryTooLarge(name: entry.name, limit: limits.entrySize)),
                                        (budget, .totalTooLarge(limit: limits.totalSize)),
                                        (ratioLimit, .ratioTooHigh(name: entry.name, limit: limits.ratio)),
                                        (entry.size, .sizeMismatch(name: entry.name))]
        let limit = bounds.map { $0.0 }.min() ?? 0
        let exceeded = bounds.first { $0.0 == limit }?.1 ?? .sizeMismatch(name: entry.name)
        let data = Array(bytes[start..<start + entry.compressedSize])
        let contents: [UInt8]
        switch entry.method {
        case 0:
            guard data.count <= limit else { throw exceeded }
            contents = data
        case 8:
            do throws(Inflater.Failure) {
                contents = try Inflater.inflate(data, limit: limit, sizeHint: entry.size)
            } catch {
                throw error == .outputTooLong ? exceeded : .inflate(name: entry.name, error)
            }
        default:
            throw .unsupportedMethod(name: entry.name, method: entry.method)
        }
        guard contents.count == entry.size else { throw .sizeMismatch(name: entry.name) }
        guard !limits.verifiesChecksums || CRC32.checksum(contents) == entry.crc else { throw .crcMismatch(name: entry.name) }
        budget -= contents.count
        return contents
    }

    /// The contents of `entry`, checked against its CRC-32 and size, within ``Limits/totalSize`` alone.
    package func contents(of entry: Entry) throws(Failure) -> [UInt8] {
        var budget = limits.totalSize
        return try contents(of: entry, budget: &budget)
    }

    package static func read16(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    /// The 32-bit little-endian number at `offset` (0 past the end), as an `Int`: capped, where an `Int` has 32
    /// bits, so that sums of a few never overflow.
    package static func read32(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(exactly: raw32(bytes, offset)) ?? Int.max >> 2
    }

    static func raw32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}
