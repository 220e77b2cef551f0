import Testing
@testable import RiskMethod
import RiskTestSupport

struct DeflateTests {
    /// Inputs of every kind at sizes 0, 1 and 100 KB.
    static let inputs: [(String, [UInt8])] = {
        var random = SplitMix64(state: 42)
        let japanese = Array(String(repeating: "情報資産台帳の簡易リスク分析：重要度×被害発生可能性＝リスク値。", count: 1200).utf8)
        var inputs: [(String, [UInt8])] = [("empty", []), ("one byte", [0x41]), ("one zero byte", [0])]
        inputs.append(("random 100 KB", random.bytes(100_000)))
        inputs.append(("zeros 100 KB", [UInt8](repeating: 0, count: 100_000)))
        inputs.append(("repeating phrase 100 KB", Array(String(repeating: "risk register, ", count: 6_667).utf8)))
        inputs.append(("Japanese text 100 KB", Array(japanese.prefix(100_000))))
        inputs.append(("Japanese, one character", Array("台".utf8)))
        // Text with random runs: long matches, short matches and literals mixed, over several blocks.
        var mixed: [UInt8] = []
        while mixed.count < 300_000 {
            let run = Int(random.next() % 300)
            if random.next() % 3 == 0 {
                mixed += random.bytes(run)
            } else if mixed.count > 40_000 {
                let start = Int(random.next() % UInt64(mixed.count - run))
                mixed += mixed[start..<start + run]
            } else {
                mixed += japanese.prefix(run)
            }
        }
        inputs.append(("mixed 300 KB", mixed))
        return inputs
    }()

    @Test(arguments: inputs.map(\.0))
    func roundTrip(name: String) throws {
        let input = try #require(Self.inputs.first { $0.0 == name }).1
        let packed = DeflateEncoder.compress(input)
        #expect(try Inflater.inflate(packed) == input)
        // Never more than a stored copy with its block headers.
        #expect(packed.count <= input.count + 5 * (input.count / 65535 + 1) + 2)
    }

    @Test func repetitiveTextShrinks() {
        let zeros = [UInt8](repeating: 0, count: 100_000)
        #expect(DeflateEncoder.compress(zeros).count < 1_000)
        let japanese = Array(String(repeating: "情報資産台帳の簡易リスク分析。", count: 2_000).utf8)
        #expect(DeflateEncoder.compress(japanese).count < japanese.count / 50)
    }

    @Test func randomDataIsStored() {
        var random = SplitMix64(state: 7)
        let input = random.bytes(70_000)
        let packed = DeflateEncoder.compress(input)
        // Two stored blocks: header bits, LEN and NLEN, then the bytes as they are.
        #expect(packed.count == input.count + 2 * 5)
        #expect(packed[0] & 0b111 == 0b000)   // not final, stored
        #expect(Array(packed[5..<25]) == Array(input[0..<20]))
    }

    @Test func emptyInputIsOneFixedBlock() {
        #expect(DeflateEncoder.compress([]) == [0x03, 0x00])
    }

    @Test func sameInputSameBytes() {
        let input = Array(String(repeating: "資産 asset ", count: 5_000).utf8)
        #expect(DeflateEncoder.compress(input) == DeflateEncoder.compress(input))
    }

    /// A dynamic-Huffman stream written by zlib 1.2 (`compressobj(9, DEFLATED, -15)`): the inflater reads other
    /// encoders' output, not only ours.
    @Test func inflatesZlibDynamicBlock() throws {
        let stream = hexBytes(
            "75524b0e823010bd4aaf46b491c62209145c1b255ec00398b8716b3c13c8318499577c8dba9ad2799f79537cb93721af6c164c61"
            + "d7ae29ccf83cbf2e3753b97a6bb2bab6c1b4996f2cce7ec20fc7aebf3e14a13d6f5beb99022d145005c492680b0fa20cc52428ec"
            + "8a330acbd024ea8170b9dbe411882b8e052541e93d5c814d502840a8e3bc178e369ebafe7e48793cbab256e52e54e59234d9caac"
            + "18fb20c5cfb925a3aa0a668425aff93b164b8010af04953cc38fb78297fffc3691ceaf803ccc8fb9272279d3eff4272b4f22132e"
            + "3b5385c44acdd1d0221c05bd01")
        #expect(stream[0] >> 1 & 0b11 == 2)   // a dynamic block
        let output = try Inflater.inflate(stream)
        #expect(output.count == 748)
        #expect(CRC32.checksum(output) == 3_064_420_542)
        #expect(String(decoding: output, as: UTF8.self).hasPrefix("low threat medium 資産 risk asset value"))
    }

    @Test func brokenStreamsAreRejected() {
        let packed = DeflateEncoder.compress(Array(String(repeating: "abc", count: 100).utf8))
        #expect(throws: Inflater.Failure.truncated) { try Inflater.inflate(Array(packed.dropLast(2))) }
        #expect(throws: Inflater.Failure.reservedBlockType) { try Inflater.inflate([0x07]) }
        #expect(throws: Inflater.Failure.storedLengthMismatch) { try Inflater.inflate([0x01, 0x01, 0x00, 0x00, 0x00, 0x41]) }
        #expect(throws: Inflater.Failure.outputTooLong) { try Inflater.inflate(packed, limit: 10) }
    }
}
