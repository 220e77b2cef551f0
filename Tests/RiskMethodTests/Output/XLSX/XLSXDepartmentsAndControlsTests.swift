import Testing
@testable import RiskMethod
import RiskTestSupport

/// The workbook's Departments sheet (the reports' department table) and Controls sheet (every catalog control).
struct XLSXDepartmentsAndControlsTests {
    /// Two assets of 総務課 (X-1: 4 risks, T13 and T30 high; W-4), one each of 広報課 and 市民課.
    static let inventory = AssessmentTests.inventory + "W-4,共有フォルダ,server,2,2,1,none,総務課\n"

    static func sheets(_ assessment: Assessment, _ options: RegisterOptions) throws -> (departments: SheetReader, controls: SheetReader) {
        let parts = try XLSXRegisterWriterTests.parts(assessment, options)
        return (try SheetReader.read(5, of: parts),
                try SheetReader.read(6, of: parts))
    }

    @Test func departmentsSheetHasEachDepartmentsTotalsUntreatedAndWorst() throws {
        let assessment = try assess(Self.inventory)
        let sheet = try Self.sheets(assessment, XLSXRegisterWriterTests.options(.en)).departments
        #expect(sheet.row(1) == ["Department", "Assets", "Risks", "high", "medium", "low", "Highest", "Untreated (high+)",
                                 "Worst risk"])
        #expect(sheet.rowCount == 4)
        // Expected from the register itself, department by department.
        let inventory = assessment.inventory
        let high = try #require(assessment.method.level(named: "high"))
        for (offset, department) in ["総務課", "広報課", "市民課"].enumerated() {
            let risks = assessment.risks.filter { inventory.text(.department, of: Int($0.asset)) == department }
            let assets = inventory.assets.indices.filter { inventory.text(.department, of: $0) == department }.count
            let top = Int(risks.map(\.value).max() ?? 0)
            let worst = try #require(risks.first { Int($0.value) == top })
            let counts = assessment.method.levelsDescending.map { level in String(risks.filter { assessment.level($0) == level }.count) }
            let untreated = risks.filter { assessment.level($0) >= high }.count
            let worstText = "\(assessment.riskID(worst)) (\(top), \(assessment.method.label(assessment.level(worst), in: .en)))"
            #expect(sheet.row(offset + 2) == [department, String(assets), String(risks.count)] + counts
                        + [String(top), String(untreated), worstText])
            // Numbers are numbers; the name and the worst risk are text.
            #expect(sheet["B\(offset + 2)"]?.type == nil && sheet["H\(offset + 2)"]?.type == nil)
            #expect(sheet["I\(offset + 2)"]?.type == "inlineStr")
        }
        #expect(sheet.row(2)[1] == "2")
    }

    @Test func departmentsSheetCountsOnlyRisksThePlanDoesNotTreat() throws {
        let assessment = try assess(Self.inventory)
        let plan = try #require(PlanReader(assessment: assessment).read(Array("risk_id,treatment\nX-1/T13,mitigate\n".utf8),
                                                                        file: "p.csv").value)
        let high = try #require(assessment.method.level(named: "high"))
        let outcome = TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: high)
        let plain = try Self.sheets(assessment, XLSXRegisterWriterTests.options(.en)).departments
        let treated = try Self.sheets(assessment, XLSXRegisterWriterTests.options(.en, outcome: outcome)).departments
        #expect(Int(treated.row(2)[7]) == (Int(plain.row(2)[7]) ?? 0) - 1)
        #expect(treated.row(3) == plain.row(3))
    }

    @Test func controlsSheetListsEveryControlWithItsNumbersStatusAndRisks() throws {
        let checklist = try #require(ChecklistReader(catalog: .builtIn).read(Array("control_id,status\nM37,done\nM36,partial\n".utf8),
                                                                             file: "c.csv").value)
        let assessment = try assess(Self.inventory, checklist: checklist)
        let catalog = assessment.catalog
        let sheet = try Self.sheets(assessment, XLSXRegisterWriterTests.options(.en)).controls
        #expect(sheet.row(1) == ["control_id", "text", "ISO/IEC 27001:2022", "status", "untreated_risks_high_and_above", "assets"])
        #expect(sheet.rowCount == catalog.controls.count + 1)
        let ids = (2...sheet.rowCount).map { sheet.row($0)[0] }
        #expect(ids == catalog.controls.map(\.id).sorted())
        let high = try #require(assessment.method.level(named: "high"))
        let priority = assessment.controlPriority(mappingLevel: high)
        for (offset, id) in ids.enumerated() {
            let row = sheet.row(offset + 2)
            let index = try #require(catalog.controls.firstIndex { $0.id == id })
            let control = catalog.controls[index]
            #expect(row[1] == control.text[.en])
            #expect(row[2] == control.iso2022.map { "A." + $0 }.joined(separator: "|"))
            // The untreated risks at high that recommend it: as the control priority counts them.
            #expect(Int(row[4]) == priority.first { $0.control == index }?.high ?? 0, "\(id)")
            #expect(sheet["E\(offset + 2)"]?.type == nil && sheet["F\(offset + 2)"]?.type == nil)
        }
        func row(_ id: String) throws -> [String] { sheet.row(try #require(ids.firstIndex(of: id)) + 2) }
        #expect(try row("M37")[3] == "done" && row("M37")[4] == "0" && row("M37")[5] == "0")
        #expect(try row("M36")[3] == "partial")
        #expect(try row("M01")[3] == "no answer")
        // Some control closes high risks of X-1 alone: one asset.
        let busiest = try #require(priority.first)
        #expect(try row(catalog.controls[busiest.control].id)[5] == "1")
    }

    @Test func controlsSheetIsJapaneseAndCitesTheEditionAsked() throws {
        var assessment = try assess(Self.inventory)
        let sheet = try Self.sheets(assessment, XLSXRegisterWriterTests.options(.ja)).controls
        #expect(sheet.row(1) == ["対策ID", "対策", "ISO/IEC 27001:2022", "実施状況", "未対応リスク（大以上）", "資産数"])
        #expect(sheet.row(2)[3] == "未回答")
        var catalog = assessment.catalog
        catalog.edition = .iso2013
        assessment = Assessment(inventory: assessment.inventory, catalog: catalog, method: .mic)
        let old = try Self.sheets(assessment, XLSXRegisterWriterTests.options(.en)).controls
        #expect(old.row(1)[2] == "ISO/IEC 27001:2013")
        let first = try #require(catalog.controls.min { $0.id < $1.id })
        #expect(old.row(2)[2] == first.iso2013.joined(separator: "|"))
    }

    /// The order of a worksheet's elements that the schema (CT_Worksheet) requires, of those the writer may write.
    static let worksheetOrder = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "autoFilter",
                                 "pageMargins", "pageSetup", "ignoredErrors"]

    @Test(arguments: [Language.en, .ja])
    func everySheetPrintsLandscapeOnePageWideWithItsHeaderRepeated(language: Language) throws {
        let assessment = try assess(Self.inventory)
        let parts = try XLSXRegisterWriterTests.parts(assessment, XLSXRegisterWriterTests.options(language))
        let names = XLSXRegisterWriterTests.sheetNames(parts)
        #expect(names.count == 8)
        for number in 1...names.count {
            let elements = XMLElements.read(try #require(parts["xl/worksheets/sheet\(number).xml"]))
            let children = elements.filter { $0.parent == "worksheet" }.map(\.name)
            #expect(children.first == "sheetPr", "sheet \(number)")
            let positions = children.map { Self.worksheetOrder.firstIndex(of: $0) ?? -1 }
            #expect(!positions.contains(-1) && positions == positions.sorted(), "sheet \(number): \(children)")
            #expect(elements.contains { $0.name == "pageSetUpPr" && $0.parent == "sheetPr" && $0.attributes["fitToPage"] == "1" })
            let setup = try #require(elements.first { $0.name == "pageSetup" })
            #expect(setup.attributes["orientation"] == "landscape" && setup.attributes["fitToWidth"] == "1"
                        && setup.attributes["fitToHeight"] == "0" && setup.attributes["paperSize"] == "9")
        }
        // Every sheet with a header row repeats it on each printed page; the heat map and the legend have none.
        let workbook = String(decoding: try #require(parts["xl/workbook.xml"]), as: UTF8.self)
        for (index, name) in names.enumerated() {
            let title = "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'\(name)'!$1:$1</definedName>"
            #expect(workbook.contains(title) == (index < 6), "\(name)")
        }
        #expect(XMLWellFormedness.errors(in: try #require(parts["xl/workbook.xml"])) == [])
    }
}
