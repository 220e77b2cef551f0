import Testing
@testable import RiskMethod
import RiskTestSupport

/// The rules of the method as IPA 付録7 and the MIC guideline give them: personal data under `ipa`, importance by
/// judgement, settings per asset and the residual a plan gives. Every value is worked out by hand in the comments.
struct MethodRulesTests {
    func settings(_ text: String) throws -> ThreatSettings {
        let result = ThreatSettingsReader(catalog: .builtIn, method: .ipa).read(Array(text.utf8), file: "threats.csv")
        return try #require(result.value, "\(errorSummary(result.log))")
    }

    func risk(_ id: String, _ assessment: Assessment) throws -> Risk {
        try #require(assessment.risks.first { assessment.riskID($0) == id }, "no risk \(id)")
    }

    // MARK: - 1. ipa: any personal data makes importance 3

    @Test func ipaPersonalDataMakesImportanceThree() throws {
        // C2 I1 A1 with personal data: the classes give 2; IPA 付録7 gives 3 whatever the threat.
        let text = inventoryHeader + "P-1,名簿,pc,2,1,1,個人情報,総務課\nP-2,資料,pc,2,1,1,なし,総務課\n"
        let ipa = try assess(text, method: .ipa)
        for risk in ipa.risks where Int(risk.asset) == 0 { #expect(risk.importance == 3) }
        for risk in ipa.risks where Int(risk.asset) == 1 { #expect(risk.importance == 2) }
        // T05 (likelihood 3, no checklist: vulnerability 3, possibility 3): 3 × 3 = 9, where the classes gave 6.
        #expect(try risk("P-1/T05", ipa).value == 9)
        #expect(try risk("P-2/T05", ipa).value == 6)
        // T28 harms I and A only: still 3 under ipa; under mic personal data raises only threats to C.
        #expect(try risk("P-1/T28", ipa).importance == 3)
        let mic = try assess(text, method: .mic)
        #expect(try risk("P-1/T28", mic).importance == 1)
        #expect(try risk("P-1/T05", mic).importance == 2)
        let explained = Explanation(assessment: ipa, language: .en).explain("P-1/T28")
        guard case .found(let lines) = explained else { Issue.record("not found"); return }
        #expect(lines.contains("IPA appendix 7"))
    }

    // MARK: - 2. Importance by judgement

    static let judged = """
        id,name,media,confidentiality,integrity,availability,personal_data,重要度,重要度の理由
        J-1,会社の存続に関わる設計書,pc,1,1,1,なし,3,漏えいすれば事業の存続に関わる
        J-2,公開資料,pc,2,1,1,なし,,
        J-3,業務メモ,pc,3,2,2,なし,低,
        J-4,全角,pc,1,1,1,なし,２,

        """

    @Test func importanceGivenInTheLedgerReplacesTheComputedOne() throws {
        let assessment = try assess(Self.judged, method: .mic)
        let inventory = assessment.inventory
        #expect(inventory.hasImportanceColumn)
        #expect(inventory.assets.map { $0.givenImportance } == [3, 0, 1, 2])
        #expect(inventory.importanceReason(of: 0) == "漏えいすれば事業の存続に関わる")
        // The reason is kept as an extra column, without a notice that it is not used.
        #expect(inventory.extraColumns == ["重要度の理由"])
        for risk in assessment.risks {
            switch Int(risk.asset) {
            case 0: #expect(risk.importance == 3 && risk.importanceGiven)
            case 1: #expect(risk.importance <= 2 && !risk.importanceGiven)
            case 2: #expect(risk.importance == 1 && risk.importanceGiven)
            default: #expect(risk.importance == 2 && risk.importanceGiven)
            }
        }
        // T05 on a PC: likelihood 3, vulnerability 3 → possibility 3; J-1 3 × 3 = 9 where the classes give 3.
        #expect(try risk("J-1/T05", assessment).value == 9)
        #expect(try risk("J-3/T05", assessment).value == 3)
        // The register says where each importance came from.
        let rows = RegisterRows(assessment: assessment, language: .ja, outcome: nil, policy: nil)
        #expect(rows.columns.map { $0.key }.contains("importance_source"))
        let index = try #require(assessment.risks.firstIndex { assessment.riskID($0) == "J-1/T05" })
        #expect(rows.text(rows.value(.importanceSource, at: index)) == "台帳")
        let other = try #require(assessment.risks.firstIndex { assessment.riskID($0) == "J-2/T05" })
        #expect(rows.text(rows.value(.importanceSource, at: other)) == "分類")
        // explain shows the given value, the computed one and the reason.
        guard case .found(let text) = Explanation(assessment: assessment, language: .ja).explain("J-1/T05") else {
            Issue.record("not found")
            return
        }
        #expect(text.contains("3. 重要度 3: 台帳の重要度（判断による値）。分類からの算定値は 1。理由: 漏えいすれば事業の存続に関わる"))
    }

    @Test func anImportanceOutsideTheScaleIsRefusedWhereItStands() throws {
        let text = "id,name,media,confidentiality,integrity,availability,重要度\nA-1,x,pc,1,1,1,4\nA-2,y,pc,1,1,1,特大\n"
        let result = readInventory(text)
        #expect(result.value == nil)
        #expect(errorSummary(result.log) == ["value.invalid@2:7", "value.invalid@3:7"])
        #expect(result.log.errors.first?.formatted(in: .en).contains("1, 2, 3, 高/中/低") == true)
    }

    @Test func aLedgerWithoutImportanceHasNoSourceColumn() throws {
        let assessment = try assess(inventoryHeader + "A-1,x,pc,1,1,1,なし,総務課\n")
        #expect(!assessment.inventory.hasImportanceColumn)
        let rows = RegisterRows(assessment: assessment, language: .en, outcome: nil, policy: nil)
        #expect(!rows.columns.map { $0.key }.contains("importance_source"))
    }

    // MARK: - 3. Settings per asset

    /// The IPA sheet's worked rows: three PCs of three departments, each with the likelihood and vulnerability of
    /// its own row (the IPA sheet scores them 9, 6 and 6; one likelihood per threat gave 9, 9 and 9).
    static let ipaRows = """
        id,name,media,confidentiality,integrity,availability,personal_data,department
        K-1,社員名簿,pc,3,3,2,個人情報,総務部
        K-2,当社宛請求書,pc,2,2,1,なし,経理部
        K-3,顧客リスト,pc,2,2,2,個人情報,営業部

        """

    @Test func theIPAWorkedRowsComeOutInOneRun() throws {
        let settings = try settings("""
            threat_id,asset_id,likelihood,vulnerability
            T05,,3,3
            T05,K-2,3,3
            T05,K-3,2,3

            """)
        let assessment = try assess(Self.ipaRows, method: .ipa, settings: settings)
        // 社員名簿: C3 I3 A2 → 3; likelihood 3, vulnerability 3 → possibility 3 → 9.
        // 当社宛請求書: C2 I2 A1 → 2; 3 and 3 → 3 → 6.
        // 顧客リスト: personal data → 3; likelihood 2, vulnerability 3 → possibility 2 → 6.
        #expect(try risk("K-1/T05", assessment).value == 9)
        #expect(try risk("K-2/T05", assessment).value == 6)
        #expect(try risk("K-3/T05", assessment).value == 6)
        #expect(try risk("K-3/T05", assessment).likelihood == 2)
    }

    @Test func theMostSpecificRowWins() throws {
        let settings = try settings("""
            threat_id,asset_id,likelihood,vulnerability,in_scope
            *,,1,,
            T05,,2,,
            *,K-1,,1,
            T05,K-1,3,,
            T28,K-2,,,no

            """)
        let assessment = try assess(Self.ipaRows, method: .ipa, settings: settings)
        // K-1 × T05: likelihood from its own row (3), vulnerability from its row of every threat (1).
        let inputs = assessment.inputs(ofAsset: 0, threat: try #require(Catalog.builtIn.threatIndex(id: "T05")))
        #expect(inputs.likelihood == 3 && inputs.likelihoodSource == .settingsRow(line: 5, match: .assetAndThreat))
        #expect(inputs.vulnerability == 1 && inputs.vulnerabilitySource == .settingsRow(line: 4, match: .assetAndAllThreats))
        // K-1 × T30: likelihood from `*` (1); vulnerability from its own `*` row (1).
        let t30 = assessment.inputs(ofAsset: 0, threat: try #require(Catalog.builtIn.threatIndex(id: "T30")))
        #expect(t30.likelihood == 1 && t30.likelihoodSource == .settingsRow(line: 2, match: .allThreats))
        // K-2 × T05: the threat's row (2) beats `*`; vulnerability from nothing: 3.
        let k2 = assessment.inputs(ofAsset: 1, threat: try #require(Catalog.builtIn.threatIndex(id: "T05")))
        #expect(k2.likelihood == 2 && k2.likelihoodSource == .settings(line: 3))
        #expect(k2.vulnerability == 3)
        // K-2 × T28 is out of scope for K-2 alone.
        #expect(assessment.risks.contains { assessment.riskID($0) == "K-1/T28" })
        #expect(!assessment.risks.contains { assessment.riskID($0) == "K-2/T28" })
        // explain names the row that won.
        guard case .found(let text) = Explanation(assessment: assessment, language: .en).explain("K-1/T05") else {
            Issue.record("not found")
            return
        }
        #expect(text.contains("4. Likelihood 3: threat settings threats.csv line 5, the row of this asset and this threat (default 3)"))
        #expect(text.contains("5. Vulnerability 1: threat settings threats.csv line 4, the row of this asset for every threat (*)"))
    }

    @Test func settingsRowsOfUnknownAssetsAreErrorsWithSuggestions() throws {
        let settings = try settings("threat_id,asset_id,likelihood\nT05,k1,1\nT05,Z-9,1\n")
        let inventory = try #require(readInventory(Self.ipaRows, method: .ipa).value)
        let log = settings.unknownAssets(in: inventory)
        #expect(errorSummary(log) == ["value.unknown-asset@2:2", "value.unknown-asset@3:2"])
        #expect(log.errors[0].formatted(in: .en).contains("did you mean K-1?"))
        #expect(!log.errors[1].formatted(in: .en).contains("did you mean"))
    }

    @Test func aRepeatedSettingsRowIsAnError() throws {
        let result = ThreatSettingsReader(catalog: .builtIn).read(
            Array("threat_id,asset_id,likelihood\nT05,K-1,1\nT05,Ｋ-1,2\n*,,1\nall,,2\n".utf8), file: "t.csv")
        #expect(errorSummary(result.log) == ["value.duplicate-id@3:1", "value.duplicate-id@5:1"])
    }

    @Test func assetsWithTheirOwnRowsScoreAsTheExplanationSays() throws {
        // Every risk's steps are the ones `inputs(ofAsset:threat:)` gives, whatever the rows.
        let settings = try settings("""
            threat_id,asset_id,likelihood,vulnerability,in_scope
            *,K-3,1,2,
            T02,K-1,,1,
            T30,,1,,

            """)
        let assessment = try assess(Self.ipaRows, method: .ipa, settings: settings)
        for risk in assessment.risks {
            let inputs = assessment.inputs(ofAsset: Int(risk.asset), threat: Int(risk.threat))
            #expect(Int(risk.likelihood) == inputs.likelihood && Int(risk.vulnerability) == inputs.vulnerability)
            let possibility = assessment.method.possibility(likelihood: inputs.likelihood, vulnerability: inputs.vulnerability)
            #expect(Int(risk.possibility) == possibility)
        }
    }

    // MARK: - 5. Residual by the plan

    @Test func thePlanMayGiveTheResidualSteps() throws {
        let assessment = try assess(Self.ipaRows, method: .ipa)
        let text = """
            risk_id,treatment,controls,residual_importance,residual_likelihood,residual_vulnerability,note
            K-1/T05,mitigate,M13,2,,,個人情報を削除する
            K-3/T05,accept,,,1,,委託先の管理下にある
            K-2/T05,低減,,,,5,

            """
        let result = PlanReader(assessment: assessment).read(Array(text.utf8), file: "plan.csv")
        #expect(errorSummary(result.log) == ["value.invalid@4:6"])
        let good = PlanReader(assessment: assessment).read(Array(text.split(separator: "\n").dropLast().joined(separator: "\n").utf8),
                                                           file: "plan.csv")
        let plan = try #require(good.value, "\(errorSummary(good.log))")
        let outcome = TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: .high)
        let k1Index = try #require(assessment.risks.firstIndex { assessment.riskID($0) == "K-1/T05" })
        let k1 = try #require(outcome.residual[k1Index])
        // Importance 3 → 2 by the plan; M13 of five T05 controls: a mix, vulnerability 2; likelihood 3 → 2 → 4.
        #expect(k1 == ResidualRisk(importance: 2, likelihood: 3, vulnerability: 2, possibility: 2, value: 4, level: .medium))
        let k3Index = try #require(assessment.risks.firstIndex { assessment.riskID($0) == "K-3/T05" })
        let k3 = try #require(outcome.residual[k3Index])
        // Accepted, but the plan says likelihood 1: possibility 1 → 3 × 1 = 3.
        #expect(k3 == ResidualRisk(importance: 3, likelihood: 1, vulnerability: 3, possibility: 1, value: 3, level: .low))
        let explanation = Explanation(assessment: assessment, language: .en, outcome: outcome)
        guard case .found(let text) = explanation.explain("K-1/T05") else { Issue.record("not found"); return }
        #expect(text.contains("set in the plan: importance 2 (the treatment alone gives importance 3)"))
    }
}
