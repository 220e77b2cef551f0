import Foundation
import Testing
@testable import RiskMethod

/// CSV for Japanese Excel: UTF-8 with or without the byte order mark, or CP932.
struct EncodingTests {
    /// Every character CP932 holds is written as a code that reads back as that character.
    @Test func everyCP932CharacterRoundTrips() throws {
        var checked = 0
        for (scalar, code) in ShiftJISEncoder.codes where scalar >= 0x80 {
            let bytes: [UInt8] = code > 0xFF ? [UInt8(code >> 8), UInt8(code & 0xFF)] : [UInt8(code)]
            let result = ShiftJIS.decode(bytes.span)
            let decoded = try #require(result)
            let expected = String(Unicode.Scalar(scalar) ?? "?")
            let compatible: Set<UInt32> = [0x301C, 0x2016, 0x2212, 0x00A2, 0x00A3, 0x00AC, 0x2014]
            if !compatible.contains(scalar) {
                #expect(String(decoding: decoded, as: UTF8.self) == expected, "U+\(String(scalar, radix: 16))")
            }
            checked += 1
        }
        #expect(checked > 7_000)
    }

    /// Where CP932 has a character twice, the code Windows writes (IBM's FA–FC before NEC's selection ED–EE, as
    /// Windows and Java's MS932 do; Python's cp932 codec writes ED–EE); and JIS forms of CP932's own characters.
    @Test(arguments: [("Ⅰ", [0x87, 0x54]), ("ⅰ", [0xFA, 0x40]), ("¬", [0x81, 0xCA]), ("∵", [0x81, 0xE6]), ("㈱", [0x87, 0x8A]),
                      ("髙", [0xFB, 0xFC]), ("〜", [0x81, 0x60]), ("～", [0x81, 0x60]), ("−", [0x81, 0x7C]), ("ｱ", [0xB1]),
                      ("市民課", [0x8E, 0x73, 0x96, 0xAF, 0x89, 0xDB]), ("A,1", [0x41, 0x2C, 0x31])] as [(String, [UInt8])])
    func windowsCodes(_ text: String, _ code: [UInt8]) throws {
        var output: [UInt8] = []
        let rest = try ShiftJISEncoder.encode(Array(text.utf8).span, into: &output)
        #expect(output == code)
        #expect(rest.isEmpty)
    }

    @Test func aCharacterCP932CannotHoldIsRefused() {
        var output: [UInt8] = []
        #expect(throws: ShiftJISEncoder.Unencodable(scalar: "𠮷")) {
            _ = try ShiftJISEncoder.encode(Array("吉野家と𠮷野家".utf8).span, into: &output)
        }
        let sink = EncodingSink(ByteBuffer(), encoding: .cp932)
        #expect(throws: WriteError.notEncodable(character: "😀")) { try sink.write(Array("台帳😀".utf8)) }
    }

    /// Writes split anywhere, in the middle of a character or of the byte order mark, give the same bytes.
    @Test(arguments: TextOutputEncoding.allCases)
    func splitWritesGiveTheSameBytes(_ encoding: TextOutputEncoding) throws {
        let text: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("リスクID,資産名\r\nA-001,住民票〜写し\r\n".utf8)
        let whole = ByteBuffer()
        let sink = EncodingSink(whole, encoding: encoding)
        try sink.write(text)
        try sink.finish()
        for split in 1..<text.count {
            let parts = ByteBuffer()
            let partSink = EncodingSink(parts, encoding: encoding)
            try partSink.write(Array(text[..<split]))
            try partSink.write(Array(text[split...]))
            try partSink.finish()
            #expect(parts.bytes == whole.bytes, "split at \(split)")
        }
        switch encoding {
        case .utf8: #expect(whole.bytes == Array(text.dropFirst(3)))
        case .utf8BOM: #expect(whole.bytes == text)
        case .cp932:
            let decoded = String(data: Data(whole.bytes), encoding: .shiftJIS)
            #expect(decoded == "リスクID,資産名\r\nA-001,住民票～写し\r\n")
        }
        // A short text without a byte order mark gains one only in utf-8-bom.
        let short = ByteBuffer()
        let shortSink = EncodingSink(short, encoding: encoding)
        try shortSink.write(Array("a".utf8))
        try shortSink.finish()
        #expect(short.bytes == (encoding == .utf8BOM ? [0xEF, 0xBB, 0xBF, 0x61] : [0x61]))
    }
}
