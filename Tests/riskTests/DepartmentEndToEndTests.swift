import Foundation
import Testing

/// `--department` (issue 16, item 4) through the built binary: every output limited to the departments' assets.
@Suite(.serialized)
struct DepartmentEndToEndTests {
    /// The risks of a JSON register, each with its asset's department (schema 2 writes it once, with the asset).
    static func risks(_ result: Runner.Result) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        var departments: [String: String] = [:]
        for asset in json["assets"] as? [[String: Any]] ?? [] {
            if let id = asset["id"] as? String { departments[id] = asset["department"] as? String }
        }
        return (json["risks"] as? [[String: Any]] ?? []).map { risk in
            var risk = risk
            risk["department"] = (risk["asset_id"] as? String).flatMap { departments[$0] }
            return risk
        }
    }

    @Test func limitsTheRegisterToTheDepartment() throws {
        let sample = Runner.sampleInventory.path
        let whole = try Self.risks(Runner.run(["score", sample, "--format", "json"]))
        let expected = whole.filter { $0["department"] as? String == "市民課" }.compactMap { $0["risk_id"] as? String }
        #expect(expected.count > 5 && expected.count < whole.count)
        let result = try Runner.run(["score", sample, "--format", "json", "--department", "市民課"])
        #expect(result.status == 0, "\(result.stderr)")
        let limited = try Self.risks(result)
        #expect(limited.allSatisfy { $0["department"] as? String == "市民課" })
        #expect(limited.compactMap { $0["risk_id"] as? String } == expected)
        // The filter is recorded among the inputs.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let report = (json["inputs"] as? [[String: Any]] ?? []).first { $0["role"] as? String == "report" }
        #expect(report?["departments"] as? [String] == ["市民課"])
        // Full-width spaces are trimmed; several names in one value (、 or ,) and the option repeated add up.
        let spaced = try Self.risks(Runner.run(["score", sample, "--format", "json", "--department", "\u{3000}市民課 "]))
        #expect(spaced.count == expected.count)
        let three = try Self.risks(Runner.run(["score", sample, "--format", "json", "--department", "市民課、介護保険課",
                                               "--department=情報政策課"]))
        let chosen: Set<String> = ["市民課", "介護保険課", "情報政策課"]
        #expect(three.count == whole.filter { chosen.contains($0["department"] as? String ?? "") }.count)
        #expect(Set(three.compactMap { $0["department"] as? String }) == chosen)
        let commas = try Self.risks(Runner.run(["score", sample, "--format", "json", "--department", "市民課,介護保険課,情報政策課"]))
        #expect(commas.count == three.count)
    }

    @Test func unknownDepartmentIsAUsageError() throws {
        let sample = Runner.sampleInventory.path
        let near = try Runner.run(["score", sample, "--format", "csv", "--department", "市民"])
        #expect(near.status == 64)
        #expect(near.stderr.contains("\"市民\"") && near.stderr.contains("did you mean 市民課?"))
        #expect(near.stderr.contains("介護保険課") && near.stderr.contains("情報政策課"))
        #expect(near.stdout.isEmpty)
        let far = try Runner.run(["soa", sample, "--format", "csv", "--department", "営業部", "--lang", "ja"])
        #expect(far.status == 64)
        #expect(far.stderr.contains("部署「営業部」") && far.stderr.contains("台帳の部署: 市民課、") && !far.stderr.contains("もしかして"))
        #expect(try Runner.run(["validate", sample, "--department", " , "]).status == 64)
        #expect(try Runner.run(["diff", sample, sample, "--department", "市民課"]).status == 64)
    }

    @Test func validateExplainAndSoAAreLimited() throws {
        let sample = Runner.sampleInventory.path
        let whole = try Self.risks(Runner.run(["score", sample, "--format", "json"]))
        let count = whole.filter { $0["department"] as? String == "市民課" }.count
        let assets = Set(whole.filter { $0["department"] as? String == "市民課" }.compactMap { $0["asset_id"] as? String })
        let validated = try Runner.run(["validate", sample, "--department", "市民課"])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.text.contains("\(assets.count) assets, \(count) risks"))
        let outside = try #require(whole.first { $0["department"] as? String != "市民課" }?["risk_id"] as? String)
        let inside = try #require(whole.first { $0["department"] as? String == "市民課" }?["risk_id"] as? String)
        #expect(try Runner.run(["explain", sample, outside, "--department", "市民課"]).status != 0)
        #expect(try Runner.run(["explain", sample, inside]).status == 0)
        #expect(try Runner.run(["explain", sample, inside, "--department", "市民課"]).status == 0)
        let soa = try Runner.run(["soa", sample, "--format", "md", "--department", "市民課", "--lang", "ja"])
        #expect(soa.status == 0, "\(soa.stderr)")
        #expect(soa.text.contains("対象部署: 市民課"))
        let report = try Runner.run(["score", sample, "--format", "html", "--department", "市民課、情報政策課", "--lang", "ja"])
        #expect(report.text.contains("対象部署") && report.text.contains("市民課、情報政策課"))
        let markdown = try Runner.run(["score", sample, "--format", "md", "--department", "介護保険課"])
        #expect(markdown.text.contains("- Departments: 介護保険課\n"))
    }

    @Test func planRowsOfOtherDepartmentsAreSkipped() throws {
        let folder = try Runner.temporaryFolder()
        let sample = Runner.sampleInventory.path
        let whole = try Self.risks(Runner.run(["score", sample, "--format", "json"]))
        let mine = try #require(whole.first { $0["department"] as? String == "市民課" }?["risk_id"] as? String)
        let other = try #require(whole.first { $0["department"] as? String == "介護保険課" }?["risk_id"] as? String)
        let plan = folder.appendingPathComponent("plan.csv")
        try Data("risk_id,treatment,controls\n\(mine),reduce,M02\n\(other),reduce,M02\n".utf8).write(to: plan)
        let result = try Runner.run(["score", sample, "--plan", plan.path, "--format", "json", "--department", "市民課"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let risks = try Self.risks(result)
        #expect(risks.first { $0["risk_id"] as? String == mine }?["treatment"] != nil)
        #expect(!risks.contains { $0["risk_id"] as? String == other })
        // An id that is nowhere is still an error, at its cell.
        try Data("risk_id,treatment\n\(mine),reduce\nZ-999/T05,avoid\n".utf8).write(to: plan)
        let wrong = try Runner.run(["score", sample, "--plan", plan.path, "--format", "json", "--department", "市民課"])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("plan.csv:3:1"))
    }

    @Test func departmentTableCountsUntreatedAndNamesTheWorst() throws {
        let folder = try Runner.temporaryFolder()
        let sample = Runner.sampleInventory.path
        let whole = try Self.risks(Runner.run(["score", sample, "--format", "json"]))
        let mine = whole.filter { $0["department"] as? String == "市民課" }
        let highs = mine.filter { $0["level"] as? String == "high" }.compactMap { $0["risk_id"] as? String }
        let top = mine.compactMap { $0["risk_value"] as? Int }.max() ?? 0
        let worst = try #require(mine.first { $0["risk_value"] as? Int == top }?["risk_id"] as? String)
        #expect(highs.count > 2)
        func row(_ arguments: [String]) throws -> String {
            let result = try Runner.run(["score", sample, "--format", "md", "--department", "市民課"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.text.contains("| Department | Assets | Risks | high | medium | low | Highest | Untreated (high+) | Worst risk |"))
            let rows = result.text.split(separator: "\n").filter { $0.hasPrefix("| 市民課 | ") }
            #expect(rows.count == 1)
            return rows.first.map(String.init) ?? ""
        }
        // Without a plan every high risk is untreated.
        #expect(try row([]).hasSuffix(" | \(top) | \(highs.count) | \(worst) (\(top), high) |"))
        let plan = folder.appendingPathComponent("plan.csv")
        try Data("risk_id,treatment,controls\n\(highs[0]),reduce,M02\n\(highs[1]),avoid,\n".utf8).write(to: plan)
        #expect(try row(["--plan", plan.path]).hasSuffix(" | \(top) | \(highs.count - 2) | \(worst) (\(top), high) |"))
        let html = try Runner.run(["score", sample, "--format", "html", "--plan", plan.path, "--lang", "ja"])
        #expect(html.text.contains("未対応（大以上）") && html.text.contains("\(worst)（\(top)・大）"))
    }

    @Test func streamingIsDeclined() throws {
        let folder = try Runner.temporaryFolder()
        let sample = Runner.sampleInventory.path
        let output = folder.appendingPathComponent("r.csv")
        let result = try Runner.run(["score", sample, "--output", output.path, "--department", "市民課"],
                                    environment: ["RISK_STREAM": "always"])
        #expect(result.status == 0, "\(result.stderr)")
        let whole = try Runner.run(["score", sample, "--format", "csv", "--department", "市民課"],
                                   environment: ["RISK_STREAM": "never"])
        #expect(try Data(contentsOf: output) == Data(whole.stdout))
        let validated = try Runner.run(["validate", sample, "--department", "市民課"], environment: ["RISK_STREAM": "always"])
        #expect(validated.text == (try Runner.run(["validate", sample, "--department", "市民課"])).text)
    }
}
