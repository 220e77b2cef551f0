import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Endless, huge and unusual inputs, through the built binary: each ends with one clear message and exit 65 in
/// bounded memory, or is read as it should be.
@Suite(.serialized)
struct HostileInputEndToEndTests {
    /// `/dev/zero` never ends: reading stops at the limit (lowered here by `RISK_READ_LIMIT`), with one message.
    @Test func anEndlessDeviceEndsAtTheLimit() throws {
        let folder = try Runner.temporaryFolder()
        let result = try Runner.run(["score", "/dev/zero", "--format", "csv", "-o", "out.csv"], in: folder,
                                    environment: ["RISK_READ_LIMIT": "1000000"])
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("/dev/zero is larger than risk reads at once (1000000 bytes)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// Standard input that never ends (a device here) ends the same way.
    @Test func endlessStandardInputEndsAtTheLimit() throws {
        let result = try Runner.run(["validate", "-"], environment: ["RISK_READ_LIMIT": "500000", "LANG": "ja_JP.UTF-8"],
                                    stdinFile: URL(fileURLWithPath: "/dev/zero"))
        #expect(result.status == 65)
        #expect(result.stderr.contains("一度に読める大きさ（500000 バイト）を超えています"), "\(result.stderr)")
    }

    /// A file larger than the limit is refused from its size, before a byte is read: a 5 GB sparse file ends at
    /// once, under the default limit.
    @Test func aHugeFileIsRefusedFromItsSize() throws {
        let folder = try Runner.temporaryFolder()
        let huge = folder.appendingPathComponent("huge.csv")
        FileManager.default.createFile(atPath: huge.path, contents: Data("id,name,media,confidentiality,integrity,availability\n".utf8))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 5 << 30)
        try handle.close()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Runner.run(["score", huge.path, "--format", "json", "--lang", "en"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("is larger than risk reads at once (4294967294 bytes)"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// A FIFO is read once, by the whole read: the streamed path does not open it to look at it.
    @Test(arguments: [["validate", "inventory"], ["score", "inventory", "--format", "csv", "-o", "out.csv"]])
    func aFIFOIsReadOnce(_ arguments: [String]) throws {
        let folder = try Runner.temporaryFolder()
        let fifo = folder.appendingPathComponent("inventory")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let sample = try Data(contentsOf: Runner.packageRoot.appendingPathComponent("Templates/sample-inventory.csv"))
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo.path) {
                handle.write(sample)
                try? handle.close()
            }
        }
        writer.start()
        let result = try Runner.run(arguments + ["--lang", "en"], in: folder, environment: ["RISK_STREAM": "always"])
        #expect(result.status == 0, "\(result.stderr)")
        if arguments[0] == "validate" {
            #expect(result.text.contains("26 assets"), "\(result.text)")
        } else {
            let register = try Data(contentsOf: folder.appendingPathComponent("out.csv"))
            #expect(register.filter { $0 == 0x0A }.count == 301)
        }
    }

    /// Runs `risk arguments…` through `/bin/sh` after `setup` (a `ulimit`, a `trap`), in `folder`.
    func shell(_ setup: String, _ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let quoted = ([Runner.isolatedBinary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        process.arguments = ["-c", setup + "; exec " + quoted]
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A write past `ulimit -f` fails with exit 73 (SIGXFSZ is ignored), and leaves no file behind.
    @Test func theFileSizeLimitIsAWriteErrorNotADeath() throws {
        let folder = try Runner.temporaryFolder()
        let process = try shell("ulimit -f 16", ["score", Runner.sampleInventory.path, "--format", "csv", "-o", "out.csv"],
                                in: folder)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// Under `nohup` (SIGHUP ignored) a hang-up while writing does not end the run: the signal stays ignored.
    @Test func anIgnoredHangUpStaysIgnored() throws {
        let folder = try Runner.temporaryFolder()
        var text = "id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<30_000 { text += "A\(index),資産\(index),paper|pc|server,3,2,2\n" }
        try Data(text.utf8).write(to: folder.appendingPathComponent("large.csv"))
        let process = try shell("trap '' HUP", ["score", "large.csv", "--format", "csv", "-o", "register.csv"], in: folder)
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while Date() < deadline && process.isRunning {
            if try FileManager.default.contentsOfDirectory(atPath: folder.path).contains(where: { $0.hasPrefix(".register.csv.risk-") }) {
                sawTemporary = true
                break
            }
            usleep(2_000)
        }
        if process.isRunning { kill(process.processIdentifier, SIGHUP) }
        process.waitUntilExit()
        #expect(sawTemporary, "the run ended before the hang-up; make the inventory larger")
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["large.csv", "register.csv"])
    }
}
