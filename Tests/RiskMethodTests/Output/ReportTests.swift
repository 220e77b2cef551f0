import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The HTML and Markdown reports: golden files for the sample, structure, and hostile text made inert.
///
/// To accept a deliberate change of the reports, run the tests with RISK_UPDATE_GOLDEN=1 and review the diff.
struct ReportTests {
    static func sampleAssessment() throws -> (Assessment, RegisterOptions, RegisterOptions) {
        let bytes = try sourceFile("Templates/sample-inventory.csv")
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "sample-inventory.csv")
        let inventory = try #require(result.value)
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic)
        let inputs = [InputDescription(role: "inventory", file: "sample-inventory.csv", bytes: bytes, encoding: inventory.encoding.rawValue)]
        return (assessment, RegisterOptions(language: .ja, inputs: inputs), RegisterOptions(language: .en, inputs: inputs))
    }

    func golden(_ name: String, _ actual: String) throws {
        let url = packageRoot.appendingPathComponent("Tests/RiskMethodTests/Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["RISK_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; run with RISK_UPDATE_GOLDEN=1 to accept")
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            if let first = zip(a, e).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
                Issue.record("first difference on line \(first.offset + 1):\n  got:      \(first.element.0)\n  expected: \(first.element.1)")
            }
        }
    }

    @Test func markdownGoldenFiles() throws {
        let (assessment, ja, en) = try Self.sampleAssessment()
        try golden("sample-report-ja.md", MarkdownReportWriter(assessment: assessment, options: ja).markdown())
        try golden("sample-report-en.md", MarkdownReportWriter(assessment: assessment, options: en).markdown())
    }

    /// The outline of an HTML document: sections, headings, tables with their row counts, SVG cells.
    static func outline(_ html: String) -> String {
        var lines: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"<(section|h[1-4]|table|svg|figure)\b([^>]*)>(.*?)(?=<|$)"#, options: [.dotMatchesLineSeparators])
        let ns = html as NSString
        for match in pattern.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let tag = ns.substring(with: match.range(at: 1))
            let attributes = ns.substring(with: match.range(at: 2))
            let text = ns.substring(with: match.range(at: 3)).trimmingCharacters(in: .whitespacesAndNewlines)
            let id = attributes.range(of: #"id="[^"]*""#, options: .regularExpression).map { String(attributes[$0]) } ?? ""
            switch tag {
            case "table":
                let start = match.range.location
                let end = ns.range(of: "</table>", range: NSRange(location: start, length: ns.length - start)).location
                let body = ns.substring(with: NSRange(location: start, length: end - start))
                let rows = body.components(separatedBy: "<tr>").count - 2
                let columns = body.components(separatedBy: "</th>").count - 1
                lines.append("table \(id) columns=\(columns) rows=\(rows)")
            case "svg":
                let start = match.range.location
                let end = ns.range(of: "</svg>", range: NSRange(location: start, length: ns.length - start)).location
                let body = ns.substring(with: NSRange(location: start, length: end - start))
                lines.append("svg rects=\(body.components(separatedBy: "<rect").count - 1)")
            case "figure": continue
            default:
                lines.append("\(tag) \(id) \(text)".replacingOccurrences(of: "  ", with: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func htmlStructureGoldenFiles() throws {
        let (assessment, ja, en) = try Self.sampleAssessment()
        try golden("sample-report-ja.html.outline", Self.outline(HTMLReportWriter(assessment: assessment, options: ja).html()))
        try golden("sample-report-en.html.outline", Self.outline(HTMLReportWriter(assessment: assessment, options: en).html()))
    }

    @Test func htmlIsSelfContainedAndScriptFree() throws {
        let (assessment, ja, _) = try Self.sampleAssessment()
        let html = HTMLReportWriter(assessment: assessment, options: ja).html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        let lower = html.lowercased()
        for forbidden in ["<script", "javascript:", "<link", "<iframe", "<object", "<embed", "@import", "url(", "src=\"http", "href=\"http", " on"] where forbidden != " on" {
            #expect(!lower.contains(forbidden), "\(forbidden)")
        }
        #expect(lower.range(of: #"<[a-z]+[^>]*\son[a-z]+="#, options: .regularExpression) == nil)
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("thead { display: table-header-group; }"))
        // One heat map without a plan, with nine cells whose counts add up to the risks.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 1)
        #expect(html.components(separatedBy: "<rect ").count - 1 == 9)
    }

    static let hostile = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "=HYPERLINK(\"http://evil.example\",\"x\")",
        "[click](javascript:alert(1))", "| cell | break", "**bold** _em_ `code`", "# heading", "&lt;entity&gt;", "<!-- comment",
    ]

    func hostileAssessment() throws -> Assessment {
        var text = "id,name,media,confidentiality,integrity,availability,department\n"
        for (index, name) in Self.hostile.enumerated() {
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            text += "H-\(index),\(quoted),email,3,2,2,\(quoted)\n"
        }
        return try assess(text)
    }

    @Test func hostileTextIsInertInHTML() throws {
        let assessment = try hostileAssessment()
        let html = HTMLReportWriter(assessment: assessment, options: RegisterOptions(language: .en)).html()
        let lower = html.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<!-- comment"))
        #expect(lower.range(of: #"<[a-z]+[^>]*\son[a-z]+="#, options: .regularExpression) == nil)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&amp;lt;entity&amp;gt;"))
    }

    @Test func hostileTextIsInertInMarkdown() throws {
        let assessment = try hostileAssessment()
        let md = MarkdownReportWriter(assessment: assessment, options: RegisterOptions(language: .en)).markdown()
        #expect(!md.contains("<script"))
        #expect(!md.contains("<img"))
        #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(md.contains("\\[click\\](javascript:alert(1))"))
        #expect(md.contains("http\\://evil.example"))
        #expect(md.contains("\\| cell \\| break"))
        #expect(md.contains("\\*\\*bold\\*\\* \\_em\\_ \\`code\\`"))
        // Every table row still has the header's number of cells: no cell text broke out of its cell.
        for table in md.components(separatedBy: "\n\n") where table.hasPrefix("| ") {
            let rows = table.split(separator: "\n")
            let width = rows[0].replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            for row in rows {
                #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == width, "\(row)")
            }
        }
    }

    @Test(arguments: [
        ("plain", "plain"), ("a|b", "a\\|b"), ("<b>", "&lt;b&gt;"), ("# h", "\\# h"), ("- item", "\\- item"),
        ("1. one", "1\\. one"), ("2026.11", "2026.11"), ("x\ny", "x<br>y"), ("a_b*c", "a\\_b\\*c"), ("www.example.jp", "www\\.example.jp"),
        ("a@evil.example", "a@<!-- -->evil.example"), ("mailto:a", "mailto\\:a"), ("MAILTO:a", "MAILTO\\:a"), ("xmpp:b", "xmpp\\:b"),
        ("    code?", "&#32;   code?"), ("a @ b", "a @ b"), ("備考: 例", "備考: 例"), ("https://x.jp", "https\\://x.jp"),
    ])
    func markdownEscape(_ text: String, _ expected: String) {
        #expect(Markdown.escape(text) == expected)
    }

    @Test func residualHeatMapWithAPlan() throws {
        let (assessment, ja, _) = try Self.sampleAssessment()
        let first = assessment.riskID(assessment.risks[0])
        let plan = try #require(PlanReader(assessment: assessment).read(Array("risk_id,treatment\n\(first),avoid\n".utf8), file: "p.csv").value)
        var options = ja
        options.outcome = TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: .high)
        let html = HTMLReportWriter(assessment: assessment, options: options).html()
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(html.contains("対応後の残留リスク"))
        #expect(html.contains("id=\"untreated\""))
        let md = MarkdownReportWriter(assessment: assessment, options: options).markdown()
        #expect(md.contains("**対応後の残留リスク**"))
    }
}
