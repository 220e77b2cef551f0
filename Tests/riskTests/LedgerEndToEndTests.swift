import Foundation
import Testing

/// Ledgers as offices keep them, through the command: output names, encodings for Excel, plans checked early.
struct LedgerEndToEndTests {
    @Test func anOutputNameThatSaysNoFormatNeedsFormat() throws {
        let folder = try Runner.temporaryFolder()
        for name in ["report.pdf", "report.txt", "report"] {
            let result = try Runner.run(["score", Runner.sampleInventory.path, "-o", name], in: folder)
            #expect(result.status == 64, "\(name)")
            #expect(result.stderr.contains("\(name): the name does not say which format to write"), "\(result.stderr)")
        }
        let contradicts = try Runner.run(["score", Runner.sampleInventory.path, "--format", "html", "-o", "報告書.xlsx"],
                                         in: folder, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(contradicts.status == 64)
        #expect(contradicts.stderr.contains("--format html の出力を xlsx 形式を表す名前 報告書.xlsx には書きません"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // With --format, any text name will do; a name that says the format needs nothing more.
        #expect(try Runner.run(["score", Runner.sampleInventory.path, "--format", "csv", "-o", "report.txt"], in: folder).status == 0)
        #expect(try Runner.run(["score", Runner.sampleInventory.path, "-o", "report.md"], in: folder).status == 0)
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("#"))
    }

    @Test func csvForJapaneseExcelInCP932() throws {
        let folder = try Runner.temporaryFolder()
        let utf8 = try Runner.run(["score", Runner.sampleInventory.path, "--lang", "ja", "-o", "utf8.csv"], in: folder)
        let cp932 = try Runner.run(["score", Runner.sampleInventory.path, "--lang", "ja", "--encoding", "cp932", "-o", "sjis.csv"],
                                   in: folder)
        #expect(utf8.status == 0 && cp932.status == 0)
        let original = try Data(contentsOf: folder.appendingPathComponent("utf8.csv"))
        let converted = try Data(contentsOf: folder.appendingPathComponent("sjis.csv"))
        #expect(Array(original.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(data: converted, encoding: .shiftJIS) == String(data: original.dropFirst(3), encoding: .utf8))
        #expect(converted.count < original.count)
        // utf-8-bom in English gains the mark; utf-8 in Japanese loses it.
        #expect(try Runner.run(["score", Runner.sampleInventory.path, "--encoding", "utf-8-bom", "-o", "bom.csv"], in: folder).status == 0)
        #expect(Array(try Data(contentsOf: folder.appendingPathComponent("bom.csv")).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try Runner.run(["score", Runner.sampleInventory.path, "--lang", "ja", "--encoding", "utf-8", "-o", "plain.csv"],
                               in: folder).status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("plain.csv")) == original.dropFirst(3))
    }

    @Test func aCharacterCP932CannotHoldIsRefusedAndNothingWritten() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("台帳.csv")
        try "資産ID,資産名,媒体,機密性,完全性,可用性\nA-1,𠮷田さんの申請書,paper,2,1,1\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try Runner.run(["score", input.path, "--encoding", "cp932", "-o", "out.csv"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\"𠮷\" (U+20BB7), which CP932 (Shift_JIS) cannot hold"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["台帳.csv"])
        let json = try Runner.run(["score", input.path, "--encoding", "cp932", "--format", "json"], in: folder)
        #expect(json.status == 64)
    }

    @Test func validateAndExplainTakeThePlan() throws {
        let folder = try Runner.temporaryFolder()
        let plan = folder.appendingPathComponent("計画.csv")
        try "リスクID,対応,追加対策,担当,期限,備考\nA-003/T01,対策,M03,介護保険課長,令和9年3月31日,\n".write(to: plan, atomically: true, encoding: .utf8)
        let valid = try Runner.run(["validate", Runner.sampleInventory.path, "--plan", plan.path])
        #expect(valid.status == 0, "\(valid.stderr)")
        let explained = try Runner.run(["explain", Runner.sampleInventory.path, "A-003/T01", "--plan", plan.path, "--lang", "ja"])
        #expect(explained.status == 0)
        #expect(explained.text.contains("追加対策: M03。担当: 介護保険課長。期限: 2027-03-31"))
        #expect(explained.text.contains("残留リスク"))
        // A bad plan is found before scoring.
        try "リスクID,対応,期限\nA-003/T01,低減,2027/2/30\nA-999/T01,低減,\n".write(to: plan, atomically: true, encoding: .utf8)
        let invalid = try Runner.run(["validate", Runner.sampleInventory.path, "--plan", plan.path])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("計画.csv:2:3: error: 期限: \"2027/2/30\" is not a date"))
        #expect(invalid.stderr.contains("計画.csv:3:1: error: no risk \"A-999/T01\""))
    }

    /// The issue's test: a ledger saved from a spreadsheet as .xlsx, with a title, a header on two rows under merged
    /// cells, a department merged over two rows, everyday media names, policy-style labels and spaces, and a plan
    /// with a title and date cells, scores to the same register as the tidy CSV ledger and plan.
    @Test func aLedgerSavedAsXLSXScoresAsTheTidyCSV() throws {
        let fixtures = Runner.packageRoot.appendingPathComponent("Tests/RiskMethodTests/Fixtures/xlsx")
        let folder = try Runner.temporaryFolder()
        let messy = try Runner.run(["score", fixtures.appendingPathComponent("ledger-messy.xlsx").path,
                                    "--plan", fixtures.appendingPathComponent("plan-messy.xlsx").path, "-o", "messy.csv"], in: folder)
        let tidy = try Runner.run(["score", fixtures.appendingPathComponent("ledger-tidy.csv").path,
                                   "--plan", fixtures.appendingPathComponent("plan-tidy.csv").path, "-o", "tidy.csv"], in: folder)
        #expect(messy.status == 0, "\(messy.stderr)")
        #expect(tidy.status == 0, "\(tidy.stderr)")
        let messyRegister = try Data(contentsOf: folder.appendingPathComponent("messy.csv"))
        #expect(messyRegister.count > 1_000)
        #expect(messyRegister == (try Data(contentsOf: folder.appendingPathComponent("tidy.csv"))))
        #expect(messy.stderr.contains("ledger-messy.xlsx:資産台帳!5:5: notice: skipped 3 rows above the header"))
        #expect(messy.stderr.contains("plan-messy.xlsx:計画!2:2: notice: skipped 1 rows above the header"))
        // The same workbook by sheet name; a sheet that is not there is named with the ones that are.
        let named = try Runner.run(["validate", fixtures.appendingPathComponent("ledger-messy.xlsx").path, "--sheet", "資産台帳"])
        #expect(named.status == 0)
        let missing = try Runner.run(["validate", fixtures.appendingPathComponent("ledger-messy.xlsx").path, "--sheet", "台帳"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("no sheet named \"台帳\" (the sheets are: 資産台帳)"), "\(missing.stderr)")
    }

    /// A problem in a workbook is placed at its cell, as Excel shows it.
    @Test func aProblemInAWorkbookIsPlacedAtItsCell() throws {
        let fixtures = Runner.packageRoot.appendingPathComponent("Tests/RiskMethodTests/Fixtures/xlsx")
        let result = try Runner.run(["validate", fixtures.appendingPathComponent("inventory-from-csv-libreoffice.xlsx").path],
                                    environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("inventory-from-csv-libreoffice.xlsx:inventory!E2: エラー: 完全性 の値「3」は使えません"),
                "\(result.stderr)")
    }

    /// One workbook for everything, as an office keeps it: a cover sheet (表紙) first, then the ledger and the
    /// threats; each input reads the first sheet whose header it finds, and says so.
    @Test func oneWorkbookWithACoverSheet() throws {
        let workbook = Runner.packageRoot.appendingPathComponent("Tests/RiskMethodTests/Fixtures/xlsx/workbook-with-cover.xlsx").path
        let result = try Runner.run(["score", workbook, "--threats", workbook, "--format", "csv", "--lang", "ja"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("workbook-with-cover.xlsx:台帳: 注意: シート「台帳」を読みます（最初のシート「表紙」には見出し行がありません）"))
        #expect(result.stderr.contains("workbook-with-cover.xlsx:脅威: 注意: シート「脅威」を読みます"))
        // The threats sheet sets T01's likelihood to 1 (the catalog's is 2): importance 3, likelihood 1,
        // vulnerability 3, possibility 1, value 3, level 小.
        #expect(result.text.contains("A-1/T01,A-1,住民票,,紙（書類）,T01,紛失・置き忘れ,3,2,2,3,1,3,1,3,小,"), "\(result.text)")
        let cover = try Runner.run(["validate", workbook, "--sheet", "表紙"])
        #expect(cover.status == 65)
        #expect(cover.stderr.contains("workbook-with-cover.xlsx:表紙!1:1: error: the required column \"name\""))
    }
}
