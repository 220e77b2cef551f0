import Testing
@testable import RiskMethod
import RiskTestSupport

/// A method's scales are data: a method of other sizes than IPA's 3 × 3 scores, levels and draws its heat maps
/// without a change to the code.
struct ScaleTests {
    /// Likelihood and vulnerability of five steps each; possibility of five, `max(1, l + v − 5)`; importance of
    /// three; values 1–15 in three bands.
    static let fiveStep: ScoringMethod = {
        let possibility = (1...5).reversed().map { likelihood in
            (1...5).reversed().map { vulnerability in max(1, likelihood + vulnerability - 5) }
        }
        let bands = [
            LevelBand(level: .low, minimum: 1, maximum: 4, label: Localized(ja: "小", en: "low"),
                      acceptance: Localized(ja: "受容可能", en: "acceptable")),
            LevelBand(level: .medium, minimum: 5, maximum: 9, label: Localized(ja: "中", en: "medium"),
                      acceptance: Localized(ja: "管理下で受容可能", en: "acceptable under management")),
            LevelBand(level: .high, minimum: 10, maximum: 15, label: Localized(ja: "大", en: "high"),
                      acceptance: Localized(ja: "受容不可", en: "not acceptable")),
        ]
        return ScoringMethod(name: "five", base: "mic", importance: .max, personalDataRaise: false,
                             allowsClassThreeForIntegrityAndAvailability: false, possibility: possibility, bands: bands,
                             aggregation: .max, importanceSteps: 3, possibilitySteps: 5)
    }()

    static let inventory = inventoryHeader + """
        S-1,基幹系サーバ,server,3,2,2,none,情報政策課
        P-2,申請書,paper,1,1,1,none,市民課

        """

    func assessment() throws -> Assessment {
        var settings = ThreatSettings(threatCount: Catalog.builtIn.threats.count)
        // Every threat at the top of both five-step scales: possibility 5, so the server's risks reach 3 × 5 = 15.
        settings.likelihood = Array(repeating: 5, count: settings.likelihood.count)
        settings.vulnerability = Array(repeating: 5, count: settings.vulnerability.count)
        return try assess(Self.inventory, method: Self.fiveStep, settings: settings)
    }

    @Test func valuesAndLevelsFollowTheScales() throws {
        let assessment = try assessment()
        #expect(Self.fiveStep.maximumValue == 15)
        let server = assessment.risks.filter { assessment.riskID($0).hasPrefix("S-1/") }
        #expect(!server.isEmpty)
        for risk in server {
            #expect(risk.possibility == 5)
            #expect(risk.value == 15)
            #expect(assessment.level(of: Int(risk.value)) == .high)
        }
        let paper = assessment.risks.filter { assessment.riskID($0).hasPrefix("P-2/") }
        #expect(!paper.isEmpty && paper.allSatisfy { $0.value == 5 && assessment.level(of: 5) == .medium })
    }

    @Test func threatSettingsAreBoundedByTheScales() throws {
        let reader = ThreatSettingsReader(catalog: .builtIn, method: Self.fiveStep)
        let good = reader.read(Array("threat_id,likelihood,vulnerability\nT01,5,4\n".utf8), file: "t.csv")
        #expect(good.log.entries.isEmpty)
        #expect(good.value?.likelihood[0] == 5)
        let bad = reader.read(Array("threat_id,likelihood,vulnerability\nT01,6,1\n".utf8), file: "t.csv")
        #expect(bad.log.entries.map { $0.formatted(in: .en) }.first?.hasSuffix("(allowed: 1, 2, 3, 4, 5) [value.invalid]") == true,
                "\(bad.log.entries.map { $0.formatted(in: .en) })")
        let ipa = ThreatSettingsReader(catalog: .builtIn, method: .ipa).read(Array("threat_id,likelihood\nT01,4\n".utf8), file: "t.csv")
        #expect(ipa.log.errorCount == 1)
    }

    @Test func heatMapsHaveTheScalesSize() throws {
        let assessment = try assessment()
        let options = RegisterOptions(language: .en)
        let markdown = MarkdownReportWriter(assessment: assessment, options: options).markdown()
        #expect(markdown.includes("| 1 | 2 | 3 | 4 | 5 |"))
        #expect(markdown.includes("(15 high)"))
        let html = HTMLReportWriter(assessment: assessment, options: options).html()
        let svg = html.split(separator: "<svg").dropFirst().first.map(String.init) ?? ""
        #expect(svg.components(separatedBy: "<rect").count - 1 == 15)
        #expect(svg.includes(">15</text>"))
    }
}
