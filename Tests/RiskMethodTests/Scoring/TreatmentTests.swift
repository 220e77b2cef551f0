import Testing
@testable import RiskMethod
import RiskTestSupport

/// Treatment plans and residual risk, every value computed by hand.
struct TreatmentTests {
    // X-1 on email: T13 (L3) value 6, T30 (L3) 6, T06 (L2) 4, T14 (L2) 4 (importance 2 throughout).
    // Z-3 on paper, personal data: T01, T02, T03 value 4; T04, T09 value 2; T29 value 2.
    static let inventory = AssessmentTests.inventory

    func plan(_ rows: String, assessment: Assessment, level: RiskLevel = .high) -> ReadResult<TreatmentPlan> {
        PlanReader(assessment: assessment, mappingLevel: level).read(Array(("risk_id,treatment,controls,owner,due,note\n" + rows).utf8), file: "plan.csv")
    }

    func index(_ id: String, _ assessment: Assessment) throws -> Int {
        try #require(assessment.risks.firstIndex { assessment.riskID($0) == id })
    }

    @Test func eachTreatmentAndItsResidual() throws {
        let assessment = try assess(Self.inventory)
        let t13 = Catalog.builtIn.threat(id: "T13")?.controls ?? []
        let t30 = Catalog.builtIn.threat(id: "T30")?.controls ?? []
        #expect(t13.count >= 2 && t30.count >= 2)
        let result = plan("""
            X-1/T13,mitigate,\(t13.joined(separator: "|")),情報政策課,2027-03-31,
            X-1/T30,低減,\(t30[0]),総務課,2027-06-30,
            X-1/T06,accept,,総務課,,影響が小さい
            X-1/T14,transfer,,総務課,2027-01-31,保険で移転
            Z-3/T01,回避,,市民課,,紙の申請書を廃止

            """, assessment: assessment)
        let plan = try #require(result.value, "\(errorSummary(result.log))")
        let outcome = TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: .high)
        // Every T13 control planned: all done, vulnerability 1; likelihood 3 → possibility 1 → 2 × 1 = 2, low.
        let r13 = try #require(outcome.residual[try index("X-1/T13", assessment)])
        #expect(r13 == ResidualRisk(importance: 2, likelihood: 3, vulnerability: 1, possibility: 1, value: 2, level: .low))
        // One T30 control of several: a mix, vulnerability 2; likelihood 3 → possibility 2 → 4, medium.
        let r30 = try #require(outcome.residual[try index("X-1/T30", assessment)])
        #expect(r30 == ResidualRisk(importance: 2, likelihood: 3, vulnerability: 2, possibility: 2, value: 4, level: .medium))
        // Accept and transfer keep the value.
        #expect(outcome.residual[try index("X-1/T06", assessment)]?.value == 4)
        #expect(outcome.residual[try index("X-1/T14", assessment)]?.value == 4)
        // Avoid removes the risk from the residual view.
        #expect(outcome.residual[try index("Z-3/T01", assessment)] == nil)
        // Residual counts: 11 risks, one avoided; T13 became low, T30 medium:
        // medium X-1/T30, X-1/T06, X-1/T14, Z-3/T02, Z-3/T03; low X-1/T13, Y-2/T20, Z-3/T04, Z-3/T09, Z-3/T29.
        #expect(outcome.residualCounts == [.high: 0, .medium: 5, .low: 5])
        #expect(outcome.untreated.isEmpty)
        #expect(plan.treatments[try index("X-1/T30", assessment)]?.kind == .mitigate)
        #expect(plan.treatments[try index("X-1/T30", assessment)]?.owner == "総務課")
    }

    @Test func untreatedRisksAtOrAboveTheMappingLevel() throws {
        let assessment = try assess(Self.inventory)
        let empty = try #require(plan("", assessment: assessment).value)
        let outcome = TreatmentOutcome(assessment: assessment, plan: empty, mappingLevel: .high)
        #expect(outcome.untreated.map { assessment.riskID(assessment.risks[$0]) } == ["X-1/T13", "X-1/T30"])
        let medium = TreatmentOutcome(assessment: assessment, plan: empty, mappingLevel: .medium)
        #expect(medium.untreated.count == 7)
    }

    @Test func failOnCountsResidualRisksThatAreNotAcceptedOrTransferred() throws {
        let assessment = try assess(Self.inventory)
        #expect(assessment.risks(atOrAbove: .high).count == 2)
        #expect(assessment.risks(atOrAbove: .medium).count == 7)
        let t13 = Catalog.builtIn.threat(id: "T13")?.controls ?? []
        let partial = try #require(plan("X-1/T13,mitigate,\(t13.joined(separator: "|")),,,\n", assessment: assessment).value)
        let outcome = TreatmentOutcome(assessment: assessment, plan: partial, mappingLevel: .high)
        // X-1/T30 stays high and untreated.
        #expect(outcome.failing(at: .high).map { assessment.riskID(assessment.risks[$0]) } == ["X-1/T30"])
        let accepted = try #require(plan("X-1/T13,mitigate,\(t13.joined(separator: "|")),,,\nX-1/T30,accept,,,,予算の都合で次年度\n",
                                         assessment: assessment).value)
        #expect(TreatmentOutcome(assessment: assessment, plan: accepted, mappingLevel: .high).failing(at: .high).isEmpty)
        // A mitigation whose residual is still high fails.
        let weak = try #require(plan("X-1/T13,mitigate,,,,\nX-1/T30,accept,,,,理由\n", assessment: assessment).value)
        #expect(TreatmentOutcome(assessment: assessment, plan: weak, mappingLevel: .high).failing(at: .high).count == 1)
    }

    @Test func planProblemsAreReportedWithTheirPlace() throws {
        let assessment = try assess(Self.inventory)
        let result = plan("""
            X-1/T99,mitigate,,,,
            X-1/T13,accept,,,,
            X-1/T30,fix,,,,
            X-1/T06,mitigate,M999,,2027-02-30,
            X-1/T14,transfer,,,27/1/31,
            X-1/T13,avoid,,,,

            """, assessment: assessment)
        #expect(result.value == nil)
        #expect(errorSummary(result.log) == [
            "value.unknown-risk@2:1", "plan.accepted-without-note@3:2", "value.invalid@4:2",
            "value.unknown-control@5:3", "value.invalid-date@5:5", "value.invalid-date@6:5", "value.duplicate-id@7:1",
        ])
        // A medium risk may be accepted without a note at the default mapping level.
        #expect(plan("X-1/T06,accept,,,,\n", assessment: assessment).value != nil)
    }

    @Test(arguments: [("2024-02-29", "2024-02-29"), ("2023-02-29", nil), ("2027-12-31", "2027-12-31"), ("2027-13-01", nil),
                      ("2027-1-01", "2027-01-01"), ("2027/3/31", "2027-03-31"), ("2027/3/31 0:00", "2027-03-31"),
                      ("２０２７／３／３１", "2027-03-31"), ("2027年3月31日", "2027-03-31"), ("令和9年3月31日", "2027-03-31"),
                      ("令和元年5月1日", "2019-05-01"), ("令和元年4月30日", nil), ("R9.3.31", "2027-03-31"), ("r9/3/31", "2027-03-31"),
                      ("平成31年4月30日", "2019-04-30"), ("平成31年5月1日", nil), ("H28.2.29", "2016-02-29"), ("H27.2.29", nil),
                      ("昭和64年1月7日", "1989-01-07"), ("27/1/31", nil), ("2027/3", nil), ("令和9年3月", nil), ("2027-03-31x", nil),
                      ("3月31日", nil), ("2027年31日3月", nil), ("令和123年1月1日", nil), ("0000-01-01", nil)] as [(String, String?)])
    func dates(_ text: String, _ normalized: String?) {
        #expect(DateText.normalized(text) == normalized)
    }

    @Test func japaneseHeadersAndJSONPlans() throws {
        let assessment = try assess(Self.inventory)
        let csv = PlanReader(assessment: assessment).read(Array("リスクID,対応,追加対策,担当,期限,備考\nX-1/T13,受容,,総務課,2027-03-31,理由あり\n".utf8), file: "計画.csv")
        #expect(csv.value?.treatments.count == 1)
        let json = PlanReader(assessment: assessment).read(Array("""
            {"plan": [{"risk_id": "X-1/T30", "treatment": "mitigate", "controls": ["M71"], "due": "2027-04-01"}]}
            """.utf8), file: "plan.json")
        #expect(json.value?.treatments.first?.value.controls.count == 1, "\(errorSummary(json.log))")
    }
}

struct PolicyClauseTests {
    @Test func mostSpecificSectionWins() throws {
        let result = PolicyReader.read(Array("section,clause,title\n3.6,第10条,技術的対策\n3.6.5,第12条,不正アクセス対策\n1.6.4,第3条,\n3.2,,\n".utf8), file: "p.csv")
        let policy = try #require(result.value)
        #expect(policy.clauses.count == 3)
        #expect(policy.clauses(forSection: "「3.6.5　不正アクセス対策」").map(\.clause) == ["第12条"])
        #expect(policy.clauses(forSection: "「3.6.2　アクセス制御」").map(\.clause) == ["第10条"])
        #expect(policy.clauses(forSection: "「3.7.4 外部委託」").isEmpty)
        #expect(policy.clauses(forSection: "「権限・責任等一覧表」").isEmpty)
        let bad = PolicyReader.read(Array("節,条項\n三,第1条\n".utf8), file: "p.csv")
        #expect(errorSummary(bad.log) == ["value.invalid@2:1"])
    }

    @Test func clausesAppearInTheRegister() throws {
        let assessment = try assess(AssessmentTests.inventory)
        let policy = try #require(PolicyReader.read(Array("section,clause,title\n3.5.1,第8条,職員等の遵守事項\n3.6,第10条,技術的対策\n".utf8), file: "p.csv").value)
        let bytes = CSVRegisterWriter(assessment: assessment, language: .en, policy: policy).bytes()
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",controls,clauses"))
        let writer = JSONRegisterWriter(assessment: assessment, options: RegisterOptions(language: .en, policy: policy))
        let json = try JSONParser.parse(writer.bytes()).get()
        #expect(json["risks"]?.array?.first?["clauses"]?.array?.isEmpty == false)
        let controls = try #require(json["controls"]?.array)
        #expect(controls.contains { $0["clauses"]?.array?.isEmpty == false })
        #expect(json["revision_items"]?.array?.contains { $0["clauses"]?.array?.isEmpty == false } == true)
    }
}
