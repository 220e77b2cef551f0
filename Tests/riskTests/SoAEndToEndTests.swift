import Foundation
import Testing

/// `risk soa` and `--iso`: the statement of applicability of the sample in every format, and the register citing
/// ISO/IEC 27001:2022 by default.
@Suite(.serialized)
struct SoAEndToEndTests {
    static let checklist = Runner.packageRoot.appendingPathComponent("Templates/sample-checklist.csv").path
    static let plan = Runner.packageRoot.appendingPathComponent("Templates/sample-plan.csv").path

    /// The sample gives 93 rows under the exact header, each with a justification; applicable rows have a status.
    @Test func sampleGivesNinetyThreeJustifiedRows() throws {
        let result = try Runner.run(["soa", Runner.sampleInventory.path, "--checklist", Self.checklist, "--plan", Self.plan,
                                     "--format", "csv", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.hasPrefix("control,title,applicable,justification,status,risk_ids\r\n"))
        let rows = parseCSV(result.text).dropFirst()
        #expect(rows.count == 93)
        #expect(rows.first?[0] == "A.5.1" && rows.last?[0] == "A.8.34")
        for row in rows {
            #expect(row.count == 6, "\(row)")
            #expect(!row[3].isEmpty, "\(row[0]) has no justification")
            #expect(["yes", "no"].contains(row[2]))
            #expect((row[2] == "yes") == !row[4].isEmpty, "\(row[0]): a status exactly when applicable")
        }
        #expect(rows.filter { $0[2] == "yes" }.count == 60)
        let japanese = try Runner.run(["soa", Runner.sampleInventory.path, "--format", "csv", "--lang", "ja"])
        #expect(japanese.text.hasPrefix("\u{FEFF}管理策,管理策の概要,適用,適用・除外の根拠,実施状況,リスクID\r\n"))
    }

    /// JSON, HTML, Markdown and a workbook from the same command; a workbook is never written to a terminal's place
    /// by extension alone.
    @Test func everyFormat() throws {
        let folder = try Runner.temporaryFolder()
        let json = try Runner.run(["soa", Runner.sampleInventory.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        #expect((object["controls"] as? [Any])?.count == 93)
        #expect((object["inputs"] as? [[String: Any]])?.first?["role"] as? String == "inventory")
        for (name, marker) in [("soa.html", "id=\"soa-table\""), ("soa.md", "| A.8.34 |")] {
            let result = try Runner.run(["soa", Runner.sampleInventory.path, "-o", name, "--lang", "en"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains(marker), "\(name)")
        }
        let xlsx = try Runner.run(["soa", Runner.sampleInventory.path, "-o", "soa.xlsx"], in: folder)
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("soa.xlsx"))
        #expect(bytes.prefix(2) == Data("PK".utf8))
        let wrong = try Runner.run(["soa", Runner.sampleInventory.path, "--format", "pdf"])
        #expect(wrong.status == 64)
        let twoInventories = try Runner.run(["soa", Runner.sampleInventory.path, Runner.sampleInventory.path])
        #expect(twoInventories.status == 64)
    }

    /// The register cites 2022 numbers by default and 2013 numbers with `--iso 2013`; explain says which edition.
    @Test func registerCitesTheChosenEdition() throws {
        let current = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--lang", "en"])
        let malware = try #require(parseCSV(current.text).first { $0[0] == "A-001/T05" })
        #expect(malware.last == "A.8.7|A.7.10|M02|M13|M14|M15")
        let old = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--lang", "en", "--iso", "2013"])
        let oldMalware = try #require(parseCSV(old.text).first { $0[0] == "A-001/T05" })
        #expect(oldMalware.last == "A.12.2.1|A.8.3.1|M02|M13|M14|M15")
        let explained = try Runner.run(["explain", Runner.sampleInventory.path, "A-001/T05", "--lang", "en"])
        #expect(explained.text.contains("Controls (ISO/IEC 27001:2022 A.8.7, A.7.10):"))
        let wrong = try Runner.run(["score", Runner.sampleInventory.path, "--iso", "2005"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("2013, 2022"))
    }
}
