import Foundation
import Testing

/// A 5 × 5 method file through the built binary: `risk init` writes it, it scores the sample, and `--min-level` and
/// `--fail-on` take its level codes and labels.
@Suite(.serialized)
struct MatrixEndToEndTests {
    @Test func theFiveByFiveTemplateScoresAndNamesItsLevels() throws {
        let folder = try Runner.temporaryFolder()
        #expect(try Runner.run(["init", folder.path, "--lang", "ja"]).status == 0)
        let method = folder.appendingPathComponent("method-5x5.json").path
        let sample = folder.appendingPathComponent("sample-inventory.csv").path

        let json = try Runner.run(["score", sample, "--method", method, "--format", "json", "--min-level", "very_high"])
        #expect(json.status == 0, "\(json.stderr)")
        let register = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let summary = try #require(register["summary"] as? [String: Any])
        #expect(summary["mapped_level"] as? String == "very_high")
        let levels = try #require(summary["levels"] as? [String: Int])
        #expect(Set(levels.keys) == ["very_low", "low", "medium", "high", "very_high"])
        let risks = register["risks"] as? [[String: Any]] ?? []
        #expect(risks.first?["risk_value"] as? Int == 25)
        let veryHigh = risks.filter { $0["level"] as? String == "very_high" }.count
        #expect(veryHigh > 0 && veryHigh == levels["very_high"])

        // --fail-on by the Japanese label: the very high risks fail, and the message names the level's code.
        let failing = try Runner.run(["score", sample, "--method", method, "--fail-on", "極めて高い", "--format", "csv"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("--fail-on very_high: \(veryHigh) "), "\(failing.stderr)")
        // A name the method does not have is a usage error that lists the names it has.
        let unknown = try Runner.run(["score", sample, "--method", method, "--min-level", "大", "--format", "csv"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("very_low, low, medium, high, very_high"), "\(unknown.stderr)")
        // The built-in method still takes 大 and high.
        #expect(try Runner.run(["score", sample, "--min-level", "大", "--format", "csv"]).status == 0)

        // The report's heat map has 25 cells.
        let html = try Runner.run(["score", sample, "--method", method, "--format", "html"])
        let page = String(decoding: html.stdout, as: UTF8.self)
        let svg = page.components(separatedBy: "<svg").dropFirst().first ?? ""
        #expect(svg.components(separatedBy: "<rect").count - 1 == 25)

        // diff names each register's levels by the method it records.
        let old = folder.appendingPathComponent("old.json"), new = folder.appendingPathComponent("new.json")
        #expect(try Runner.run(["score", sample, "--format", "json", "-o", old.path]).status == 0)
        try Data(json.stdout).write(to: new)
        let diff = try Runner.run(["diff", old.path, new.path, "--lang", "ja"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.count > 0)
        let text = String(decoding: diff.stdout, as: UTF8.self)
        #expect(text.contains("25 極めて高い") && text.contains("9 大"), "\(text.prefix(2000))")
    }
}
