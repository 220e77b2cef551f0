import Testing
@testable import RiskMethod
import RiskTestSupport

/// The statement counts every risk in one pass and lists the first ``StatementOfApplicability/listedRisks`` of
/// each row: the same risks, counts, levels and threats as working each row out from every risk's controls.
struct SoAScaleTests {
    @Test func onePassAgreesWithEveryRisksControls() throws {
        let generated = GeneratedInventory(seed: 3, count: 5_000)
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        let assessment = Assessment(inventory: try #require(result.value), catalog: .builtIn, method: .mic, settings: generated.settings)
        let statement = StatementOfApplicability(assessment: assessment)
        let controls = assessment.risks.map { risk in Set(assessment.catalog.controls(ofThreat: Int(risk.threat), concerning: assessment.matchedMedia(risk))) }
        var longest = 0
        for row in statement.rows {
            let serving = Set(row.serving)
            let expected = assessment.risks.indices.filter { !controls[$0].isDisjoint(with: serving) }
            #expect(row.riskCount == expected.count, "\(row.control)")
            #expect(row.risks == Array(expected.prefix(StatementOfApplicability.listedRisks)), "\(row.control)")
            var levels: [RiskLevel: Int] = [:]
            for index in expected { levels[assessment.level(assessment.risks[index]), default: 0] += 1 }
            #expect(row.levelCounts == levels, "\(row.control)")
            if !expected.isEmpty {
                #expect(row.threats == Array(Set(expected.map { Int(assessment.risks[$0].threat) })).sorted(), "\(row.control)")
            }
            longest = max(longest, row.riskCount)
        }
        // Some row answers more risks than it lists, so the cut is exercised.
        #expect(longest > StatementOfApplicability.listedRisks)
    }
}
