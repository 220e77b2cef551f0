import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The statement of applicability: each rule of applicability and status on small inventories, and the sample's
/// statement in golden files checked by hand.
///
/// To accept a deliberate change of the golden files, run the tests with RISK_UPDATE_GOLDEN=1 and review the diff.
struct SoATests {
    func checklist(_ rows: String) throws -> Checklist {
        let text = "control_id,status\n" + rows
        return try #require(ChecklistReader(catalog: .builtIn).read(Array(text.utf8), file: "checklist.csv").value)
    }

    func row(_ statement: StatementOfApplicability, _ id: String) throws -> ApplicabilityRow {
        let index = try #require(Catalog.builtIn.annexA.index(of: id))
        return statement.rows[index]
    }

    func cells(_ statement: StatementOfApplicability, _ id: String, _ language: Language = .en) throws -> [String] {
        SoAWriter(statement: statement, options: RegisterOptions(language: language)).cells(try row(statement, id))
    }

    @Test func oneRowPerControlInTheAnnexOrderWithTheExactHeader() throws {
        let statement = StatementOfApplicability(assessment: try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n"))
        #expect(statement.rows.map { $0.control } == Array(0..<93))
        let en = SoAWriter(statement: statement, options: RegisterOptions(language: .en))
        #expect(String(decoding: en.csv(), as: UTF8.self).hasPrefix("control,title,applicable,justification,status,risk_ids\r\nA.5.1,"))
        let ja = SoAWriter(statement: statement, options: RegisterOptions(language: .ja))
        #expect(String(decoding: ja.csv(), as: UTF8.self).hasPrefix("\u{FEFF}管理策,管理策の概要,適用,適用・除外の根拠,実施状況,リスクID\r\n"))
    }

    /// An e-mail asset: its risks call for 5.14's controls; a control for media it lacks is not applicable, naming
    /// the media; a control no catalog control serves says so.
    @Test func applicableByRisksNotApplicableByMediaOrCatalog() throws {
        let statement = StatementOfApplicability(assessment: try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n"))
        let transfer = try cells(statement, "5.14")
        #expect(transfer[0] == "A.5.14" && transfer[2] == "yes" && transfer[4] == "not implemented")
        #expect(transfer[3].hasPrefix("3 risks of T13 Spoofed email or email sent to the wrong recipient, T14 "))
        #expect(transfer[3].hasSuffix("call for M36, M37, M38, M39"))
        #expect(transfer[5] == "X-1/T13|X-1/T30|X-1/T14")
        let cabling = try row(statement, "7.11")
        #expect(cabling.reason == .noMedium && !cabling.isApplicable)
        #expect(try cells(statement, "7.11")[3] == "No asset of the inventory has the media it answers (server, system, network)")
        #expect(try cells(statement, "7.11")[4] == "")
        #expect(try row(statement, "5.1").reason == .notServed)
        #expect(try cells(statement, "5.1", .ja)[3] == "カタログの脅威と対策はこの管理策を求めていない（要否は組織として判断し記入する）")
        #expect(try cells(statement, "5.1")[4] == "")
    }

    /// A control the checklist marks done applies as a baseline even without a risk; a control marked not
    /// applicable leaves its Annex A control not applicable, saying so.
    @Test func baselineAndMarkedNotApplicable() throws {
        // Paper has no malware risk; M13 done makes 8.7 a baseline, partly implemented: M15 (for every medium) is
        // not done.
        let paper = try assess(inventoryHeader + "X-2,書類,paper,2,1,1,none,総務課\n", checklist: try checklist("M13,done\n"))
        let malware = try cells(StatementOfApplicability(assessment: paper), "8.7")
        #expect(malware[2] == "yes" && malware[4] == "partial")
        #expect(malware[3] == "Implemented as a baseline: the checklist marks M13 done")
        #expect(malware[5] == "")
        let answers = try checklist("M36,n/a\nM37,n/a\nM38,n/a\nM39,n/a\n")
        let assessment = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n", checklist: answers)
        let statement = StatementOfApplicability(assessment: assessment)
        let transfer = try cells(statement, "5.14")
        #expect(transfer[2] == "no" && transfer[4] == "")
        #expect(transfer[3] == "The checklist marks M36, M37, M38, M39 not applicable")
        #expect(transfer[5] == "X-1/T13|X-1/T30|X-1/T14")
    }

    /// Threats out of scope leave their controls without a risk; a plan's control is planned; all done is
    /// implemented; some done with a risk calling for the rest says both.
    @Test func noRiskPlannedImplementedAndPartial() throws {
        var settings = ThreatSettings(threatCount: Catalog.builtIn.threats.count)
        settings.inScope[try #require(Catalog.builtIn.threatIndex(id: "T13"))] = false
        let answers = try checklist("M36,done\nM37,partial\n")
        let assessment = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n", settings: settings, checklist: answers)
        var statement = StatementOfApplicability(assessment: assessment)
        // 5.14 still applies through T14's risk (M38, M39), with M36 done.
        #expect(try cells(statement, "5.14")[3] == "2 risks of T14 Exposure through a misconfigured external service (such as free group mail), T30 Human error or misconfiguration (medium 2) call for M37, M38, M39; M36 done")
        #expect(try cells(statement, "5.14")[4] == "partial")
        let plan = try #require(PlanReader(assessment: assessment).read(Array("risk_id,treatment,controls\nX-1/T14,mitigate,M39\n".utf8), file: "plan.csv").value)
        let outcome = TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: assessment.method.defaultMappingLevel)
        statement = StatementOfApplicability(assessment: assessment, outcome: outcome)
        #expect(try cells(statement, "5.14")[4] == "planned")
        let all = try checklist("M36,done\nM37,done\nM38,done\nM39,done\n")
        let done = StatementOfApplicability(assessment: try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n", checklist: all))
        #expect(try cells(done, "5.14")[2] == "yes" && cells(done, "5.14")[4] == "implemented")
        // Out of scope, the threat's own controls find no risk.
        let spoofing = try row(statement, "5.14")
        #expect(!spoofing.risks.contains { assessment.risks[$0].threat == UInt8(Catalog.builtIn.threatIndex(id: "T13")!) })
    }

    @Test func jsonCarriesCodesAndCounts() throws {
        let statement = StatementOfApplicability(assessment: try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n"))
        let text = String(decoding: SoAWriter(statement: statement, options: RegisterOptions(language: .en)).json().serialized(), as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "risk-soa/1")
        let controls = try #require(object["controls"] as? [[String: Any]])
        #expect(controls.count == 93)
        let transfer = try #require(controls.first { $0["control"] as? String == "5.14" })
        #expect(transfer["reason"] as? String == "risks" && transfer["applicable"] as? Bool == true)
        #expect(transfer["risk_ids"] as? [String] == ["X-1/T13", "X-1/T30", "X-1/T14"])
        #expect(transfer["risks_by_level"] as? [String: Int] == ["high": 2, "medium": 1])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["controls"] as? Int == 93)
        #expect((summary["applicable"] as? Int ?? 0) + (summary["not_applicable"] as? Int ?? 0) == 93)
    }

    /// The sample with its checklist and plan: every one of the 93 rows has a justification, and the whole
    /// statement is kept in golden files (checked by hand: 60 applicable, 33 that no catalog control serves).
    @Test func sampleGoldenFiles() throws {
        let inventoryBytes = try sourceFile("Templates/sample-inventory.csv")
        let inventory = try #require(InventoryReader(catalog: .builtIn, method: .mic).read(inventoryBytes, file: "sample-inventory.csv").value)
        let answers = try #require(ChecklistReader(catalog: .builtIn).read(try sourceFile("Templates/sample-checklist.csv"), file: "sample-checklist.csv").value)
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic, checklist: answers)
        let plan = try #require(PlanReader(assessment: assessment).read(try sourceFile("Templates/sample-plan.csv"), file: "sample-plan.csv").value)
        let outcome = TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: assessment.method.defaultMappingLevel)
        let statement = StatementOfApplicability(assessment: assessment, outcome: outcome)
        #expect(statement.applicableCount == 60)
        #expect(statement.rows.filter { $0.reason == .notServed }.count == 33)
        for language in [Language.ja, .en] {
            let writer = SoAWriter(statement: statement, options: RegisterOptions(language: language, outcome: outcome))
            #expect(statement.rows.allSatisfy { !writer.justification($0).isEmpty })
            // The golden file holds the text after the Japanese byte order mark (checked above).
            let bytes = writer.csv()
            try ReportTests().golden("sample-soa-\(language.rawValue).csv",
                                     String(decoding: bytes.dropFirst(language == .ja ? 3 : 0), as: UTF8.self))
        }
    }
}
