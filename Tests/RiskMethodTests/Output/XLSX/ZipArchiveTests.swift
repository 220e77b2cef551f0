import Testing
@testable import RiskMethod
import RiskTestSupport

struct ZipArchiveTests {
    static let entries: [(String, [UInt8])] = [
        ("[Content_Types].xml", Array(String(repeating: "<Types/>", count: 200).utf8)),
        ("empty.txt", []),
        ("dir/台帳.txt", Array("情報資産台帳".utf8)),
        ("random.bin", { var random = SplitMix64(state: 1); return random.bytes(5_000) }()),
    ]

    static func archive(method: ZipArchive.Method = .deflated) throws -> [UInt8] {
        var archive = ZipArchive()
        for (name, contents) in entries { try archive.add(name, contents: contents, method: method) }
        return try archive.finish()
    }

    @Test(arguments: [ZipArchive.Method.deflated, .stored])
    func readsBackEveryEntry(method: ZipArchive.Method) throws {
        let reader = try ZipReader(Self.archive(method: method))
        #expect(reader.names == Self.entries.map(\.0))
        for (name, contents) in Self.entries {
            #expect(try reader.contents(of: name) == contents)
        }
    }

    @Test func deflatesOnlyWhatShrinks() throws {
        let reader = try ZipReader(Self.archive())
        let methods = Dictionary(uniqueKeysWithValues: reader.entries.map { ($0.name, $0.method) })
        #expect(methods["[Content_Types].xml"] == 8)
        #expect(methods["random.bin"] == 0)
        #expect(methods["empty.txt"] == 0)
        #expect(reader.entries.first { $0.name == "dir/台帳.txt" }?.flags == 1 << 11)   // UTF-8 name
    }

    @Test func headersCarryTheFixedDateAndNoExtras() throws {
        let bytes = try Self.archive()
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x00])   // 00:00:00, 1980-01-01
        #expect(Array(bytes[28..<30]) == [0x00, 0x00])               // no extra field
        #expect(Array(bytes.suffix(22).prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
        #expect(try Self.archive() == bytes)
    }

    @Test func aCorruptedEntryFailsItsCRC() throws {
        var bytes = try Self.archive(method: .stored)
        let reader = try ZipReader(bytes)
        let entry = try #require(reader.entries.first { $0.name == "random.bin" })
        bytes[entry.localOffset + 30 + "random.bin".utf8.count + 10] ^= 0xFF
        #expect(throws: ZipReader.Failure.crcMismatch(name: "random.bin")) {
            try ZipReader(bytes).contents(of: "random.bin")
        }
    }

    @Test func duplicateNamesAreRefused() throws {
        var archive = ZipArchive()
        try archive.add("a.xml", contents: [1])
        #expect(throws: ZipArchive.Failure.duplicateName("a.xml")) { try archive.add("a.xml", contents: [2]) }
    }

    @Test func notAnArchive() {
        #expect(throws: ZipReader.Failure.noEndRecord) { try ZipReader(Array("not a zip file at all, no".utf8)) }
    }
}
