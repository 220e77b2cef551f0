import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The media and threats of the built-in catalog, pinned against tables of them written out here by hand.
struct CatalogTableTests {
    static let mediaTable = """
        | `paper` | 紙（書類） | Paper documents |
        | `removable` | 外部記録媒体（USBメモリ等） | Removable media (USB memory, external disk, optical disc) |
        | `pc` | 庁内端末（事務用PC） | Office PC |
        | `laptop` | 持出し用ノートPC | Laptop taken outside the office |
        | `smart-device` | スマートデバイス（スマートフォン・タブレット） | Smartphone or tablet |
        | `server` | 庁内サーバ | On-premises server |
        | `system` | 業務システム | Business application system |
        | `cloud` | クラウドサービス・外部データセンター | Cloud service or external data centre |
        | `contractor` | 外部委託先 | Contractor handling the information |
        | `website` | 公開Webサイト | Public website |
        | `email` | 電子メール | Email |
        | `network` | 通信回線・ネットワーク機器 | Network lines and network equipment |
        | `mfp` | 複合機 | Multifunction printer |
        | `special-device` | 特定用途機器 | Special-purpose device (IoT, cameras, conference systems) |
        | `social-media` | ソーシャルメディア | Social media account |
        | `private-device` | 支給以外の端末（私物端末） | Non-issued or personal device |
        """

    static let threatTable = """
        | T01 | 紛失・置き忘れ | Loss or misplacement | C A | paper, removable, laptop, smart-device | 2 | 13, 16, 17, 19, 43 | A.6.2.1, A.8.3.1, A.11.2.6 |
        | T02 | 盗難 | Theft | C A | paper, removable, pc, laptop, smart-device, server | 2 | 13, 16, 17, 19, 43 | A.6.2.1, A.8.3.1, A.11.1.3, A.11.2.6 |
        | T03 | のぞき見・盗み見 | Shoulder surfing or unauthorised viewing | C | paper, pc, laptop, smart-device, private-device | 2 | 21 | A.11.2.9, A.6.2.2 |
        | T04 | 廃棄・返却時の情報漏えい | Leakage when media or equipment is disposed of or returned | C | paper, removable, pc, laptop, smart-device, server, mfp | 1 | 28 | A.8.3.2, A.11.2.7 |
        | T05 | マルウェア感染 | Malware infection | C I A | removable, pc, laptop, smart-device, server | 3 | 16, 43, 46, 47 | A.12.2.1, A.8.3.1 |
        | T06 | 標的型攻撃 | Targeted attack (spear phishing, advanced persistent threat) | C I A | pc, laptop, server, system, email | 2 | 10, 42, 46, 48, 49, 57, 58 | A.12.2.1, A.12.4.1, A.16.1.1, A.16.1.6 |
        | T07 | 外部からの不正アクセス | Unauthorised access from outside | C I A | server, system, cloud, website, network | 2 | 32, 42, 49 | A.9.4.2, A.13.1.1, A.13.1.3 |
        | T08 | なりすましログイン（ID・パスワードの悪用、初期設定のまま） | Log-in with stolen, guessed or default credentials | C I | server, system, cloud, network, mfp, special-device | 2 | 32, 33 | A.9.2.1, A.9.4.2, A.9.4.3 |
        | T09 | 内部不正（不正持出し・目的外利用） | Insider misuse: unauthorised copying, taking out or use | C I | paper, removable, pc, laptop, server, system | 1 | 20, 55, 65, 70, 71 | A.7.2.2, A.8.3.1, A.12.4.1 |
        | T10 | 特権IDの不正使用 | Misuse of privileged IDs | C I A | server, system, cloud, network | 1 | 55 | A.9.2.3, A.12.4.3 |
        | T11 | サポート終了・未修正の脆弱性の悪用 | Exploitation of unpatched or end-of-support software | C I A | pc, laptop, server, system, website, network | 2 | 50, 51, 52, 53, 54, 72 | A.12.6.1 |
        | T12 | Webサイトの改ざん | Website defacement | I A | website | 2 | 72 | A.12.6.1, A.14.2.8 |
        | T13 | なりすましメール・メール誤送信 | Spoofed email or email sent to the wrong recipient | C I | email | 3 | 30 | A.13.2.3 |
        | T14 | 外部サービスの設定不備による情報公開 | Exposure through a misconfigured external service (such as free group mail) | C | email, cloud | 2 | 31 | A.13.2.3, A.15.1.1 |
        | T15 | クラウド仮想ネットワークの設定ミス | Misconfigured cloud virtual network | C I A | cloud | 2 | 26 | A.13.1.3 |
        | T16 | 無線LANの盗聴・不正接続 | Eavesdropping or rogue access on wireless LAN | C I | laptop, smart-device, network | 2 | 18, 24, 25 | A.13.1.1, A.6.2.1 |
        | T17 | スマートデバイスの不正アプリ・OS未更新 | Malicious apps or outdated OS on smart devices | C I | smart-device | 2 | 27, 47 | A.6.2.1, A.12.6.2 |
        | T18 | 支給以外の端末からの情報漏えい | Leakage through non-issued or personal devices | C | private-device | 2 | 14, 20, 44 | A.6.2.1, A.6.2.2 |
        | T19 | テレワーク時の情報漏えい | Leakage while teleworking | C | laptop, smart-device, private-device | 2 | 21 | A.6.2.2 |
        | T20 | ソーシャルメディアのなりすまし・乗っ取り | Social media impersonation or account takeover | I | social-media | 2 | 15, 45 | A.9.4.2 |
        | T21 | 複合機からの情報漏えい | Leakage through multifunction printers | C | mfp | 2 | 28 | A.11.2.7, A.13.1.1 |
        | T22 | 特定用途機器への不正アクセス | Attack on special-purpose devices | C I A | special-device | 2 | 29 | A.13.1.1 |
        | T23 | 委託先・再委託先での情報漏えい | Leakage at a contractor or subcontractor | C I | contractor, cloud | 2 | 60, 61, 62, 65 | A.15.1.1, A.15.1.2, A.15.1.3 |
        | T24 | ICTサプライチェーンのリスク | ICT supply-chain compromise | C I A | contractor, cloud, system | 1 | 61, 62 | A.15.1.3 |
        | T25 | 海外データセンターでの外国法令に基づくアクセス | Access under foreign law at an overseas data centre | C | cloud, contractor | 1 | 63, 66, 67, 68 | A.18.1.1 |
        | T26 | 事業者側でのデータ消失 | Data loss at a hosting or cloud provider | I A | cloud, contractor | 2 | 34, 64 | A.12.3.1 |
        | T27 | 通信回線・回線装置の障害 | Failure of network lines or network equipment | A | network, system, cloud | 2 | 12 | A.17.2.1, A.13.1.1 |
        | T28 | 機器故障・システム障害 | Hardware or system failure | I A | removable, pc, laptop, server, system, special-device | 2 | 39, 40 | A.17.2.1, A.12.3.1, A.11.2.4 |
        | T29 | 災害・停電 | Disaster (earthquake, fire, flood) or power outage | A | paper, pc, server, system, network | 2 | 9, 39, 40, 41 | A.17.1.1, A.11.1.4, A.11.2.2 |
        | T30 | 誤操作・設定ミス | Human error or misconfiguration | C I A | pc, laptop, server, system, cloud, email, website | 3 | 8, 22 | A.7.2.2, A.12.1.2 |
        | T31 | 開発・保守時のセキュリティ不備 | Security flaws introduced in development or maintenance | C I A | system, website | 2 | 35, 36, 37, 38 | A.14.2.1, A.14.2.5, A.14.2.6, A.14.2.8 |
        | T32 | インシデント対応の遅れによる被害拡大 | Damage spread by slow incident response | C I A | pc, server, system, cloud, website, network | 2 | 9, 10, 23, 41, 42, 56, 57, 58, 59 | A.16.1.1, A.16.1.2, A.16.1.4, A.16.1.6 |
        """

    static func cells(_ line: Substring) -> [String] {
        line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func mediaAsTheTableGivesThem() {
        let rows = Self.mediaTable.split(separator: "\n").map(Self.cells)
        let catalog = Catalog.builtIn
        #expect(rows.count == 16)
        #expect(catalog.media.count == rows.count)
        for (medium, row) in zip(catalog.media, rows) {
            #expect("`\(medium.code)`" == row[0])
            #expect(medium.name.ja == row[1])
            #expect(medium.name.en == row[2])
        }
    }

    @Test func threatsAsTheTableGivesThem() {
        let rows = Self.threatTable.split(separator: "\n").map(Self.cells)
        let catalog = Catalog.builtIn
        #expect(rows.count == 32)
        #expect(catalog.threats.count == rows.count)
        for (threat, row) in zip(catalog.threats, rows) {
            #expect(threat.id == row[0])
            #expect(threat.name.ja == row[1])
            #expect(threat.name.en == row[2])
            #expect(threat.affects.letters.joined(separator: " ") == row[3])
            #expect(catalog.mediaCodes(threat.media).sorted() == row[4].components(separatedBy: ", ").sorted())
            #expect(String(threat.likelihood) == row[5])
            #expect(threat.revisionItems.map(String.init).joined(separator: ", ") == row[6])
            #expect(threat.iso2013.joined(separator: ", ") == row[7])
        }
    }
}
