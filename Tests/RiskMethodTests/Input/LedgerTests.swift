import Testing
@testable import RiskMethod
import RiskTestSupport

/// Ledgers as offices write them: titles above the header, headers on two rows, tab-separated exports, the names
/// people give columns, policy-style labels, trailing spaces.
struct LedgerTests {
    /// The tidy ledger that every variant below must read the same as.
    static let tidy = """
        id,name,media,confidentiality,integrity,availability,personal_data,department
        1,住民票データ,system,3A,2,2,my-number,市民課
        2,会議録,paper,3,1,1,none,総務課
        3,広報誌原稿,pc,1,2,1,personal,広報課

        """

    /// Each asset as one line: id, name, department, media, classes and personal data.
    func summary(_ text: String, method: ScoringMethod = .mic) -> [String] {
        guard let inventory = readInventory(text, method: method).value else { return [] }
        return inventory.assets.indices.map { index in
            let asset = inventory.assets[index]
            return [inventory.id(of: index), inventory.name(of: index), inventory.text(.department, of: index),
                    Catalog.builtIn.mediaCodes(asset.media).joined(separator: "|"), asset.confidentiality.text,
                    String(asset.integrity), String(asset.availability), asset.personalData.code].joined(separator: ",")
        }
    }

    func codes(_ log: DiagnosticLog) -> [String] { log.entries.map { "\($0.code)@\($0.location.line)" } }

    @Test func titleRowsAndBlankRowsAboveTheHeaderAreSkipped() {
        let text = """
            情報資産台帳（令和8年度）,,,,,,,
            作成日 令和8年4月1日,,,,,,,
            ,,,,,,,
            No,情報資産の名称,保存場所,機密性,完全性,可用性,個人情報の有無,所管課
            1,住民票データ,業務システム,自治体機密性3A,完全性2情報,高,マイナンバー,市民課\u{3000}
            2,会議録,紙（書類）,3(高),1,低,無,総務課
            3,広報誌原稿,pc,低,2,1,○,広報課\u{0020}

            """
        #expect(summary(text) == summary(Self.tidy))
        #expect(!summary(text).isEmpty)
        #expect(codes(readInventory(text).log) == ["table.rows-above-header@4"])
    }

    @Test func aHeaderOnTwoRowsUnderAMergedGroupIsRead() {
        let text = """
            No,資産名,媒体,重要度,,,個人情報,管理部署
            ,,,機密性,完全性,可用性,,
            1,住民票データ,system,3A,2,2,特定個人情報,市民課
            2,会議録,paper,3,1,1,なし,総務課
            3,広報誌原稿,pc,1,2,1,個人情報,広報課

            """
        #expect(summary(text) == summary(Self.tidy))
        // The data starts on line 3.
        #expect(readInventory(text).value?.assets.first?.line == 3)
    }

    @Test func tabSeparatedTextIsDetected() {
        let text = Self.tidy.replacingAll(",", with: "\t")
        #expect(summary(text) == summary(Self.tidy))
        // A comma inside a tab-separated cell is text.
        let named = "資産名\t媒体\t機密性\t完全性\t可用性\n会議録, 第1回\tpaper\t3\t1\t1\n"
        #expect(readInventory(named).value.map { $0.name(of: 0) } == "会議録, 第1回")
    }

    @Test func withoutAnIDColumnTheRowNumberIsTheID() {
        let text = "情報資産台帳\n資産名,媒体,機密性,完全性,可用性\n住民票,paper,3,2,2\n\n会議録,paper,2,1,1\n"
        let result = readInventory(text)
        #expect(result.value.map { inventory in inventory.assets.indices.map { inventory.id(of: $0) } } == ["3", "5"])
        #expect(codes(result.log) == ["table.rows-above-header@2", "table.ids-from-rows@2"])
    }

    @Test(arguments: ["No", "No.", "ＮＯ", "番号", "項番", "資産ID", "管理番号", "通し番号"])
    func theIDColumnGoesByManyNames(_ header: String) {
        let text = "\(header),資産名,媒体,機密性,完全性,可用性\nK-1,住民票,paper,3,2,2\n"
        #expect(readInventory(text).value.map { $0.id(of: 0) } == "K-1")
    }

    @Test(arguments: ["保存場所", "保管場所", "格納場所", "媒体・保存先", "媒体\n（保存先）", "保 存 場 所", "保存場所※複数可"])
    func theMediaColumnGoesByManyNames(_ header: String) {
        let text = "資産ID,資産名,\"\(header)\",機密性（3/2/1）,完全性(2/1),可用性【2/1】\nK-1,住民票,paper,3,2,2\n"
        let result = readInventory(text)
        #expect(result.value.map { Catalog.builtIn.mediaCodes($0.assets[0].media) } == ["paper"])
        #expect(result.log.entries.isEmpty)
    }

    @Test(arguments: [("3", "3"), ("3A", "3A"), ("３ｂ", "3B"), ("自治体機密性3A", "3A"), ("自治体機密性３Ｂ", "3B"),
                      ("自治体機密性2", "2"), ("機密性3", "3"), ("機密性2情報", "2"), ("3(高)", "3"), ("３（高）", "3"),
                      ("高", "3"), ("中", "2"), ("低", "1"), ("機密性 1", "1")])
    func confidentialityLabels(_ written: String, _ read: String) {
        #expect(ClassLabels.confidentiality(written)?.text == read)
        let text = "id,name,media,confidentiality,integrity,availability\nK-1,x,paper,\(written),1,1\n"
        #expect(readInventory(text).value?.assets.first?.confidentiality.text == read)
    }

    @Test(arguments: ["4", "3D", "極秘", "自治体完全性2", "高い", "0"])
    func confidentialityLabelsRefused(_ written: String) {
        let text = "id,name,media,confidentiality,integrity,availability\nK-1,x,paper,\(written),1,1\n"
        #expect(errorSummary(readInventory(text).log) == ["value.invalid@2:4"])
    }

    @Test func integrityAndAvailabilityLabelsFollowTheScale() {
        func levels(_ integrity: String, _ availability: String, method: ScoringMethod = .mic) -> ReadResult<AssetInventory> {
            readInventory("id,name,media,confidentiality,integrity,availability\nK-1,x,paper,1,\(integrity),\(availability)\n",
                          method: method)
        }
        let mic = levels("完全性2情報", "高")
        #expect(mic.value.map { [$0.assets[0].integrity, $0.assets[0].availability] } == [2, 2])
        #expect(levels("低", "可用性1").value.map { [$0.assets[0].integrity, $0.assets[0].availability] } == [1, 1])
        #expect(levels("2(高)", "1（低）").value.map { [$0.assets[0].integrity, $0.assets[0].availability] } == [2, 1])
        // 中 has no place on the MIC method's two levels: refused, with the reason.
        let middle = levels("中", "1")
        #expect(errorSummary(middle.log) == ["value.middle-of-two-levels@2:5"])
        #expect(middle.log.errors[0].problem.message(in: .ja).contains("2 段階"))
        #expect(errorSummary(levels("3", "1").log) == ["value.invalid@2:5"])
        // On IPA's three levels, 高/中/低 are 3/2/1.
        let ipa = levels("高", "中", method: .ipa)
        #expect(ipa.value.map { [$0.assets[0].integrity, $0.assets[0].availability] } == [3, 2])
    }

    @Test(arguments: [("有", "personal"), ("あり", "personal"), ("○", "personal"), ("〇", "personal"), ("個人情報あり", "personal"),
                      ("マイナンバー", "my-number"), ("個人番号", "my-number"), ("有（マイナンバー）", "my-number"),
                      ("要配慮", "sensitive"), ("有(要配慮)", "sensitive"), ("無", "none"), ("なし", "none"), ("×", "none"),
                      ("-", "none"), ("", "none"), ("特定個人情報", "my-number"), ("ＹＥＳ", "personal")])
    func personalDataWords(_ written: String, _ read: String) {
        let text = "id,name,media,confidentiality,integrity,availability,個人情報\nK-1,x,paper,1,1,1,\(written)\n"
        #expect(readInventory(text).value?.assets.first?.personalData.code == read)
    }

    @Test func personalDataRefusedNamesTheWordsAllowed() {
        let text = "id,name,media,confidentiality,integrity,availability,個人情報\nK-1,x,paper,1,1,1,たぶん\n"
        let log = readInventory(text).log
        #expect(errorSummary(log) == ["value.invalid@2:7"])
        #expect(log.errors[0].problem.message(in: .en).contains("有"))
    }

    @Test func spacesAroundEveryCellAreTrimmedAndNothingElse() throws {
        let text = "id,name,media,confidentiality,integrity,availability,department,owner\n"
            + " K-1\u{3000},\u{3000}住民票 データ ,paper,3,2,2,市民課 ,\u{3000}課長\n"
            + "K-2,会議録,paper,3,2,2,市民課,課長\n"
        let inventory = try #require(readInventory(text).value)
        #expect(inventory.id(of: 0) == "K-1")
        #expect(inventory.name(of: 0) == "住民票 データ")
        #expect(inventory.text(.department, of: 0) == inventory.text(.department, of: 1))
        #expect(inventory.text(.owner, of: 0) == "課長")
    }

    @Test func aHeaderNotFoundIsReportedOnTheRowMostLikeOne() {
        // The availability column is misspelt: no row names every column, and the header row is reported.
        let text = "台帳\nid,name,media,confidentiality,integrity,avail\nK-1,x,paper,1,1,1\n"
        let log = readInventory(text).log
        #expect(log.errors.map { "\($0.code)@\($0.location.line)" } == ["table.missing-column@2"])
        // A title alone, or rows with no header in the first 21, say the columns are missing.
        let rows = String(repeating: "x,y\n", count: 30)
        #expect(readInventory(rows).log.errors.map(\.code).allSatisfy { $0 == "table.missing-column" })
    }

    /// The IPA ledger's 重要度 is read as the importance given by judgement, and its reason is kept as written (an
    /// extra column, without a notice): a second column by another of their names is the same column twice.
    @Test func importanceColumnsAreRead() throws {
        let text = "資産ID,資産名,媒体,機密性,完全性,可用性,重要度,重要度の理由\nK-1,住民票,paper,2,1,1,3,存続に関わる\n"
        let result = readInventory(text)
        let inventory = try #require(result.value)
        #expect(inventory.extraColumns == ["重要度の理由"])
        #expect(inventory.extra(of: 0) == ["存続に関わる"])
        #expect(inventory.assets[0].givenImportance == 3)
        #expect(inventory.importanceReason(of: 0) == "存続に関わる")
        #expect(inventory.assets[0].level(.confidentiality) == 2)
        #expect(codes(result.log).isEmpty)
        let twice = readInventory("資産ID,資産名,媒体,機密性,完全性,可用性,重要度,Importance\nK-1,x,paper,1,1,1,3,3\n")
        #expect(errorSummary(twice.log) == ["table.duplicate-column@1:8"])
    }

    @Test func aWorkbookPositionReadsAsExcelShowsIt() {
        #expect(SourceLocation(file: "台帳.xlsx", line: 7, column: 7, sheet: "資産").description == "台帳.xlsx:資産!G7")
        #expect(SourceLocation(file: "a.xlsx", line: 12, column: 28, sheet: "Sheet1").description == "a.xlsx:Sheet1!AB12")
        #expect(SourceLocation(file: "a.xlsx", line: 3, sheet: "資産 一覧").description == "a.xlsx:'資産 一覧'!3:3")
        #expect(SourceLocation(file: "a.xlsx", sheet: "It's").description == "a.xlsx:'It''s'")
        #expect(SourceLocation.columnLetters(16_384) == "XFD")
        #expect(SourceLocation(file: "a.csv", line: 3, column: 2).description == "a.csv:3:2")
    }
}
