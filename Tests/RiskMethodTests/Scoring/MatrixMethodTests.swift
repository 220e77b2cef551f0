import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// Any matrix, as data: a method file gives scales of 2 to 5 steps, full tables and 3 to 5 levels, and every output
/// follows it; the built-in methods are values of the same kind.
struct MatrixMethodTests {
    func read(_ text: String) -> ReadResult<ScoringMethod> { MethodReader.read(Array(text.utf8), file: "m.json") }

    static func fiveByFive() throws -> ScoringMethod {
        let result = MethodReader.read(try sourceFile("Templates/method-5x5.json"), file: "method-5x5.json")
        return try #require(result.value, "\(result.log.entries.map { $0.formatted(in: .en) })")
    }

    static func sample(_ method: ScoringMethod) throws -> Assessment {
        let bytes = try sourceFile("Templates/sample-inventory.csv")
        let inventory = try #require(InventoryReader(catalog: .builtIn, method: method).read(bytes, file: "sample-inventory.csv").value)
        return Assessment(inventory: inventory, catalog: .builtIn, method: method)
    }

    @Test func theFiveByFiveTemplateReads() throws {
        let method = try Self.fiveByFive()
        let steps: [Int] = [method.importanceSteps, method.likelihoodSteps, method.vulnerabilitySteps, method.possibilitySteps]
        #expect(steps == [5, 5, 5, 5])
        #expect(method.maximumValue == 25)
        #expect(Array(method.levelNames.prefix(5)) == ["very_low", "low", "medium", "high", "very_high"])
        #expect(method.bands.map { $0.label.ja } == ["極めて低い", "低い", "中", "高い", "極めて高い"])
        #expect(method.defaultMappingLevel == RiskLevel(rank: 4))
        #expect(method.level(named: "極めて高い") == RiskLevel(rank: 5) && method.level(named: "Very High") == RiskLevel(rank: 5))
        #expect(method.importanceStep(ofClass: 2) == 3 && method.likelihoodStep(ofCatalog: 3) == 5)
        #expect(!method.isClassic)
        // What every output records reads back as the same method.
        #expect(read(String(decoding: method.json.serialized(), as: UTF8.self)).value == method)
    }

    @Test func builtInLevelsKeepTheirNames() {
        for method in [ScoringMethod.mic, .ipa] {
            #expect(method.isClassic)
            #expect(method.levels == [.low, .medium, .high])
            #expect(method.defaultMappingLevel == .high)
            #expect(method.level(named: "大") == .high && method.level(named: "中") == .medium && method.level(named: "小") == .low)
            #expect(method.level(named: "HIGH") == .high && method.level(named: "severe") == nil)
            #expect(method.bands.map { $0.colourText } == ["#cde8cd", "#fde3a0", "#f4b6b6"])
        }
        // A method with no level coded high maps from its second-highest level.
        var renamed = ScoringMethod.mic
        renamed.bands[2].code = "red"
        #expect(renamed.defaultMappingLevel == .medium)
    }

    static let general = """
        {"name": "g", "likelihood_scale": [{"ja": "低", "en": "low"}, {"ja": "高", "en": "high"}],
         "likelihood_from_catalog": [1, 1, 2], "possibility": [[3, 2, 1], [2, 1, 1]],
         "risk_value": [[3, 6, 9], [2, 4, 6], [1, 2, 3]],
         "levels": [
           {"code": "ok", "label": {"ja": "可", "en": "ok"}, "acceptance": {"ja": "受容", "en": "accept"}, "colour": "#00FF00", "min": 1, "max": 2},
           {"code": "watch", "label": {"ja": "注意", "en": "watch"}, "acceptance": {"ja": "監視", "en": "watch"}, "colour": "#ffff00", "min": 3, "max": 4},
           {"code": "act", "label": {"ja": "要対応", "en": "act"}, "acceptance": {"ja": "対応", "en": "act"}, "colour": "#FF0000", "min": 5, "max": 9}
         ]}
        """

    @Test func aGeneralMethodReadsAndReadsBack() throws {
        let method = try #require(read(Self.general).value)
        #expect(method.likelihoodSteps == 2 && method.vulnerabilitySteps == 3)
        #expect(method.possibility(likelihood: 2, vulnerability: 3) == 3)
        #expect(method.value(importance: 3, possibility: 3) == 9 && method.value(importance: 1, possibility: 2) == 2)
        #expect(method.bands.map { $0.colour } == [0x00FF00, 0xFFFF00, 0xFF0000])
        #expect(method.defaultMappingLevel == RiskLevel(rank: 2))
        #expect(read(String(decoding: method.json.serialized(), as: UTF8.self)).value == method)
    }

    /// Each refusal names the key at fault.
    @Test(arguments: [
        ("{\"importance_scale\": [{\"ja\": \"a\", \"en\": \"a\"}]}", "importance_scale:"),
        ("{\"importance_scale\": [{\"ja\": \"1\", \"en\": \"1\"}, {\"ja\": \"2\", \"en\": \"2\"}, {\"ja\": \"3\", \"en\": \"3\"}, {\"ja\": \"4\", \"en\": \"4\"}]}",
         "importance_from_class: is missing"),
        ("{\"likelihood_scale\": [{\"ja\": \"1\", \"en\": \"1\"}, {\"ja\": \"2\", \"en\": \"2\"}], \"likelihood_from_catalog\": [1, 2, 1]}",
         "likelihood_from_catalog: must be three steps"),
        ("{\"vulnerability_scale\": [{\"ja\": \"1\", \"en\": \"1\"}, {\"ja\": \"2\", \"en\": \"2\"}], \"possibility\": [[3,2,1],[2,1,1],[1,1,1]]}",
         "possibility[0]: must be a 3 × 2 table"),
        ("{\"likelihood_scale\": [{\"ja\": \"1\", \"en\": \"1\"}, {\"ja\": \"2\", \"en\": \"2\"}], \"likelihood_from_catalog\": [1, 1, 2]}",
         "possibility: is missing"),
        ("{\"risk_value\": [[3, 6, 9], [2, 4, 6], [1, 2, 3], [1, 1, 1]]}", "risk_value: must be a 3 × 3 table"),
        ("{\"risk_value\": [[3, 6, 9], [2, 7, 6], [1, 2, 3]]}", "risk_value[0][1]: must be at least 7"),
        ("{\"risk_value\": [[3, 6, 256], [2, 4, 6], [1, 2, 3]]}", "risk_value[0][2]: must be from 1 to 255"),
        ("{\"risk_value\": \"sum\"}", "risk_value: must be product or a table"),
        ("{\"risk_value\": [[3, 6, 12], [2, 4, 6], [1, 2, 3]]}", "levels: is missing"),
        ("{\"levels\": [" + level("a", 1, 4) + "," + level("b", 5, 9) + "]}", "levels: must be a list of 3 to 5 levels"),
        ("{\"levels\": [" + level("a", 1, 4) + "," + level("b", 5, 7) + "," + level("c", 9, 9) + "]}", "levels[2].min: must be 8"),
        ("{\"levels\": [" + level("a", 1, 4) + "," + level("b", 5, 7) + "," + level("c", 8, 8) + "]}", "levels[2].max: must be 9"),
        ("{\"levels\": [" + level("a", 1, 4) + "," + level("B", 5, 7) + "," + level("c", 8, 9) + "]}", "levels[1].code: must be a code"),
        ("{\"levels\": [" + level("a", 1, 4) + "," + level("a", 5, 7) + "," + level("c", 8, 9) + "]}", "levels[1]: a is another level"),
        ("{\"levels\": [" + level("a", 1, 4) + "," + level("b", 5, 7, colour: "red") + "," + level("c", 8, 9) + "]}",
         "levels[1].colour: must be a colour written #RRGGBB"),
    ])
    func refusals(_ text: String, _ expected: String) {
        let result = read(text)
        #expect(result.value == nil)
        let messages = result.log.entries.map { $0.formatted(in: .en) }
        #expect(messages.contains { $0.contains(expected) }, "\(messages)")
    }

    static func level(_ code: String, _ minimum: Int, _ maximum: Int, colour: String = "#112233") -> String {
        "{\"code\": \"\(code)\", \"label\": {\"ja\": \"\(code)\", \"en\": \"\(code)\"}, \"acceptance\": {\"ja\": \"-\", \"en\": \"-\"}, "
            + "\"colour\": \"\(colour)\", \"min\": \(minimum), \"max\": \(maximum)}"
    }

    @Test func theFiveByFiveTemplateScoresTheSample() throws {
        let method = try Self.fiveByFive()
        let assessment = try Self.sample(method)
        #expect(!assessment.risks.isEmpty)
        #expect(assessment.risks.first?.value == 25)
        #expect(assessment.risks.allSatisfy { (1...25).contains(Int($0.value)) && (1...5).contains(Int($0.importance)) })
        #expect(assessment.levelCounts.count == 5)
        #expect(assessment.levelCounts.values.reduce(0, +) == assessment.risks.count)
        // Per-asset summaries count up to five levels.
        for (index, summary) in assessment.summaries.enumerated() {
            #expect(summary.riskCount == method.levels.map { summary.count($0) }.reduce(0, +))
            #expect(summary.riskCount == assessment.risks.filter { Int($0.asset) == index }.count)
        }
        // The heat maps: 25 cells each.
        let options = RegisterOptions(language: .ja)
        let html = HTMLReportWriter(assessment: assessment, options: options).html()
        let svg = html.split(separator: "<svg").dropFirst().first.map(String.init) ?? ""
        #expect(svg.components(separatedBy: "<rect").count - 1 == 25)
        #expect(svg.includes(">25</text>") && svg.includes("class=\"level-5\""))
        #expect(html.includes("--level-5: #e57373;") && html.includes("td.high, .badge.high, rect.high"))
        let markdown = MarkdownReportWriter(assessment: assessment, options: options).markdown()
        let heatRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| 5 |") || $0.hasPrefix("| 1 |") }
        #expect(markdown.includes("| 1 | 2 | 3 | 4 | 5 |"))
        #expect(markdown.includes("(25 極めて高い)"))
        #expect(heatRows.first.map { $0.split(separator: "|").count } == 6)
        #expect(markdown.includes("頻繁に起こる"), "the appendix gives the method's scale labels")
        let legend = XLSXRegisterWriter(assessment: assessment, options: options).legendSheet(named: "凡例")
        let heatCells = legend.rows.flatMap { $0 }.filter { cell in
            if case .text(let text, let style) = cell, style.fill != nil, text.includes("（") { return true }
            return false
        }
        #expect(heatCells.count == 25)
    }

    @Test func registersCarryTheMethodsLevelCodes() throws {
        let assessment = try Self.sample(try Self.fiveByFive())
        let json = String(decoding: JSONRegisterWriter(assessment: assessment, options: RegisterOptions(language: .en)).bytes(), as: UTF8.self)
        #expect(json.includes("\"very_high\"") && json.includes("\"mapped_level\": \"high\""))
        let csv = String(decoding: CSVRegisterWriter(assessment: assessment, language: .ja).bytes(), as: UTF8.self)
        #expect(csv.includes(",極めて高い"))
        // diff reads the levels' labels from the method each register records.
        let snapshot = try #require(RegisterReader.read(Array(json.utf8), file: "r.json").value)
        #expect(snapshot.risks.values.contains { $0.level == "very_high" && $0.label?.ja == "極めて高い" })
    }

    /// A method file that spells `mic` out in the general form scores any inventory as the built-in does.
    @Test(arguments: Array<UInt64>(1...12))
    func micWrittenInFullScoresAsTheBuiltIn(seed: UInt64) throws {
        let scale = (1...3).map { "{\"ja\": \"段階 \($0)\", \"en\": \"step \($0)\"}" }.joined(separator: ", ")
        let levels = ScoringMethod.mic.bands.map { band in
            "{\"code\": \"\(band.code)\", \"label\": {\"ja\": \"\(band.label.ja)\", \"en\": \"\(band.label.en)\"}, "
                + "\"acceptance\": {\"ja\": \"\(band.acceptance.ja)\", \"en\": \"\(band.acceptance.en)\"}, "
                + "\"colour\": \"\(band.colourText)\", \"min\": \(band.minimum), \"max\": \(band.maximum)}"
        }.joined(separator: ", ")
        let text = """
            {"name": "mic", "base": "mic", "importance": "property", "personal_data_raise": true,
             "integrity_availability_3": false, "aggregation": "max",
             "importance_scale": [\(scale)], "likelihood_scale": [\(scale)], "vulnerability_scale": [\(scale)],
             "possibility_scale": [\(scale)], "importance_from_class": [1, 2, 3], "likelihood_from_catalog": [1, 2, 3],
             "possibility": [[3, 2, 1], [2, 1, 1], [1, 1, 1]], "risk_value": "product", "levels": [\(levels)]}
            """
        let method = try #require(read(text).value)
        #expect(!method.isClassic)
        let generated = GeneratedInventory(seed: seed, count: 80)
        let inventory = try #require(InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv").value)
        let builtIn = Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: generated.settings)
        let file = Assessment(inventory: inventory, catalog: .builtIn, method: method, settings: generated.settings)
        for language in [Language.ja, .en] {
            let same = CSVRegisterWriter(assessment: builtIn, language: language).bytes()
                == CSVRegisterWriter(assessment: file, language: language).bytes()
            #expect(same, "seed \(seed): the register differs")
        }
        #expect(builtIn.levelCounts == file.levelCounts)
        #expect(builtIn.summaries == file.summaries)
    }
}
