import Testing
@testable import RiskMethod
import RiskTestSupport

/// Whole assessments of small inventories, every value computed by hand from the method and the built-in catalog.
struct AssessmentTests {
    // X-1 on email meets T06 (CIA, L2), T13 (CI, L3), T14 (C, L2), T30 (CIA, L3).
    // Y-2 on social media meets T20 (I, L2) only: sensitive data does not raise a threat to integrity.
    // Z-3 on paper meets T01, T02, T03, T04, T09, T29; personal data raises the threats to C to 2.
    static let inventory = inventoryHeader + """
        X-1,メール,email,2,1,1,none,総務課
        Y-2,公式SNS,social-media,3,1,1,sensitive,広報課
        Z-3,申請書,paper,1,1,1,personal,市民課

        """

    func ids(_ assessment: Assessment) -> [String] { assessment.risks.map { assessment.riskID($0) } }
    func values(_ assessment: Assessment) -> [Int] { assessment.risks.map { Int($0.value) } }

    @Test func handComputedRegister() throws {
        let assessment = try assess(Self.inventory)
        #expect(ids(assessment) == [
            "X-1/T13", "X-1/T30",
            "X-1/T06", "X-1/T14", "Z-3/T01", "Z-3/T02", "Z-3/T03",
            "Y-2/T20", "Z-3/T04", "Z-3/T09", "Z-3/T29",
        ])
        #expect(values(assessment) == [6, 6, 4, 4, 4, 4, 4, 2, 2, 2, 2])
        #expect(assessment.risks.map { Int($0.importance) } == [2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 1])
        #expect(assessment.risks.map { Int($0.possibility) } == [3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 2])
        #expect(assessment.levelCounts == [.high: 2, .medium: 5, .low: 4])
        #expect(assessment.unassessedAssets.isEmpty)
    }

    @Test func perAssetSummary() throws {
        let assessment = try assess(Self.inventory)
        let x = assessment.summaries[0]
        #expect(x.maximum == 6)
        #expect(x.count(.high) == 2 && x.count(.medium) == 2 && x.count(.low) == 0)
        #expect(x.total == 20)
        #expect(assessment.topThreats(ofAsset: 0).map { assessment.catalog.threats[$0].id } == ["T13", "T30"])
        #expect(assessment.level(ofAsset: 1) == .low)
        #expect(assessment.summaries[2].riskCount == 6)
    }

    @Test func matchedMediaAreTheIntersection() throws {
        let assessment = try assess(inventoryHeader + "M-1,台帳,paper|server|email,2,1,1,none,課\n")
        let theft = try #require(assessment.risks.first { assessment.riskID($0) == "M-1/T02" })
        #expect(assessment.catalog.mediaCodes(assessment.matchedMedia(theft)) == ["paper", "server"])
    }

    @Test func outOfScopeThreatLeavesAnAssetUnassessedButListed() throws {
        var settings = ThreatSettings(threatCount: Catalog.builtIn.threats.count)
        settings.inScope[try #require(Catalog.builtIn.threatIndex(id: "T20"))] = false
        let assessment = try assess(Self.inventory, settings: settings)
        #expect(assessment.unassessedAssets == [1])
        #expect(!ids(assessment).contains("Y-2/T20"))
        #expect(assessment.risks.count == 10)
        #expect(assessment.level(ofAsset: 1) == nil)
    }

    @Test func settingsOverrideLikelihoodAndVulnerability() throws {
        var settings = ThreatSettings(threatCount: Catalog.builtIn.threats.count)
        let t13 = try #require(Catalog.builtIn.threatIndex(id: "T13"))
        settings.likelihood[t13] = 1
        settings.lines[t13] = 4
        let t30 = try #require(Catalog.builtIn.threatIndex(id: "T30"))
        settings.vulnerability[t30] = 2
        settings.lines[t30] = 5
        let assessment = try assess(Self.inventory, settings: settings)
        let risk13 = try #require(assessment.risks.first { assessment.riskID($0) == "X-1/T13" })
        #expect(risk13.possibility == 1 && risk13.value == 2)
        #expect(assessment.threats[t13].likelihoodSource == .settings(line: 4))
        let risk30 = try #require(assessment.risks.first { assessment.riskID($0) == "X-1/T30" })
        #expect(risk30.possibility == 2 && risk30.value == 4)
        #expect(assessment.threats[t30].vulnerabilitySource == .settings(line: 5))
    }

    // MARK: Vulnerability from the checklist (every linked control done 1, none done 3, some done 2)

    func checklist(for threatID: String, _ statuses: [ControlStatus?]) throws -> (Checklist, Int) {
        let catalog = Catalog.builtIn
        let threat = try #require(catalog.threatIndex(id: threatID))
        var checklist = Checklist(controlCount: catalog.controls.count)
        for (id, status) in zip(catalog.threats[threat].controls, statuses) {
            checklist.status[try #require(catalog.controlIndex(id: id))] = status
        }
        return (checklist, threat)
    }

    @Test(arguments: [
        ("all done", [ControlStatus.done, .done, .done, .done, .done], 1),
        ("mixed", [.done, .notDone, .done, .notDone, .done], 2),
        ("partial", [.partial, .partial, .partial, .partial, .partial], 2),
        ("all not done", [.notDone, .notDone, .notDone, .notDone, .notDone], 3),
        ("not done and unknown", [.notDone, .unknown, .notDone, .unknown, .notDone], 3),
        ("all n/a", [.notApplicable, .notApplicable, .notApplicable, .notApplicable, .notApplicable], 3),
        ("done, rest n/a", [.done, .notApplicable, .notApplicable, .notApplicable, .notApplicable], 1),
    ])
    func vulnerabilityFromChecklist(_ name: String, statuses: [ControlStatus], expected: Int) throws {
        let (checklist, threat) = try self.checklist(for: "T30", statuses)
        let controls = Catalog.builtIn.threats[threat].controls.count
        #expect(controls >= 2 && controls <= 5)
        let assessment = try assess(Self.inventory, checklist: checklist)
        #expect(assessment.threats[threat].vulnerability == expected, "\(name)")
        let risk = try #require(assessment.risks.first { assessment.riskID($0) == "X-1/T30" })
        // T30: likelihood 3, importance 2.
        let possibility = max(1, 3 + expected - 3)
        #expect(Int(risk.value) == 2 * possibility)
        if statuses.allSatisfy({ $0 == .notApplicable }) {
            #expect(assessment.threats[threat].vulnerabilitySource == .none)
        }
    }

    @Test func unansweredControlsDoNotCount() throws {
        // Only one control answered, done: all answered are done, so 1.
        let (checklist, threat) = try self.checklist(for: "T13", [.done])
        let assessment = try assess(Self.inventory, checklist: checklist)
        #expect(assessment.threats[threat].vulnerability == 1)
    }

    @Test func ipaMethodRaisesEveryThreatToTheAssetsMaximum() throws {
        let assessment = try assess(Self.inventory, method: .ipa)
        let snsRisk = try #require(assessment.risks.first { assessment.riskID($0) == "Y-2/T20" })
        // ipa: max(3, 1, 1) = 3, no personal-data raise; T20 L2 V3 → P2 → 6.
        #expect(snsRisk.importance == 3 && snsRisk.value == 6)
    }

    @Test func sortIsStableByInventoryOrderThenThreatID() throws {
        let assessment = try assess(inventoryHeader + """
            B,b,email,2,1,1,none,課
            A,a,email,2,1,1,none,課

            """)
        #expect(ids(assessment).prefix(4) == ["B/T13", "B/T30", "A/T13", "A/T30"])
    }
}
