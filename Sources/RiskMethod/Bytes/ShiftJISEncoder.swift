/// UTF-8 to CP932 (Shift_JIS as Windows and Japanese Excel read it), for a CSV register Excel opens without
/// mojibake.
///
/// Where CP932 has a character twice (NEC's row 13 and IBM's extensions), the code Windows writes is chosen: JIS X
/// 0208 first, then NEC row 13, then IBM's extensions (FA–FC), then NEC's selection of them (ED–EE). Characters
/// that JIS-based encoders write for CP932's own (〜 for ～, − for －, ‖ for ∥, ¢ £ ¬, — for ―) take the code a
/// Japanese reader sees as the same character. Anything else CP932 cannot hold (an emoji, 𠮷) is refused, with
/// the character and its place, rather than written as `?`.
package enum ShiftJISEncoder {
    /// The scalar value of each encodable character to its code (one byte below 0x100).
    static let codes: [UInt32: UInt16] = {
        var codes: [UInt32: UInt16] = [:]
        for byte in 0..<0x80 { codes[UInt32(byte)] = UInt16(byte) }
        for (offset, scalar) in ShiftJIS.singleByteCharacters.unicodeScalars.enumerated() {
            codes[scalar.value] = UInt16(0xA1 + offset)
        }
        let allLeads = Array(0x81...0x9F) + Array(0xE0...0xFC)
        let trails = Array(0x40...0x7E) + Array(0x80...0xFC)
        let necRow13 = [0x87], ibm = Array(0xFA...0xFC), necIBM = [0xED, 0xEE]
        let jis = allLeads.filter { !necRow13.contains($0) && !ibm.contains($0) && !necIBM.contains($0) }
        for lead in jis + necRow13 + ibm + necIBM {
            let row = allLeads.firstIndex(of: lead) ?? 0
            for (column, scalar) in ShiftJIS.doubleByteCharacters[row].unicodeScalars.enumerated()
            where column < trails.count && scalar != "\u{FFFF}" && codes[scalar.value] == nil {
                codes[scalar.value] = UInt16(lead << 8 | trails[column])
            }
        }
        for (scalar, code) in [(0x301C, 0x8160), (0x2016, 0x8161), (0x2212, 0x817C), (0x00A2, 0x8191), (0x00A3, 0x8192),
                               (0x00AC, 0x81CA), (0x2014, 0x815C)] as [(UInt32, UInt16)] where codes[scalar] == nil {
            codes[scalar] = code
        }
        return codes
    }()

    /// A character CP932 cannot hold.
    package struct Unencodable: Error, Sendable, Equatable {
        package var scalar: Unicode.Scalar
    }

    /// `text` (UTF-8) in CP932, appended to `output`; throws at the first character CP932 cannot hold. A character
    /// cut at the end of `text` is left for the next call: its bytes are returned.
    package static func encode(_ text: Span<UInt8>, into output: inout [UInt8]) throws(Unencodable) -> [UInt8] {
        var index = 0
        while index < text.count {
            let lead = text[index]
            if lead < 0x80 {
                output.append(lead)
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if index + length > text.count {
                var rest: [UInt8] = []
                for position in index..<text.count { rest.append(text[position]) }
                return rest
            }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for position in index + 1..<index + length { value = value << 6 | UInt32(text[position] & 0x3F) }
            guard let code = codes[value] else {
                throw Unencodable(scalar: Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            if code > 0xFF { output.append(UInt8(code >> 8)) }
            output.append(UInt8(truncatingIfNeeded: code))
            index += length
        }
        return []
    }
}

/// The encoding of a text output (`--encoding`): UTF-8, UTF-8 with a byte order mark (which Japanese Excel needs
/// to read UTF-8), or CP932.
public enum TextOutputEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case cp932
}

/// A sink that writes UTF-8 text to another sink in an encoding: with or without the byte order mark the text
/// starts with, or transcoded to CP932. A character CP932 cannot hold stops the write (``WriteError/notEncodable``).
/// Call ``finish()`` after the last write.
public final class EncodingSink: ByteSink {
    private let base: any ByteSink
    private let encoding: TextOutputEncoding
    private var started = false
    /// Bytes held back: the first two of a text (a byte order mark is three), or a character cut by a write.
    private var carry: [UInt8] = []
    private var buffer: [UInt8] = []

    /// A sink writing to `base` in `encoding`.
    public init(_ base: any ByteSink, encoding: TextOutputEncoding) {
        self.base = base
        self.encoding = encoding
    }

    public func write(_ bytes: Span<UInt8>) throws(WriteError) {
        var text = carry
        text.reserveCapacity(carry.count + bytes.count)
        for index in bytes.indices { text.append(bytes[index]) }
        carry = []
        try consume(text, final: false)
    }

    /// Writes what is held back.
    public func finish() throws(WriteError) {
        let rest = carry
        carry = []
        try consume(rest, final: true)
    }

    private func consume(_ bytes: [UInt8], final: Bool) throws(WriteError) {
        var text = bytes
        if !started {
            guard text.count >= 3 || final else {
                carry = text
                return
            }
            started = true
            let hasBOM = text.starts(with: [0xEF, 0xBB, 0xBF])
            if hasBOM && encoding != .utf8BOM { text.removeFirst(3) }
            if !hasBOM && encoding == .utf8BOM { try base.write([0xEF, 0xBB, 0xBF]) }
        }
        guard encoding == .cp932 else {
            if !text.isEmpty { try base.write(text) }
            return
        }
        buffer.removeAll(keepingCapacity: true)
        do throws(ShiftJISEncoder.Unencodable) {
            carry = try ShiftJISEncoder.encode(text.span, into: &buffer)
        } catch {
            throw WriteError.notEncodable(character: String(error.scalar))
        }
        if final && !carry.isEmpty { throw WriteError.notEncodable(character: "\u{FFFD}") }
        if !buffer.isEmpty { try base.write(buffer) }
    }
}
