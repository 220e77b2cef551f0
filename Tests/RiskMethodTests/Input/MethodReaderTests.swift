import Testing
@testable import RiskMethod
import RiskTestSupport

struct MethodReaderTests {
    func read(_ text: String) -> ReadResult<ScoringMethod> { MethodReader.read(Array(text.utf8), file: "m.json") }

    @Test func baseAndChanges() throws {
        let method = try #require(read("""
            {"name": "city", "base": "ipa", "aggregation": "sum", "possibility": [[3,3,2],[2,2,1],[1,1,1]]}
            """).value)
        #expect(method.name == "city")
        #expect(method.importance == .max)
        #expect(method.aggregation == .sum)
        #expect(method.possibility(likelihood: 3, vulnerability: 2) == 3)
        #expect(method.bands == ScoringMethod.defaultBands)
    }

    @Test func theMethodsJSONReadsBack() throws {
        for method in [ScoringMethod.mic, .ipa] {
            #expect(read(String(decoding: method.json.serialized(), as: UTF8.self)).value == method)
        }
    }

    @Test(arguments: [
        ("{\"possibility\": [[3,2,1],[2,1,1],[1,1,1],[1,1,1]]}", "method.invalid@1:17"),
        ("{\"possibility\": [[3,2,1],[2,1],[1,1,1]]}", "method.invalid@1:26"),
        ("{\"possibility\": [[3,2,1],[2,1,4],[1,1,1]]}", "method.invalid@1:31"),
        ("{\"levels\": {\"low\": {\"min\": 1, \"max\": 3}, \"high\": {\"min\": 4, \"max\": 9}}}", "method.invalid@1:12"),
        ("{\"levels\": {\"low\": {\"min\": 1, \"max\": 3}, \"medium\": {\"min\": 5, \"max\": 5}, \"high\": {\"min\": 6, \"max\": 9}}}", "method.invalid@1:60"),
        ("{\"base\": \"iso\"}", "method.invalid@1:10"),
        ("{\"importanse\": \"max\"}", "method.invalid@1:16"),
        ("[]", "method.invalid@1:1"),
    ])
    func rejects(_ text: String, _ expected: String) {
        let result = read(text)
        #expect(result.value == nil)
        #expect(errorSummary(result.log).first == expected)
    }
}
