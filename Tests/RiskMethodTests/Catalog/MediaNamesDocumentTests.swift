import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// `docs/media-names.md` lists every spelling of the table by medium; it is made from the table, and this test fails
/// when it is stale. To write it again: `RISK_WRITE_DOCS=1 swift test --filter MediaNamesDocumentTests`.
struct MediaNamesDocumentTests {
    static let path = "docs/media-names.md"

    /// The document as the table makes it.
    static func render() -> String {
        var text = """
            # 媒体の呼び名 / Names of media

            <!-- Made from Sources/RiskMethod/Catalog/MediaWords.swift by Tests/RiskMethodTests/Catalog/MediaNamesDocumentTests.swift: do not edit by hand. -->

            台帳の「媒体・保存先」には、カタログのコード（`paper` など）と名称のほか、ふだんの呼び名を書けます。
            全角・半角、大文字・小文字、空白、「・」、「-」、長音符「ー」の有無は区別しません（サーバ・サーバー・ｻｰﾊﾞｰ は同じ）。
            セル全体が呼び名でないときは、セルの中でいちばん長い呼び名を使います（人事担当者のPC → pc、サーバールームA → server）。
            種類の違う呼び名が並ぶとき（サーバールームのキャビネット）はエラーになります。一つにするか、「|」で区切って書いてください。
            自団体の呼び名は `--media-map FILE`（列: 名称, 媒体）で加えられ、この表より優先されます。

            Besides the catalog's codes (`paper` and so on) and names, the media column takes everyday words. Width, case,
            spaces, `・`, `-` and the long vowel mark `ー` do not matter (サーバ, サーバー and ｻｰﾊﾞｰ are one word). A cell that
            is not a word as a whole is read by the longest word inside it (人事担当者のPC is `pc`, サーバールームA is
            `server`); a cell whose words name different media (サーバールームのキャビネット) is an error: keep one, or
            separate them with `|`. An organisation adds its own names with `--media-map FILE` (columns: name, media);
            they win over this table.


            """
        for (code, words) in MediaVocabulary.tableSpellings {
            guard let medium = Catalog.builtIn.media.first(where: { $0.code == code }) else { continue }
            text += "## `\(code)` — \(medium.name.ja) / \(medium.name.en)\n\n"
            text += words.joined(separator: ", ") + "\n\n"
        }
        text += "\(MediaVocabulary.tableCount) 語 / \(MediaVocabulary.tableCount) spellings.\n"
        return text
    }

    @Test func theDocumentListsEverySpellingOfTheTable() throws {
        let url = packageRoot.appendingPathComponent(Self.path)
        let rendered = Self.render()
        if ProcessInfo.processInfo.environment["RISK_WRITE_DOCS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: url)
        }
        let onDisk = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(onDisk == rendered,
                "\(Self.path) is stale: run RISK_WRITE_DOCS=1 swift test --filter MediaNamesDocumentTests")
        for (_, words) in MediaVocabulary.tableSpellings {
            for word in words { #expect(onDisk.contains(word), "\(word)") }
        }
    }
}
