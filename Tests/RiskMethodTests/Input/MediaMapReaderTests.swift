import Testing
@testable import RiskMethod
import RiskTestSupport

/// `--media-map`: an organisation's own names for media, each checked, and the inventory read with them.
struct MediaMapReaderTests {
    func read(_ text: String) -> ReadResult<MediaMap> {
        MediaMapReader(catalog: .builtIn).read(Array(text.utf8), file: "呼び名.csv")
    }

    @Test func namesAreReadWithTheirMediaByCodeNameOrWord() throws {
        let map = try #require(read("名称,媒体\n第2書庫,paper\n住記サーバ,サーバー\n窓口タブレット,スマートデバイス\n").value)
        let codes = map.entries.map { "\($0.name)=\(Catalog.builtIn.media[$0.medium].code)" }
        #expect(codes == ["第2書庫=paper", "住記サーバ=server", "窓口タブレット=smart-device"])
        let json = try #require(read(#"[{"name": "第2書庫", "media": "紙"}]"#).value)
        #expect(json.entries.count == 1)
    }

    @Test func aWrongRowIsReportedAtItsPlace() {
        let result = read("name,media\n第2書庫,paper\n第２書庫,server\n倉庫,papre\n住記,\n,server\n金庫,サーバールームのキャビネット\n")
        #expect(result.value == nil)
        #expect(errorSummary(result.log) == [
            "value.duplicate-id@3:1", "value.unknown-medium@4:2", "value.missing@5:2", "value.missing@6:1",
            "value.unknown-medium@7:2",
        ])
        #expect(result.log.errors[0].problem.message(in: .ja) == "name「第２書庫」が重複しています（最初は 2 行目）")
        #expect(result.log.errors[1].problem == .unknownMedium(found: "papre", suggestions: [MediumWord(word: "paper", code: "paper")]))
    }

    @Test func bothColumnsAreRequired() {
        #expect(errorSummary(read("名称\n第2書庫\n").log) == ["table.missing-column@1:0"])
    }

    @Test func theMapWinsOverTheTableInAnInventory() throws {
        let map = try #require(read("名称,媒体\n第2書庫,paper\n電算室,paper\n住記サーバ,server\n").value)
        let reader = InventoryReader(catalog: .builtIn, method: .mic, vocabulary: MediaVocabulary(catalog: .builtIn, map: map))
        let text = inventoryHeader + "A,住民票,第2書庫|住記サーバ,3,2,2,,市民課\nB,控え,電算室,1,1,1,,\n"
        let inventory = try #require(reader.read(Array(text.utf8), file: "台帳.csv").value)
        #expect(Catalog.builtIn.mediaCodes(inventory.assets[0].media) == ["paper", "server"])
        #expect(Catalog.builtIn.mediaCodes(inventory.assets[1].media) == ["paper"])
        // Without the map, 第2書庫 is still paper (書庫 is in it), 住記サーバ a server, 電算室 a server.
        let plain = try #require(readInventory(text).value)
        #expect(Catalog.builtIn.mediaCodes(plain.assets[1].media) == ["server"])
    }
}
