import Testing
@testable import RiskMethod
import RiskTestSupport

/// The asset inventory: headers, values, media, and every problem reported with its place.
struct InventoryReaderTests {
    @Test func englishHeadersCaseAndSpacesDoNotMatter() throws {
        let result = readInventory(" ID ,Name,MEDIA,Confidentiality,integrity,Availability\nA,Asset,paper,1,1,1\n")
        let inventory = try #require(result.value)
        #expect(inventory.id(of: 0) == "A")
    }

    @Test func japaneseHeadersAndAliases() throws {
        let text = "資産ID,情報資産名称,媒体,機密性,完全性,可用性,個人情報,所管課,管理者,備考\nB-1,住民票,紙（書類）,3,2,1,要配慮個人情報,市民課,課長,メモ\n"
        let inventory = try #require(readInventory(text).value)
        #expect(inventory.name(of: 0) == "住民票")
        #expect(inventory.assets[0].personalData == .sensitive)
        #expect(inventory.text(.department, of: 0) == "市民課")
        #expect(inventory.text(.owner, of: 0) == "課長")
        #expect(inventory.text(.notes, of: 0) == "メモ")
    }

    @Test(arguments: [
        ("paper", ["paper"]),
        ("紙（書類）", ["paper"]),
        ("紙", ["paper"]),
        ("Paper documents", ["paper"]),
        ("SMART-DEVICE", ["smart-device"]),
        ("スマートデバイス｜クラウドサービス・外部データセンター", ["smart-device", "cloud"]),
        ("pc | server", ["pc", "server"]),
        ("庁内端末（事務用PC）、庁内サーバ", ["pc", "server"]),
        ("email\nwebsite", ["website", "email"]),
        ("ｐｃ", ["pc"]),
    ])
    func media(_ cell: String, expected: [String]) throws {
        let text = "id,name,media,confidentiality,integrity,availability\nA,a,\"\(cell)\",1,1,1\n"
        let result = readInventory(text)
        let inventory = try #require(result.value, "\(errorSummary(result.log))")
        #expect(Catalog.builtIn.mediaCodes(inventory.assets[0].media) == expected)
    }

    @Test(arguments: [("3", ConfidentialityClass.three), ("3A", .threeA), ("3b", .threeB), ("３Ｃ", .threeC), ("２", .two), (" 1 ", .one)])
    func confidentiality(_ cell: String, expected: ConfidentialityClass) throws {
        let inventory = try #require(readInventory("id,name,media,confidentiality,integrity,availability\nA,a,pc,\(cell),1,1\n").value)
        #expect(inventory.assets[0].confidentiality == expected)
    }

    @Test func everyProblemIsReportedWithItsPlace() {
        let text = """
            id,name,media,confidentiality,integrity,availability,personal_data
            A,ok,paper,1,1,1,
            B,bad class,paper,4,1,1,
            C,bad medium,telex,1,1,1,
            ,no id,paper,1,1,1,
            A,duplicate,paper,1,1,1,
            E,wrong kinds,paper,４.5,特,-1,maybe
            F,,paper,1,1,1,

            """
        let result = readInventory(text)
        #expect(result.value == nil)
        #expect(errorSummary(result.log) == [
            "value.invalid@3:4",
            "value.unknown-medium@4:3",
            "value.missing@5:1",
            "value.duplicate-id@6:1",
            "value.invalid@7:4", "value.invalid@7:5", "value.invalid@7:6", "value.invalid@7:7",
            "value.missing@8:2",
        ])
        let message = result.log.errors[0].problem.message(in: .en)
        #expect(message.contains("\"4\"") && message.contains("1, 2, 3, 3A, 3B, 3C"))
        let japanese = result.log.errors[1].problem.message(in: .ja)
        #expect(japanese.contains("telex"))
    }

    @Test func integrityThreeOnlyUnderIPA() throws {
        let text = "id,name,media,confidentiality,integrity,availability\nA,a,pc,1,3,3\n"
        #expect(errorSummary(readInventory(text).log) == ["value.invalid@2:5", "value.invalid@2:6"])
        let inventory = try #require(readInventory(text, method: .ipa).value)
        #expect(inventory.assets[0].integrity == 3)
    }

    @Test func missingAndDuplicateColumns() {
        let missing = readInventory("id,name,media,confidentiality\nA,a,pc,1\n")
        #expect(errorSummary(missing.log) == ["table.missing-column@1:0", "table.missing-column@1:0"])
        let duplicate = readInventory("id,name,media,confidentiality,integrity,availability,機密性\nA,a,pc,1,1,1,2\n")
        #expect(errorSummary(duplicate.log) == ["table.duplicate-column@1:7"])
    }

    @Test func unknownColumnsAreKeptWithANotice() throws {
        let result = readInventory("id,name,media,confidentiality,integrity,availability,保存期間,所在\nA,a,pc,1,1,1,5年,本庁舎\n")
        let inventory = try #require(result.value)
        #expect(inventory.extraColumns == ["保存期間", "所在"])
        #expect(inventory.extra(of: 0) == ["5年", "本庁舎"])
        #expect(result.log.notices.map(\.code) == ["table.unknown-column", "table.unknown-column"])
    }

    @Test func blankRowsAreSkippedAndRaggedRowsAreErrors() {
        let result = readInventory("id,name,media,confidentiality,integrity,availability\n\n,,,,,\nA,a,pc,1,1\nB,b,pc,1,1,1,,\n")
        // The blank rows are skipped; the short row is an error; trailing empty fields are allowed.
        #expect(errorSummary(result.log) == ["csv.ragged-row@4:6"])
    }

    @Test func headerOnlyAndEmpty() {
        #expect(errorSummary(readInventory("id,name,media,confidentiality,integrity,availability\n").log) == ["table.no-rows@2:0"])
        #expect(errorSummary(readInventory("").log) == ["file.empty@1:0"])
        #expect(errorSummary(readInventory("\n\n\n").log) == ["file.empty@1:0"])
    }

    @Test func jsonInventoryWithPositions() throws {
        let text = """
            {"assets": [
              {"id": "J-1", "name": "電子申請", "media": ["cloud", "website"], "confidentiality": 3, "integrity": 2,
               "availability": 2, "personal_data": "personal", "保存期間": "5年"},
              {"id": "J-2", "name": "SNS", "media": "social-media", "confidentiality": "1", "integrity": 1, "availability": 1}
            ]}
            """
        let result = readInventory(text, file: "i.json")
        let inventory = try #require(result.value, "\(errorSummary(result.log))")
        #expect(Catalog.builtIn.mediaCodes(inventory.assets[0].media) == ["cloud", "website"])
        #expect(inventory.extraColumns == ["保存期間"])
        #expect(inventory.extra(of: 1) == [""])
        let bad = readInventory("[{\"id\": \"A\", \"name\": \"a\", \"media\": \"pc\", \"confidentiality\": 9, \"integrity\": 1, \"availability\": 1}]")
        #expect(errorSummary(bad.log) == ["value.invalid@1:61"])
    }

    @Test func jsonSyntaxErrorsHaveAPlace() {
        #expect(errorSummary(readInventory("[{\"id\": \"A\",\n  \"name\": }]").log) == ["json.syntax@2:11"])
    }
}

/// Invisible characters that spreadsheets and web pages leave behind are not part of a value.
struct InvisibleCharacterTests {
    @Test func secondByteOrderMarkAndNoBreakSpaces() throws {
        let text = "\u{FEFF}\u{FEFF}id,name,media,confidentiality,integrity,availability\nA,a,pc,2\u{00A0},1,1\n"
        let inventory = try #require(readInventory(text).value, "\(errorSummary(readInventory(text).log))")
        #expect(inventory.assets[0].confidentiality == .two)
    }

    @Test func idsThatDifferOnlyInWidthOrInvisibleCharactersAreDuplicates() {
        let text = "id,name,media,confidentiality,integrity,availability\nA-1,a,pc,1,1,1\nＡ－１,b,pc,1,1,1\nB\u{200B}-2,c,pc,1,1,1\nB-2,d,pc,1,1,1\n"
        #expect(errorSummary(readInventory(text).log) == ["value.duplicate-id@3:1", "value.duplicate-id@5:1"])
    }

    @Test func aUTF8FileWithOneBrokenCharacterIsNotShiftJIS() {
        var bytes = Array("id,name,media,confidentiality,integrity,availability\nA,給与台帳,pc,1,1,1\nB,人事記録".utf8)
        bytes.removeLast()
        bytes += Array(",pc,1,1,1\n".utf8)
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "x.csv")
        #expect(errorSummary(result.log) == ["encoding.invalid@3:6"])
    }
}

/// Spellings a spreadsheet or a person produces, read the same way everywhere.
struct SpellingTests {
    @Test func mediaSpellings() throws {
        let text = "id,name,media,confidentiality,integrity,availability\nA,a,\"smart_device|Smart Device|Private-Device|special device\",1,1,1\n"
        let inventory = try #require(readInventory(text).value, "\(errorSummary(readInventory(text).log))")
        #expect(Catalog.builtIn.mediaCodes(inventory.assets[0].media) == ["smart-device", "special-device", "private-device"])
    }

    @Test func whiteSpaceAroundCodedCells() throws {
        let text = "id,name,media,confidentiality,integrity,availability,personal_data\nA,a,pc,\"2\r\n\",\" 1\",\"2\u{00A0}\", \n"
        let inventory = try #require(readInventory(text).value, "\(errorSummary(readInventory(text).log))")
        #expect(inventory.assets[0].confidentiality == .two)
        #expect(inventory.assets[0].integrity == 1 && inventory.assets[0].availability == 2)
        #expect(inventory.assets[0].personalData == .none)
    }

    @Test func signedClassesAreRefused() {
        let text = "id,name,media,confidentiality,integrity,availability\nA,a,pc,1,+2,02\n"
        #expect(errorSummary(readInventory(text).log) == ["value.invalid@2:5"])
    }

    /// A CSV inventory refers to its cells where they stand in the file's text, and stores only the cells that
    /// changed on the way; a JSON inventory, none of whose strings stands as written, does not keep the text.
    @Test func textKeptOnlyWhereCellsStandInIt() throws {
        let csv = "id,name,media,confidentiality,integrity,availability\nA-1,\"say \"\"hi\"\"\",paper,1,1,1\nＢ-2,庁内,pc,2,1,1\n"
        let fromCSV = try #require(readInventory(csv).value)
        #expect(fromCSV.source == Array(csv.utf8))
        #expect(fromCSV.name(of: 0) == "say \"hi\"" && fromCSV.id(of: 1) == "Ｂ-2" && fromCSV.name(of: 1) == "庁内")
        // Stored: the unescaped name, and the full-width id folded for comparing ids.
        #expect(String(decoding: fromCSV.storage, as: UTF8.self) == "say \"hi\"B-2")
        let json = #"[{"id": "A-1", "name": "say \"hi\"", "media": "paper", "confidentiality": 1, "integrity": 1, "availability": 1}]"#
        let fromJSON = try #require(readInventory(json, file: "t.json").value)
        #expect(fromJSON.source.isEmpty)
        #expect(fromJSON.name(of: 0) == "say \"hi\"" && fromJSON.id(of: 0) == "A-1")
    }
}
