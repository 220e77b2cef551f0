/// The encodings `risk` reads, detected from the bytes.
public enum TextEncoding: String, Sendable {
    /// UTF-8 without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-8 with a byte order mark (what Excel writes as "CSV UTF-8").
    case utf8BOM = "UTF-8 (BOM)"
    /// Shift_JIS with Microsoft's extensions (CP932, what Japanese Excel writes as "CSV").
    case shiftJIS = "Shift_JIS"
    /// Not text: an Excel workbook, whose cells are read as text.
    case xlsx = "XLSX"
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
        let span = bytes.span
        // UTF-32's marks first: its little-endian one begins as UTF-16's does.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .failure(Diagnostic(.utf32, at: SourceLocation(file: file, line: 1, column: 1)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(.utf16, at: SourceLocation(file: file, line: 1, column: 1)))
        }
        if let nul = ByteScanner.firstIndex(of: 0, in: span) {
            if looksLikeUTF32(bytes) { return .failure(Diagnostic(.utf32, at: SourceLocation(file: file, line: 1, column: 1))) }
            if looksLikeUTF16(bytes) { return .failure(Diagnostic(.utf16, at: SourceLocation(file: file, line: 1, column: 1))) }
            return .failure(Diagnostic(.nulByte, at: location(of: nul, in: bytes, file: file)))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let bad = firstInvalidUTF8(span, from: 3) {
                return .failure(Diagnostic(.invalidUTF8AfterBOM(byte: bytes[bad]), at: location(of: bad, in: bytes, file: file)))
            }
            return .success(DecodedText(bytes: bytes, start: 3, encoding: .utf8BOM))
        }
        guard let badUTF8 = firstInvalidUTF8(span) else {
            return .success(DecodedText(bytes: bytes, encoding: .utf8))
        }
        let notText = Diagnostic(.invalidEncoding(byte: bytes[badUTF8]), at: location(of: badUTF8, in: bytes, file: file))
        // A file that is mostly valid UTF-8 with a broken character is a broken UTF-8 file, even when its bytes
        // happen to pair up as Shift_JIS: reading it as Shift_JIS would turn every Japanese character into mojibake.
        if mostlyUTF8(span) { return .failure(notText) }
        var census = ShiftJIS.Census()
        if let decoded = ShiftJIS.decode(span, census: &census) {
            return census.plausible ? .success(DecodedText(bytes: decoded, encoding: .shiftJIS)) : .failure(notText)
        }
        // Not Shift_JIS either: point at the byte that breaks its structure, or at the pair that is no character
        // (85 40), counting characters as Shift_JIS does.
        guard let badShiftJIS = ShiftJIS.Census(counting: span).firstInvalid ?? ShiftJIS.firstUnmapped(span) else {
            return .failure(notText)
        }
        return .failure(Diagnostic(.invalidEncoding(byte: bytes[badShiftJIS]),
                                   at: location(of: badShiftJIS, in: bytes, file: file, shiftJIS: true)))
    }

    /// Whether the first bytes of a file (`head`, from `start`) look like UTF-8: valid, but for a character that
    /// the end of the sample may have cut.
    public static func headLooksLikeUTF8(_ head: [UInt8], from start: Int = 0) -> Bool {
        firstInvalidUTF8(head.span, from: start).map { $0 >= head.count - 4 } ?? true
    }

    /// Whether well-formed UTF-8 multibyte characters outnumber the bytes that break UTF-8.
    static func mostlyUTF8(_ bytes: Span<UInt8>) -> Bool {
        var tally = UTF8Tally()
        return tally.scan(bytes) ?? tally.verdict
    }

    /// The count behind ``mostlyUTF8(_:)``, fed a text in parts that each end at a line feed: the same verdict as
    /// for the whole text, since no character spans a line feed.
    package struct UTF8Tally {
        var valid = 0
        var invalid = 0

        package init() {}

        /// Counts `bytes`; the verdict once there is enough evidence either way (a large file stops early), else nil.
        package mutating func scan(_ bytes: Span<UInt8>) -> Bool? {
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
        package var verdict: Bool { valid > invalid }
    }

    /// The offset of the first byte of the first sequence that is not valid UTF-8 (overlong forms, surrogates and
    /// code points past U+10FFFF included), or nil when all of it is.
    ///
    /// Eight bytes at a time without a branch per character: a word passes when its continuation bytes are exactly
    /// the ones its lead bytes (and those of the word before) call for, and it holds none of the bytes that need a
    /// range check (C0, C1, E0, ED, F0–FF). Any other word, and the last few bytes, go character by character.
    static func firstInvalidUTF8(_ bytes: Span<UInt8>, from start: Int = 0) -> Int? {
        let count = bytes.count
        let high = ByteScanner.high
        var i = start
        // The continuation bytes that the previous word's last lead bytes call for, at the start of this word.
        var pending: UInt64 = 0
        /// Where the character that offset `i` falls in starts: `i` itself unless the word before left one open,
        /// whose lead byte (checked with its continuations so far) is then at most three bytes back.
        func characterStart(_ i: Int) -> Int {
            guard pending != 0 else { return i }
            var from = i - 1
            while from > start && bytes[from] & 0xC0 == 0x80 { from -= 1 }
            return from
        }
        while i + 8 <= count {
            let x = ByteScanner.word(bytes, at: i)
            if ByteScanner.isASCII(x) && pending == 0 {
                i += 8
                continue
            }
            let continuation = x & ~(x << 1) & high
            let lead = x & (x << 1) & high
            let lead3 = lead & (x << 2)
            let special = lead3 & (x << 3)                     // F0–FF
                | ByteScanner.zeroBytes((x & ByteScanner.repeated(0xFE)) ^ ByteScanner.repeated(0xC0))
                | ByteScanner.zeroBytes(x ^ ByteScanner.repeated(0xE0)) | ByteScanner.zeroBytes(x ^ ByteScanner.repeated(0xED))
            if special == 0 && continuation == (lead << 8) | (lead3 << 16) | pending {
                pending = (lead >> 56) | (lead3 >> 48)
                i += 8
                continue
            }
            // Character by character, from the start of the character this word begins inside, to a character
            // boundary past this word.
            switch scalarUTF8(bytes, from: characterStart(i), until: i + 8) {
            case .invalid(let offset): return offset
            case .valid(let end): i = end
            }
            pending = 0
        }
        if case .invalid(let offset) = scalarUTF8(bytes, from: characterStart(i), until: count) { return offset }
        return nil
    }

    /// What reading characters one by one found.
    enum ScalarScan {
        case valid(end: Int)
        case invalid(at: Int)
    }

    /// Reads whole characters from `start` (a character boundary) until one ends at or past `limit`, through Björn
    /// Höhrmann's automaton.
    static func scalarUTF8(_ bytes: Span<UInt8>, from start: Int, until limit: Int) -> ScalarScan {
        let table = utf8Automaton.span
        let count = bytes.count
        var i = start
        while i < limit && i < count {
            let sequenceStart = i
            var state: UInt8 = 0
            repeat {
                state = table[256 + Int(state) + Int(table[Int(bytes[i])])]
                if state == 12 { return .invalid(at: sequenceStart) }
                i += 1
            } while state != 0 && i < count
            if state != 0 { return .invalid(at: sequenceStart) }
        }
        return .valid(end: i)
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

    /// Whether the bytes are in groups of four whose two high bytes are zero, on the same side each time, as in
    /// UTF-32 text without a byte order mark (every character below U+10000).
    static func looksLikeUTF32(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard sample.count >= 8 && sample.count % 4 == 0 else { return false }
        var littleEndian = true, bigEndian = true
        for (index, byte) in sample.enumerated() where byte != 0 {
            if index % 4 >= 2 { littleEndian = false } else { bigEndian = false }
        }
        return littleEndian || bigEndian
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
                i += ShiftJIS.isLead(b) ? 2 : 1
            } else {
                i += 1
                while i < offset && bytes[i] & 0xC0 == 0x80 { i += 1 }
            }
            column += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
