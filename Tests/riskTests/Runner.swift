import Foundation
import Testing

/// Runs the built `risk` binary: the end-to-end tests drive the real process, as a user would.
/// Holds data written by another thread; the DispatchGroup orders the accesses.
final class DataBox: @unchecked Sendable {
    var data = Data()
}

struct Runner {
    /// The folder of the built products (where the test bundle is).
    static let productsDirectory: URL = {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                          Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for folder in candidates where FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("risk").path) {
            return folder
        }
        return packageRoot.appendingPathComponent(".build/debug")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the binary in its own empty folder, to prove it needs nothing beside it.
    static let isolatedBinary: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("risk-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("risk")
        try? FileManager.default.copyItem(at: productsDirectory.appendingPathComponent("risk"), to: copy)
        return copy
    }()

    struct Result {
        let status: Int32
        let stdout: [UInt8]
        let stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `risk arguments…` in `folder`, with `LANG` set to `lang` unless given in `environment`; standard input
    /// is `stdin`'s bytes through a pipe, or the file `stdinFile` itself (as a shell's `< FILE` gives it).
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                    stdin: [UInt8]? = nil, stdinFile: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = isolatedBinary
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? isolatedBinary.deletingLastPathComponent()
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        if let stdinFile {
            process.standardInput = try FileHandle(forReadingFrom: stdinFile)
        } else {
            process.standardInput = input
        }
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async {
            errBox.data = errorHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: [UInt8](outData),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("risk-work-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The sample inventory of the source tree.
    static var sampleInventory: URL { packageRoot.appendingPathComponent("Templates/sample-inventory.csv") }
}
