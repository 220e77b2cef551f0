/// CP932 (Shift_JIS with Microsoft's extensions, what Japanese Excel writes) to UTF-8, by table.
///
/// The table (`Generated/CP932Table.swift`) holds every character as Foundation decodes it, and bytes 0x00–0x7F are
/// ASCII, as CP932 defines them (and as Python's `cp932` reads them). A test decodes every code with Foundation and
/// fails when the two disagree.
package enum ShiftJIS {
    /// Per single byte (index 0–255) and per pair (index 256 + (lead − 0x80) × 256 + trail): the UTF-8 bytes, up to 3,
    /// packed low byte first with the length in the top byte; 0 when the code is no character.
    static let entries: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256 + 128 * 256)
        func store(_ index: Int, _ scalar: Unicode.Scalar) {
            guard scalar != "\u{FFFF}" else { return }
            var packed: UInt32 = 0
            var length: UInt32 = 0
            for byte in String(scalar).utf8 {
                packed |= UInt32(byte) << (8 * length)
                length += 1
            }
            table[index] = packed | length << 24
        }
        for byte in 0..<0x80 { table[byte] = 1 << 24 | UInt32(byte) }
        for (offset, scalar) in singleByteCharacters.unicodeScalars.enumerated() { store(0xA1 + offset, scalar) }
        let leads = Array(0x81...0x9F) + Array(0xE0...0xFC)
        let trails = Array(0x40...0x7E) + Array(0x80...0xFC)
        for (row, lead) in leads.enumerated() {
            for (column, scalar) in doubleByteCharacters[row].unicodeScalars.enumerated() where column < trails.count {
                store(256 + (lead - 0x80) * 256 + trails[column], scalar)
            }
        }
        // The user-defined characters (外字), which Foundation leaves out: F040–F9FC are U+E000–U+E757 in order, 188
        // to a lead byte, as Windows and Python's cp932 decode them.
        for lead in 0xF0...0xF9 {
            for (column, trail) in trails.enumerated() {
                if let scalar = Unicode.Scalar(0xE000 + (lead - 0xF0) * 188 + column) { store(256 + (lead - 0x80) * 256 + trail, scalar) }
            }
        }
        return table
    }()

    /// How many input bytes are decoded into one reservation of room.
    static let window = 1 << 16

    /// Whether `byte` starts a two-byte character.
    @inline(__always)
    static func isLead(_ byte: UInt8) -> Bool { (byte >= 0x81 && byte <= 0x9F) || (byte >= 0xE0 && byte <= 0xFC) }

    /// Whether `byte` may follow a lead byte.
    @inline(__always)
    static func isTrail(_ byte: UInt8) -> Bool { (byte >= 0x40 && byte <= 0x7E) || (byte >= 0x80 && byte <= 0xFC) }

    /// What a text holds, counted in one pass: where its byte structure breaks, and whether its characters read as
    /// Japanese. Parts of a text that each end at a line feed (never a trail byte) can be counted apart and added.
    package struct Census: Sendable {
        /// The offset of the first byte that breaks the structure, or nil.
        var firstInvalid: Int?
        /// Half-width kana and common (JIS level 1) kanji.
        var common = 0
        /// Other double-byte characters.
        var rare = 0
        /// The rare ones that a Latin-1 text also makes: an accented small letter (E0–EF, FA–FC) followed by a
        /// small ASCII letter, as in "Cafés".
        var latinLike = 0
        /// Whether any user-defined character (lead byte F0–F9) occurs.
        var userDefined = false

        package init() {}

        /// Counts `bytes`, stopping at the first byte that breaks the structure.
        init(counting bytes: Span<UInt8>) {
            var index = 0
            let count = bytes.count
            while index < count {
                index = ByteScanner.firstNonASCII(in: bytes, from: index)
                guard index < count else { return }
                let byte = bytes[index]
                if byte >= 0xA1 && byte <= 0xDF {
                    common += 1
                    index += 1
                    continue
                }
                guard ShiftJIS.isLead(byte), index + 1 < count, ShiftJIS.isTrail(bytes[index + 1]) else {
                    firstInvalid = index
                    return
                }
                countPair(lead: byte, trail: bytes[index + 1])
                index += 2
            }
        }

        /// Counts a double-byte character by its lead byte: 81–98 are kana, symbols and level 1 kanji; F0–F9 are
        /// user-defined; the rest are rare (level 2 kanji, the NEC and IBM extensions). (A half-width kana, A1–DF,
        /// counts as common.)
        @inline(__always)
        mutating func countPair(lead: UInt8, trail: UInt8) {
            switch lead {
            case 0x81...0x98: common += 1
            case 0xF0...0xF9: userDefined = true
            default:
                rare += 1
                if lead >= 0xE0 && trail >= 0x61 && trail <= 0x7A { latinLike += 1 }
            }
        }

        /// Adds the counts of a later part.
        package mutating func add(_ other: Census) {
            common += other.common
            rare += other.rare
            latinLike += other.latinLike
            userDefined = userDefined || other.userDefined
        }

        /// Whether the characters read as Japanese: some kana or common kanji, or a rare character that Latin-1 text
        /// does not make (every JIS X 0208 character alone reads: 鬱 is 9F 54); else no double-byte character at
        /// all. A Latin-1 "Cafés" pairs `é` with the next small letter into a rare kanji and nothing else, and
        /// "schön" `ö` into a user-defined character (外字): those count for nothing, and alone do not read.
        package var plausible: Bool { common > 0 || rare > latinLike || (rare == 0 && !userDefined) }
    }

    /// Decodes CP932 bytes to UTF-8, or nil when a byte or pair has no character (and so at any byte that breaks
    /// the structure); counts the characters into `census` as ``Census`` does.
    static func decode(_ bytes: Span<UInt8>, census: inout Census) -> [UInt8]? {
        let table = entries.span
        var counted = Census()
        // Room for the usual decoding (two bytes to three) at once; more as it is needed.
        let output = ByteWriter(capacity: bytes.count * 3 / 2 + 16)
        var failed = false
        var index = 0
        let count = bytes.count
        while index < count && !failed {
            // A window's room is its longest decoding: a half-width kana is one byte and three in UTF-8 (plus the
            // trail byte of a pair that starts at the window's last byte).
            let windowEnd = min(count, index + ShiftJIS.window)
            let window = bytes.extracting(0..<windowEnd)
            output.withCursor(reserving: (windowEnd - index) * 3 + 3) { cursor in
                while index < windowEnd {
                    let ascii = ByteScanner.firstNonASCII(in: window, from: index)
                    if ascii > index {
                        cursor.put(window.extracting(index..<ascii))
                        index = ascii
                        if index == windowEnd { break }
                    }
                    let byte = bytes[index]
                    let packed: UInt32
                    if byte >= 0xA1 && byte <= 0xDF {
                        packed = table[Int(byte)]
                        counted.common += 1
                        index += 1
                    } else {
                        guard index + 1 < count else { failed = true; return }
                        packed = table[256 + (Int(byte) - 0x80) * 256 + Int(bytes[index + 1])]
                        counted.countPair(lead: byte, trail: bytes[index + 1])
                        index += 2
                    }
                    let length = Int(packed >> 24)
                    guard length > 0 else { failed = true; return }
                    for k in 0..<length { cursor.put(UInt8(truncatingIfNeeded: packed >> (8 * UInt32(k)))) }
                }
            }
        }
        guard !failed else { return nil }
        census.add(counted)
        return output.bytes
    }

    /// The offset of the first byte, or pair, that has no character (the structure holding up to it), or nil.
    static func firstUnmapped(_ bytes: Span<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x80 else { index += 1; continue }
            let single = byte >= 0xA1 && byte <= 0xDF
            guard single || index + 1 < bytes.count else { return index }
            guard entries[single ? Int(byte) : 256 + (Int(byte) - 0x80) * 256 + Int(bytes[index + 1])] != 0 else { return index }
            index += single ? 1 : 2
        }
        return nil
    }

    /// Decodes CP932 bytes to UTF-8, or nil when a byte or pair has no character.
    static func decode(_ bytes: Span<UInt8>) -> [UInt8]? {
        var census = Census()
        return decode(bytes, census: &census)
    }
}
