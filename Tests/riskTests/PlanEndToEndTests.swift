import Foundation
import Testing

/// `--plan`, `--fail-on`, `--policy` and `risk diff` through the built binary.
@Suite(.serialized)
struct PlanEndToEndTests {
    @Test func failOnExitStatus() throws {
        let sample = Runner.sampleInventory.path
        // The sample has high risks and no plan: --fail-on high fails, and the register is still written.
        let folder = try Runner.temporaryFolder()
        let output = folder.appendingPathComponent("r.csv")
        let high = try Runner.run(["score", sample, "--fail-on", "high", "--output", output.path])
        #expect(high.status == 1)
        #expect(high.stderr.contains("--fail-on high"))
        #expect(FileManager.default.fileExists(atPath: output.path))
        // An inventory whose every risk is low passes --fail-on medium and fails --fail-on low.
        let low = folder.appendingPathComponent("low.csv")
        try Data("id,name,media,confidentiality,integrity,availability\nO-1,オープンデータ,website,1,1,1\n".utf8).write(to: low)
        #expect(try Runner.run(["score", low.path, "--fail-on", "medium", "--format", "csv"]).status == 0)
        #expect(try Runner.run(["score", low.path, "--fail-on", "low", "--format", "csv"]).status == 1)
        #expect(try Runner.run(["score", low.path, "--fail-on", "severe"]).status == 64)
    }

    @Test func planForTheSamplesHighRisksClearsFailOn() throws {
        let folder = try Runner.temporaryFolder()
        let sample = Runner.sampleInventory.path
        // Plan: accept every high risk, with a note.
        let register = try Runner.run(["score", sample, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(register.stdout)) as? [String: Any])
        let highs = (json["risks"] as? [[String: Any]] ?? []).filter { $0["level"] as? String == "high" }.compactMap { $0["risk_id"] as? String }
        #expect(highs.count > 10)
        var plan = "リスクID,対応,追加対策,担当,期限,備考\n"
        for id in highs { plan += "\(id),受容,,情報政策課,2027-03-31,次年度に再評価\n" }
        let file = folder.appendingPathComponent("対応計画.csv")
        try Data(plan.utf8).write(to: file)
        let result = try Runner.run(["score", sample, "--plan", file.path, "--fail-on", "high", "--format", "csv", "--lang", "ja"])
        #expect(result.status == 0, "\(result.stderr)")
        let header = result.text.split(separator: "\r\n").first.map(String.init) ?? ""
        #expect(header.hasSuffix(",改定項番,対策,対応,担当,期限,備考,承認者,承認日,見直し期限,残留リスク値,残留リスクレベル"))
        #expect(result.text.contains(",受容,情報政策課,2027-03-31,次年度に再評価,,,,9,大\r\n"))
        // Who accepted, when, and until when; a review date before --date is overdue and fails --fail-on.
        var accepted = "リスクID,対応,備考,承認者,承認日,見直し期限\n"
        for (number, id) in highs.enumerated() {
            accepted += "\(id),受容,次年度に再評価,副市長 佐藤,令和8年4月1日,\(number == 0 ? "2026-10-01" : "2027-10-01")\n"
        }
        try Data(accepted.utf8).write(to: file)
        let current = try Runner.run(["score", sample, "--plan", file.path, "--fail-on", "high", "--format", "csv", "--lang", "ja",
                                      "--date", "2026-09-30"])
        #expect(current.status == 0, "\(current.stderr)")
        #expect(current.text.contains(",受容,,,次年度に再評価,副市長 佐藤,2026-04-01,2026-10-01,9,大\r\n"))
        let lapsed = try Runner.run(["score", sample, "--plan", file.path, "--fail-on", "high", "--format", "json",
                                     "--date", "2026-12-01"])
        #expect(lapsed.status == 1)
        #expect(lapsed.stderr.contains("1 untreated risk(s) at or above high (\(highs[0]))") || lapsed.stderr.contains("(\(highs[0]))"))
        let lapsedJSON = try #require(try JSONSerialization.jsonObject(with: Data(lapsed.stdout)) as? [String: Any])
        let first = (lapsedJSON["risks"] as? [[String: Any]] ?? []).first { $0["risk_id"] as? String == highs[0] }
        let treatment = try #require(first?["treatment"] as? [String: Any])
        #expect(treatment["review_overdue"] as? Bool == true && treatment["accepted_by"] as? String == "副市長 佐藤")
        let report = try Runner.run(["score", sample, "--plan", file.path, "--format", "html", "--lang", "ja", "--date", "2026-12-01"])
        #expect(report.text.contains("見直し期限: 2026-10-01（期限切れ）"))
        // Without a note an accepted high risk is an error.
        try Data("risk_id,treatment\n\(highs[0]),accept\n".utf8).write(to: file)
        let bad = try Runner.run(["score", sample, "--plan", file.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("[plan.accepted-without-note]"))
    }

    @Test func diffOfTheSampleAndAChangedCopy() throws {
        let folder = try Runner.temporaryFolder()
        let old = folder.appendingPathComponent("2025.json")
        let new = folder.appendingPathComponent("2026.json")
        #expect(try Runner.run(["score", Runner.sampleInventory.path, "--output", old.path]).status == 0)
        var text = try String(contentsOf: Runner.sampleInventory, encoding: .utf8)
        text = text.replacingOccurrences(of: "A-025,オープンデータ（統計・施設一覧）,公開Webサイト,1,1,1", with: "A-025,オープンデータ（統計・施設一覧）,公開Webサイト,2,1,1")
        text = text.replacingOccurrences(of: "A-020,議会会議録,紙（書類）|公開Webサイト,1,2,1,なし,議会事務局,議事課長,\n", with: "")
        text += "A-027,窓口用タブレット,スマートデバイス,2,1,1,個人情報,市民課,市民課長,\n"
        let changed = folder.appendingPathComponent("changed.csv")
        try Data(text.utf8).write(to: changed)
        #expect(try Runner.run(["score", changed.path, "--output", new.path]).status == 0)
        let result = try Runner.run(["diff", old.path, new.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let diff = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(diff["assets_added"] as? [String] == ["A-027"])
        #expect(diff["assets_removed"] as? [String] == ["A-020"])
        let changedRisks = try #require(diff["changed"] as? [[String: Any]])
        #expect(changedRisks.contains { $0["risk_id"] as? String == "A-025/T30" })
        #expect((diff["review_triggers"] as? [Any])?.isEmpty == true)
        let table = try Runner.run(["diff", old.path, new.path, "--lang", "ja"])
        #expect(table.text.contains("追加された資産 (1)"))
        let markdown = try Runner.run(["diff", old.path, new.path, "--format", "md"])
        #expect(markdown.text.hasPrefix("# Risk register diff"))
        #expect(try Runner.run(["diff", old.path, changed.path]).status == 65)
    }
}
