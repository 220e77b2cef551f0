import Foundation
import Testing

/// The same inputs give byte-identical files, across processes: each run of the binary has its own hash seed, its
/// own thread timing and, here, its own time zone, so an order that leaned on a dictionary, a race or the clock shows.
@Suite(.serialized)
struct DeterminismEndToEndTests {
    static let templates = Runner.packageRoot.appendingPathComponent("Templates")

    func template(_ name: String) -> String { Self.templates.appendingPathComponent(name).path }

    /// Runs `score` into a file of its own and returns the file's bytes.
    func score(_ arguments: [String], format: String, language: String, environment: [String: String]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("risk-det-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("register.\(format == "table" ? "txt" : format)").path
        let result = try Runner.run(["score"] + arguments + ["--format", format, "--lang", language, "-o", output],
                                    environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
    }

    @Test(arguments: ["csv", "json", "md", "html", "xlsx", "table"])
    func everyFormatIsIdenticalAcrossProcesses(format: String) throws {
        let inputs = [template("sample-inventory.csv"), "--checklist", template("sample-checklist.csv"),
                      "--plan", template("sample-plan.csv"), "--min-level", "low"]
        for language in ["ja", "en"] {
            let first = try score(inputs, format: format, language: language, environment: ["TZ": "Asia/Tokyo"])
            let second = try score(inputs, format: format, language: language,
                                   environment: ["TZ": "America/New_York", "RISK_STREAM": "never"])
            #expect(first.count > 1_000)
            #expect(first == second, "\(format) in \(language) differs between two runs")
        }
    }

    @Test func theStreamedRegisterIsTheWholeRead() throws {
        let inputs = [template("sample-inventory.csv"), "--threats", template("threats-ja.csv"), "--method", "ipa",
                      "--policy", template("policy-ja.csv")]
        let whole = try score(inputs, format: "csv", language: "ja", environment: ["RISK_STREAM": "never"])
        let streamed = try score(inputs, format: "csv", language: "ja", environment: ["RISK_STREAM": "always"])
        #expect(whole.count > 100)
        #expect(whole == streamed)
    }
}
