import Foundation

/// The encodings `risk` reads, detected from the bytes.
public enum TextEncoding: String, Sendable {
    /// UTF-8 without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-8 with a byte order mark (what Excel writes as "CSV UTF-8").
    case utf8BOM = "UTF-8 (BOM)"
    /// Shift_JIS with Microsoft's extensions (CP932, what Japanese Excel writes as "CSV").
    case shiftJIS = "Shift_JIS"
}

/// Text decoded to UTF-8 bytes, with the encoding it was found in.
///
/// A UTF-8 input is kept as it came, its byte order mark skipped by `start` rather than copied away, so that a
/// large file is not held twice.
public struct DecodedText: Sendable {
    /// The UTF-8 bytes, possibly starting with a byte order mark.
    public var storage: [UInt8]
    /// Where the text starts in `storage`: 3 after a byte order mark, else 0.
    public var start: Int
    /// The encoding of the input.
    public var encoding: TextEncoding

    init(bytes: [UInt8], start: Int = 0, encoding: TextEncoding) {
        storage = bytes
        self.start = start
        self.encoding = encoding
    }

    /// The text as UTF-8, without a byte order mark (a copy when there was one).
    public var bytes: [UInt8] { start == 0 ? storage : Array(storage[start...]) }
}

/// Detects the encoding of input bytes and decodes them to UTF-8.
///
/// UTF-8 is tried first: it validates strictly. Shift_JIS is a fallback that must pass its own byte-structure
/// check, because Foundation's decoder also "succeeds" on bytes that are not Shift_JIS.
public enum TextDecoder {
    /// Decodes `bytes`, or returns the problem with its place.
    public static func decode(_ bytes: [UInt8], file: String) -> Result<DecodedText, Diagnostic> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(.utf16, at: SourceLocation(file: file, line: 1, column: 1)))
        }
        if let nul = firstNUL(bytes) {
            if looksLikeUTF16(bytes) { return .failure(Diagnostic(.utf16, at: SourceLocation(file: file, line: 1, column: 1))) }
            return .failure(Diagnostic(.nulByte, at: location(of: nul, in: bytes, file: file)))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let bad = firstInvalidUTF8(bytes, from: 3) {
                return .failure(Diagnostic(.invalidUTF8AfterBOM(byte: bytes[bad]), at: location(of: bad, in: bytes, file: file)))
            }
            return .success(DecodedText(bytes: bytes, start: 3, encoding: .utf8BOM))
        }
        guard let badUTF8 = firstInvalidUTF8(bytes) else {
            return .success(DecodedText(bytes: bytes, encoding: .utf8))
        }
        // A large file is decoded as Shift_JIS on another core while this one checks that it is Shift_JIS; the
        // decoded text is used only when the checks below say so.
        let decoding = bytes.count >= 1 << 16 ? Background { decodeShiftJIS(bytes) } : nil
        // A file that is mostly valid UTF-8 with a broken character is a broken UTF-8 file, even when its bytes
        // happen to pair up as Shift_JIS: reading it as Shift_JIS would turn every Japanese character into mojibake.
        if mostlyUTF8(bytes) {
            return .failure(Diagnostic(.invalidEncoding(byte: bytes[badUTF8]), at: location(of: badUTF8, in: bytes, file: file)))
        }
        let shiftJIS = shiftJISStructure(bytes)
        guard let badShiftJIS = shiftJIS.firstInvalid else {
            if shiftJIS.plausible, let decoded = decoding?.value ?? decodeShiftJIS(bytes) {
                return .success(DecodedText(bytes: decoded, encoding: .shiftJIS))
            }
            return .failure(Diagnostic(.invalidEncoding(byte: bytes[badUTF8]), at: location(of: badUTF8, in: bytes, file: file)))
        }
        // Neither: point at the byte that breaks the Shift_JIS reading, counting characters as Shift_JIS does.
        return .failure(Diagnostic(.invalidEncoding(byte: bytes[badShiftJIS]),
                                   at: location(of: badShiftJIS, in: bytes, file: file, shiftJIS: true)))
    }

    /// Whether the first bytes of a file (`head`, from `start`) look like UTF-8: valid, but for a character that
    /// the end of the sample may have cut.
    public static func headLooksLikeUTF8(_ head: [UInt8], from start: Int = 0) -> Bool {
        firstInvalidUTF8(head, from: start).map { $0 >= head.count - 4 } ?? true
    }

    /// The offset of the first NUL byte, found by memchr.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return UnsafeRawPointer(found) - base
        }
    }

    /// Whether well-formed UTF-8 multibyte characters outnumber the bytes that break UTF-8.
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var tally = UTF8Tally()
        return bytes.withUnsafeBufferPointer { tally.scan($0) } ?? tally.verdict
    }

    /// The count behind ``mostlyUTF8(_:)``, fed a text in parts that each end at a line feed: the same verdict as
    /// for the whole text, since no character spans a line feed.
    struct UTF8Tally {
        var valid = 0
        var invalid = 0

        /// Counts `bytes`; the verdict once there is enough evidence either way (a large file stops early), else nil.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
            var i = 0
            let count = bytes.count
            while i < count {
                let b0 = bytes[i]
                if b0 < 0x80 { i += 1; continue }
                let length: Int
                switch b0 {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: length = 0
                }
                if length > 0, i + length <= count, (1..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) {
                    valid += 1
                    i += length
                } else {
                    invalid += 1
                    i += 1
                }
                if invalid > 4096 && invalid > valid { return false }
                if valid > 65_536 && valid > 64 * invalid { return true }
            }
            return nil
        }

        /// The verdict at the end of the text.
        var verdict: Bool { valid > invalid }
    }

    /// The offset of the first byte of the first sequence that is not valid UTF-8 (overlong forms, surrogates and
    /// code points past U+10FFFF included), or nil when all of it is.
    ///
    /// Eight bytes at a time without a branch per character: a word passes when its continuation bytes are exactly
    /// the ones its lead bytes (and those of the word before) call for, and it holds none of the bytes that need a
    /// range check (C0, C1, E0, ED, F0–FF). Any other word, and the last few bytes, go character by character.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            let raw = UnsafeRawPointer(base)
            let high = ByteWords.high
            var i = start
            // The continuation bytes that the previous word's last lead bytes call for, at the start of this word.
            var pending: UInt64 = 0
            /// Where the character that offset `i` falls in starts: `i` itself unless the word before left one open,
            /// whose lead byte (checked with its continuations so far) is then at most three bytes back.
            func characterStart(_ i: Int) -> Int {
                guard pending != 0 else { return i }
                var from = i - 1
                while from > start && base[from] & 0xC0 == 0x80 { from -= 1 }
                return from
            }
            while i + 8 <= count {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if ByteWords.isASCII(x) && pending == 0 {
                    i += 8
                    continue
                }
                let continuation = x & ~(x << 1) & high
                let lead = x & (x << 1) & high
                let lead3 = lead & (x << 2)
                let special = lead3 & (x << 3)                     // F0–FF
                    | ByteWords.zeroBytes((x & ByteWords.repeated(0xFE)) ^ ByteWords.repeated(0xC0))
                    | ByteWords.zeroBytes(x ^ ByteWords.repeated(0xE0)) | ByteWords.zeroBytes(x ^ ByteWords.repeated(0xED))
                if special == 0 && continuation == (lead << 8) | (lead3 << 16) | pending {
                    pending = (lead >> 56) | (lead3 >> 48)
                    i += 8
                    continue
                }
                // Character by character, from the start of the character this word begins inside, to a character
                // boundary past this word.
                switch scalarUTF8(base, count: count, from: characterStart(i), until: i + 8) {
                case .invalid(let offset): return offset
                case .valid(let end): i = end
                }
                pending = 0
            }
            if case .invalid(let offset) = scalarUTF8(base, count: count, from: characterStart(i), until: count) { return offset }
            return nil
        }
    }

    /// What reading characters one by one found.
    enum ScalarScan {
        case valid(end: Int)
        case invalid(at: Int)
    }

    /// Reads whole characters from `start` (a character boundary) until one ends at or past `limit`, through Björn
    /// Höhrmann's automaton.
    static func scalarUTF8(_ base: UnsafePointer<UInt8>, count: Int, from start: Int, until limit: Int) -> ScalarScan {
        utf8Automaton.withUnsafeBufferPointer { table -> ScalarScan in
            guard let table = table.baseAddress else { return .valid(end: start) }
            var i = start
            while i < limit && i < count {
                let sequenceStart = i
                var state: UInt8 = 0
                repeat {
                    state = table[256 + Int(state) + Int(table[Int(base[i])])]
                    if state == 12 { return .invalid(at: sequenceStart) }
                    i += 1
                } while state != 0 && i < count
                if state != 0 { return .invalid(at: sequenceStart) }
            }
            return .valid(end: i)
        }
    }

    /// Björn Höhrmann's UTF-8 automaton: 256 byte classes, then transitions (state + class → state; 0 accepts,
    /// 12 rejects).
    static let utf8Automaton: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        table += [UInt8](repeating: 1, count: 16) + [UInt8](repeating: 9, count: 16)
        table += [UInt8](repeating: 7, count: 32)
        table += [8, 8] + [UInt8](repeating: 2, count: 30)
        table += [10, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 11, 6, 6, 6, 5, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]
        table += [
            0, 12, 24, 36, 60, 96, 84, 12, 12, 12, 48, 72, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
            12, 0, 12, 12, 12, 12, 12, 0, 12, 0, 12, 12, 12, 24, 12, 12, 12, 12, 12, 24, 12, 24, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 24, 12, 12, 12, 12, 12, 24, 12, 12, 12, 12, 12, 12, 12, 24, 12, 12,
            12, 12, 12, 12, 12, 12, 12, 36, 12, 36, 12, 12, 12, 36, 12, 12, 12, 12, 12, 36, 12, 36, 12, 12,
            12, 36, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        ]
        return table
    }()

    /// In one pass: the offset of the first byte that breaks the Shift_JIS (CP932) byte structure, or nil; and,
    /// when there is none, whether the pairs read as Japanese: some kana or common (JIS level 1) kanji, and no
    /// user-defined characters. A Latin-1 "Café" pairs `é` with the next letter into a rare kanji and nothing else.
    static func shiftJISStructure(_ bytes: [UInt8]) -> (firstInvalid: Int?, plausible: Bool) {
        let census = bytes.withUnsafeBufferPointer { ShiftJISCensus(counting: $0) }
        return (census.firstInvalid, census.firstInvalid == nil && census.plausible)
    }

    /// What ``shiftJISStructure(_:)`` counts: parts of a text that each end at a line feed (never a trail byte) can
    /// be counted apart and added up.
    struct ShiftJISCensus {
        /// The offset of the first byte that breaks the structure, or nil.
        var firstInvalid: Int?
        /// Half-width kana and common (JIS level 1) kanji.
        var common = 0
        /// Other double-byte characters.
        var rare = 0
        /// Whether any user-defined character (lead byte F0–F9) occurs.
        var userDefined = false

        init() {}

        init(counting buffer: UnsafeBufferPointer<UInt8>) {
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            var i = 0
            while i < count {
                if i + 8 <= count, ByteWords.isASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = base[i]
                if b < 0x80 { i += 1; continue }
                if b >= 0xA1 && b <= 0xDF { common += 1; i += 1; continue }
                let isLead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)
                guard isLead, i + 1 < count else { firstInvalid = i; return }
                let t = base[i + 1]
                guard (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC) else { firstInvalid = i; return }
                countPair(lead: b)
                i += 2
            }
        }

        /// Counts a double-byte character by its lead byte: 81–98 are kana, symbols and level 1 kanji; F0–F9 are
        /// user-defined; the rest are rare. (A half-width kana, A1–DF, counts as common.)
        @inline(__always)
        mutating func countPair(lead: UInt8) {
            switch lead {
            case 0x81...0x98: common += 1
            case 0xF0...0xF9: userDefined = true
            default: rare += 1
            }
        }

        /// Adds the counts of a later part.
        mutating func add(_ other: ShiftJISCensus) {
            common += other.common
            rare += other.rare
            userDefined = userDefined || other.userDefined
        }

        /// Whether the characters read as Japanese.
        var plausible: Bool { !userDefined && (common > 0 || rare == 0) }
    }

    /// Decodes Shift_JIS (CP932). Foundation alone turns the control bytes 0x1A, 0x1C and 0x7F into one another
    /// (U+001C, U+007F, U+001A) when the text holds Japanese, and reads them as themselves when it is ASCII; the table
    /// reads them as CP932 defines them, as themselves, and agrees with Foundation on every other character. So a
    /// small text without those bytes goes through Foundation (the table is learned once, in about 9 ms), and any
    /// other through the table: a small file and a large one read the same.
    static func decodeShiftJIS(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.count < 1 << 16 && !bytes.contains(where: { $0 == 0x1A || $0 == 0x1C || $0 == 0x7F }) {
            return decodeShiftJISByFoundation(bytes)
        }
        return ShiftJISTable.decode(bytes)
    }

    /// Decodes Shift_JIS through Foundation in blocks that end at line feeds (never a trail byte).
    static func decodeShiftJISByFoundation(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        let blockSize = 1 << 20
        var start = 0
        while start < bytes.count {
            var end = min(start + blockSize, bytes.count)
            if end < bytes.count {
                if let newline = bytes[start..<end].lastIndex(of: 0x0A) {
                    end = newline + 1
                } else if let next = bytes[end...].firstIndex(of: 0x0A) {
                    end = next + 1
                } else {
                    end = bytes.count
                }
            }
            let block = bytes[start..<end]
            if block.allSatisfy({ $0 < 0x80 }) {
                output.append(contentsOf: block)
            } else {
                guard let text = String(data: Data(block), encoding: .shiftJIS) else { return nil }
                var utf8 = Array(text.utf8)
                // A replacement character means Foundation gave up on a byte pair.
                if text.unicodeScalars.contains("\u{FFFD}") { return nil }
                output.append(contentsOf: utf8)
                utf8.removeAll()
            }
            start = end
        }
        return output
    }

    /// Whether NUL bytes stand on one parity only, as in UTF-16 text (ASCII characters have a zero byte, on the
    /// same side each time), even when Japanese text leaves few of them.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var even = 0, odd = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { even += 1 } else { odd += 1 }
        }
        return sample.count >= 4 && even + odd >= 2 && (even == 0 || odd == 0)
    }

    /// The line and column (in characters) of a byte offset: LF, CRLF and a lone CR end a line; a byte order mark
    /// is not a character; characters are counted as UTF-8, or as Shift_JIS (a lead byte and its trail are one).
    static func location(of offset: Int, in bytes: [UInt8], file: String, shiftJIS: Bool = false) -> SourceLocation {
        var line = 1
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = lineStart
        while i < offset {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < offset {
            let b = bytes[i]
            if shiftJIS {
                let isLead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)
                i += isLead ? 2 : 1
            } else {
                i += 1
                while i < offset && bytes[i] & 0xC0 == 0x80 { i += 1 }
            }
            column += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
