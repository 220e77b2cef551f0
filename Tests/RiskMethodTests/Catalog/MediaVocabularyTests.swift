import Testing
@testable import RiskMethod
import RiskTestSupport

/// Media written in everyday words: the table, folding, the longest word inside a cell, ambiguity, suggestions,
/// and an organisation's map.
struct MediaVocabularyTests {
    let vocabulary = MediaVocabulary(catalog: .builtIn)

    /// The code a text resolves to, or a description of what it resolved to instead.
    func code(_ text: String, _ vocabulary: MediaVocabulary? = nil) -> String {
        switch (vocabulary ?? self.vocabulary).resolve(text) {
        case .medium(let index): Catalog.builtIn.media[index].code
        case .ambiguous(let words): "ambiguous " + words.map { "\($0.word)=\($0.code)" }.joined(separator: " ")
        case .unknown(let suggestions): "unknown " + suggestions.map { $0.word }.joined(separator: " ")
        }
    }

    /// The 40 spellings of a clerk's ledger and of the IPA sheet, of which 30 were refused before.
    static let everyday: [(String, String)] = [
        ("サーバー", "server"), ("USBメモリ", "removable"), ("パソコン", "pc"), ("ノートPC", "laptop"), ("クラウド", "cloud"),
        ("メール", "email"), ("LAN", "network"), ("ホームページ", "website"), ("タブレット", "smart-device"),
        ("スマホ", "smart-device"), ("委託先", "contractor"), ("私物端末", "private-device"), ("SNS", "social-media"),
        ("書類", "paper"), ("可搬電子媒体", "removable"), ("事務所PC", "pc"), ("モバイル機器", "smart-device"),
        ("社内サーバー", "server"), ("人事担当者のPC", "pc"), ("サーバールームA", "server"), ("キャビネットB", "paper"),
        ("書庫", "paper"), ("サーバ", "server"), ("サーバ室", "server"), ("電算室", "server"), ("紙", "paper"),
        ("帳票", "paper"), ("申請書", "paper"), ("端末", "pc"), ("デスクトップ", "pc"), ("ノートパソコン", "laptop"),
        ("外付けHDD", "removable"), ("DVD", "removable"), ("SDカード", "removable"), ("スマートフォン", "smart-device"),
        ("iPad", "smart-device"), ("Microsoft 365", "cloud"), ("電子メール", "email"), ("VPN", "network"),
        ("複合機", "mfp"),
    ]

    /// The brief's examples of each medium, and folding: width, case, half-width katakana, the long vowel mark.
    static let examples: [(String, String)] = [
        ("サーバールーム", "server"), ("データセンター", "cloud"), ("鍵付き書庫", "paper"), ("台帳", "paper"), ("書棚", "paper"),
        ("PC", "pc"), ("庁内端末", "pc"), ("職員PC", "pc"), ("モバイルPC", "laptop"), ("USB", "removable"),
        ("CD-R", "removable"), ("スマホ", "smart-device"), ("クラウドサービス", "cloud"), ("SaaS", "cloud"),
        ("Google Workspace", "cloud"), ("box", "cloud"), ("Eメール", "email"), ("ネットワーク", "network"), ("回線", "network"),
        ("ルーター", "network"), ("LGWAN", "network"), ("HP", "website"), ("Webサイト", "website"), ("ウェブサイト", "website"),
        ("外部委託", "contractor"), ("業者", "contractor"), ("私物PC", "private-device"), ("BYOD", "private-device"),
        ("X", "social-media"), ("Twitter", "social-media"), ("Facebook", "social-media"), ("LINE", "social-media"),
        ("Instagram", "social-media"), ("コピー機", "mfp"), ("プリンタ", "mfp"), ("FAX", "mfp"),
        ("業務システム", "system"), ("基幹系システム", "system"), ("住基システム", "system"), ("税務システム", "system"),
        ("電子決裁", "system"), ("財務会計システム", "system"), ("監視カメラ", "special-device"), ("防犯カメラ", "special-device"),
        ("IoT", "special-device"), ("テレビ会議", "special-device"),
        // Folding.
        ("ｻｰﾊﾞｰ", "server"), ("ｻｰﾊﾞ", "server"), ("サ－バ", "server"), ("ＵＳＢメモリ", "removable"), ("ｕｓｂ　メモリ", "removable"),
        ("コンピュータ", "pc"), ("コンピューター", "pc"), ("ノート ＰＣ", "laptop"), ("smart_device", "smart-device"),
        ("Smart Device", "smart-device"), ("スマートデバイス（スマートフォン・タブレット）", "smart-device"),
        ("ﾌﾟﾘﾝﾀｰ", "mfp"), ("e-mail", "email"), ("Wi-Fi", "network"),
        // Places: the longest word inside the cell.
        ("2階キャビネットB", "paper"), ("第3書庫（地下）", "paper"), ("情報政策課のノートPC", "laptop"), ("Cloud storage box", "cloud"),
        ("職員用PC-012", "pc"), ("本庁舎サーバー室ラック3", "server"),
    ]

    @Test(arguments: everyday)
    func aLedgersEverydaySpellingNamesItsMedium(_ text: String, _ expected: String) {
        #expect(code(text) == expected, "\(text)")
    }

    @Test(arguments: examples)
    func spellingsFoldedAndFoundInsideCellsNameTheirMedium(_ text: String, _ expected: String) {
        #expect(code(text) == expected, "\(text)")
    }

    @Test func everySpellingOfTheTableNamesItsOwnMedium() {
        #expect(MediaVocabulary.tableCount >= 150)
        #expect(MediaWords.table.map { $0.code } == Catalog.builtIn.media.map { $0.code })
        var owner: [String: String] = [:]
        for (code, words) in MediaWords.table {
            for word in words {
                let key = MediaVocabulary.folded(word)
                if let other = owner[key], other != code { Issue.record("\(word) folds to \(key), also of \(other)") }
                owner[key] = code
                #expect(self.code(word) == code, "\(word)")
            }
        }
    }

    @Test func theCatalogsCodesAndNamesNameTheirOwnMedium() {
        for medium in Catalog.builtIn.media {
            for name in [medium.code, medium.name.ja, medium.shortJapaneseName, medium.name.en] {
                #expect(code(name) == medium.code, "\(name)")
            }
        }
    }

    @Test func aWordOfASCIILettersCountsOnlyAsAWholeWord() {
        #expect(code("mailbox").hasPrefix("unknown"))
        #expect(code("X線装置").hasPrefix("unknown"))
        #expect(code("LINE 公式アカウント") == "social-media")
        #expect(code("オンライン申請").hasPrefix("unknown"))
    }

    @Test func aCellThatNamesTwoKindsIsAmbiguous() {
        #expect(code("サーバールームのキャビネット") == "ambiguous サーバールーム=server キャビネット=paper")
        #expect(code("PCとUSBメモリ") == "ambiguous PC=pc USBメモリ=removable")
        // Words of one medium are not ambiguous, nor a word inside a longer one.
        #expect(code("書庫のキャビネット") == "paper")
        #expect(code("私物スマホ") == "private-device")
        let problem = Problem.ambiguousMedium(found: "サーバールームのキャビネット",
                                              words: [MediumWord(word: "サーバールーム", code: "server"),
                                                      MediumWord(word: "キャビネット", code: "paper")])
        #expect(problem.code == "value.ambiguous-medium")
        #expect(problem.message(in: .ja).contains("サーバールーム（server）、キャビネット（paper）"))
        #expect(problem.message(in: .en).contains("\"サーバールーム\" (server), \"キャビネット\" (paper)"))
    }

    @Test func anUnknownSpellingGetsTheClosestWords() {
        #expect(code("サーパー") == "unknown サーバ")
        #expect(code("ノートＰＣＣ") == "unknown ノートPC")
        #expect(code("cloude") == "unknown cloud")
        #expect(code("フロッピーディスク") == "unknown ")
        #expect(code("papyrus") == "unknown ")
        let problem = Problem.unknownMedium(found: "サーパー", suggestions: [MediumWord(word: "サーバ", code: "server")])
        #expect(problem.code == "value.unknown-medium")
        #expect(problem.message(in: .ja).contains("もしかして: サーバ（server）"))
        #expect(problem.message(in: .en).contains("did you mean \"サーバ\" (server)?"))
    }

    @Test func aCatalogWithoutACodeTakesNoneOfItsWords() {
        var media = Catalog.builtIn.media
        media.removeAll { $0.code == "cloud" }
        let small = Catalog(version: "t", source: Localized("t", "t"), media: media, threats: [], controls: [], items: [],
                            governance: [])
        let reduced = MediaVocabulary(catalog: small)
        #expect(reduced.medium(exactly: "クラウド") == nil)
        #expect(reduced.medium(exactly: "サーバー").map { small.media[$0].code } == "server")
    }

    @Test func theOrganisationsNamesWinOverTheTable() throws {
        let paper = try #require(Catalog.builtIn.mediumIndex(named: "paper"))
        let server = try #require(Catalog.builtIn.mediumIndex(named: "server"))
        let map = MediaMap(entries: [MediaMap.Entry(name: "第2書庫", medium: paper), MediaMap.Entry(name: "住記サーバ", medium: server),
                                     MediaMap.Entry(name: "電算室", medium: paper)])
        let own = MediaVocabulary(catalog: .builtIn, map: map)
        #expect(code("第2書庫", own) == "paper")
        #expect(code("住記サーバ", own) == "server")
        #expect(code("電算室", own) == "paper")
        #expect(code("電算室") == "server")
        #expect(code("別館の電算室", own) == "paper")
    }

    @Test func anInventoryReadsEverydayWordsAndReportsWhatItCannot() throws {
        let text = inventoryHeader + """
            A,住民票,書庫|ﾉｰﾄﾊﾟｿｺﾝ、人事担当者のPC,3,2,2,,市民課
            B,申請書,サーパー,2,1,1,,市民課
            C,台帳,サーバールームのキャビネット,2,1,1,,市民課
            D,控え,書庫,1,1,1,,市民課

            """
        let result = readInventory(text)
        #expect(errorSummary(result.log) == ["value.unknown-medium@3:3", "value.ambiguous-medium@4:3"])
        #expect(result.log.errors[0].problem == .unknownMedium(found: "サーパー", suggestions: [MediumWord(word: "サーバ", code: "server")]))
        let good = try #require(readInventory(inventoryHeader + "A,住民票,書庫|ﾉｰﾄﾊﾟｿｺﾝ、人事担当者のPC,3,2,2,,市民課\nD,控え,書庫,1,1,1,,\n").value)
        #expect(Catalog.builtIn.mediaCodes(good.assets[0].media) == ["paper", "pc", "laptop"])
        #expect(Catalog.builtIn.mediaCodes(good.assets[1].media) == ["paper"])
    }
}
