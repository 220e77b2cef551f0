import Testing
@testable import RiskMethod
import RiskTestSupport

struct CRC32Tests {
    @Test(arguments: [
        ("", UInt32(0)),
        ("123456789", UInt32(0xCBF4_3926)),
        ("a", UInt32(0xE8B7_BE43)),
        ("The quick brown fox jumps over the lazy dog", UInt32(0x414F_A339)),
    ])
    func knownVectors(text: String, crc: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == crc)
    }

    @Test func summingInPiecesGivesTheWhole() {
        let whole = Array("情報資産台帳 risk register".utf8)
        for split in [0, 1, 7, whole.count] {
            let first = CRC32.checksum(Array(whole[..<split]))
            let rest = Array(whole[split...])
            #expect(CRC32.update(first, with: rest.span) == CRC32.checksum(whole))
        }
    }
}
