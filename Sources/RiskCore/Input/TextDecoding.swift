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
public struct DecodedText: Sendable {
    /// The text as UTF-8, without a byte order mark.
    public var bytes: [UInt8]
    /// The encoding of the input.
    public var encoding: TextEncoding
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
        if let nul = bytes.firstIndex(of: 0) {
            let problem: Problem = looksLikeUTF16(bytes) ? .utf16 : .nulByte
            return .failure(Diagnostic(problem, at: location(of: nul, in: bytes, file: file)))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            if let bad = firstInvalidUTF8(body) {
                return .failure(Diagnostic(.invalidUTF8AfterBOM(byte: body[bad]),
                                           at: location(of: bad + 3, in: bytes, file: file)))
            }
            return .success(DecodedText(bytes: body, encoding: .utf8BOM))
        }
        guard let badUTF8 = firstInvalidUTF8(bytes) else {
            return .success(DecodedText(bytes: bytes, encoding: .utf8))
        }
        if firstInvalidShiftJIS(bytes) == nil, let decoded = decodeShiftJIS(bytes) {
            return .success(DecodedText(bytes: decoded, encoding: .shiftJIS))
        }
        // Neither: point at the first byte that breaks the more plausible reading.
        let place: Int
        if hasMultibyteUTF8(bytes, before: badUTF8) {
            place = badUTF8
        } else {
            place = firstInvalidShiftJIS(bytes) ?? badUTF8
        }
        return .failure(Diagnostic(.invalidEncoding(byte: bytes[place]), at: location(of: place, in: bytes, file: file)))
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var i = 0
            while i < count {
                // Skip ASCII eight bytes at a time.
                while i + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= count { break }
                let b0 = buffer[i]
                if b0 < 0x80 { i += 1; continue }
                let length: Int
                var minimumSecond: UInt8 = 0x80
                var maximumSecond: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; minimumSecond = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; maximumSecond = 0x9F
                case 0xF0: length = 4; minimumSecond = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; maximumSecond = 0x8F
                default: return i
                }
                guard i + length <= count else { return i }
                let b1 = buffer[i + 1]
                guard b1 >= minimumSecond && b1 <= maximumSecond else { return i }
                for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }

    /// The offset of the first byte that breaks the Shift_JIS (CP932) byte structure, or nil.
    static func firstInvalidShiftJIS(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b < 0x80 || (b >= 0xA1 && b <= 0xDF) { i += 1; continue }
            let isLead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)
            guard isLead, i + 1 < count else { return i }
            let t = bytes[i + 1]
            guard (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC) else { return i }
            i += 2
        }
        return nil
    }

    /// Decodes Shift_JIS in blocks that end at line feeds (never a trail byte), so no character is split.
    static func decodeShiftJIS(_ bytes: [UInt8]) -> [UInt8]? {
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

    static func hasMultibyteUTF8(_ bytes: [UInt8], before limit: Int) -> Bool {
        var i = 0
        while i < limit {
            if bytes[i] >= 0xC2 && bytes[i] <= 0xF4, i + 1 < limit, bytes[i + 1] & 0xC0 == 0x80 { return true }
            i += 1
        }
        return false
    }

    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(512)
        let zeros = sample.lazy.filter { $0 == 0 }.count
        return sample.count >= 4 && zeros * 4 >= sample.count
    }

    /// The line and column (in characters, as well as they can be counted) of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        // Count characters: bytes that do not continue a UTF-8 sequence.
        let column = bytes[lineStart..<offset].lazy.filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
