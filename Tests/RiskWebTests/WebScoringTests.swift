import Foundation
import RiskCore
import RiskSystem
import RiskTestSupport
import RiskWeb
import Testing

/// The browser edition's entry, built natively: the page's register is the command's pipeline's, byte for byte, and
/// its problems are the command's lines.
struct WebScoringTests {
    /// The bytes `Pipeline.score` writes for `inventory` and the optional files (paths), and the lines it reports.
    static func command(_ inventory: String, threats: String? = nil, checklist: String? = nil, plan: String? = nil,
                        method: String? = nil, format: RegisterFormat, language: Language,
                        date: String? = nil) throws -> (bytes: [UInt8], lines: [String], status: RiskSystem.ExitStatus) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("risk-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out." + format.rawValue).path
        var paths = InputPaths(inventory: inventory)
        (paths.threats, paths.checklist, paths.plan, paths.method) = (threats, checklist, plan, method)
        let lines = LockedLines()
        let pipeline = Pipeline(paths: paths, language: language, diagnose: { log in
            for diagnostic in log.entries { lines.add(diagnostic.formatted(in: language)) }
        })
        do {
            _ = try pipeline.score(.init(format: format, output: output, document: DocumentInfo(date: date)))
        } catch {
            return ([], lines.all + ["risk: " + error.message], error.status)
        }
        return (try [UInt8](Data(contentsOf: URL(fileURLWithPath: output))), lines.all, .ok)
    }

    /// What the page's module answers for the same files, read from disk under the same names.
    static func web(_ inventory: String, threats: String? = nil, checklist: String? = nil, plan: String? = nil,
                    method: String? = nil, format: RegisterFormat, language: Language, date: String? = nil) throws -> WebResult {
        var request = WebRequest()
        request.set("lang", language.rawValue)
        request.set("format", format.rawValue)
        if let date { request.set("date", date) }
        if let method, ScoringMethod.builtIn(named: method) != nil { request.set("method", method) }
        let methodFile = method.flatMap { ScoringMethod.builtIn(named: $0) == nil ? $0 : nil }
        for (role, path) in [("inventory", inventory), ("threats", threats), ("checklist", checklist), ("plan", plan),
                             ("method", methodFile)] {
            guard let path else { continue }
            request.set(file: role, name: path, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        // Through the packed form, as the page sends it.
        let packed = try #require(WebRequest(packed: request.packed))
        #expect(packed == request)
        return WebScoring.run(packed)
    }

    static let templates = packageRoot.appendingPathComponent("Templates").path
    static let sample = templates + "/sample-inventory.csv"
    static let cp932 = packageRoot.appendingPathComponent("Tests/RiskMethodTests/Fixtures/inventory-cp932.csv").path

    @Test(arguments: [RegisterFormat.csv, .json, .html, .md, .xlsx], Language.allCases)
    func theSampleGivesTheCommandsBytes(format: RegisterFormat, language: Language) throws {
        let expected = try Self.command(Self.sample, format: format, language: language)
        let result = try Self.web(Self.sample, format: format, language: language)
        #expect(result.status == 0)
        #expect(result.lines == expected.lines)
        #expect(result.output.count > 1000)
        #expect(result.output == expected.bytes)
    }

    @Test(arguments: Language.allCases)
    func everyOptionalFileAndADateGiveTheCommandsBytes(language: Language) throws {
        let threats = Self.templates + "/threats-\(language.rawValue).csv"
        let checklist = Self.templates + "/sample-checklist.csv"
        let plan = Self.templates + "/sample-plan.csv"
        for format in [RegisterFormat.json, .html] {
            let expected = try Self.command(Self.sample, threats: threats, checklist: checklist, plan: plan, format: format,
                                            language: language, date: "2027-03-31")
            let result = try Self.web(Self.sample, threats: threats, checklist: checklist, plan: plan, format: format,
                                      language: language, date: "2027-03-31")
            #expect(result.status == 0)
            #expect(result.output == expected.bytes)
            #expect(String(decoding: result.output, as: UTF8.self).contains("2027-03-31"))
        }
    }

    @Test(arguments: Language.allCases)
    func aShiftJISLedgerGivesTheCommandsBytes(language: Language) throws {
        let methods: [String?] = [nil, "ipa"]
        for format in [RegisterFormat.csv, .json] { for method in methods {
            let expected = try Self.command(Self.cp932, method: method, format: format, language: language)
            let result = try Self.web(Self.cp932, method: method, format: format, language: language)
            #expect(result.status == 0)
            #expect(result.output == expected.bytes)
            #expect(result.lines == expected.lines)
        } }
    }

    @Test(arguments: Language.allCases)
    func problemsAreTheCommandsLines(language: Language) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("risk-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("台帳.csv")
        try Data("資産ID,資産名,媒体,機密性,完全性,可用性\nA-1,住民票,サーバー,4,1,1\nA-1,戸籍,紙,2,\"1,1\n".utf8).write(to: bad)
        let expected = try Self.command(bad.path, format: .csv, language: language)
        let result = try Self.web(bad.path, format: .csv, language: language)
        #expect(expected.status == .dataError)
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        #expect(result.lines.count >= 3)
        #expect(result.lines == expected.lines)
        #expect(result.lines.contains { $0.hasPrefix(bad.path + ":2:") })
    }

    @Test func usageMistakesAreRefused() {
        var request = WebRequest()
        request.set("format", "pdf")
        #expect(WebScoring.run(request).status == 64)
        request.set("format", "csv")
        #expect(WebScoring.run(request).status == 64)
        request.set(file: "inventory", name: "a.csv", bytes: Array("name,media,confidentiality,integrity,availability\n".utf8))
        request.set("date", "2027-02-29")
        let result = WebScoring.run(request)
        #expect(result.status == 64)
        #expect(result.lines == ["risk: " + DocumentText.badDate(.ja, "2027-02-29")])
        #expect(WebRequest(packed: [1, 0, 0, 0]) == nil)
        #expect(WebRequest(packed: [9, 0, 0, 0, 65]) == nil)
    }

    @Test func theResultIsPackedAsThePageReadsIt() {
        var result = WebResult(status: 65, output: [1, 2, 3], lines: ["a", "b"])
        result.assets = 2
        result.risks = 300
        #expect(result.packed == [65, 0, 0, 0, 2, 0, 0, 0, 44, 1, 0, 0, 3, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 97, 10, 98, 10])
    }

    @Test func thePagesWordsComeFromTheCatalog() {
        let english = WebScoring.labels(.en).split(separator: "\n")
        #expect(english.count == WebText.allCases.count)
        #expect(english.contains("web.score\tScore"))
        #expect(WebScoring.labels(.ja).contains("web.score\t分析する\n"))
    }
}

/// Lines collected from the pipeline's callback.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(TerminalText.visible(line)) } }
    var all: [String] { lock.withLock { lines } }
}
