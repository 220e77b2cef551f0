import Foundation
import Testing

/// The CSV register written in bounded memory (`RISK_STREAM=always`; by default for UTF-8 inventories from 256 MB
/// and more) is the same file as the one written from the whole read (`RISK_STREAM=never`), and anything it cannot
/// vouch for gets the whole read's messages.
@Suite(.serialized)
struct StreamedEndToEndTests {
    /// Runs `risk score` to a file in the given streaming mode; the status, standard error and the file's bytes.
    func score(_ arguments: [String], mode: String, in folder: URL) throws -> (Int32, String, [UInt8]?) {
        let output = folder.appendingPathComponent("register-\(mode).csv")
        try? FileManager.default.removeItem(at: output)
        let result = try Runner.run(["score"] + arguments + ["--output", output.path], environment: ["RISK_STREAM": mode])
        return (result.status, result.stderr, try? [UInt8](Data(contentsOf: output)))
    }

    @Test(arguments: ["en", "ja"])
    func theSampleWithEveryInputIsTheSameFile(language: String) throws {
        let folder = try Runner.temporaryFolder()
        let policy = folder.appendingPathComponent("policy.csv")
        try Data("section,clause,title\n3.6.5,第12条,不正プログラム対策\n2.3,第5条,情報資産の分類\n".utf8).write(to: policy)
        let templates = Runner.packageRoot.appendingPathComponent("Templates")
        let arguments = [Runner.sampleInventory.path, "--lang", language, "--format", "csv",
                         "--checklist", templates.appendingPathComponent("sample-checklist.csv").path,
                         "--policy", policy.path]
        let streamed = try score(arguments, mode: "always", in: folder)
        let whole = try score(arguments, mode: "never", in: folder)
        #expect(streamed.0 == 0 && whole.0 == 0, "\(streamed.1)\(whole.1)")
        #expect(streamed.1 == whole.1)
        let bytes = try #require(streamed.2)
        #expect(bytes.count > 10_000)
        #expect(bytes == whole.2)
        #expect(String(decoding: bytes, as: UTF8.self).contains("第12条"))
    }

    /// Shift_JIS with CRLF, an unknown column (its notice is shown once, as the whole read shows it) and quoted
    /// cells, large enough for many chunks.
    @Test func aShiftJISInventoryWithANotice() throws {
        let folder = try Runner.temporaryFolder()
        var text = "資産ID,資産名,媒体・保存先,機密性,完全性,可用性,管理部署,保存期間\r\n"
        for index in 0..<30_000 {
            text += "S-\(index),\"住民票の写し, \(index)\",紙（書類）|\(["pc", "庁内サーバ", "複合機"][index % 3]),"
                + "\(["1", "2", "3A"][index % 3]),\(1 + index % 2),2,市民課,5年\r\n"
        }
        let input = folder.appendingPathComponent("台帳.csv")
        try #require(text.data(using: .shiftJIS)).write(to: input)
        let streamed = try score([input.path, "--lang", "ja"], mode: "always", in: folder)
        let whole = try score([input.path, "--lang", "ja"], mode: "never", in: folder)
        #expect(streamed.0 == 0 && whole.0 == 0)
        #expect(streamed.1 == whole.1)
        #expect(streamed.1.contains("保存期間"), "\(streamed.1)")
        #expect(streamed.2 != nil && streamed.2 == whole.2)
    }

    /// Problems anywhere, even in the last chunk, are reported exactly as by the whole read, and no file is left.
    @Test func problemsGetTheWholeReadsMessages() throws {
        let folder = try Runner.temporaryFolder()
        var text = "id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<20_000 { text += "P\(index),name \(index),paper|pc,2,2,1\n" }
        text += "P7,again,paper,1,1,1\nP-last,bad,paper,5,1,1\n"
        let input = folder.appendingPathComponent("bad.csv")
        try Data(text.utf8).write(to: input)
        let streamed = try score([input.path, "--lang", "en"], mode: "always", in: folder)
        let whole = try score([input.path, "--lang", "en"], mode: "never", in: folder)
        #expect(streamed.0 == 65 && whole.0 == 65)
        #expect(streamed.1 == whole.1)
        #expect(streamed.1.contains("bad.csv:20002:1") && streamed.1.contains("bad.csv:20003:4"), "\(streamed.1)")
        #expect(streamed.2 == nil)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["bad.csv"])
    }

    /// `risk validate` checks chunk by chunk: the same words as the whole read, for a clean inventory (with a
    /// notice) and for one with a problem in its last rows.
    @Test func validateSaysTheSame() throws {
        let folder = try Runner.temporaryFolder()
        var text = "id,name,media,confidentiality,integrity,availability,保存期間\n"
        for index in 0..<20_000 { text += "V\(index),name \(index),paper|pc,2,2,1,5年\n" }
        let clean = folder.appendingPathComponent("clean.csv")
        try Data(text.utf8).write(to: clean)
        let broken = folder.appendingPathComponent("broken.csv")
        try Data((text + "V9,again,paper,1,1,1,\n").utf8).write(to: broken)
        for input in [clean, broken] {
            let streamed = try Runner.run(["validate", input.path, "--lang", "en"], environment: ["RISK_STREAM": "always"])
            let whole = try Runner.run(["validate", input.path, "--lang", "en"], environment: ["RISK_STREAM": "never"])
            #expect(streamed.status == whole.status && streamed.text == whole.text && streamed.stderr == whole.stderr)
            #expect(streamed.status == (input == clean ? 0 : 65))
        }
        let checked = try Runner.run(["validate", clean.path, "--lang", "en"], environment: ["RISK_STREAM": "always"])
        #expect(checked.text.contains("20000 assets"), "\(checked.text)")
        #expect(checked.stderr.contains("保存期間"), "\(checked.stderr)")
    }

    /// An output that is an input is refused before anything is read, and an old register is replaced whole.
    @Test func theOutputRulesHold() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("inventory.csv")
        try FileManager.default.copyItem(at: Runner.sampleInventory, to: input)
        let refused = try Runner.run(["score", input.path, "--format", "csv", "--output", input.path],
                                     environment: ["RISK_STREAM": "always"])
        #expect(refused.status == 64)
        #expect(try Data(contentsOf: input) == Data(contentsOf: Runner.sampleInventory))
        let output = folder.appendingPathComponent("register.csv")
        try Data(String(repeating: "an older and much longer register\n", count: 10_000).utf8).write(to: output)
        let replaced = try Runner.run(["score", input.path, "--format", "csv", "--output", output.path],
                                      environment: ["RISK_STREAM": "always"])
        #expect(replaced.status == 0)
        let whole = try Runner.run(["score", input.path, "--format", "csv"], environment: ["RISK_STREAM": "always"])
        #expect(try [UInt8](Data(contentsOf: output)) == whole.stdout)
    }
}
