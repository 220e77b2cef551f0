import Foundation
import Testing

/// `risk catalog`, `risk explain` and the mapping of high risks, through the built binary.
@Suite(.serialized)
struct CatalogEndToEndTests {
    func json(_ arguments: [String]) throws -> Any {
        let result = try Runner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout))
    }

    @Test func threatsAsJSON() throws {
        let threats = try #require(try json(["catalog", "threats", "--format", "json"]) as? [[String: Any]])
        #expect(threats.count == 32)
        let first = try #require(threats.first)
        #expect(Set(first.keys) == ["id", "name", "affects", "media", "likelihood", "revision_items", "revision_item_media",
                                    "iso27001_2013", "iso27001_2022", "controls"])
        #expect(first["id"] as? String == "T01")
        #expect((first["name"] as? [String: String])?["ja"] == "紛失・置き忘れ")
        #expect(first["affects"] as? [String] == ["C", "A"])
        #expect(first["media"] as? [String] == ["paper", "removable", "laptop", "smart-device"])
        #expect(first["likelihood"] as? Int == 2)
        #expect(first["revision_items"] as? [Int] == [13, 16, 17, 19, 43])
        // Each link to an item about one kind of medium names it; the others concern every medium.
        #expect(first["revision_item_media"] as? [String: [String]] == ["13": ["smart-device"], "16": ["removable"],
                                                                       "17": ["smart-device"], "19": ["smart-device"],
                                                                       "43": ["removable"]])
        let t06 = try #require(threats.first { $0["id"] as? String == "T06" })
        #expect((t06["revision_item_media"] as? [String: Any])?.isEmpty == true)
        #expect(first["iso27001_2013"] as? [String] == ["A.6.2.1", "A.8.3.1", "A.11.2.6"])
        #expect(first["iso27001_2022"] as? [String] == ["8.1", "7.10", "7.9"])
        #expect(((first["controls"] as? [String])?.count ?? 0) >= 2)
    }

    /// `risk catalog iso27001`: the 93 controls of 2022, whose sources cover the 114 of 2013, with the catalog's
    /// controls that serve each; searchable by either edition's number.
    @Test func annexAAsJSONCSVAndTable() throws {
        let controls = try #require(try json(["catalog", "iso27001", "--format", "json"]) as? [[String: Any]])
        #expect(controls.count == 93)
        #expect(Set(controls[0].keys) == ["id", "theme", "title", "from_2013", "controls"])
        let sources = Set(controls.flatMap { $0["from_2013"] as? [String] ?? [] })
        #expect(sources.count == 114)
        let c88 = try #require(controls.first { $0["id"] as? String == "8.8" })
        #expect(c88["from_2013"] as? [String] == ["A.12.6.1", "A.18.2.3"])
        #expect(c88["controls"] as? [String] == ["M16", "M31", "M32", "M33", "M34"])
        #expect(c88["theme"] as? String == "technological")
        let found = try #require(try json(["catalog", "iso27001", "--format", "json", "--search", "A.12.7.1"]) as? [[String: Any]])
        #expect(found.map { $0["id"] as? String } == ["8.34"])
        let csv = try Runner.run(["catalog", "iso27001", "--format", "csv", "--lang", "ja"])
        #expect(csv.text.hasPrefix("\u{FEFF}管理策,テーマ,管理策の概要,2013年版,対策\r\n"))
        #expect(csv.text.contains("\r\n5.7,組織的管理策,脅威情報の収集と分析,（2022年版で新設）,M19\r\n"))
        let table = try Runner.run(["catalog", "iso27001", "--search", "cloud", "--lang", "en"])
        #expect(table.text.contains("5.23"))
    }

    @Test func itemsAsJSONWithTheFieldsOfTheCatalog() throws {
        let items = try #require(try json(["catalog", "items", "--format", "json"]) as? [[String: Any]])
        #expect(items.count == 77)
        #expect(Set(items[0].keys) == ["number", "section", "reason", "origin", "requester", "background", "category",
                                       "pages", "policy", "direction", "summary_en"])
        let item4 = try #require(items.first { $0["number"] as? Int == 4 })
        #expect(item4["section"] as? String == "「1.6.4　リスク分析の実施」")
        #expect((item4["policy"] as? String)?.contains("簡易リスク分析方法等") == true)
    }

    @Test func controlsAsJSON() throws {
        let controls = try #require(try json(["catalog", "controls", "--format", "json"]) as? [[String: Any]])
        #expect(Set(controls[0].keys) == ["id", "text", "threats", "media", "section", "revision_items", "iso27001_2013",
                                          "iso27001_2022"])
        #expect(controls[0]["id"] as? String == "M01")
        #expect(controls[0]["iso27001_2022"] as? [String] == ["8.1", "7.9"])
        #expect(controls[0]["media"] as? [String] == ["smart-device"])
        // A control for every medium has no media.
        #expect(controls.first { $0["id"] as? String == "M17" }?["media"] as? [String] == [])
        let csv = try Runner.run(["catalog", "controls", "--format", "csv", "--lang", "en"])
        #expect(csv.text.hasPrefix("id,text,threats,media,section,revision_items,iso27001_2013,iso27001_2022\r\n"))
        #expect(csv.text.contains(",T05|T17,smart-device,"))
        #expect(csv.text.contains(",T06|T32,all,"))
        let table = try Runner.run(["catalog", "controls", "--lang", "ja"])
        #expect(table.text.contains("媒体"))
        #expect(table.text.contains("スマートデバイス "))
        #expect(table.text.contains("全媒体"))
    }

    @Test func searchMatchesJapaneseAndEnglish() throws {
        let japanese = try #require(try json(["catalog", "threats", "--search", "クラウド", "--format", "json"]) as? [[String: Any]])
        let english = try #require(try json(["catalog", "threats", "--search", "CLOUD", "--format", "json"]) as? [[String: Any]])
        #expect(japanese.map { $0["id"] as? String } == ["T15"])
        #expect(english.contains { $0["id"] as? String == "T15" })
        let items = try #require(try json(["catalog", "items", "--search", "簡易リスク分析", "--format", "json"]) as? [[String: Any]])
        #expect(Set(items.compactMap { $0["number"] as? Int }).isSuperset(of: [4, 11, 77]))
        let table = try Runner.run(["catalog", "media", "--lang", "ja"])
        #expect(table.text.contains("スマートデバイス（スマートフォン・タブレット）"))
    }

    @Test func catalogFileRoundTrip() throws {
        let folder = try Runner.temporaryFolder()
        let file = folder.appendingPathComponent("catalog.json")
        #expect(try Runner.run(["catalog", "all", "--format", "json", "--output", file.path]).status == 0)
        // Read back, written again: the same bytes.
        let again = try Runner.run(["catalog", "all", "--format", "json", "--catalog", file.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == [UInt8](try Data(contentsOf: file)))
        // Scoring with it gives the same register as the built-in catalog.
        let builtIn = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv"])
        let fromFile = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--catalog", file.path])
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == builtIn.stdout)
    }

    @Test func aChangedCatalogChangesTheScore() throws {
        let folder = try Runner.temporaryFolder()
        let file = folder.appendingPathComponent("catalog.json")
        let result = try Runner.run(["catalog", "all", "--format", "json"])
        var text = result.text
        // T20 (social media) likelihood 2 → 3.
        let range = try #require(text.range(of: "\"id\": \"T20\""))
        let likelihood = try #require(text.range(of: "\"likelihood\": 2", range: range.upperBound..<text.endIndex))
        text.replaceSubrange(likelihood, with: "\"likelihood\": 3")
        try Data(text.utf8).write(to: file)
        let scored = try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "--catalog", file.path])
        #expect(scored.text.contains("A-007/T20,A-007,市公式SNSアカウント（防災・広報）,広報課,social-media,T20,Social media impersonation or account takeover,1,2,1,2,3,3,3,6,high,"))
    }

    @Test func brokenCatalogFilesGetClearErrors() throws {
        let folder = try Runner.temporaryFolder()
        let file = folder.appendingPathComponent("bad.json")
        let whole = try Runner.run(["catalog", "all", "--format", "json"]).text
        var broken = whole.replacingOccurrences(of: "\"number\": 2,", with: "\"number\": 1,")
        broken = broken.replacingOccurrences(of: "\"social-media\"\n      ]", with: "\"fax\"\n      ]")
        try Data(broken.utf8).write(to: file)
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--catalog", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.json:"))
        #expect(result.stderr.contains("[catalog.duplicate]"))
        #expect(result.stderr.contains("\"1\" appears twice"))
    }

    @Test func explainShowsEveryStep() throws {
        let result = try Runner.run(["explain", Runner.sampleInventory.path, "A-001/T05", "A-007/T20", "--lang", "ja"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.text
        #expect(text.contains("A-001/T05  住民基本台帳ファイル × マルウェア感染"))
        #expect(text.contains("機密性 3A（3 として評価）、完全性 2、可用性 2、個人情報 特定個人情報"))
        #expect(text.contains("3. 重要度 3: 脅威が害する性質のうち最も高い格付け（機密性）"))
        #expect(text.contains("4. 脅威の起こりやすさ 3: カタログの既定値"))
        #expect(text.contains("5. 脆弱性のつけ込みやすさ 3"))
        #expect(text.contains("6. 被害発生可能性 3: 変換表の 起こりやすさ 3 の行、つけ込みやすさ 3 の列"))
        #expect(text.contains("7. リスク値 9 = 重要度 3 × 被害発生可能性 3 → 大"))
        #expect(text.contains("   16 3.5.1 職員等の順守事項 [明確化]"))
        #expect(text.contains("A-007/T20"))
        let english = try Runner.run(["explain", Runner.sampleInventory.path, "A-001/T05"])
        #expect(english.text.contains("7. Risk value 9 = importance 3 × possibility 3 → high"))
        // A threat that does not apply, and one that does not exist.
        let notApplicable = try Runner.run(["explain", Runner.sampleInventory.path, "A-007/T01"])
        #expect(notApplicable.status == 0)
        #expect(notApplicable.text.contains("does not apply"))
        #expect(try Runner.run(["explain", Runner.sampleInventory.path, "A-001/T99"]).status == 64)
    }

    @Test func highRiskIsMappedWithRecommendedControls() throws {
        let folder = try Runner.temporaryFolder()
        let controls = try #require(try json(["catalog", "threats", "--search", "T05", "--format", "json"]) as? [[String: Any]])
        let t05 = try #require(controls.first { $0["id"] as? String == "T05" })
        let ids = try #require(t05["controls"] as? [String])
        // The first control of T05 done, the others not: vulnerability 2, so T05 (likelihood 3) gives possibility 2.
        var checklist = "control_id,status\n\(ids[0]),done\n"
        for id in ids.dropFirst() { checklist += "\(id),not-done\n" }
        let file = folder.appendingPathComponent("checklist.csv")
        try Data(checklist.utf8).write(to: file)
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--checklist", file.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let register = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let risks = try #require(register["risks"] as? [[String: Any]])
        let risk = try #require(risks.first { $0["risk_id"] as? String == "A-001/T05" })
        #expect(risk["vulnerability"] as? Int == 2)
        #expect(risk["possibility"] as? Int == 2)
        #expect(risk["risk_value"] as? Int == 6)
        #expect(risk["level"] as? String == "high")
        // A-001 is kept in a system on a server: not item 47 (smartphones).
        #expect(risk["revision_items"] as? [Int] == [16, 43, 46])
        let allItems = try #require(register["revision_items"] as? [[String: Any]])
        let items = allItems.filter { [16, 43, 46].contains($0["number"] as? Int ?? 0) }
        #expect(items.count == 3)
        #expect(items.allSatisfy { ($0["policy"] as? String)?.isEmpty == false && $0["category"] as? String != nil })
        // Every control of T05 but M16 (smartphones), which does not concern a server.
        let riskControls = try #require(risk["controls"] as? [String])
        #expect(riskControls == ids.filter { $0 != "M16" })
        let allControls = try #require(register["controls"] as? [[String: Any]])
        let mapped = riskControls.compactMap { id in allControls.first { $0["id"] as? String == id } }
        #expect(mapped.count == riskControls.count)
        #expect(mapped[0]["status"] as? String == "done")
        #expect(mapped[0]["recommended"] as? Bool == false)
        #expect(mapped.dropFirst().allSatisfy { $0["recommended"] as? Bool == true && $0["status"] as? String == "not-done" })
        // The CSV register lists items and controls for every risk, mapped or not.
        let csv = try Runner.run(["score", Runner.sampleInventory.path, "--checklist", file.path, "--format", "csv"])
        let rows = parseCSV(csv.text)
        let header = try #require(rows.first)
        let itemsColumn = try #require(header.firstIndex(of: "revision_items"))
        let controlsColumn = try #require(header.firstIndex(of: "controls"))
        let malware = rows.dropFirst().filter { $0[0].hasSuffix("/T05") }
        #expect(malware.count > 5)
        #expect(malware.allSatisfy { !$0[itemsColumn].isEmpty && $0[controlsColumn].contains("A.") && $0[controlsColumn].contains("M") })
        // Only the controls and items of the risk's media: a paper record lost lists no device control or item,
        // only the locked storage of documents (M08).
        let paperLoss = try #require(rows.first { $0[0] == "A-003/T01" })
        #expect(paperLoss[itemsColumn].isEmpty && paperLoss[controlsColumn] == "M08")
        #expect(!["M01", "M03", "M04", "M06"].contains { paperLoss[controlsColumn].contains($0) })
        let tabletLoss = try #require(rows.first { $0[0] == "A-012/T01" })
        #expect(tabletLoss[itemsColumn] == "13|17|19" && tabletLoss[controlsColumn].hasSuffix("|M01"))
        // Medium risks are mapped too with --min-level medium.
        let medium = try Runner.run(["score", Runner.sampleInventory.path, "--format", "json", "--min-level", "medium"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(medium.stdout)) as? [String: Any])
        let summary = try #require(all["summary"] as? [String: Any])
        #expect(summary["mapped_level"] as? String == "medium")
        let levels = try #require(summary["levels"] as? [String: Int])
        #expect(summary["mapped_risks"] as? Int == (levels["high"] ?? 0) + (levels["medium"] ?? 0))
    }
}

/// `catalog` and `diff` write text: an output named for another format is refused, not filled with a text table.
@Suite(.serialized)
struct OutputNameEndToEndTests {
    let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("risk-names-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) }

    @Test func catalogRefusesAWorkbookName() throws {
        let result = try Runner.run(["catalog", "all", "-o", "catalog.xlsx", "--lang", "en"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("catalog.xlsx names the xlsx format, which risk catalog does not write"))
        #expect(result.stderr.contains("table, csv, json"))
        #expect(!exists("catalog.xlsx"))
        let japanese = try Runner.run(["catalog", "items", "-o", "一覧.html", "--lang", "ja"], in: folder)
        #expect(japanese.status == 64)
        #expect(japanese.stderr.contains("一覧.html の拡張子は html 形式を表しますが"))
        #expect(!exists("一覧.html"))
    }

    @Test func catalogFollowsTheNameOrAgreesWithIt() throws {
        let json = try Runner.run(["catalog", "media", "-o", "media.json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("media.json"))
        #expect(try JSONSerialization.jsonObject(with: data) is [Any])
        let disagreeing = try Runner.run(["catalog", "media", "--format", "csv", "-o", "media2.json", "--lang", "en"], in: folder)
        #expect(disagreeing.status == 64)
        #expect(disagreeing.stderr.contains("--format csv is not written to media2.json"))
        #expect(!exists("media2.json"))
        // A .txt file holds any text.
        let text = try Runner.run(["catalog", "media", "--format", "csv", "-o", "media.txt"], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        let csv = try String(contentsOf: folder.appendingPathComponent("media.txt"), encoding: .utf8)
        #expect(csv.contains(",") && !csv.contains("│"))
    }

    @Test func diffRefusesAWorkbookName() throws {
        let sample = Runner.packageRoot.appendingPathComponent("Templates/sample-inventory.csv").path
        for name in ["old.json", "new.json"] {
            let scored = try Runner.run(["score", sample, "--format", "json", "-o", name], in: folder)
            #expect(scored.status == 0, "\(scored.stderr)")
        }
        let workbook = try Runner.run(["diff", "old.json", "new.json", "-o", "changes.xlsx", "--lang", "en"], in: folder)
        #expect(workbook.status == 64)
        #expect(workbook.stderr.contains("changes.xlsx names the xlsx format, which risk diff does not write; it writes table, json, md"))
        #expect(!exists("changes.xlsx"))
        let markdown = try Runner.run(["diff", "old.json", "new.json", "-o", "changes.md", "--lang", "en"], in: folder)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Risk register diff"))
    }
}
