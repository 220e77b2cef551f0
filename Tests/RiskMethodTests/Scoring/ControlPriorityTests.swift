import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The control priority: which controls untreated high and medium risks recommend, ranked.
struct ControlPriorityTests {
    /// An e-mail asset (C2): T13 and T30 are high, T06 and T14 medium. M37 serves T13 and T30; M15 T06.
    @Test func rankedByHighThenMediumThenID() throws {
        let assessment = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\nX-2,メール2,email,2,1,1,none,総務課\n")
        let high = try #require(assessment.method.level(named: "high"))
        let ranked = assessment.controlPriority(mappingLevel: high)
        let byID = Dictionary(uniqueKeysWithValues: ranked.map { (assessment.catalog.controls[$0.control].id, $0) })
        // Every count is what the risks say: recomputed here from the register, risk by risk.
        for (id, entry) in byID {
            let index = try #require(assessment.catalog.controlIndex(id: id))
            var expectedHigh = 0, expectedMedium = 0
            for risk in assessment.risks where assessment.controlAdvice(of: risk).contains(where: { $0.control == index && $0.isRecommended }) {
                let level = assessment.level(risk)
                if level >= high { expectedHigh += 1 } else if level == assessment.method.level(named: "medium") { expectedMedium += 1 }
            }
            #expect(entry.high == expectedHigh && entry.medium == expectedMedium, "\(id)")
            #expect(entry.assets == [0, 1], "\(id)")
        }
        #expect(byID["M37"]?.high == 4)
        // The order: high descending, then medium, then id.
        for (a, b) in zip(ranked, ranked.dropFirst()) {
            #expect(a.high > b.high || (a.high == b.high && (a.medium > b.medium || (a.medium == b.medium && a.control < b.control))))
        }
    }

    /// A control the checklist marks done is not listed; a risk the plan treats does not count.
    @Test func doneControlsAndTreatedRisksDropOut() throws {
        let checklist = try #require(ChecklistReader(catalog: .builtIn).read(Array("control_id,status\nM37,done\n".utf8), file: "c.csv").value)
        let assessment = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n", checklist: checklist)
        let high = try #require(assessment.method.level(named: "high"))
        #expect(!assessment.controlPriority(mappingLevel: high).contains { assessment.catalog.controls[$0.control].id == "M37" })
        let plain = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n")
        let plan = try #require(PlanReader(assessment: plain).read(Array("risk_id,treatment,controls\nX-1/T13,mitigate,M36\nX-1/T30,mitigate,M37\n".utf8), file: "p.csv").value)
        let outcome = TreatmentOutcome(assessment: plain, plan: plan, mappingLevel: high)
        let before = plain.controlPriority(mappingLevel: high).first { plain.catalog.controls[$0.control].id == "M37" }
        let after = plain.controlPriority(mappingLevel: high, outcome: outcome).first { plain.catalog.controls[$0.control].id == "M37" }
        #expect(before?.high == 2)
        #expect(after == nil)
    }
}
