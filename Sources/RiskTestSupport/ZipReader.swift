import RiskMethod

/// Reads a ZIP archive held in memory: finds the end record, walks the central directory, and gives each entry's
/// contents inflated or un-stored, with its CRC-32 and size checked.
///
/// Enough for what `ZipArchive` writes and for ordinary archives of other tools (methods 0 and 8); no ZIP64,
/// encryption or multi-disk archives. The tests read workbooks back through it.
package struct ZipReader {
    /// What is wrong with an archive.
    package enum Failure: Error, Equatable {
        /// No end of central directory record.
        case noEndRecord
        /// A record runs past the end of the bytes.
        case truncated
        /// A record does not start with its signature, at this offset.
        case badSignature(offset: Int)
        /// Multi-disk, ZIP64 or encrypted: not read here.
        case unsupported(String)
        /// A compression method other than stored or deflated.
        case unsupportedMethod(name: String, method: Int)
        /// The contents do not have the CRC-32 the directory gives.
        case crcMismatch(name: String)
        /// The contents do not have the size the directory gives.
        case sizeMismatch(name: String)
        /// The deflated data is broken.
        case inflate(name: String, Inflater.Failure)
    }

    /// An entry of the central directory.
    package struct Entry: Equatable {
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

    /// Reads the central directory of `bytes`.
    package init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        guard bytes.count >= 22 else { throw Failure.noEndRecord }
        // The end record is the last 22 bytes, unless a comment (up to 65,535 bytes) follows it.
        var end = -1
        var candidate = bytes.count - 22
        while candidate >= max(0, bytes.count - 22 - 65535) {
            if ZipReader.read32(bytes, candidate) == 0x0605_4B50,
               candidate + 22 + ZipReader.read16(bytes, candidate + 20) == bytes.count {
                end = candidate
                break
            }
            candidate -= 1
        }
        guard end >= 0 else { throw Failure.noEndRecord }
        guard ZipReader.read16(bytes, end + 4) == 0, ZipReader.read16(bytes, end + 6) == 0 else {
            throw Failure.unsupported("multi-disk archive")
        }
        let count = ZipReader.read16(bytes, end + 10)
        let directorySize = ZipReader.read32(bytes, end + 12)
        let directoryOffset = ZipReader.read32(bytes, end + 16)
        guard directoryOffset != 0xFFFF_FFFF, count != 0xFFFF else { throw Failure.unsupported("ZIP64") }
        guard directoryOffset + directorySize <= end else { throw Failure.truncated }
        var entries: [Entry] = []
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= end else { throw Failure.truncated }
            guard ZipReader.read32(bytes, offset) == 0x0201_4B50 else { throw Failure.badSignature(offset: offset) }
            let nameLength = ZipReader.read16(bytes, offset + 28)
            let extraLength = ZipReader.read16(bytes, offset + 30)
            let commentLength = ZipReader.read16(bytes, offset + 32)
            guard offset + 46 + nameLength <= end else { throw Failure.truncated }
            entries.append(Entry(
                name: String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self),
                method: ZipReader.read16(bytes, offset + 10),
                flags: ZipReader.read16(bytes, offset + 8),
                crc: UInt32(ZipReader.read32(bytes, offset + 16)),
                compressedSize: ZipReader.read32(bytes, offset + 20),
                size: ZipReader.read32(bytes, offset + 24),
                localOffset: ZipReader.read32(bytes, offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The names of the entries, in directory order.
    package var names: [String] { entries.map(\.name) }

    /// The contents of the entry named `name`, or nil when there is none.
    package func contents(of name: String) throws -> [UInt8]? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        return try contents(of: entry)
    }

    /// The contents of `entry`, checked against its CRC-32 and size.
    package func contents(of entry: Entry) throws -> [UInt8] {
        guard entry.flags & 1 == 0 else { throw Failure.unsupported("encrypted entry \(entry.name)") }
        let local = entry.localOffset
        guard local + 30 <= bytes.count else { throw Failure.truncated }
        guard ZipReader.read32(bytes, local) == 0x0403_4B50 else { throw Failure.badSignature(offset: local) }
        let start = local + 30 + ZipReader.read16(bytes, local + 26) + ZipReader.read16(bytes, local + 28)
        guard start + entry.compressedSize <= bytes.count else { throw Failure.truncated }
        let data = Array(bytes[start..<start + entry.compressedSize])
        let contents: [UInt8]
        switch entry.method {
        case 0:
            contents = data
        case 8:
            do {
                contents = try Inflater.inflate(data, limit: entry.size)
            } catch let failure as Inflater.Failure {
                throw Failure.inflate(name: entry.name, failure)
            }
        default:
            throw Failure.unsupportedMethod(name: entry.name, method: entry.method)
        }
        guard contents.count == entry.size else { throw Failure.sizeMismatch(name: entry.name) }
        guard CRC32.checksum(contents) == entry.crc else { throw Failure.crcMismatch(name: entry.name) }
        return contents
    }

    package static func read16(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    package static func read32(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }
}
