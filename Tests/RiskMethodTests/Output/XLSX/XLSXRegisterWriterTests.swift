import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

struct XLSXRegisterWriterTests {
    static let expectedParts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml",
        "xl/worksheets/sheet6.xml", "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml",
    ]

    /// X-1 gives 4 risks (T13 6, T30 6, T06 4, T14 4), Y-2 1, Z-3 6: the first row is X-1/T13, value 6.
    static let inventory = AssessmentTests.inventory

    static func options(_ language: Language, outcome: TreatmentOutcome? = nil, policy: PolicyClauses? = nil) -> RegisterOptions {
        RegisterOptions(language: language, minimumLevel: .high,
                        inputs: [InputDescription(role: "inventory", file: "台帳.csv", bytes: Array(inventory.utf8), encoding: "utf-8")],
                        outcome: outcome, policy: policy)
    }

    /// The workbook of `assessment`, read back: every entry's CRC is checked by `ZipReader`.
    static func parts(_ assessment: Assessment, _ options: RegisterOptions) throws -> [String: [UInt8]] {
        let reader = try ZipReader(XLSXRegisterWriter(assessment: assessment, options: options).bytes())
        var parts: [String: [UInt8]] = [:]
        for entry in reader.entries { parts[entry.name] = try reader.contents(of: entry) }
        return parts
    }

    static func sheetNames(_ parts: [String: [UInt8]]) -> [String] {
        XMLElements.read(parts["xl/workbook.xml"] ?? []).filter { $0.name == "sheet" }.compactMap { $0.attributes["name"] }
    }

    /// The `cellXfs` formats of the styles part.
    static func formats(_ parts: [String: [UInt8]]) -> [[String: String]] {
        XMLElements.read(parts["xl/styles.xml"] ?? []).filter { $0.name == "xf" && $0.parent == "cellXfs" }.map(\.attributes)
    }

    @Test(arguments: [Language.en, .ja])
    func everyPartIsThereWithItsCRCAndWellFormed(language: Language) throws {
        let parts = try Self.parts(try assess(Self.inventory), Self.options(language))
        #expect(parts.keys.sorted() == Self.expectedParts.sorted())
        for (name, bytes) in parts {
            #expect(XMLWellFormedness.errors(in: bytes) == [], "\(name)")
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\""), "\(name)")
        }
        let names = Self.sheetNames(parts)
        #expect(names == (language == .ja ? ["リスク台帳", "資産", "改定項番", "適用宣言書", "部署", "対策", "リスクマップ", "凡例"]
                                          : ["Register", "Assets", "Revision items", "SoA", "Departments", "Controls", "Heat map", "Legend"]))
    }

    @Test func registerSheetHasOneRowPerRiskAndNumbersAsNumbers() throws {
        let assessment = try assess(Self.inventory)
        let parts = try Self.parts(assessment, Self.options(.en))
        let sheet = try SheetReader.read(1, of: parts)
        #expect(sheet.rowCount == assessment.risks.count + 1)
        #expect(sheet.row(1) == RegisterSchema.columns.map { $0.header[.en] })
        #expect(sheet["A2"] == ParsedCell(reference: "A2", type: "inlineStr", style: 0, value: "X-1/T13"))
        #expect(sheet["O2"] == ParsedCell(reference: "O2", type: nil, style: 0, value: "6"))   // risk_value
        #expect(sheet["H2"]?.type == "inlineStr" && sheet["H2"]?.value == "2")                 // confidentiality
        for column in ["I", "J", "K", "L", "M", "N", "O"] { #expect(sheet["\(column)2"]?.type == nil, "\(column)") }
        // The header is bold; level cells are filled, a different fill per level.
        let formats = Self.formats(parts)
        let header = try #require(sheet["A1"])
        #expect(formats[header.style]["applyFont"] == "1")
        let high = try #require(sheet["P2"]), medium = try #require(sheet["P4"])
        #expect(high.value == "high" && medium.value == "medium")
        #expect(high.style != 0 && medium.style != 0 && high.style != medium.style)
        #expect(formats[high.style]["fillId"] != formats[medium.style]["fillId"])
        let styles = String(decoding: try #require(parts["xl/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("FFF4B6B6"))
        let xml = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(xml.contains("state=\"frozen\"") && xml.contains("<autoFilter ref=\"A1:R12\"/>"))
        #expect(xml.contains("<cols>"))
    }

    /// Cell by cell, the register sheet holds what the CSV register holds, with a plan and a policy too.
    @Test(arguments: [Language.en, .ja])
    func registerSheetHasTheValuesOfTheCSVRegister(language: Language) throws {
        let assessment = try assess(inventoryHeader + "X-1,\"メール, 外部\",email|pc,3A,2,1,sensitive,\"総務課 \"\"本庁\"\"\"\n"
            + Self.inventory.split(separator: "\n").dropFirst(2).joined(separator: "\n") + "\n")
        let plan = try #require(PlanReader(assessment: assessment, mappingLevel: .high).read(
            Array("risk_id,treatment,controls,owner,due,note\nX-1/T13,mitigate,,情報政策課,2027-03-31,\nZ-3/T01,avoid,,,,\n".utf8),
            file: "plan.csv").value)
        let outcome = TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: .high)
        let policy = PolicyClauses(file: "policy.csv", clauses: [
            PolicyClauses.Clause(section: "3", clause: "第3条", title: "対策"),
            PolicyClauses.Clause(section: "3.6", clause: "第12条", title: "技術的対策"),
        ])
        for options in [Self.options(language), Self.options(language, outcome: outcome, policy: policy)] {
            let csvWriter = CSVRegisterWriter(assessment: assessment, options: options)
            let csv = csvRows(String(decoding: csvWriter.bytes(), as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: ""))
            let parts = try Self.parts(assessment, options)
            let sheet = try SheetReader.read(1, of: parts)
            #expect(sheet.rowCount == csv.count)
            for (index, csvRow) in csv.enumerated() {
                // The XLSX row skips empty cells; the CSV row has them as empty fields.
                let cells = sheet.cells.filter { $0.reference.drop { $0.isLetter } == String(index + 1) }
                var values = [String](repeating: "", count: csvRow.count)
                for cell in cells {
                    let column = cell.reference.prefix { $0.isLetter }
                    let position = column.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
                    #expect(position < csvRow.count)
                    if position < csvRow.count { values[position] = cell.value }
                }
                #expect(values == csvRow, "row \(index + 1)")
            }
            if options.outcome != nil {
                #expect(csv[0].suffix(10) == ArraySlice((RegisterSchema.planColumns + [RegisterSchema.clauseColumn]).map { $0.header[language] }))
            }
        }
    }

    @Test func sheetNamesAndHeadersAreJapaneseUnderJa() throws {
        let parts = try Self.parts(try assess(Self.inventory), Self.options(.ja))
        #expect(Self.sheetNames(parts) == ["リスク台帳", "資産", "改定項番", "適用宣言書", "部署", "対策", "リスクマップ", "凡例"])
        let register = try SheetReader.read(1, of: parts)
        #expect(register.row(1) == RegisterSchema.columns.map { $0.header[.ja] })
        #expect(register["P2"]?.value == "大")
        let book = String(decoding: try #require(parts["xl/workbook.xml"]), as: UTF8.self)
        #expect(book.contains("'リスク台帳'!$A$1:$R$12"))
    }

    @Test func assetsSheetSummarisesEachAsset() throws {
        let assessment = try assess(Self.inventory)
        let parts = try Self.parts(assessment, Self.options(.en))
        let sheet = try SheetReader.read(2, of: parts)
        #expect(sheet.rowCount == 4)
        #expect(sheet.row(1) == ["id", "name", "department", "owner", "media", "confidentiality", "integrity", "availability",
                                 "personal_data", "max_risk_value", "level", "risk_count", "high", "medium", "low", "top_threats"])
        // X-1: 4 risks, 2 high (T13, T30) and 2 medium; owner is empty, so the row skips column D.
        #expect(sheet.row(2) == ["X-1", "メール", "総務課", "email", "2", "1", "1", "none", "6", "high", "4", "2", "2", "0", "T13|T30"])
        #expect(sheet["J2"]?.type == nil && sheet["L2"]?.type == nil)
    }

    @Test func revisionItemsSheetHasOneRowPerMappedRiskAndItem() throws {
        let assessment = try assess(Self.inventory)
        let parts = try Self.parts(assessment, Self.options(.en))
        let sheet = try SheetReader.read(3, of: parts)
        let mapped = assessment.risks.filter { assessment.isMapped($0, atOrAbove: .high) }
        let expected = mapped.reduce(0) { $0 + assessment.revisionItems(of: $1).count }
        #expect(expected > 0 && sheet.rowCount == expected + 1)
        let first = try #require(assessment.revisionItems(of: mapped[0]).first)
        let row = sheet.row(2)
        #expect(Array(row.prefix(6)) == ["X-1/T13", "メール", Catalog.builtIn.threats[Int(mapped[0].threat)].name.en,
                                         "6", "high", String(first.number)])
        #expect(row.contains(first.policy) && row.contains(first.summaryEnglish))
        // No checklist: every control of the threat is recommended.
        let controls = assessment.controlAdvice(of: mapped[0]).map { Catalog.builtIn.controls[$0.control].id }
        #expect(row.last == controls.joined(separator: "|"))
    }

    /// The heat map sheet: counts by importance and possibility that add up to the register, each in its level's
    /// colour; with a plan, the residual map below.
    @Test func heatMapSheetCountsEveryRisk() throws {
        let assessment = try assess(Self.inventory)
        let parts = try Self.parts(assessment, Self.options(.en))
        let sheet = try SheetReader.read(7, of: parts)
        #expect(sheet.row(1) == ["Current risk (count)"])
        #expect(sheet.row(2) == ["importance \\ possibility", "1", "2", "3"])
        let counts = (3...5).flatMap { sheet.row($0).dropFirst().compactMap { Int($0) } }
        #expect(counts.reduce(0, +) == assessment.risks.count)
        // Importance 3, possibility 3 (row 3, column D) holds the risks of value 9.
        #expect(Int(sheet.row(3)[3]) == assessment.risks.filter { $0.value == 9 }.count)
        let xml = String(decoding: try #require(parts["xl/worksheets/sheet7.xml"]), as: UTF8.self)
        #expect(xml.contains("<c r=\"D3\" s=\""))
    }

    /// The statement of applicability's sheet: the CSV statement's columns, then theme and catalog controls, 93 rows.
    @Test func soaSheetHasTheStatement() throws {
        let assessment = try assess(Self.inventory)
        let parts = try Self.parts(assessment, Self.options(.en))
        let sheet = try SheetReader.read(4, of: parts)
        #expect(sheet.row(1) == ["control", "title", "applicable", "justification", "status", "risk_ids", "theme", "catalog_controls"])
        #expect(sheet.row(94).first == "A.8.34")
        #expect(sheet.row(95).isEmpty)
    }

    @Test func legendHasTheMethodTablesAndInputs() throws {
        let assessment = try assess(Self.inventory)
        let parts = try Self.parts(assessment, Self.options(.en))
        let sheet = try SheetReader.read(8, of: parts)
        let values = sheet.cells.map(\.value)
        #expect(sheet.row(1) == ["Method", "mic"])
        #expect(values.contains(assessment.catalog.version))
        #expect(values.contains(SHA256.hex(Array(Self.inventory.utf8))) && values.contains("台帳.csv"))
        // The 3 × 3 table: a header row 3 2 1, then likelihood 3, 2, 1 with the method's values.
        let tableRow = try #require(sheet.cells.first { $0.value == "likelihood \\ vulnerability" })
        let headerNumber = Int(tableRow.reference.drop { $0.isLetter }) ?? 0
        #expect(sheet.row(headerNumber) == ["likelihood \\ vulnerability", "3", "2", "1"])
        for (offset, line) in ScoringMethod.mic.possibility.enumerated() {
            #expect(sheet.row(headerNumber + 1 + offset) == [String(3 - offset)] + line.map(String.init))
        }
        #expect(values.contains("6–9") && values.contains("not acceptable: treat first"))
        let xml = String(decoding: try #require(parts["xl/worksheets/sheet8.xml"]), as: UTF8.self)
        #expect(!xml.contains("autoFilter") && !xml.contains("frozen"))
    }

    @Test func hostileTextComesOutEscapedAndInert() throws {
        let names = [
            "<script>alert(1)</script>", "\"><img onerror=alert(1)>", "=HYPERLINK(\"http://evil\",\"x\")",
            "bell\u{01}ring", "\u{01}@SUM(1)", "_x0041_",
        ]
        let rows = names.enumerated().map { index, name in
            "H-\(index),\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\",email,2,1,1,none,dept"
        }
        let assessment = try assess(inventoryHeader + rows.joined(separator: "\n") + "\n")
        let parts = try Self.parts(assessment, Self.options(.en))
        for (name, bytes) in parts {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("<script") && !text.contains("<img") && !text.contains("\u{01}"), "\(name)")
            #expect(!XMLElements.read(bytes).contains { $0.name == "f" }, "\(name)")
            #expect(XMLWellFormedness.errors(in: bytes) == [], "\(name)")
        }
        let formats = Self.formats(parts)
        let assets = try SheetReader.read(2, of: parts)
        let readBack = (2...7).compactMap { assets["B\($0)"] }
        #expect(readBack.map(\.value) == ["<script>alert(1)</script>", "\"><img onerror=alert(1)>",
                                          "=HYPERLINK(\"http://evil\",\"x\")", "bellring", "@SUM(1)",
                                          "_x005F_x0041_"])   // which Office reads as "_x0041_"
        for cell in readBack {
            let prefixed = formats[cell.style]["quotePrefix"] == "1"
            #expect(prefixed == (cell.value.hasPrefix("=") || cell.value.hasPrefix("@")), "\(cell.value)")
        }
        // The assets' names are shared strings, escaped as inline ones are.
        let xml = String(decoding: try #require(parts["xl/sharedStrings.xml"]), as: UTF8.self)
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && xml.contains("_x005F_x0041_"))
        // The register's risk id of an asset whose id starts with '=' is quote-prefixed too.
        let register = try SheetReader.read(1, of: parts)
        let hyperlink = try #require(register.cells.first { $0.value.hasPrefix("=HYPERLINK") })
        #expect(formats[hyperlink.style]["quotePrefix"] == "1")
    }

    @Test func sameInputSameBytes() throws {
        let first = XLSXRegisterWriter(assessment: try assess(Self.inventory), options: Self.options(.ja)).bytes()
        let second = XLSXRegisterWriter(assessment: try assess(Self.inventory), options: Self.options(.ja)).bytes()
        #expect(!first.isEmpty && first == second)
    }

    @Test func anEmptyRegisterStillMakesAWorkbook() throws {
        let assessment = try assess(inventoryHeader + "Q-1,紙,paper,1,1,1,none,課\n",
                                    settings: { var s = ThreatSettings(threatCount: Catalog.builtIn.threats.count)
                                                s.inScope = s.inScope.map { _ in false }; return s }())
        #expect(assessment.risks.isEmpty)
        let parts = try Self.parts(assessment, Self.options(.en))
        let register = try SheetReader.read(1, of: parts)
        #expect(register.rowCount == 1)
        let items = try SheetReader.read(3, of: parts)
        #expect(items.rowCount == 1)
    }
}

struct XLSXRegisterPagingTests {
    @Test func aTableLongerThanASheetContinuesOnNumberedSheets() throws {
        let rows = (1...5).map { [XLSXCell.number($0)] }
        let pages = XLSXRegisterWriter.pages(named: "リスク台帳", header: ["n"], rows: rows, perSheet: 2)
        #expect(pages.map(\.name) == ["リスク台帳", "リスク台帳 (2)", "リスク台帳 (3)"])
        #expect(pages.map(\.rows.count) == [3, 3, 2])
        #expect(pages.allSatisfy { $0.rows.first == [.text("n", .bold)] })
        try XLSXWorkbook(sheets: pages).validate()
        #expect(XLSXRegisterWriter.pages(named: "Register", header: ["n"], rows: rows).count == 1)
    }
}
