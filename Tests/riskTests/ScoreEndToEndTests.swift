import Foundation
import Testing

/// `risk score` on the shipped sample, run from a copy of the binary in an empty folder.
@Suite(.serialized)
struct ScoreEndToEndTests {
    /// The CSV register's rows by risk id, as cells.
    func csvRows(_ text: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for cells in parseCSV(text).dropFirst() { rows[cells[0]] = cells }
        return rows
    }

    @Test func sampleAsCSVFromACopiedBinary() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("台帳.csv")
        try FileManager.default.copyItem(at: Runner.sampleInventory, to: input)
        let result = try Runner.run(["score", input.path, "--format", "csv", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.text
        #expect(text.hasPrefix("risk_id,asset_id,asset_name,department,media,threat_id,threat,confidentiality,integrity,availability,importance,likelihood,vulnerability,possibility,risk_value,level,revision_items,controls\r\n"))
        let rows = csvRows(text)
        // Columns: 10 importance, 11 likelihood, 12 vulnerability, 13 possibility, 14 value, 15 level.
        func check(_ id: String, media: String, importance: Int, likelihood: Int, possibility: Int, value: Int, level: String) {
            guard let row = rows[id] else { Issue.record("no row \(id)"); return }
            #expect(row[4] == media, "\(id)")
            #expect(row[10] == String(importance), "\(id)")
            #expect(row[11] == String(likelihood), "\(id)")
            #expect(row[12] == "3", "\(id): no checklist, so vulnerability 3")
            #expect(row[13] == String(possibility), "\(id)")
            #expect(row[14] == String(value), "\(id)")
            #expect(row[15] == level, "\(id)")
        }
        // C 3A, I 2, A 2, My Number data, on system and server.
        check("A-001/T05", media: "server", importance: 3, likelihood: 3, possibility: 3, value: 9, level: "high")
        check("A-001/T02", media: "server", importance: 3, likelihood: 2, possibility: 2, value: 6, level: "high")
        check("A-001/T27", media: "system", importance: 2, likelihood: 2, possibility: 2, value: 4, level: "medium")
        check("A-001/T29", media: "server|system", importance: 2, likelihood: 2, possibility: 2, value: 4, level: "medium")
        // paper, C 3, I 2, A 1, sensitive data.
        check("A-003/T01", media: "paper", importance: 3, likelihood: 2, possibility: 2, value: 6, level: "high")
        check("A-003/T04", media: "paper", importance: 3, likelihood: 1, possibility: 1, value: 3, level: "low")
        check("A-003/T29", media: "paper", importance: 1, likelihood: 2, possibility: 2, value: 2, level: "low")
        // social media, integrity 2: its one risk.
        check("A-007/T20", media: "social-media", importance: 2, likelihood: 2, possibility: 2, value: 4, level: "medium")
        #expect(rows.keys.filter { $0.hasPrefix("A-007/") }.count == 1)
        // confidentiality written as a full-width ３ reads as 3.
        check("A-022/T30", media: "system", importance: 3, likelihood: 3, possibility: 3, value: 9, level: "high")
        #expect(rows["A-022/T30"]?[7] == "3")
        // public open data, all classes 1: every risk low, the highest 3 (human error, likelihood 3).
        let openData = rows.filter { $0.key.hasPrefix("A-025/") }
        #expect(openData.count == 6)
        #expect(openData.values.map { Int($0[14]) ?? 0 }.max() == 3)
        // Sorted by value, highest first.
        let values = parseCSV(text).dropFirst().map { Int($0[14]) ?? 0 }
        #expect(values == values.sorted(by: >))
    }

    @Test func sampleAsJSONIsStandardAndDeterministic() throws {
        let first = try Runner.run(["score", Runner.sampleInventory.path, "--format", "json"])
        let second = try Runner.run(["score", Runner.sampleInventory.path, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        // Foundation's own parser reads it.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["assets"] as? Int == 26)
        let risks = try #require(object["risks"] as? [[String: Any]])
        #expect(risks.count == summary["risks"] as? Int)
        let t05 = try #require(risks.first { $0["risk_id"] as? String == "A-001/T05" })
        #expect(t05["importance"] as? Int == 3)
        #expect(t05["risk_value"] as? Int == 9)
        #expect(t05["level"] as? String == "high")
        #expect(t05["media"] as? [String] == ["server"])
        #expect(t05["revision_items"] as? [Int] == [16, 43, 46])  // not 47 (smartphones): the risk is on a server
        // The asset's classes are the asset's, written once with it.
        let assets = try #require(object["assets"] as? [[String: Any]])
        #expect(assets.first { $0["id"] as? String == "A-001" }?["confidentiality"] as? String == "3A")
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.first?["encoding"] as? String == "UTF-8 (BOM)")
        #expect((inputs.first?["sha256"] as? String)?.count == 64)
        let triggers = try #require(summary["review_triggers"] as? [[String: Any]])
        #expect(triggers.map { $0["item"] as? Int } == [3, 5, 6])
    }

    @Test func japaneseCSVWithBOMToAFile() throws {
        let folder = try Runner.temporaryFolder()
        let output = folder.appendingPathComponent("リスク台帳.csv")
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--output", output.path],
                                    environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let bytes = try [UInt8](Data(contentsOf: output))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("リスクID,資産ID,資産名,管理部署,媒体・保存先,脅威ID,脅威,"))
        #expect(text.contains("A-001/T05,A-001,住民基本台帳ファイル,市民課,庁内サーバ,T05,マルウェア感染,3A,2,2,3,3,3,3,9,大,"))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["リスク台帳.csv"])
    }

    @Test func formatFollowsTheOutputExtension() throws {
        let folder = try Runner.temporaryFolder()
        let output = folder.appendingPathComponent("register.json")
        let result = try Runner.run(["score", Runner.sampleInventory.path, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) is [String: Any])
    }

    @Test func tableIsAlignedByDisplayWidth() throws {
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--format", "table", "--lang", "ja"])
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n").prefix(40).filter { !$0.hasPrefix("--") }
        // Where each of the first four cells after the id starts, in display columns, is the same on every line.
        let starts = lines.map { line -> [Int] in
            var result: [Int] = []
            var width = 0
            var spaces = 0
            for character in line {
                if character == " " { spaces += 1 } else {
                    if spaces >= 2 { result.append(width) }
                    spaces = 0
                }
                width += displayWidth(String(character))
            }
            return Array(result.prefix(4))
        }
        #expect(Set(starts).count == 1, "\(starts)")
        #expect(result.text.contains("資産 26 件、リスク"))
    }

    @Test func standardInputAsTheInventory() throws {
        let bytes = try [UInt8](Data(contentsOf: Runner.sampleInventory))
        let result = try Runner.run(["score", "-", "--format", "csv"], stdin: bytes)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("A-001/T05"))
    }
}

/// A display width good enough for the test: CJK and full-width forms count two.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        let v = scalar.value
        return width + ((0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) ? 2 : 1)
    }
}

/// Splits CSV text (RFC 4180) into rows of cells.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
        pending = nil
        if quoted {
            if scalar == "\"" {
                if let next = iterator.next() {
                    if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else { quoted = false }
            } else { cell.unicodeScalars.append(scalar) }
            continue
        }
        switch scalar {
        case "\"": quoted = true
        case ",": row.append(cell); cell = ""
        case "\r": break
        case "\n": row.append(cell); rows.append(row); row = []; cell = ""
        default: cell.unicodeScalars.append(scalar)
        }
    }
    if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
    return rows
}
