import Foundation
import Testing
@testable import RiskSystem
@testable import RiskMethod
import RiskTestSupport

/// An inventory in memory, read at offsets; `replacement` takes its place at the given read of its first byte.
final class ChangingSource: ChunkSource, @unchecked Sendable {
    private let state: Locked<(bytes: [UInt8], reads: Int)>
    private let replacement: (atRead: Int, bytes: [UInt8])?

    init(_ bytes: [UInt8], replacement: (atRead: Int, bytes: [UInt8])? = nil) {
        state = Locked((bytes, 0))
        self.replacement = replacement
    }

    var size: Int { state.with { $0.bytes.count } }

    func read(_ count: Int, at offset: Int) throws(SystemError) -> [UInt8] {
        state.with { state in
            if offset == 0 { state.reads += 1 }
            if let replacement, offset == 0, state.reads == replacement.atRead { state.bytes = replacement.bytes }
            guard offset < state.bytes.count else { return [] }
            return Array(state.bytes[offset..<min(state.bytes.count, offset + count)])
        }
    }
}

/// A file in memory written at offsets from several threads, which fails (disk full) after `limit` bytes.
final class LimitedSink: PositionalSink, @unchecked Sendable {
    let file = MemoryPositionalSink()
    private let count = Locked(0)
    let limit: Int

    init(limit: Int) { self.limit = limit }

    var written: Int { count.with { $0 } }

    func write(_ bytes: Span<UInt8>, at offset: Int) throws(SystemError) {
        let allowed = count.with { written -> Bool in
            guard written + bytes.count <= limit else { return false }
            written += bytes.count
            return true
        }
        guard allowed else { throw SystemError(code: 28) }
        try file.write(bytes, at: offset)
    }
}

/// The register written in bounded memory, reading the inventory twice in chunks, is byte for byte the register of
/// the inventory read whole; and whatever it cannot vouch for, it leaves to the whole read.
struct StreamedRegisterTests {
    func register(language: Language = .en, settings: ThreatSettings? = nil, policy: PolicyClauses? = nil,
                  chunkSize: Int, workers: Int = 2) -> StreamedRegister {
        var register = StreamedRegister(chunks: RegisterChunks(catalog: .builtIn, method: .mic, settings: settings, checklist: nil,
                                                               language: language, policy: policy, file: "s.csv"))
        register.chunkSize = chunkSize
        register.sliceSize = 64
        register.workers = workers
        return register
    }

    func streamed(_ bytes: [UInt8], chunkSize: Int, language: Language = .en, settings: ThreatSettings? = nil,
                  policy: PolicyClauses? = nil, workers: Int = 2) throws -> (StreamedRegister.Outcome, [UInt8]) {
        let register = register(language: language, settings: settings, policy: policy, chunkSize: chunkSize, workers: workers)
        let sink = MemoryPositionalSink()
        let outcome = try register.write(from: MemorySource(bytes), to: sink)
        return (outcome, sink.bytes)
    }

    func whole(_ bytes: [UInt8], language: Language = .en, settings: ThreatSettings? = nil,
               policy: PolicyClauses? = nil) throws -> [UInt8] {
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "s.csv")
        let inventory = try #require(result.value, "\(errorSummary(result.log))")
        return CSVRegisterWriter(assessment: Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: settings),
                                 language: language, policy: policy).bytes()
    }

    /// The first differing offset, or nil.
    func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
        RegisterStrategies.firstDifference(a, b)
    }

    @Test(arguments: [(UInt64(1), 700), (2, 4_096), (3, 1 << 20), (4, 1_500), (5, 9_000)])
    func sameAsTheWholeRead(seed: UInt64, chunkSize: Int) throws {
        let generated = GeneratedInventory(seed: seed, count: 400)
        let bytes = Array(generated.csv.utf8)
        for language in [Language.en, .ja] {
            let expected = try whole(bytes, language: language, settings: generated.settings)
            let (outcome, written) = try streamed(bytes, chunkSize: chunkSize, language: language, settings: generated.settings)
            guard case .written(let assets, _, let count, let encoding, let notices) = outcome else {
                Issue.record("declined")
                return
            }
            #expect(assets == 400 && count == written.count && encoding == .utf8)
            // The extra column 保存期間 is not part of the format: its notice is handed back.
            #expect(notices.notices.map { $0.code } == ["table.unknown-column"])
            #expect(firstDifference(written, expected) == nil)
        }
    }

    /// The check alone (the first pass, for `risk validate`) counts what the whole read counts.
    @Test func theCheckCountsWhatTheWholeReadCounts() throws {
        let generated = GeneratedInventory(seed: 21, count: 500)
        let bytes = Array(generated.csv.utf8)
        let register = register(settings: generated.settings, chunkSize: 2_000)
        let checked = try #require(try register.check(MemorySource(bytes)))
        let inventory = try #require(InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "s.csv").value)
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: generated.settings)
        #expect(checked.assets == 500 && checked.risks == assessment.risks.count && checked.encoding == .utf8)
        #expect(try register.check(MemorySource(bytes + Array("G-21-3,again,paper,1,1,1,,,\r\n".utf8))) == nil)
    }

    @Test func oneWorkerAndManyGiveTheSameBytes() throws {
        let bytes = Array(GeneratedInventory(seed: 9, count: 300).csv.utf8)
        let one = try streamed(bytes, chunkSize: 2_000, workers: 1)
        let four = try streamed(bytes, chunkSize: 2_000, workers: 4)
        #expect(!one.0.isDeclined && !four.0.isDeclined)
        #expect(firstDifference(one.1, four.1) == nil)
    }

    @Test func policyClausesAndAByteOrderMark() throws {
        let policy = try #require(PolicyReader.read(Array("section,clause\n3.6.5,第3条\n3.2,第9条\n".utf8), file: "p.csv").value)
        let bytes = [0xEF, 0xBB, 0xBF] + Array(GeneratedInventory(seed: 11, count: 300).csv.utf8)
        let expected = try whole(bytes, language: .ja, policy: policy)
        let (outcome, written) = try streamed(bytes, chunkSize: 3_000, language: .ja, policy: policy)
        guard case .written(_, _, _, let encoding, _) = outcome else { Issue.record("declined"); return }
        #expect(encoding == .utf8BOM)
        #expect(firstDifference(written, expected) == nil)
    }

    /// A CP932 inventory, decoded chunk by chunk: the same register as the whole file decoded at once.
    @Test func shiftJIS() throws {
        var text = "資産ID,資産名,媒体・保存先,機密性,完全性,可用性,個人情報,管理部署\r\n"
        let names = ["住民基本台帳", "課税台帳（固定資産）", "ｶﾀｶﾅの名簿", "議事録 第１回", "契約書の写し", "図面"]
        let media = ["紙（書類）", "pc", "庁内サーバ|クラウドサービス・外部データセンター", "複合機", "紙（書類）|laptop"]
        for index in 0..<500 {
            text += "S-\(index),\(names[index % names.count]),\(media[index % media.count]),\(["1", "2", "3A", "3"][index % 4]),"
                + "\(1 + index % 2),\(2 - index % 2),,\(["市民課", "税務課", "情報政策課"][index % 3])\r\n"
        }
        let bytes = try #require(text.data(using: .shiftJIS).map { [UInt8]($0) })
        #expect(TextDecoder.firstInvalidUTF8(bytes.span) != nil)
        let read = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "s.csv")
        #expect(read.log.entries.isEmpty && read.value?.encoding == .shiftJIS)
        let expected = try whole(bytes, language: .ja)
        let (outcome, written) = try streamed(bytes, chunkSize: 5_000, language: .ja)
        guard case .written(let assets, _, _, let encoding, _) = outcome else { Issue.record("declined"); return }
        #expect(assets == 500 && encoding == .shiftJIS)
        #expect(firstDifference(written, expected) == nil)
    }

    /// Quoted line breaks and doubled quotes near the cuts: each chunk ends where a record does.
    @Test func quotedLineBreaksAcrossCuts() throws {
        var text = "id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<300 { text += "Q\(index),\"line\n\"\"\(index)\"\"\nbreak\",paper,\(1 + index % 3),1,2\n" }
        let bytes = Array(text.utf8)
        let expected = try whole(bytes)
        for size in [100, 257, 1_000] {
            let (outcome, written) = try streamed(bytes, chunkSize: size)
            #expect(!outcome.isDeclined)
            #expect(firstDifference(written, expected) == nil)
        }
    }

    @Test func theLastRecordEndOutsideQuotes() {
        #expect(RegisterChunks.lastRecordEnd(in: Array("a,b\nc,\"d\ne\"".utf8)) == 4)
        #expect(RegisterChunks.lastRecordEnd(in: Array("a,\"\"\"b\n\"\nc,d\ne".utf8)) == 13)
        #expect(RegisterChunks.lastRecordEnd(in: Array("a,\"b\nc".utf8)) == nil)
        #expect(RegisterChunks.lastRecordEnd(in: Array("abc".utf8)) == nil)
        // Long enough for the eight-byte count: quotes before and inside a word.
        #expect(RegisterChunks.lastRecordEnd(in: Array("x,\"\"\"\"\"\"\"\",\"12345678\",y\nz,\"open\nmore".utf8)) == 24)
    }

    /// Whatever a whole read would report (or might: a repeated id, a notice), and whatever the chunks cannot
    /// hold, is left to the whole read.
    @Test func declinesWhatItCannotVouchFor() throws {
        let header = "id,name,media,confidentiality,integrity,availability\n"
        var rows = ""
        for index in 0..<200 { rows += "D\(index),名前,paper,1,1,1\n" }
        let cases: [(String, [UInt8])] = [
            ("a repeated id in another chunk", Array((header + rows + "D3,again,paper,1,1,1\n").utf8)),
            ("a value not allowed", Array((header + rows + "E1,bad,paper,9,1,1\n").utf8)),
            ("a ragged row", Array((header + rows + "E1,bad,paper\n").utf8)),
            ("a record longer than a chunk", Array((header + rows + "E1,\"" + String(repeating: "long ", count: 400) + "\",paper,1,1,1\n" + rows.replacing("D", with: "F")).utf8)),
            ("a JSON inventory", Array("{\"assets\": [{\"id\": \"A\", \"name\": \"n\", \"media\": [\"paper\"], \"confidentiality\": \"1\", \"integrity\": 1, \"availability\": 1}]}".utf8)),
            ("no rows", Array(header.utf8)),
            ("broken UTF-8 after a byte order mark", [0xEF, 0xBB, 0xBF] + Array((header + rows).utf8) + [0x41, 0xFF, 0x0A]),
            ("a NUL byte", Array((header + rows).utf8) + [0x41, 0x00, 0x0A]),
            ("UTF-8 and Shift_JIS chunks", Array((header + rows).utf8) + Array("S1,".utf8) + [0x8E, 0x91, 0x8E, 0x59] + Array(",paper,1,1,1\n".utf8)),
            ("a stray quote", Array((header + rows + "E1,a\"b,paper,1,1,1\n" + rows.replacing("D", with: "F")).utf8)),
            ("an unknown column (a notice, passed on)", Array((header.dropLast() + ",extra\n" + rows.replacing("1\n", with: "1,x\n")).utf8)),
        ]
        for (name, bytes) in cases {
            let (outcome, _) = try streamed(bytes, chunkSize: 1_000)
            let whole = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "s.csv")
            if !outcome.isDeclined {
                // Streamed: then the whole read must agree that nothing was wrong.
                #expect(!whole.log.hasErrors, "\(name): streamed, but a whole read says \(errorSummary(whole.log))")
                #expect(try streamed(bytes, chunkSize: 1_000).1 == self.whole(bytes), "\(name)")
            } else {
                #expect(!name.isEmpty)
            }
        }
        // These must be declined whatever else holds.
        for name in ["a repeated id in another chunk", "a value not allowed", "a record longer than a chunk", "a JSON inventory",
                     "no rows", "broken UTF-8 after a byte order mark", "a NUL byte", "UTF-8 and Shift_JIS chunks", "a ragged row"] {
            let bytes = try #require(cases.first { $0.0 == name }?.1)
            #expect(try streamed(bytes, chunkSize: 1_000).0.isDeclined, "\(name)")
        }
    }

    @Test func aFailingSinkStopsBothPasses() throws {
        let bytes = Array(GeneratedInventory(seed: 5, count: 2_000).csv.utf8)
        let register = register(chunkSize: 4_096)
        let sink = LimitedSink(limit: 50_000)
        #expect(throws: StreamedRegister.Failure.writing(SystemError(code: 28))) {
            try register.write(from: MemorySource(bytes), to: sink)
        }
        #expect(sink.written <= 50_000)
    }

    /// An inventory that changes between the passes is an error, not a register of two different files.
    @Test func anInputThatChangesIsAnError() throws {
        let bytes = Array(GeneratedInventory(seed: 6, count: 300).csv.utf8)
        var changed = bytes
        if let index = changed.firstIndex(of: UInt8(ascii: "G")) { changed[index] = UInt8(ascii: "H") }
        let register = register(chunkSize: 4_096, workers: 1)
        // The first byte is read for the byte order mark, then for each pass's first chunk.
        let source = ChangingSource(bytes, replacement: (atRead: 3, bytes: changed))
        #expect(throws: StreamedRegister.Failure.inputChanged) {
            try register.write(from: source, to: MemoryPositionalSink())
        }
    }
}
