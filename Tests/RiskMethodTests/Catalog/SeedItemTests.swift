import Testing
@testable import RiskMethod
import RiskTestSupport

/// Items pinned field by field against the seed text: each literal below is the seed's own text for the cell,
/// line breaks as the PDF extraction wrapped them; the catalog holds it with the line breaks removed.
struct SeedItemTests {
    /// A cell of the seed as the catalog keeps it: line breaks removed, nothing added.
    static func cell(_ text: String) -> String { text.split(separator: "\n").joined() }

    struct Pin: Sendable, CustomTestStringConvertible {
        let number: Int
        let fields: [String: String]
        /// Pages and requester: the seed's separate parts (a clause stands on its own after a blank line).
        let parts: [String: [String]]
        var testDescription: String { "item \(number)" }
    }

    static let pins: [Pin] = [
        Pin(number: 4, fields: [
            "section": #"""
            「1.6.4　リスク分析の実施」
            """#,
            "reason": #"""
            リスク分析の実施に関しては、「地方公共団
            体における情報資産のリスク分析・評価に関
            する手引き（平成21年3月）」が参照されてい
            るが、実施方法に関して見直す必要がある
            ため
            """#,
            "origin": #"""
            現行の情報セ
            キュリティポリ
            
            シー運用上の課
            題
            """#,
            "background": #"""
            主要な情報資産について調査及びリスク
            分析は、（地方自治情報管理概要の平成
            25年度によると）都道府県では約60％、市
            区町村は約30％の実施率にとどまってお
            り、実施できない理由に難しさと時間がか
            かる点をあげている
            """#,
            "category": #"""
            明確化
            """#,
            "policy": #"""
            ・現行のポリシーガイドライン「1.6.4.リスク分析の実施
            (P10)」に、簡易リスク分析方法等についての追記修正を行
            う
            """#,
            "direction": #"""
            簡易リスク分析等を含めた、現場で
            実施しやすいリスク分析の方法を検
            討する
            """#,
        ], parts: [
            "requester": [#"""
                運用上の課題
                """#],
            "pages": [#"""
                9～10
                """#],
        ]),
        Pin(number: 10, fields: [
            "section": #"""
            「3.2　組織体制」
            """#,
            "reason": #"""
            現行の情報セキュリティポリシーガイドライン
            には、現場でのセキュリティ事件・事故対応
            に関する体制の観点が弱いため
            """#,
            "origin": #"""
            現行の情報セ
            キュリティポリ
            
            シー運用上の課
            題
            """#,
            "background": #"""
            各団体の現場でセキュリティ事件や事故
            等の対応ができる仕組み（CSIRT：
            ComputerSecurityIncidentResponseTeam）
            が必要である
            """#,
            "category": #"""
            管理強化
            """#,
            "policy": #"""
            ・現行ポリシーガイドライン「3.2.組織体制(P26)」に、
            「CSIRT」の記述を「推奨事項」として追記する
            ・現行ポリシーガイドライン「3.2.組織体制」の「解説(P28-
            29)」にCSIRTの組織体制例として図表を追記する
            """#,
            "direction": #"""
            各団体の現場でセキュリティ事件や
            事故等の対応ができる仕組み
            （CSIRT：
            ComputerSecurityIncidentResponse
            Team）作りの観点で見直し検討する
            """#,
        ], parts: [
            "requester": [#"""
                構成員からのご
                意見
                """#],
            "pages": [#"""
                26、
                """#, #"""
                28-29
                """#],
        ]),
        Pin(number: 13, fields: [
            "section": #"""
            「3.4.4　職員等のパソコン等の
            管理」
            """#,
            "reason": #"""
            モバイル機器（スマートフォン等）のセキュリ
            ティ対策の観点が弱いため
            """#,
            "origin": #"""
            今後検討すべき
            情報セキュリティ
            ポリシーの課題
            """#,
            "background": #"""
            スマートフォン端末の紛失・盗難等に対す
            る情報の漏えい等の対策をパソコンと同
            様に行う事が望ましい。
            """#,
            "category": #"""
            明確化
            """#,
            "policy": #"""
            ・現行ポリシーガイドライン「3.1.対象範囲(P23)」の図表10
            の情報システムに「スマートデバイス」の記述を追記
            ・現行ポリシーガイドライン「3.4.4.職員等のパソコン等の管
            理(P44)(解説)」に、スマートデバイスにおけるパスワード等
            による端末ロック、紛失時に備えたりモードワイプ機能の利
            用【推奨事項】について追記
            ・同ガイドライン「3.5.1.職員等の遵守事項(P47-48)（解説）」
            にスマートデバイスについても文言を追記
            """#,
            "direction": #"""
            スマートフォンのセキュリティ対策の
            考え方をパソコンと同様に追加検討
            する。
            """#,
        ], parts: [
            "requester": [#"""
                スマートフォン・ク
                ラウドセキュリティ
                研究会最終報告
                会（総務省平成24
                
                年6月29日）
                """#],
            "pages": [#"""
                10、44
                """#, #"""
                47-48
                """#],
        ]),
        Pin(number: 24, fields: [
            "section": #"""
            「3.6.1　コンピュータ及びネット
            ワークの管理」
            """#,
            "reason": #"""
            無線LAN利用時のセキュリティ対策の観点
            が弱いため
            """#,
            "origin": #"""
            現行の情報セ
            キュリティポリ
            
            シー運用上の課
            題
            """#,
            "background": #"""
            無線LAN情報セキュリティ３つの約束
            （約束１）無線LANを利用するときは大事な
            情報はSSLでやりとり
            (約束２）無線LANを公共で使用するとき
            は、ファイル共有機能を解除
            （約束３）自分でアクセスポイントを設置す
            る場合には、適切な暗号化方式を設定
            """#,
            "category": #"""
            明確化
            """#,
            "policy": #"""
            ・現行ポリシーガイドライン「3.6.1.コンピュータ及びネット
            ワーク管理(P58)(例文)、(P62)（解説）」に職員等が無線
            LAN利用する時の注意事項について追記
            ・参考文献として「一般利用者が安心して無線LANを利用
            するために」も追記する
            """#,
            "direction": #"""
            無線LAN利用時のセキュリティ対策
            の考え方を追加検討する。
            """#,
        ], parts: [
            "requester": [#"""
                一般利用者が安
                心して無線LANを
                利用するために
                
                （総務省平成24年
                11月2日）
                """#],
            "pages": [#"""
                58、62
                """#],
        ]),
        Pin(number: 44, fields: [
            "section": #"""
            「3.6.5　不正アクセス対策」
            """#,
            "reason": #"""
            支給品以外の端末利用に関するセキュリ
            ティ対策の観点が弱いため
            """#,
            "origin": #"""
            今後検討すべき
            情報セキュリティ
            ポリシーの課題
            """#,
            "background": #"""
            「支給以外の端末の利用」
            端末に情報を保存させず、支給以外の端
            末を業務利用することを可能とする。仕組
            みとして、シンクライアントやリモートデスク
            トップの技術の活用が有効
            """#,
            "category": #"""
            明確化
            """#,
            "policy": #"""
            現行のポリシーガイドライン(P76)に不正アクセスに対する
            システム・ルール的な対策について追記する（関係ページ
            への参照等も検討する）
            """#,
            "direction": #"""
            新しいNISC統一基準（平成26年度
            版）の改定状況を見ながら、支給品
            以外の端末の利用時のセキュリティ
            対策の観点を追加検討する
            """#,
        ], parts: [
            "requester": [#"""
                府省庁対策基準
                策定のためのガイ

                ドライン
                """#, #"""
                8.2
                """#],
            "pages": [#"""
                76
                """#],
        ]),
        Pin(number: 60, fields: [
            "section": #"""
            「3.7.4 外部委託」
            """#,
            "reason": #"""
            外部委託の要求事項に、供給者のアクセス
            に関連する観点が弱いため
            """#,
            "origin": #"""
            今後検討すべき
            情報セキュリティ
            ポリシーの課題
            """#,
            "background": #"""
            組織の資産に対する供給者のアクセスに
            関連するリスクを軽減するための情報セ
            キュリティ要求事項について、供給者と合
            意し、文書化しなければならない
            """#,
            "category": #"""
            明確化
            """#,
            "policy": #"""
            ・現行のポリシーガイドライン(P87)に、組織へICTサービス
            を提供する供給者が情報にアクセスする場合の合意につ
            いて追記する（参考：ISO/IEC27002:2013（15.1.1））
            """#,
            "direction": #"""
            外部委託の要求事項に、供給者の
            アクセスに関するリスク低減の観点
            を追加検討する
            """#,
        ], parts: [
            "requester": [#"""
                ISO/IEC27001:20
                13
                """#, #"""
                A.15.1.1
                """#],
            "pages": [#"""
                87
                """#],
        ]),
        Pin(number: 64, fields: [
            "section": #"""
            「3.7.4 外部委託」
            """#,
            "reason": #"""
            供給者関係における情報セキュリティ
            供給者がアクセスできる組織の資産の保護
            を確実にするため
            """#,
            "origin": #"""
            －
            """#,
            "background": #"""
            情報システムの重要性を踏まえた適切な
            バックアップが講じられているか（本番デー
            タとバックアップデータが同時消失すること
            がないか等）、について適切な契約内容と
            なっていることが必要。(現状確認含む)
            """#,
            "category": #"""
            明確化
            """#,
            "policy": #"""
            ・現行のポリシーガイドライン(P90)において、参考資料とし
            て「地方公共団体におけるASP・SaaSの導入・活用に関す
            るガイドライン」が記載されているが、追加として「外部委託
            における情報セキュリティ対策実施規程 雛形付録」(NISC)
            を追記する
            """#,
            "direction": #"""
            平成22年10月以降の事務連絡に基
            づく検討事項
            """#,
        ], parts: [
            "requester": [#"""
                ホスティングサー
                ビス等利用時にお
                けるデータ消失等
                事象への対策実
                施及び契約内容
                の再確認等につ
                いて（注意喚起）
                平成24年7月6日
                """#],
            "pages": [#"""
                90
                """#],
        ]),
        Pin(number: 77, fields: [
            "section": #"""
            参考資料「地方公共団体にお
            ける情報資産のリスク分析・評
            価に関する手引き（平成２１年
            3月）」
            """#,
            "reason": #"""
            リスク分析の実施に関しては、「地方公共団
            体における情報資産のリスク分析・評価に関
            する手引き（平成21年3月）」が参照されてい
            るが、実施方法に関して見直す必要がある
            ため
            """#,
            "origin": #"""
            現行の情報セ
            キュリティポリ
            
            シー運用上の課
            題
            """#,
            "background": #"""
            主要な情報資産について調査及びリスク
            分析は、（地方自治情報管理概要の平成
            25年度によると）都道府県では約60％、市
            区町村は約30％の実施率にとどまってお
            り、実施できない理由に難しさと時間がか
            かる点をあげている
            """#,
            "category": #"""
            ―
            """#,
            "policy": #"""
            ・現行のポリシーガイドライン「1.6.4.リスク分析の実施
            (P10)」に、簡易リスク分析方法等についての追記修正を行
            う
            ・手引き自体の修正はなし
            """#,
            "direction": #"""
            簡易リスク分析等を含めた、現場で
            実施しやすいリスク分析の方法を検
            討する
            """#,
        ], parts: [
            "requester": [#"""
                運用上の課題
                """#],
            "pages": [#"""
                ―
                """#],
        ]),
    ]

    @Test(arguments: pins)
    func itemMatchesTheSeed(_ pin: Pin) throws {
        let item = try #require(Catalog.builtIn.item(pin.number))
        let values: [String: String] = [
            "section": item.section, "reason": item.reason, "origin": item.origin, "requester": item.requester,
            "background": item.background, "category": item.category, "pages": item.pages, "policy": item.policy,
            "direction": item.direction,
        ]
        #expect(pin.fields.count == 7 && pin.parts.count == 2)
        for (field, seedText) in pin.fields {
            #expect(values[field] == SeedItemTests.cell(seedText), "item \(pin.number) \(field)")
        }
        for (field, parts) in pin.parts {
            #expect(values[field] == SeedItemTests.joinParts(parts.map(SeedItemTests.cell)), "item \(pin.number) \(field)")
        }
    }

    /// Separate parts of a cell (a page list on two lines, a requester and its clause) are joined by one space,
    /// except after a full-width 、, as in `26、28-29`.
    static func joinParts(_ parts: [String]) -> String {
        var result = ""
        for part in parts {
            if let last = result.last, last != "、" { result += " " }
            result += part
        }
        return result
    }
}
