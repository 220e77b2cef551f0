import Foundation
import Testing

/// Temporary files left by a run that was killed outright (SIGKILL, which no handler sees) are removed by the next
/// write to the same destination, and only those (issue 19, item 9).
@Suite(.serialized)
struct StaleTemporaryEndToEndTests {
    /// Sets the file's modification time `seconds` back.
    func age(_ url: URL, by seconds: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: url.path)
    }

    @Test func aKilledRunsTemporaryFileIsRemovedByTheNextWrite() throws {
        let folder = try Runner.temporaryFolder()
        var text = "id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<30_000 { text += "A\(index),資産\(index),paper|pc|server,3,2,2\n" }
        try Data(text.utf8).write(to: folder.appendingPathComponent("large.csv"))
        let process = Process()
        process.executableURL = Runner.isolatedBinary
        process.arguments = ["score", "large.csv", "--format", "csv", "--output", "register.csv"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let killed = process.processIdentifier
        let deadline = Date().addingTimeInterval(60)
        var temporary: String?
        while Date() < deadline && process.isRunning && temporary == nil {
            temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(".register.csv.risk-") }
            if temporary == nil { usleep(2_000) }
        }
        if process.isRunning { kill(killed, SIGKILL) }
        process.waitUntilExit()
        let left = try #require(temporary, "the run ended before it could be killed; make the inventory larger")
        // The name holds the writer's process id.
        #expect(left.hasPrefix(".register.csv.risk-\(killed)-") && left.count == ".register.csv.risk-\(killed)-".count + 6, "\(left)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(left).path))
        try age(folder.appendingPathComponent(left), by: 120)
        // Files that are not stale ones of ours for this destination stay: a live process's (this test's), one
        // written in the last minute, another destination's, and one that only looks like ours.
        let kept = [".register.csv.risk-\(getpid())-abcdef", ".register.csv.risk-\(killed)-fresh1", ".other.csv.risk-\(killed)-qwerty",
                    ".register.csv.risk-notapid-qwerty"]
        for name in kept {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
            if !name.hasSuffix("fresh1") { try age(folder.appendingPathComponent(name), by: 120) }
        }
        let small = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--output", "register.csv"], in: folder)
        #expect(small.status == 0, "\(small.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains(left), "\(names)")
        #expect(Set(names) == Set(kept + ["large.csv", "register.csv"]), "\(names.sorted())")
    }

    /// Another user's file is never removed, even with a dead process id in its name (root only, to own it so).
    @Test(.enabled(if: geteuid() == 0)) func anotherUsersFileStays() throws {
        let folder = try Runner.temporaryFolder()
        let name = ".register.csv.risk-\(Int32.max - 7)-abcdef"
        let url = folder.appendingPathComponent(name)
        try Data("x".utf8).write(to: url)
        #expect(chown(url.path, 65534, 65534) == 0)
        try age(url, by: 120)
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--output", "register.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: url.path))
    }
}
