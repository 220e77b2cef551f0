import Testing
@testable import RiskMethod
import RiskTestSupport

struct JSONParserTests {
    func parse(_ text: String) -> Result<JSONNode, JSONParser.Failure> { JSONParser.parse(Array(text.utf8)) }

    @Test func valuesAndPositions() throws {
        let node = try parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"名前\": \"\\u7d19\\n\\ud83d\\ude00\"\n}").get()
        #expect(node["a"]?.array?.count == 4)
        #expect(node["a"]?.array?[1].value == .number("-2.5e3"))
        #expect(node["名前"]?.string == "紙\n😀")
        #expect(node["名前"]?.line == 3)
        #expect(node["名前"]?.column == 9)
    }

    @Test(arguments: ["", "[1,]", "{\"a\" 1}", "[01]", "\"unterminated", "[1] 2", "{\"a\":1,\"a\":2}", "\"\\ud800\"", "[\"tab\there\"]",
                           "[\"a\\u0000b\"]"])
    func rejects(_ text: String) {
        if case .success = parse(text) { Issue.record("accepted \(text)") }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        switch parse(deep) {
        case .success: Issue.record("accepted")
        case .failure(let failure): #expect(failure.problem == .jsonTooDeep(limit: JSONParser.depthLimit))
        }
    }

    @Test func longSingleLineIsLinear() throws {
        // Column counting must not rescan the line for every value.
        let items = (0..<20_000).map { "{\"k\": \"値\($0)\"}" }.joined(separator: ",")
        let node = try parse("[" + items + "]").get()
        #expect(node.array?.count == 20_000)
    }
}

struct JSONWriterTests {
    @Test func sortedKeysAndEscapes() {
        let json: JSON = ["b": 1, "a": ["x": "line\nbreak \"q\" \u{1}"], "c": .strings(["C", "A"])]
        let text = String(decoding: json.serialized(), as: UTF8.self)
        #expect(text == "{\n  \"a\": {\n    \"x\": \"line\\nbreak \\\"q\\\" \\u0001\"\n  },\n  \"b\": 1,\n  \"c\": [\"C\", \"A\"]\n}\n")
    }

    @Test func roundTripThroughTheParser() throws {
        let json: JSON = ["名前": "情報資産", "list": .ints([1, 2, 3]), "nested": ["ok": true, "none": .null]]
        let node = try JSONParser.parse(json.serialized()).get()
        #expect(node["名前"]?.string == "情報資産")
        #expect(node["nested"]?["ok"]?.value == .bool(true))
    }
}

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(_ text: String, _ digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    @Test func incrementalEqualsWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        var hash = SHA256()
        hash.update(Array(bytes[0..<3]).span)
        hash.update(Array(bytes[3..<130]).span)
        hash.update(Array(bytes[130...]).span)
        let digest = hash.finalize()
        var whole = SHA256()
        whole.update(bytes.span)
        #expect(digest == whole.finalize())
        // "a" a million times, the FIPS 180-2 long vector.
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
