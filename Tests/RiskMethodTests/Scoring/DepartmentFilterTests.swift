import RiskTestSupport
import Testing

@testable import RiskMethod

/// `--department`: names split and matched width-folded, an inventory narrowed to the departments' assets.
struct DepartmentFilterTests {
    static let text = inventoryHeader + "A,住民票,server,3,2,2,,市民課\nB,介護台帳,server,2,2,2,,介護保険課\n"
        + "C,控え,paper,1,1,1,,\nD,ＨＰ原稿,website,1,1,1,, 広報課ＩＴ \nE,広報誌,paper,1,1,1,,広報課IT\n"

    @Test func namesAreSplitTrimmedAndKeptOnce() {
        #expect(DepartmentFilter.split(["市民課、介護保険課", " 市民課 ,,", "\u{3000}広報課ＩＴ"]) == ["市民課", "介護保険課", "広報課IT"])
        #expect(DepartmentFilter.split([" , 、"]).isEmpty)
    }

    @Test func narrowsTheInventoryAndSharesItsText() throws {
        let inventory = try #require(readInventory(Self.text).value)
        #expect(inventory.departments == ["市民課", "介護保険課", "広報課ＩＴ"])
        guard case .found(let filter) = DepartmentFilter.match(["広報課IT", "市民課"], in: inventory) else {
            Issue.record("not found")
            return
        }
        #expect(filter.names == ["広報課ＩＴ", "市民課"])
        let narrowed = inventory.keeping(filter)
        #expect(narrowed.assets.indices.map { narrowed.id(of: $0) } == ["A", "D", "E"])
        #expect(narrowed.name(of: 1) == "ＨＰ原稿")
        #expect(inventory.ids(outside: filter) == ["B", "C"])
        // Scoring the narrowed inventory gives the whole one's risks of those assets, in the same order.
        let whole = Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: nil, checklist: nil)
        let part = Assessment(inventory: narrowed, catalog: .builtIn, method: .mic, settings: nil, checklist: nil)
        let kept = whole.risks.map { whole.riskID($0) }.filter { !$0.hasPrefix("B/") && !$0.hasPrefix("C/") }
        #expect(part.risks.map { part.riskID($0) } == kept)
    }

    @Test func anUnknownNameListsTheDepartmentsAndTheClosest() throws {
        let inventory = try #require(readInventory(Self.text).value)
        guard case .unknown(let name, let departments, let suggestion) = DepartmentFilter.match(["市民", "介護保険課"], in: inventory)
        else {
            Issue.record("matched")
            return
        }
        #expect(name == "市民" && departments == ["市民課", "介護保険課", "広報課ＩＴ"] && suggestion == "市民課")
        guard case .unknown(_, _, let none) = DepartmentFilter.match(["営業部"], in: inventory) else {
            Issue.record("matched")
            return
        }
        #expect(none == nil)
    }

    @Test func aPlanSkipsRowsOfAssetsLeftOut() throws {
        let inventory = try #require(readInventory(Self.text).value)
        guard case .found(let filter) = DepartmentFilter.match(["市民課"], in: inventory) else { return }
        let assessment = Assessment(inventory: inventory.keeping(filter), catalog: .builtIn, method: .mic, settings: nil,
                                    checklist: nil)
        let own = assessment.riskID(assessment.risks[0])
        let other = "B/" + own.split(separator: "/")[1]
        var reader = PlanReader(assessment: assessment)
        let plan = "risk_id,treatment\n\(own),reduce\n\(other),reduce\n"
        #expect(reader.read(Array(plan.utf8), file: "p.csv").log.errorCount > 0)
        reader.assetsLeftOut = inventory.ids(outside: filter)
        let result = reader.read(Array(plan.utf8), file: "p.csv")
        #expect(result.log.errorCount == 0)
        #expect(result.value?.treatments.count == 1)
        let nowhere = reader.read(Array("risk_id,treatment\nZ/T05,reduce\nB/T999,reduce\n".utf8), file: "p.csv")
        #expect(nowhere.log.errorCount == 2)
    }
}
