import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The HTML report's links: item numbers and control ids of the risks to treat link to their first rows in the
/// threats' tables; every link has its target, once; the printout leaves out what it says it leaves out.
struct ReportLinkTests {
    func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    @Test(arguments: [Language.ja, .en])
    func everyLinkHasItsTargetOnce(_ language: Language) throws {
        let (assessment, ja, en) = try ReportTests.sampleAssessment()
        let html = HTMLReportWriter(assessment: assessment, options: language == .ja ? ja : en).html()
        let targets = matches(##"href="#([^"]+)""##, in: html)
        let anchors = matches(##"id="((?:item|control)-[^"]+)""##, in: html)
        #expect(Set(anchors).count == anchors.count, "an anchor is placed twice")
        #expect(targets.count > 100)
        #expect(Set(targets).isSubset(of: Set(anchors)), "\(Set(targets).subtracting(anchors))")
        #expect(targets.contains("control-M15") && targets.contains("item-43"))
        // A control id is still its text: the register's recommended controls read as before.
        #expect(html.contains(##"<a href="#control-M02">M02</a>, <a href="#control-M13">M13</a>"##))
    }

    @Test func anchorNamesKeepOnlyASCIILettersDigitsAndHyphens() {
        #expect(ReportAnchors.anchorName("M-01") == "M-01")
        #expect(ReportAnchors.anchorName("対策\"1") == "_23550_31574_341")
        #expect(ReportAnchors.links("M01, M0\"2", prefix: "control") == ##"<a href="#control-M01">M01</a>, <a href="#control-M0_342">M0&quot;2</a>"##)
    }

    /// The printed report leaves out the threats' tables, the governance items, the statement and the appendix,
    /// and says so in a note that only the printout shows.
    @Test func thePrintoutSaysWhatItLeavesOut() throws {
        let (assessment, ja, _) = try ReportTests.sampleAssessment()
        let html = HTMLReportWriter(assessment: assessment, options: ja).html()
        #expect(html.contains(".threat, #high-risks h3, #governance, #soa, #appendix, #inputs, #summary h3 { display: none; }"))
        #expect(html.contains("@bottom-center { content: counter(page) \" / \" counter(pages);"))
        #expect(html.contains("<p class=\"print-note\">印刷では、脅威ごとの改定項番と対策"))
    }
}
