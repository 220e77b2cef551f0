import Foundation
import Testing

/// Every case of `Tests/riskTests/Corpus`: a bad input, the status and errors it must give, and no output left.
@Suite(.serialized)
struct BadInputCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let folder: URL
        var testDescription: String { name }
    }

    struct Expected: Decodable {
        struct Error: Decodable {
            let code: String
            let file: String
            let line: Int
            let column: Int
            /// The sheet, for a workbook: the place is then shown as Excel shows a cell (`台帳.xlsx:資産!D3`).
            let sheet: String?
        }
        struct Generated: Decodable {
            let file: String
            let kind: String
        }
        let description: String
        let args: [String]
        let lang: String?
        let status: Int32
        let errors: [Error]?
        let stderr_contains: [String]?
        let generate: [Generated]?
    }

    static let corpus = Runner.packageRoot.appendingPathComponent("Tests/riskTests/Corpus")

    static let cases: [Case] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = corpus.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("case.json").path) else { return nil }
            return Case(name: name, folder: folder)
        }
    }()

    @Test func theCorpusHasAtLeastSixtyCases() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases)
    func badInput(_ testCase: Case) throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: testCase.folder.appendingPathComponent("case.json")))
        // A fresh copy of the case, so the run cannot touch the corpus.
        let work = try Runner.temporaryFolder().appendingPathComponent(testCase.name)
        try FileManager.default.copyItem(at: testCase.folder, to: work)
        try FileManager.default.removeItem(at: work.appendingPathComponent("case.json"))
        for generated in expected.generate ?? [] {
            try Self.generate(generated.kind, to: work.appendingPathComponent(generated.file))
        }
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: work.path))
        var arguments = expected.args
        if arguments.first == "score" && !arguments.contains("--output") && !arguments.contains("-o") {
            arguments += ["--output", "out.csv"]
        }
        let language = expected.lang ?? "en"
        let result = try Runner.run(arguments, in: work, environment: ["LANG": language == "ja" ? "ja_JP.UTF-8" : "C.UTF-8"])
        #expect(result.status == expected.status, "\(expected.description)\n\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let word = language == "ja" ? "エラー" : "error"
        for error in expected.errors ?? [] {
            var place = error.file
            if let sheet = error.sheet {
                place += ":\(sheet)"
                if error.line > 0 { place += "!" + (error.column > 0 ? Self.letters(error.column) + "\(error.line)" : "\(error.line):\(error.line)") }
            } else {
                if error.line > 0 { place += ":\(error.line)" }
                if error.line > 0 && error.column > 0 { place += ":\(error.column)" }
            }
            let found = lines.contains { $0.hasPrefix("\(place): \(word): ") && $0.hasSuffix("[\(error.code)]") }
            #expect(found, "\(expected.description): expected \(place) [\(error.code)] in\n\(result.stderr)")
        }
        for text in expected.stderr_contains ?? [] {
            #expect(result.stderr.contains(text), "\(expected.description): expected \"\(text)\" in\n\(result.stderr)")
        }
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: work.path))
        #expect(after == before, "\(expected.description): files left behind: \(after.subtracting(before))")
        try? FileManager.default.removeItem(at: work.deletingLastPathComponent())
    }

    /// A column's letters as Excel shows them.
    static func letters(_ column: Int) -> String {
        var number = column, text = ""
        while number > 0 {
            text = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + text
            number = (number - 1) / 26
        }
        return text
    }

    /// Writes the inputs too large to commit.
    static func generate(_ kind: String, to url: URL) throws {
        let header = "id,name,media,confidentiality,integrity,availability\n"
        var data = Data()
        switch kind {
        case "big-cell":
            data.append(Data((header + "A-1,").utf8))
            data.append(Data(repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024))
            data.append(Data(",paper,1,1,1\n".utf8))
        case "million-empty-lines":
            data.append(Data(header.utf8))
            data.append(Data(repeating: 0x0A, count: 1_000_000))
        case "deep-json":
            data.append(Data(repeating: UInt8(ascii: "["), count: 100_000))
            data.append(Data(repeating: UInt8(ascii: "]"), count: 100_000))
        case "deep-json-catalog":
            data.append(Data(String(repeating: "{\"a\":", count: 100_000).utf8))
            data.append(Data("1".utf8))
            data.append(Data(repeating: UInt8(ascii: "}"), count: 100_000))
        default:
            throw TestError("unknown generator \(kind)")
        }
        try data.write(to: url)
    }
}

struct TestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
