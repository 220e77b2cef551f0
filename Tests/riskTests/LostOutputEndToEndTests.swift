import Foundation
import Testing

/// Usage mistakes and output that could be lost (issue 19, item 13), through the built binary: each ends with a
/// clear message and the status sysexits gives it, and nothing is written where it should not be.
@Suite(.serialized)
struct LostOutputEndToEndTests {
    /// Runs `risk arguments…` with standard output on /dev/full, where every write fails with ENOSPC.
    func runToFullDevice(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Runner.isolatedBinary
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        process.standardOutput = full
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Every command that writes to standard output checks the write: on a full device each ends with 73 and says
    /// why, instead of ending with 0 and nothing written.
    @Test func aFullStandardOutputIsReported() throws {
        let sample = Runner.sampleInventory.path
        let scored = try Runner.run(["score", sample, "--format", "csv"])
        #expect(scored.status == 0, "\(scored.stderr)")
        let riskID = try #require(scored.text.split(whereSeparator: \.isNewline).dropFirst().first?.split(separator: ",").first, "\(scored.stderr)")
        let folder = try Runner.temporaryFolder()
        let commands: [[String]] = [["validate", sample], ["explain", sample, String(riskID)], ["--help"], ["--version"],
                                    ["score", "--help"], ["catalog", "items"], ["init", folder.appendingPathComponent("t").path],
                                    ["score", sample, "--format", "csv"]]
        for arguments in commands {
            let result = try runToFullDevice(arguments + ["--lang", "en"])
            #expect(result.status == 73, "\(arguments): \(result.stderr)")
            #expect(result.stderr == "risk: cannot write standard output: No space left on device\n", "\(arguments): \(result.stderr)")
        }
    }
}

extension LostOutputEndToEndTests {
    /// `--output` naming a folder, an existing one or any name ending in `/`, is a usage mistake (64) that says
    /// so, and suggests a file name in it; nothing is written.
    @Test(arguments: [["score", Runner.sampleInventory.path, "--format", "csv"], ["score", Runner.sampleInventory.path],
                      ["catalog", "items", "--format", "csv"]])
    func aFolderAsOutputIsAUsageMistake(_ command: [String]) throws {
        let folder = try Runner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("named.csv"), withIntermediateDirectories: false)
        for output in ["out", "out/", "missing/", "named.csv", "file.csv/"] {
            let result = try Runner.run(command + ["-o", output, "--lang", "en"], in: folder)
            #expect(result.status == 64, "\(output): \(result.stderr)")
            #expect(result.stderr.contains("--output \(output) is a folder; give the name of the file to write (such as "),
                    "\(output): \(result.stderr)")
        }
        let japanese = try Runner.run(command + ["-o", "out/", "--lang", "ja"], in: folder)
        #expect(japanese.stderr.contains("--output の out/ はフォルダです。"), "\(japanese.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["named.csv", "out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).isEmpty)
    }

    /// `risk diff - -`: standard input can be only one of the two registers.
    @Test func diffOfStandardInputTwiceIsAUsageMistake() throws {
        let result = try Runner.run(["diff", "-", "-", "--lang", "en"], stdin: Array("{}".utf8))
        #expect(result.status == 64)
        #expect(result.stderr == "risk: standard input (-) can be only one of the inputs\n", "\(result.stderr)")
    }
}

extension LostOutputEndToEndTests {
    /// Any name the system allows can be written: the temporary file's copy of a long name is cut short, so that
    /// `.NAME.risk-XXXXXX` stays within 255 bytes; nothing else is left in the folder.
    @Test(arguments: [248, 255])
    func aLongOutputNameIsWritten(length: Int) throws {
        let folder = try Runner.temporaryFolder()
        let ascii = String(repeating: "r", count: length - 4) + ".csv"
        // 3 bytes a character: 252 bytes, cut between two characters in the temporary name.
        let japanese = String(repeating: "台", count: 82) + ".csv"
        for name in [ascii, japanese] {
            let result = try Runner.run(["score", Runner.sampleInventory.path, "-o", name], in: folder)
            #expect(result.status == 0, "\(name.utf8.count) bytes: \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [ascii, japanese].sorted())
    }
}

extension LostOutputEndToEndTests {
    /// Runs `risk` through the shell with `script` (where "$0" is the binary): the shell passes bytes that are not
    /// UTF-8 as they are, which Process (taking Strings) cannot.
    func runInShell(_ script: String, in folder: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "LANG=C.UTF-8; export LANG; " + script, Runner.isolatedBinary.path, Runner.sampleInventory.path]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// The names in `folder` as the system has them, bytes and all.
    func rawNames(in folder: URL) -> [[UInt8]] {
        guard let stream = opendir(folder.path) else { return [] }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// A file name that is not UTF-8 (Shift_JIS あ, bytes 0x82 0xA0) keeps its bytes: the output is written under
    /// that very name (it was written under U+FFFD), it is read back as an input, and a message shows such bytes as
    /// \xNN.
    @Test func aNameThatIsNotUTF8KeepsItsBytes() throws {
        let folder = try Runner.temporaryFolder()
        let written = try runInShell("exec \"$0\" score \"$1\" -o \"$(printf '\\202\\240.csv')\" --lang en", in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(rawNames(in: folder) == [[0x82, 0xA0] + Array(".csv".utf8)], "\(rawNames(in: folder))")
        let read = try runInShell("name=$(printf '\\202\\241.csv'); cp \"$1\" \"$name\" && exec \"$0\" validate \"$name\"", in: folder)
        #expect(read.status == 0, "\(read.stderr)")
        let missing = try runInShell("exec \"$0\" validate \"$(printf '\\203\\200.csv')\" --lang en", in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("risk: cannot read \\x83\\x80.csv: No such file or directory"), "\(missing.stderr)")
        #expect(rawNames(in: folder).count == 2)
    }

}

extension LostOutputEndToEndTests {
    /// A cell over Excel's 32,767 characters (UTF-16 units: 20,000 characters outside the BMP are 40,000) is cut
    /// in the workbook, and a warning names each such cell; the JSON register keeps the text whole (issue 19,
    /// item 12).
    @Test func aCellCutInTheWorkbookIsNamed() throws {
        let folder = try Runner.temporaryFolder()
        let name = String(repeating: "𠮷", count: 20_000)
        let inventory = "id,name,media,confidentiality,integrity,availability\nA1,\(name),paper,3,2,2\nA2,短い名前,paper,1,1,1\n"
        try Data(inventory.utf8).write(to: folder.appendingPathComponent("inventory.csv"))
        let workbook = try Runner.run(["score", "inventory.csv", "-o", "register.xlsx", "--lang", "en"], in: folder)
        #expect(workbook.status == 0, "\(workbook.stderr)")
        let lines = workbook.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "risk: warning: XLSX cell Register!C2 has 40000 characters and is cut to 32767, Excel's limit (the CSV, JSON and other formats keep it whole)",
                "\(workbook.stderr)")
        #expect(lines.contains { $0.hasPrefix("risk: warning: XLSX cell Assets!B2 has 40000 characters") })
        #expect(lines.contains { $0.hasPrefix("risk: warning: XLSX cell 'Revision items'!B2 has 40000 characters") })
        #expect(!lines.contains { $0.contains("A3") })
        let japanese = try Runner.run(["score", "inventory.csv", "-o", "register.xlsx", "--lang", "ja"], in: folder)
        #expect(japanese.stderr.hasPrefix("risk: 警告: XLSX のセル リスク台帳!C2 は 40000 文字あり、Excel の上限の 32767 文字で切って書きました"),
                "\(japanese.stderr)")
        let json = try Runner.run(["score", "inventory.csv", "-o", "register.json"], in: folder)
        #expect(json.status == 0 && json.stderr.isEmpty, "\(json.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("register.json"), encoding: .utf8)
        #expect(text.contains("\"name\":\"\(name)\""))
    }
}
