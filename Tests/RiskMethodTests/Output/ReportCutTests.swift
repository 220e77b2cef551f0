import Testing
@testable import RiskMethod

/// A report of a register with more risks than its limit lists the first risks to treat, the assets with the
/// highest risks and the first untreated risks, each with a line that says how many there are and where they all
/// are; a report within its limit lists everything and says nothing of the kind.
struct ReportCutTests {
    func options(_ language: Language, risks: Int) throws -> (Assessment, RegisterOptions) {
        let (assessment, ja, en) = try ReportTests.sampleAssessment()
        var options = language == .ja ? ja : en
        options.reportLimits = ReportLimits(risks: risks, shown: 3)
        return (assessment, options)
    }

    @Test func theHTMLReportOfALargeRegisterListsTheFirstAndSaysWhereTheRestAre() throws {
        let (assessment, options) = try options(.en, risks: 10)
        let html = HTMLReportWriter(assessment: assessment, options: options).html()
        let data = ReportData(assessment: assessment, options: options)
        #expect(data.isCut && data.mapped.count == 3 && data.mappedCount > 3)
        // The first three risks to treat are the register's first three at or above the mapping level.
        let high = assessment.risks.filter { assessment.isMapped($0, atOrAbove: options.mappingLevel(assessment.method)) }
        #expect(data.mapped.map(\.id) == high.prefix(3).map(assessment.riskID))
        #expect(html.contains("The first 3 of \(data.mappedCount) are shown. The register holds them all: risk score sample-inventory.csv --format csv"))
        #expect(html.contains("The 3 assets with the highest risks are shown, of 26."))
        let table = try #require(html.components(separatedBy: "id=\"mapped-risks\"").last?.components(separatedBy: "</table>").first)
        #expect(table.components(separatedBy: "<tr").count - 1 == 4)
        // The assets listed have the highest values of all.
        let listed = data.listedAssets
        let lowestListed = listed.map { assessment.summaries[$0].maximum }.min() ?? 0
        let others = assessment.summaries.indices.filter { !listed.contains($0) }.map { assessment.summaries[$0].maximum }
        #expect(listed.count == 3 && others.allSatisfy { $0 <= lowestListed })
        // The heat map still counts every risk.
        #expect(data.heatMap.flatMap { $0 }.reduce(0, +) == assessment.risks.count)
    }

    @Test func theMarkdownReportSaysItInJapanese() throws {
        let (assessment, options) = try options(.ja, risks: 10)
        let markdown = MarkdownReportWriter(assessment: assessment, options: options).markdown()
        #expect(markdown.contains("上位 3 件を示します"))
        #expect(markdown.contains("リスクの高い上位 3 資産を示します（全 26 資産）"))
    }

    @Test func aReportWithinItsLimitListsEverything() throws {
        let (assessment, options) = try options(.en, risks: 300)
        let data = ReportData(assessment: assessment, options: options)
        #expect(!data.isCut && data.mapped.count == data.mappedCount && data.listedAssets.count == 26)
        let html = HTMLReportWriter(assessment: assessment, options: options).html()
        #expect(!html.contains("class=\"cut\""))
    }
}
