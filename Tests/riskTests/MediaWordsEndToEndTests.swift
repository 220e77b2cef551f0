import Foundation
import Testing

/// `risk score` on a ledger whose media are written in everyday words and an organisation's own names
/// (`--media-map`): the register is the one of the same ledger written in the catalog's codes.
@Suite(.serialized)
struct MediaWordsEndToEndTests {
    static let header = "資産ID,資産名,媒体・保存先,機密性,完全性,可用性,個人情報,管理部署\n"
    static let everyday = header + """
        A-001,住民基本台帳,住記サーバ|基幹系システム,3A,2,2,特定個人情報,市民課
        A-002,人事記録,人事担当者のPC、ｻｰﾊﾞｰ,3,2,1,要配慮個人情報,人事課
        A-003,申請書の控え,第2書庫|別館倉庫|2階キャビネットB,2,1,1,個人情報,市民課
        A-004,広報,ホームページ｜Ｘ|Facebook,1,2,2,なし,広報課
        A-005,会議資料,ノートＰＣ|USBメモリ|メール,2,1,1,なし,総務課
        A-006,委託データ,委託先|クラウド,2,2,2,個人情報,情報政策課
        A-007,窓口,タブレット|複合機|LAN,2,1,2,個人情報,市民課

        """
    static let codes = header + """
        A-001,住民基本台帳,server|system,3A,2,2,特定個人情報,市民課
        A-002,人事記録,pc|server,3,2,1,要配慮個人情報,人事課
        A-003,申請書の控え,paper,2,1,1,個人情報,市民課
        A-004,広報,website|social-media,1,2,2,なし,広報課
        A-005,会議資料,laptop|removable|email,2,1,1,なし,総務課
        A-006,委託データ,contractor|cloud,2,2,2,個人情報,情報政策課
        A-007,窓口,smart-device|mfp|network,2,1,2,個人情報,市民課

        """

    @Test func everydayWordsAndAMediaMapGiveTheRegisterOfTheCodes() throws {
        let folder = try Runner.temporaryFolder()
        let words = folder.appendingPathComponent("台帳.csv"), plain = folder.appendingPathComponent("codes.csv")
        let map = folder.appendingPathComponent("呼び名.csv")
        try Data(Self.everyday.utf8).write(to: words)
        try Data(Self.codes.utf8).write(to: plain)
        try Data("名称,媒体\n住記サーバ,サーバー\n第2書庫,paper\n別館倉庫,紙\n".utf8).write(to: map)
        let fromWords = try Runner.run(["score", words.path, "--media-map", map.path, "--format", "csv"])
        let fromCodes = try Runner.run(["score", plain.path, "--format", "csv"])
        #expect(fromWords.status == 0, "\(fromWords.stderr)")
        #expect(fromCodes.status == 0, "\(fromCodes.stderr)")
        #expect(!fromCodes.stdout.isEmpty)
        #expect(fromWords.stdout == fromCodes.stdout)
        // Without the map, 別館倉庫 names no medium.
        let unmapped = try Runner.run(["score", words.path, "--format", "csv"])
        #expect(unmapped.status == 65)
        #expect(unmapped.stderr.contains("台帳.csv:4:3: error: unknown medium \"別館倉庫\""))
        // The map is recorded as an input.
        let json = try Runner.run(["score", words.path, "--media-map", map.path, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.text.contains("\"media-map\""))
        let validate = try Runner.run(["validate", words.path, "--media-map", map.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        // Streamed, in chunks, the map applies as well.
        let streamed = folder.appendingPathComponent("streamed.csv")
        let chunked = try Runner.run(["score", words.path, "--media-map", map.path, "--format", "csv", "--output", streamed.path],
                                     environment: ["RISK_STREAM": "always"])
        #expect(chunked.status == 0, "\(chunked.stderr)")
        #expect(try [UInt8](Data(contentsOf: streamed)) == fromCodes.stdout)
    }

    @Test func unknownAndAmbiguousMediaAreReportedWithTheWordsFound() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("台帳.csv")
        try Data((Self.header + "A,住民票,サーパー,1,1,1,なし,市民課\nB,控え,サーバールームのキャビネット,1,1,1,なし,市民課\n").utf8)
            .write(to: input)
        let result = try Runner.run(["validate", input.path], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("台帳.csv:2:3: エラー: 媒体「サーパー」はカタログにも媒体の呼び名にもありません。もしかして: サーバ（server）"))
        #expect(result.stderr.contains("台帳.csv:3:3: エラー: 媒体「サーバールームのキャビネット」は種類の違う媒体を指しています: サーバールーム（server）、キャビネット（paper）"))
    }

    @Test func aWrongMediaMapStopsBeforeTheInventory() throws {
        let folder = try Runner.temporaryFolder()
        let input = folder.appendingPathComponent("台帳.csv"), map = folder.appendingPathComponent("map.csv")
        try Data(Self.everyday.utf8).write(to: input)
        try Data("name,media\n第2書庫,paper\n第2書庫,server\n倉庫,cloude\n".utf8).write(to: map)
        let result = try Runner.run(["score", input.path, "--media-map", map.path, "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("map.csv:3:1: error: name \"第2書庫\" appears twice (first on line 2)"))
        #expect(result.stderr.contains("map.csv:4:2: error: unknown medium \"cloude\"; did you mean \"cloud\" (cloud)?"))
        #expect(!result.stderr.contains("台帳.csv"))
        let diff = try Runner.run(["diff", "a.json", "b.json", "--media-map", map.path, "--lang", "en"])
        #expect(diff.status == 64)
    }
}
