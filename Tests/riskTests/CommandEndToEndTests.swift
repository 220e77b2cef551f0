import Foundation
import Testing

/// Exit statuses, errors, `init`, and what is never overwritten.
@Suite(.serialized)
struct CommandEndToEndTests {
    @Test func version() throws {
        let result = try Runner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.text.hasPrefix("risk "))
    }

    @Test func helpOfEveryCommandHasAnExample() throws {
        for command in ["score", "validate", "init", "catalog", "explain", "diff"] {
            let english = try Runner.run([command, "--help"])
            #expect(english.status == 0)
            #expect(english.text.contains("example:"), "\(command)")
            let japanese = try Runner.run([command, "--help", "--lang", "ja"])
            #expect(japanese.text.contains("例:"), "\(command)")
        }
    }

    @Test func usageErrorsAre64() throws {
        #expect(try Runner.run(["score"]).status == 64)
        #expect(try Runner.run(["score", "a.csv", "--bogus"]).status == 64)
        #expect(try Runner.run(["score", "a.csv", "--format", "pdf"]).status == 64)
        #expect(try Runner.run(["frobnicate"]).status == 64)
        #expect(try Runner.run(["score", "a.csv", "--lang", "fr"]).status == 64)
    }

    @Test func missingInputIs66() throws {
        let result = try Runner.run(["score", "/nonexistent/inventory.csv"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/inventory.csv"))
        #expect(try Runner.run(["score", "/tmp"]).status == 66)
    }

    @Test func badDataIs65WithEveryProblemAndNoOutput() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("bad.csv")
        try Data("""
            資産ID,資産名,媒体・保存先,機密性,完全性,可用性
            A,住民票,紙,4,1,1
            B,税,テレックス,1,1,1
            A,重複,紙,1,1,1

            """.utf8).write(to: input)
        let output = folder.appendingPathComponent("out.csv")
        let result = try Runner.run(["score", input.path, "--output", output.path], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.csv:2:4: エラー: 機密性 の値「4」は使えません"))
        #expect(result.stderr.contains("bad.csv:3:3: エラー: 媒体「テレックス」はカタログにありません"))
        #expect(result.stderr.contains("bad.csv:4:1: エラー: 資産ID「A」が重複しています（最初は 2 行目）"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.csv"])
        let english = try Runner.run(["validate", input.path])
        #expect(english.status == 65)
        #expect(english.stderr.contains("bad.csv:2:4: error: 機密性: \"4\" is not allowed (allowed: 1, 2, 3, 3A, 3B, 3C, 高/中/低"))
    }

    @Test func validateSaysWhenAllIsWell() throws {
        let result = try Runner.run(["validate", Runner.sampleInventory.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("no problems: 26 assets"))
    }

    @Test func anInputIsNeverOverwritten() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("inventory.csv")
        try FileManager.default.copyItem(at: Runner.sampleInventory, to: input)
        let before = try Data(contentsOf: input)
        let result = try Runner.run(["score", input.path, "--output", input.path])
        #expect(result.status == 64)
        #expect(try Data(contentsOf: input) == before)
        // Also through another name for the same file.
        let link = folder.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        #expect(try Runner.run(["score", input.path, "--output", link.path]).status == 64)
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func unwritableOutputIs73AndTheOldFileStays() throws {
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--output", "/nonexistent-folder/out.csv"])
        #expect(result.status == 73)
    }

    @Test func initWritesTheTemplatesByteForByte() throws {
        for (language, suffix) in [("ja", "-ja"), ("en", "-en")] {
            let folder = try Runner.temporaryFolder().appendingPathComponent("new")
            let result = try Runner.run(["init", folder.path, "--lang", language])
            #expect(result.status == 0, "\(result.stderr)")
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(written == ["checklist.csv", "inventory.csv", "method-5x5.json", "method.json", "plan.csv", "policy.csv", "sample-checklist.csv",
                               "sample-inventory.csv", "sample-plan.csv", "threats.csv"])
            for name in written {
                let source = name.hasSuffix(".csv") && !name.hasPrefix("sample-")
                    ? name.replacingOccurrences(of: ".csv", with: "\(suffix).csv") : name
                let expected = try Data(contentsOf: Runner.packageRoot.appendingPathComponent("Templates/\(source)"))
                #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == expected, "\(name)")
            }
            // The sample it wrote scores; a second init keeps the files.
            #expect(try Runner.run(["score", folder.appendingPathComponent("sample-inventory.csv").path, "--format", "csv"]).status == 0)
            #expect(try Runner.run(["init", folder.path]).status == 73)
            #expect(try Runner.run(["init", folder.path, "--force"]).status == 0)
        }
    }

    @Test func theSamplePlanAndChecklistWork() throws {
        let folder = try Runner.temporaryFolder()
        #expect(try Runner.run(["init", folder.path, "--lang", "ja"]).status == 0)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let result = try Runner.run(["score", path("sample-inventory.csv"), "--checklist", path("sample-checklist.csv"),
                                     "--plan", path("sample-plan.csv"), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        // Each risk's vulnerability comes from the checklist's controls that concern its media: the planned M70 with
        // the done M71 treat A-001/T30 and its like in full (M37 is for e-mail), and only the accepted A-022/T30
        // stays high.
        #expect(summary["levels"] as? [String: Int] == ["high": 9, "medium": 17, "low": 274])
        #expect(summary["residual_levels"] as? [String: Int] == ["high": 1, "medium": 17, "low": 281])
        #expect(summary["untreated"] as? [String] == [])
        let high = try Runner.run(["score", path("sample-inventory.csv"), "--checklist", path("sample-checklist.csv"),
                                   "--plan", path("sample-plan.csv"), "--fail-on", "high", "--format", "csv"])
        #expect(high.status == 0, "\(high.stderr)")
        let failing = try Runner.run(["score", path("sample-inventory.csv"), "--checklist", path("sample-checklist.csv"),
                                      "--plan", path("sample-plan.csv"), "--fail-on", "medium", "--format", "csv"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("17 untreated risk(s) at or above medium (A-006/T15, A-006/T30,"))
    }

    @Test func filledTemplatesAreAccepted() throws {
        let folder = try Runner.temporaryFolder()
        #expect(try Runner.run(["init", folder.path, "--lang", "ja"]).status == 0)
        let threats = folder.appendingPathComponent("threats.csv")
        let checklist = folder.appendingPathComponent("checklist.csv")
        let result = try Runner.run(["validate", folder.appendingPathComponent("sample-inventory.csv").path,
                                     "--threats", threats.path, "--checklist", checklist.path,
                                     "--method", folder.appendingPathComponent("method.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
