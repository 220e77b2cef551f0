import Testing
@testable import RiskMethod
import RiskTestSupport

struct CSVRegisterWriterTests {
    static let englishHeader = "risk_id,asset_id,asset_name,department,media,threat_id,threat,confidentiality,integrity,availability,importance,likelihood,vulnerability,possibility,risk_value,level,revision_items,controls"

    @Test func exactEnglishHeaderAndHandComputedRow() throws {
        let assessment = try assess(inventoryHeader + "X-1,メール,email,2,1,1,none,総務課\n")
        let text = String(decoding: CSVRegisterWriter(assessment: assessment, language: .en).bytes(), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == Self.englishHeader)
        let t13 = try #require(Catalog.builtIn.threat(id: "T13"))
        // The threat's ISO/IEC 27001:2022 controls, cited A.5.14, then its checklist controls.
        #expect(t13.iso2022 == ["5.14"])
        let controls = (["A.5.14"] + t13.controls).joined(separator: "|")
        #expect(lines[1] == "X-1/T13,X-1,メール,総務課,email,T13,Spoofed email or email sent to the wrong recipient,2,1,1,2,3,3,3,6,high,30,\(controls)")
        #expect(lines.count == 1 + assessment.risks.count + 1)
        #expect(lines.last == "")
    }

    @Test func japaneseHasABOMAndJapaneseLabels() throws {
        let assessment = try assess(inventoryHeader + "X-1,メール,email|pc,2,1,1,none,総務課\n")
        let bytes = CSVRegisterWriter(assessment: assessment, language: .ja).bytes()
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("リスクID,資産ID,資産名,管理部署,媒体・保存先,脅威ID,脅威,機密性,完全性,可用性,重要度,"))
        #expect(text.contains(",大,") && text.contains("なりすましメール・メール誤送信"))
        #expect(text.contains(",庁内端末（事務用PC）|電子メール,"))
    }

    @Test func formulasAreMadeInertAndSpecialCharactersQuoted() throws {
        let rows = [
            #"=1+1,"=HYPERLINK(""http://x"",""y"")",email,1,1,1,none,@dept"#,
            #"-2,"+SUM(A1), ""quoted""",email,1,1,1,none,"\#rtab""#,
        ]
        let assessment = try assess(inventoryHeader + rows.joined(separator: "\n") + "\n")
        let text = String(decoding: CSVRegisterWriter(assessment: assessment, language: .en).bytes(), as: UTF8.self)
        let first = try #require(text.components(separatedBy: "\r\n").dropFirst().first)
        #expect(first.hasPrefix("'=1+1/T13,'=1+1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@dept,"))
        // (A leading tab is trimmed on input, as every space around a value; a leading carriage return is kept.)
        #expect(text.contains("'-2/T13,'-2,\"'+SUM(A1), \"\"quoted\"\"\",\"'\rtab\","))
        // No cell of the register starts with a formula character.
        for line in text.components(separatedBy: "\r\n") {
            for cell in line.split(separator: ",") {
                #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "\(line)")
            }
        }
    }

    @Test func outputIsByteIdenticalWithinAProcess() throws {
        let a = CSVRegisterWriter(assessment: try assess(AssessmentTests.inventory), language: .ja).bytes()
        let b = CSVRegisterWriter(assessment: try assess(AssessmentTests.inventory), language: .ja).bytes()
        #expect(a == b)
    }
}

struct JSONRegisterWriterTests {
    func register(_ text: String, minimum: RiskLevel = .high) throws -> JSONNode {
        let assessment = try assess(text)
        let writer = JSONRegisterWriter(assessment: assessment, options: RegisterOptions(
            language: .en, minimumLevel: minimum,
            inputs: [InputDescription(role: "inventory", file: "i.csv", bytes: Array(text.utf8), encoding: "UTF-8")]))
        return try JSONParser.parse(writer.bytes()).get()
    }

    @Test func shapeAndSummary() throws {
        let json = try register(AssessmentTests.inventory)
        #expect(json.members?.map(\.key) == ["assets", "catalog", "controls", "inputs", "method", "revision_items", "risks",
                                               "schema", "summary", "threats"])
        #expect(json["schema"]?.string == "risk-register/2")
        #expect(json["summary"]?["risks"]?.int == 11)
        #expect(json["summary"]?["levels"]?["high"]?.int == 2)
        #expect(json["summary"]?["mapped_risks"]?.int == 2)
        #expect(json["method"]?["name"]?.string == "mic")
        #expect(json["inputs"]?.array?.first?["sha256"]?.string?.count == 64)
        let risk = try #require(json["risks"]?.array?.first)
        #expect(risk["risk_id"]?.string == "X-1/T13")
        #expect(risk["risk_value"]?.int == 6)
        #expect(risk["revision_items"]?.array?.compactMap(\.int) == [30])
        // The risk refers to its items, controls, asset and threat by id; each is described once, at the top.
        #expect(risk.members?.map(\.key) == ["asset_id", "controls", "importance", "level", "likelihood", "media",
                                              "possibility", "revision_items", "risk_id", "risk_value", "threat_id",
                                              "vulnerability"])
        let item = try #require(json["revision_items"]?.array?.first { $0["number"]?.int == 30 })
        #expect(item["policy"]?.string?.isEmpty == false)
        let controls = try #require(json["controls"]?.array)
        #expect(controls.allSatisfy { $0["recommended"]?.value == .bool(true) })
        let ids = Set(controls.compactMap { $0["id"]?.string })
        let used = Set(json["risks"]?.array?.flatMap { $0["controls"]?.array?.compactMap(\.string) ?? [] } ?? [])
        #expect(ids == used)
        let threats = Set(json["threats"]?.array?.compactMap { $0["id"]?.string } ?? [])
        #expect(threats == Set(json["risks"]?.array?.compactMap { $0["threat_id"]?.string } ?? []))
    }

    @Test func extraColumnsSurvive() throws {
        let json = try register("id,name,media,confidentiality,integrity,availability,保存期間\nA,a,pc,1,1,1,10年\n")
        #expect(json["assets"]?.array?.first?["extra"]?["保存期間"]?.string == "10年")
    }

    @Test func governanceAndReviewTriggers() throws {
        let json = try register(inventoryHeader + "S,タブレット,smart-device,2,1,1,none,課\n")
        let triggers = json["summary"]?["review_triggers"]?.array?.compactMap { $0["item"]?.int }
        #expect(triggers == [3, 5, 6])
        #expect(json["summary"]?["governance"]?.array?.count == 14)
        let none = try register(inventoryHeader + "P,紙,paper,2,1,1,none,課\n")
        #expect(none["summary"]?["review_triggers"]?.array?.isEmpty == true)
    }
}

struct DisplayWidthTests {
    @Test(arguments: [("abc", 3), ("資産", 4), ("ｱｲ", 2), ("Ａ１", 4), ("か\u{3099}", 2), ("№①", 2), ("", 0)])
    func widths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func tableAlignsJapanese() {
        let table = TextTable(header: ["名前", "n"], rows: [["住民基本台帳", "1"], ["abc", "22"]], rightAligned: [1]).render()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.map(DisplayWidth.of).allSatisfy { $0 == 16 })
        #expect(lines[2] == "住民基本台帳   1")
    }

    @Test func truncation() {
        #expect(DisplayWidth.truncate("住民基本台帳ファイル", to: 9) == "住民基本…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("住民基本台帳ファイル", to: 9)) <= 9)
    }
}

/// A risk's line is made of pieces prepared per threat variant and importance: the same bytes as written member by
/// member, with settings rows, an importance from the ledger, ids that need escaping and a plan.
struct JSONRiskLinesTests {
    func bothWays(_ writer: JSONRegisterWriter) -> (pieces: [UInt8], members: [UInt8]) {
        var lines = writer.lines()
        let fast = ByteWriter(), slow = ByteWriter()
        lines.format(0..<lines.lineCount, into: fast)
        lines.forcesMembers = true
        lines.format(0..<lines.lineCount, into: slow)
        return (fast.bytes, slow.bytes)
    }

    @Test func sameBytesBothWays() throws {
        let text = inventoryHeader + "\"Q\"\"1\",引用符,pc|paper,3,2,2,my-number,課\nB\\2,\\制御,server,2,1,1,none,課\n"
        let judged = "id,name,media,confidentiality,integrity,availability,重要度,保存期間,Zeta\nI-1,判断,pc|email,1,1,1,3,5年,\"z\"\"\"\nI-2,計算,pc,2,1,1,,,\n"
        for inventory in [AssessmentTests.inventory, text, judged] {
            let assessment = try assess(inventory)
            let first = try #require(assessment.risks.map(assessment.riskID).first { !$0.contains("\"") })
            let plan = try #require(PlanReader(assessment: assessment).read(Array("risk_id,treatment,owner,due,note\n\(first),accept,課長,2027-01-01,理由\n".utf8), file: "p.csv").value)
            for outcome in [nil, TreatmentOutcome(assessment: assessment, plan: plan, mappingLevel: .medium)] {
                let writer = JSONRegisterWriter(assessment: assessment, options: RegisterOptions(language: .ja, minimumLevel: .medium, outcome: outcome))
                let both = bothWays(writer)
                #expect(both.pieces == both.members)
                #expect(!both.pieces.isEmpty)
                // The chunks a thread formats give the same bytes as one run.
                let lines = writer.lines()
                let chunked = ByteWriter()
                for start in stride(from: 0, to: lines.lineCount, by: 3) { lines.format(start..<min(lines.lineCount, start + 3), into: chunked) }
                #expect(chunked.bytes == both.pieces)
                #expect(lines.head + both.pieces + lines.tail == writer.bytes())
                #expect((try? JSONParser.parse(writer.bytes()).get()) != nil)
            }
        }
    }
}
