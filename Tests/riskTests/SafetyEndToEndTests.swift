import Foundation
import Testing

/// Safe writes and hostile file names, through the built binary.
@Suite(.serialized)
struct SafetyEndToEndTests {
    /// A large inventory, so that writing its register takes long enough to be interrupted.
    func largeInventory(in folder: URL, assets: Int) throws -> URL {
        var text = "id,name,media,confidentiality,integrity,availability\n"
        text.reserveCapacity(assets * 60)
        for index in 0..<assets { text += "A\(index),資産\(index),paper|pc|server,3,2,2\n" }
        let url = folder.appendingPathComponent("large.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A file of more than 8 MB is read in two halves at once: every byte of both arrives, in order, as the
    /// duplicate id on the very last line and the count of assets show.
    @Test func aLargeFileIsReadWhole() throws {
        let folder = try Runner.temporaryFolder()
        var text = "id,name,media,confidentiality,integrity,availability\n"
        let assets = 160_000
        text.reserveCapacity(assets * 70)
        for index in 0..<assets { text += "A\(index),住民情報の写し\(index),paper|pc|server,3,2,2\n" }
        #expect(text.utf8.count > 8 << 20)
        let clean = folder.appendingPathComponent("clean.csv")
        try Data(text.utf8).write(to: clean)
        let checked = try Runner.run(["validate", clean.path, "--lang", "en"])
        #expect(checked.status == 0)
        #expect(checked.text.contains("\(assets) assets"), "\(checked.text)\(checked.stderr)")
        let duplicate = folder.appendingPathComponent("duplicate.csv")
        try Data((text + "A7,last,paper,1,1,1\n").utf8).write(to: duplicate)
        let refused = try Runner.run(["validate", duplicate.path, "--lang", "en"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("duplicate.csv:\(assets + 2):1"), "\(refused.stderr)")
        #expect(refused.stderr.contains("line 9"), "\(refused.stderr)")
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedRunLeavesTheOldFileIntact(signal: Int32) throws {
        let folder = try Runner.temporaryFolder()
        let input = try largeInventory(in: folder, assets: 30_000)
        let output = folder.appendingPathComponent("register.csv")
        let old = Data("the register of last year\n".utf8)
        try old.write(to: output)
        let process = Process()
        process.executableURL = Runner.isolatedBinary
        process.arguments = ["score", input.path, "--format", "csv", "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the temporary file to appear: the run is then writing.
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while Date() < deadline && process.isRunning {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            if names.contains(where: { $0.hasPrefix(".register.csv.risk-") }) {
                sawTemporary = true
                break
            }
            usleep(2_000)
        }
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        #expect(sawTemporary, "the run ended before it could be interrupted; make the inventory larger")
        if sawTemporary {
            #expect(process.terminationReason == .uncaughtSignal)
        }
        #expect(try Data(contentsOf: output) == old)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["large.csv", "register.csv"], "left behind: \(left)")
    }

    @Test func devicesAndLinksAreWrittenThroughNotReplaced() throws {
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--output", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/null must stay a device")
        let folder = try Runner.temporaryFolder()
        let target = folder.appendingPathComponent("register.csv")
        try Data("old\n".utf8).write(to: target)
        let link = folder.appendingPathComponent("latest.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--output", link.path]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("risk_id,"))
    }

    @Test func fileNamesNeverReachAShell() throws {
        let folder = try Runner.temporaryFolder()
        let names = ["$(touch pwned).csv", "`touch pwned2`.csv", "a; touch pwned3 .csv", "-leading-dash.csv", "台帳 (2026年度) 'x'.csv"]
        for name in names {
            let input = folder.appendingPathComponent(name)
            try FileManager.default.copyItem(at: Runner.sampleInventory, to: input)
            let output = folder.appendingPathComponent("out " + name)
            let result = try Runner.run(["score", "--", name, "--output", "out " + name], in: folder)
            #expect(result.status == 64 || result.status == 0, "\(name): \(result.stderr)")
            let direct = try Runner.run(["score", input.path, "--output", output.path], in: folder)
            #expect(direct.status == 0, "\(name): \(direct.stderr)")
            #expect(FileManager.default.fileExists(atPath: output.path))
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!left.contains { $0.hasPrefix("pwned") }, "\(left)")
    }

    /// Standard input redirected from a file is that file: `risk score - -o x.csv < x.csv` (or `--checklist -`, or
    /// `diff … -`) would overwrite an input, and is refused with the file left as it was.
    @Test func anInputOnStandardInputIsNeverOverwritten() throws {
        let folder = try Runner.temporaryFolder()
        let sample = Runner.packageRoot.appendingPathComponent("Templates/sample-inventory.csv")
        let inventory = folder.appendingPathComponent("x.csv")
        try FileManager.default.copyItem(at: sample, to: inventory)
        let original = try Data(contentsOf: inventory)
        let scored = try Runner.run(["score", "-", "-o", "x.csv", "--lang", "en"], in: folder, stdinFile: inventory)
        #expect(scored.status == 64)
        #expect(scored.stderr.contains("--output x.csv is one of the input files"))
        #expect(try Data(contentsOf: inventory) == original)

        let checklist = folder.appendingPathComponent("checklist.csv")
        try FileManager.default.copyItem(at: Runner.packageRoot.appendingPathComponent("Templates/sample-checklist.csv"),
                                         to: checklist)
        let checklistBytes = try Data(contentsOf: checklist)
        let byChecklist = try Runner.run(["score", sample.path, "--checklist", "-", "-o", "checklist.csv"], in: folder,
                                         stdinFile: checklist)
        #expect(byChecklist.status == 64)
        #expect(try Data(contentsOf: checklist) == checklistBytes)

        for name in ["old.json", "new.json"] {
            let made = try Runner.run(["score", sample.path, "--format", "json", "-o", name], in: folder)
            #expect(made.status == 0, "\(made.stderr)")
        }
        let register = folder.appendingPathComponent("new.json")
        let registerBytes = try Data(contentsOf: register)
        let diffed = try Runner.run(["diff", "old.json", "-", "--format", "json", "-o", "new.json"], in: folder,
                                    stdinFile: register)
        #expect(diffed.status == 64)
        #expect(try Data(contentsOf: register) == registerBytes)

        // Through a pipe, standard input is no file, and the output is written.
        let piped = try Runner.run(["score", "-", "-o", "register.csv"], in: folder, stdin: Array(original))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("register.csv").path))
    }

    /// A new output follows the umask; a file written over keeps its mode (it was once always 0644, which made a
    /// private register world-readable).
    @Test func outputModesFollowTheUmaskAndKeepAnExistingFilesMode() throws {
        let folder = try Runner.temporaryFolder()
        let sample = Runner.packageRoot.appendingPathComponent("Templates/sample-inventory.csv").path
        func mode(_ name: String) throws -> Int {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        func score(to name: String, umask: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask \(umask) && exec \"$0\" score \"$1\" -o \"$2\"", Runner.isolatedBinary.path,
                                 sample, folder.appendingPathComponent(name).path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        try score(to: "private.csv", umask: "077")
        #expect(try mode("private.csv") == 0o600)
        try score(to: "shared.csv", umask: "022")
        #expect(try mode("shared.csv") == 0o644)
        let kept = folder.appendingPathComponent("kept.csv")
        try Data("old".utf8).write(to: kept)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: kept.path)
        try score(to: "kept.csv", umask: "022")
        #expect(try mode("kept.csv") == 0o640)
        #expect(try Data(contentsOf: kept).count > 100)
    }
}
