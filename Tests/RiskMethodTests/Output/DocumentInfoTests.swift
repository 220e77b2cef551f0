import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// `--organization`, `--author`, `--date`: the heading and approval block (決裁欄) of the reports, the workbook's
/// properties and the JSON inputs; nothing of them without the options.
struct DocumentInfoTests {
    static let document = DocumentInfo(organization: "〇〇市", author: "情報政策課 山田", date: "2026-12-01")

    func options(_ language: Language, _ document: DocumentInfo = Self.document) -> RegisterOptions {
        var options = RegisterOptions(language: language)
        options.document = document
        return options
    }

    @Test(arguments: [("2026-12-01", true), ("2028-02-29", true), ("2027-02-29", false), ("2100-02-29", false),
                      ("2000-02-29", true), ("2026-13-01", false), ("2026-1-01", false), ("令和8年12月1日", false),
                      ("２０２６-12-01", false), ("2026-12-00", false), ("", false)])
    func dates(_ text: String, _ valid: Bool) {
        #expect(DocumentInfo.isDate(text) == valid, "\(text)")
    }

    @Test func htmlAndMarkdownHeadingsCarryTheApprovalBlock() throws {
        let assessment = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n")
        let html = HTMLReportWriter(assessment: assessment, options: options(.ja)).html()
        #expect(html.contains("<dt>団体名</dt><dd>〇〇市</dd><dt>作成者</dt><dd>情報政策課 山田</dd><dt>作成日</dt><dd>2026-12-01</dd>"))
        #expect(html.contains("<table id=\"approval\"><thead><tr><th></th><th>作成</th><th>確認</th><th>承認</th></tr>"))
        #expect(html.contains("<tr><td>氏名</td><td>情報政策課 山田</td><td></td><td></td></tr>"))
        let plain = HTMLReportWriter(assessment: assessment, options: options(.ja, DocumentInfo())).html()
        #expect(!plain.contains("<dl>") && plain.contains("id=\"approval\""))
        let markdown = MarkdownReportWriter(assessment: assessment, options: options(.en)).markdown()
        #expect(markdown.contains("- Organization: 〇〇市\n- Author: 情報政策課 山田\n- Date: 2026-12-01\n"))
        #expect(markdown.contains("| Name | 情報政策課 山田 |"))
    }

    @Test func jsonInputsAndWorkbookProperties() throws {
        let assessment = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n")
        let json = String(decoding: JSONRegisterWriter(assessment: assessment, options: options(.en)).bytes(), as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let inputs = try #require(object["inputs"] as? [[String: String]])
        #expect(inputs.last == ["role": "report", "organization": "〇〇市", "author": "情報政策課 山田", "date": "2026-12-01"])
        let bytes = XLSXRegisterWriter(assessment: assessment, options: options(.ja)).bytes()
        let reader = try ZipReader(bytes)
        var parts: [String: String] = [:]
        for entry in reader.entries { parts[entry.name] = String(decoding: try reader.contents(of: entry), as: UTF8.self) }
        #expect(parts["docProps/core.xml"]?.contains("<dc:creator>情報政策課 山田</dc:creator>") == true)
        #expect(parts["docProps/app.xml"]?.contains("<Company>〇〇市</Company>") == true)
        #expect(parts["xl/worksheets/sheet8.xml"]?.contains("承認") == true)
        let plain = XLSXRegisterWriter(assessment: assessment, options: options(.ja, DocumentInfo())).bytes()
        let plainCore = try ZipReader(plain)
        let core = try #require(plainCore.entries.first { $0.name == "docProps/core.xml" })
        #expect(String(decoding: try plainCore.contents(of: core), as: UTF8.self).contains("<dc:creator>risk</dc:creator>"))
    }
}
