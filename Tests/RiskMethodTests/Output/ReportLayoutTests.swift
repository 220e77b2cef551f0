import Testing
@testable import RiskMethod
import RiskTestSupport

/// The HTML report's layout under hostile text (issue 19, item 14): a very long name without spaces may break
/// anywhere instead of widening its table, ordinary Japanese headers stay whole, and text given by the user is
/// isolated, so that a right-to-left override in an id reorders nothing around it.
struct ReportLayoutTests {
    static let longName = String(repeating: "x", count: 3_000)
    static let overridden = "A\u{202E}-1"

    func report(file: String = "inventory.csv", plan: Bool = false) throws -> String {
        let text = "id,name,media,confidentiality,integrity,availability,department\n"
            + "\(Self.overridden),\(Self.longName),email,3,2,2,総務課\nB-2,住民票の写し,paper,3,2,2,市民課\n"
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(Array(text.utf8), file: file)
        let assessment = Assessment(inventory: try #require(result.value), catalog: .builtIn, method: .mic)
        var options = RegisterOptions(language: .ja)
        if plan {
            let first = assessment.riskID(assessment.risks[0])
            let parsed = PlanReader(assessment: assessment).read(Array("risk_id,treatment\n\(first),avoid\n".utf8), file: "p.csv")
            options.outcome = TreatmentOutcome(assessment: assessment, plan: try #require(parsed.value), mappingLevel: .high)
        }
        return HTMLReportWriter(assessment: assessment, options: options).html()
    }

    @Test func aLongNameMayBreakAnywhereAndHeadersStayWhole() throws {
        let html = try report()
        // The cells that hold the long name are marked, and only they break anywhere.
        #expect(html.contains("<td class=\"long\">\(Self.longName)</td>"))
        #expect(!html.contains("<td class=\"long\">住民票の写し</td>"))
        #expect(html.contains("td.long { white-space: normal; overflow-wrap: anywhere; width: 40%; }"))
        // Headers break only at spaces: a Japanese heading is never one character a line.
        #expect(html.contains("th { background: #eef1f5; word-break: keep-all; }"))
        #expect(HTML.hasLongRun(Self.longName))
        #expect(!HTML.hasLongRun("住民基本台帳ファイル（本庁舎サーバー室）の複製を保管する外部媒体"))
        #expect(!HTML.hasLongRun("A-001/T05 high"))
        #expect(HTML.hasLongRun("https://example.jp/a-very-long/path/without/spaces"))
    }

    @Test func userTextIsIsolated() throws {
        let html = try report(file: "台帳\u{202E}.csv", plan: true)
        #expect(html.contains("<p class=\"sub\"><bdi>台帳\u{202E}.csv</bdi></p>"))
        #expect(html.contains("— \u{2068}台帳\u{202E}.csv\u{2069}</title>"))
        // Each untreated id on its own: the override in one does not run into the next.
        #expect(html.contains("<bdi>\(Self.overridden)/T"), "\(html.components(separatedBy: "id=\"untreated\"").last?.prefix(300) ?? "")")
        #expect(html.contains("td { overflow-wrap: break-word; unicode-bidi: isolate; }"))
    }
}
