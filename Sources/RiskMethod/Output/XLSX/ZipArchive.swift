/// Writes a ZIP archive (PKWARE APPNOTE 6.3) in memory, or in part to a sink as it goes: a local header and the
/// data of each entry, then the central directory and the end record. A large entry is streamed: its header says
/// that a data descriptor after the data gives its CRC and sizes (general purpose flag 3), so its data can be
/// compressed and written a chunk at a time.
///
/// Every entry carries the same DOS time, 1980-01-01 00:00, and no extra fields or attributes that depend on the
/// machine, so the same entries give the same bytes on every run. Entries are deflated (method 8) unless that does
/// not make them smaller, in which case they are stored (method 0), as `zip` does. No ZIP64: an entry or the whole
/// archive must stay under 4 GiB, and there are at most 65,535 entries.
///
///     var archive = ZipArchive()
///     try archive.add("hello.txt", contents: Array("hello".utf8))
///     let bytes = try archive.finish()
struct ZipArchive {
    /// How an entry's data is kept.
    enum Method: UInt16, Sendable {
        /// As is.
        case stored = 0
        /// Compressed with DEFLATE, or stored when that is no smaller.
        case deflated = 8
    }

    /// Why an archive cannot be written.
    enum Failure: Error, Equatable {
        /// Two entries have the same name.
        case duplicateName(String)
        /// An entry, or the archive, is too large without ZIP64.
        case tooLarge(String)

        var description: String {
            switch self {
            case .duplicateName(let name): "two entries are named \(name)"
            case .tooLarge(let name): "\(name) is too large for a ZIP archive without ZIP64 (4 GiB)"
            }
        }
    }

    /// What the central directory records of an entry.
    struct Entry {
        var name: [UInt8]
        var method: Method
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var offset: Int
        /// Whether a data descriptor follows the data (a streamed entry).
        var streamed = false
    }

    /// The DOS date of 1980-01-01: year 0 from 1980, month 1, day 1.
    static let dosDate: UInt16 = 0x0021
    /// The DOS time of 00:00:00.
    static let dosTime: UInt16 = 0
    /// Version 2.0: what deflate needs, as made by MS-DOS (no Unix attributes).
    static let version: UInt16 = 20
    /// The most a 32-bit field of the format holds, as an Int: all of them where Int is 32 bits (wasm32), where
    /// `Int(UInt32.max)` would trap.
    static let maximum32 = Int(exactly: UInt32.max) ?? Int.max
    /// General purpose flag 11: the name is UTF-8.
    static let utf8Flag: UInt16 = 1 << 11

    private(set) var bytes: [UInt8] = []
    private(set) var entries: [Entry] = []
    private var names: Set<[UInt8]> = []
    /// The bytes written to a sink before `bytes`.
    private var flushed = 0

    /// Where the next byte goes, from the start of the archive.
    var offset: Int { flushed + bytes.count }

    /// Writes the bytes so far to `sink`, and forgets them.
    mutating func flush(to sink: any ByteSink) throws(WriteError) {
        try sink.write(bytes)
        flushed += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    /// Starts a streamed, deflated entry named `name`: its data follows with ``append(data:)``, then
    /// ``endStreamed(crc:compressedSize:size:)``.
    mutating func beginStreamed(_ name: String) throws(Failure) {
        let nameBytes = Array(name.utf8)
        guard names.insert(nameBytes).inserted else { throw .duplicateName(name) }
        let entry = Entry(name: nameBytes, method: .deflated, crc: 0, compressedSize: 0, size: 0, offset: offset, streamed: true)
        guard entry.offset < ZipArchive.maximum32, entries.count < Int(UInt16.max) else { throw .tooLarge(name) }
        appendLocalHeader(entry)
        entries.append(entry)
    }

    /// Appends data of the streamed entry begun last.
    mutating func append(data: [UInt8]) { bytes.append(contentsOf: data) }

    /// Ends the streamed entry begun last with its data descriptor.
    mutating func endStreamed(crc: UInt32, compressedSize: Int, size: Int) throws(Failure) {
        guard var entry = entries.popLast() else { return }
        entry.crc = crc
        entry.compressedSize = compressedSize
        entry.size = size
        guard size < ZipArchive.maximum32, compressedSize < ZipArchive.maximum32, offset + 16 < ZipArchive.maximum32 else {
            throw .tooLarge(String(decoding: entry.name, as: UTF8.self))
        }
        append32(0x0807_4B50)
        append32(crc)
        append32(UInt32(compressedSize))
        append32(UInt32(size))
        entries.append(entry)
    }

    /// An empty archive.
    init() {}

    /// Adds an entry named `name` (a path with `/` separators) holding `contents`.
    mutating func add(_ name: String, contents: [UInt8], method: Method = .deflated) throws(Failure) {
        let nameBytes = Array(name.utf8)
        guard names.insert(nameBytes).inserted else { throw .duplicateName(name) }
        guard contents.count < ZipArchive.maximum32, nameBytes.count <= Int(UInt16.max) else { throw .tooLarge(name) }
        var data = contents
        var used = Method.stored
        if method == .deflated {
            // A large part (the shared strings of a long register) takes the fast matcher.
            let packed = contents.count > DeflateChunks.chunkSize ? DeflateChunks.stream(contents.span)
                : DeflateEncoder.compress(contents)
            if packed.count < contents.count {
                data = packed
                used = .deflated
            }
        }
        let entry = Entry(name: nameBytes, method: used, crc: CRC32.checksum(contents), compressedSize: data.count,
                          size: contents.count, offset: offset)
        guard entry.offset + 30 + nameBytes.count + data.count < ZipArchive.maximum32, entries.count < Int(UInt16.max) else {
            throw .tooLarge(name)
        }
        appendLocalHeader(entry)
        bytes.append(contentsOf: data)
        entries.append(entry)
    }

    /// The local header of `entry`; a streamed entry's CRC and sizes are zero here and follow its data.
    private mutating func appendLocalHeader(_ entry: Entry) {
        append32(0x0403_4B50)
        append16(ZipArchive.version)
        append16(flags(of: entry))
        append16(entry.method.rawValue)
        append16(ZipArchive.dosTime)
        append16(ZipArchive.dosDate)
        append32(entry.crc)
        append32(UInt32(entry.compressedSize))
        append32(UInt32(entry.size))
        append16(UInt16(entry.name.count))
        append16(0)   // extra field length
        bytes.append(contentsOf: entry.name)
    }

    /// The whole archive: the entries added, the central directory and the end record (after what was flushed).
    func finish() throws(Failure) -> [UInt8] {
        var archive = self
        let directoryOffset = archive.offset
        for entry in entries {
            archive.append32(0x0201_4B50)
            archive.append16(ZipArchive.version)   // made by
            archive.append16(ZipArchive.version)   // needed to extract
            archive.append16(flags(of: entry))
            archive.append16(entry.method.rawValue)
            archive.append16(ZipArchive.dosTime)
            archive.append16(ZipArchive.dosDate)
            archive.append32(entry.crc)
            archive.append32(UInt32(entry.compressedSize))
            archive.append32(UInt32(entry.size))
            archive.append16(UInt16(entry.name.count))
            archive.append16(0)   // extra field length
            archive.append16(0)   // comment length
            archive.append16(0)   // disk number
            archive.append16(0)   // internal attributes
            archive.append32(0)   // external attributes
            archive.append32(UInt32(entry.offset))
            archive.bytes.append(contentsOf: entry.name)
        }
        let directorySize = archive.offset - directoryOffset
        guard archive.offset + 22 < ZipArchive.maximum32 else { throw .tooLarge("central directory") }
        archive.append32(0x0605_4B50)
        archive.append16(0)   // this disk
        archive.append16(0)   // disk of the central directory
        archive.append16(UInt16(entries.count))
        archive.append16(UInt16(entries.count))
        archive.append32(UInt32(directorySize))
        archive.append32(UInt32(directoryOffset))
        archive.append16(0)   // comment length
        return archive.bytes
    }

    private func flags(of entry: Entry) -> UInt16 {
        (entry.name.allSatisfy { $0 < 0x80 } ? 0 : ZipArchive.utf8Flag) | (entry.streamed ? 1 << 3 : 0)
    }

    private mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
