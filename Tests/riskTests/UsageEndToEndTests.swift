import Foundation
import Testing

/// Usage mistakes end with 64 and say what was wrong, before anything is read or written (issue 19, item 13).
struct UsageEndToEndTests {
    @Test func anOptionGivenTwiceIsRefused() throws {
        let folder = try Runner.temporaryFolder()
        let result = try Runner.run(["score", Runner.sampleInventory.path, "-o", "a.csv", "-o", "b.csv"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output is given twice (a.csv and b.csv); give it once"), "\(result.stderr)")
        let japanese = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--format=json"], in: folder,
                                      environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japanese.status == 64)
        #expect(japanese.stderr.contains("--format が 2 回指定されています（csv と json）"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anEmptyValueIsNoValue() throws {
        let folder = try Runner.temporaryFolder()
        for argument in ["--output=", "--threats="] {
            let result = try Runner.run(["score", Runner.sampleInventory.path, argument], in: folder)
            #expect(result.status == 64, "\(argument)")
            #expect(result.stderr.contains("needs a value"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// A long bad value is named in its message, not repeated whole (issue 19, item 11).
    @Test func aLongBadValueIsCutInItsMessage() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("inventory.csv")
        let long = String(repeating: "機", count: 20_000)
        try "id,name,media,confidentiality,integrity,availability\nA-1,x,paper,\(long),1,1\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try Runner.run(["validate", input.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(String(repeating: "機", count: 200) + "…(+19800)"), "\(result.stderr.prefix(500))")
        #expect(result.stderr.utf8.count < 2_000)
    }
}

/// No control character from the inputs reaches a terminal (issue 19, item 4): escapes, OSC titles and bidi
/// overrides are shown visibly in messages, the table and `explain`; ordinary Japanese text is unchanged.
struct TerminalEndToEndTests {
    @Test func controlCharactersAreShownVisibly() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("inventory.csv")
        let hostile = "\u{1B}]0;PWNED\u{07}\u{1B}[2J"
        try "id,name,media,confidentiality,integrity,availability\nA-1\u{202E},住民票\(hostile),paper,1,1,1\n"
            .write(to: input, atomically: true, encoding: .utf8)
        let table = try Runner.run(["score", input.path, "--format", "table"])
        #expect(table.status == 0)
        #expect(!table.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(table.text.contains("住民票\\x1B]0;PWNED"))
        #expect(table.text.contains("A-1<U+202E>"))
        let explained = try Runner.run(["explain", input.path, "A-1\u{202E}/T01"])
        #expect(explained.status == 0, "\(explained.stderr)")
        #expect(!explained.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(explained.text.contains("住民票\\x1B]0;PWNED\\x07\\x1B[2J"))
        // In a message.
        try "id,name,media,confidentiality,integrity,availability\nA-1,x,\(hostile),1,1,1\n".write(to: input, atomically: true, encoding: .utf8)
        let message = try Runner.run(["validate", input.path])
        #expect(message.status == 65)
        #expect(!message.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(message.stderr.contains("\\x1B]0;PWNED\\x07\\x1B[2J"), "\(message.stderr)")
        // In a command's message that names a file: an input that cannot be read, an output that cannot be written.
        let missing = try Runner.run(["score", folder.appendingPathComponent("no\(hostile).csv").path])
        #expect(missing.status == 66)
        #expect(!missing.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(missing.stderr)")
        #expect(missing.stderr.contains("no\\x1B]0;PWNED\\x07\\x1B[2J.csv"))
        let unwritable = try Runner.run(["score", Runner.sampleInventory.path, "-o", "/nonexistent\(hostile)/r.csv"])
        #expect(unwritable.status == 73)
        #expect(!unwritable.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(unwritable.stderr)")
    }
}
