/// The everyday words a ledger uses for its media (媒体・保存先), each tied to a medium code of the catalog: the kinds
/// (サーバー, USBメモリ, スマホ) and the usual places (サーバールーム, 書庫, キャビネット), in Japanese and English.
///
/// A cell is read through ``MediaVocabulary``, which folds width, case, spaces, ・ and the long vowel mark, so one
/// spelling here stands for サーバ/サーバー, ＰＣ/pc and the half-width ｻｰﾊﾞｰ alike; variants are listed anyway where
/// a reader of `docs/media-names.md` would look for them. A word applies only when the catalog has its code.
///
/// Left out on purpose, as they name more than one kind: ファイル and 文書 (paper, or electronic), ノート (a notebook
/// or a laptop), コピー (a copy or the copier), データベース, 共有ドライブ, カメラ alone, メールサーバ (server or
/// email: the ledger says which), Web alone, 個人端末 (issued to a person, or private).
enum MediaWords {
    /// The spellings of each medium, by code, in the catalog's order.
    static let table: [(code: String, words: [String])] = [
        ("paper", [
            "紙", "書類", "紙媒体", "紙文書", "紙の書類", "紙資料", "帳票", "台帳", "紙台帳", "申請書", "届出書",
            "申込書", "原本", "簿冊", "紙ファイル", "ファイリング", "伝票", "印刷物", "手書き", "キャビネット",
            "鍵付きキャビネット", "施錠キャビネット", "書庫", "文書庫", "鍵付き書庫", "書棚", "保管庫",
            "paper", "paper document", "printout", "cabinet",
        ]),
        ("removable", [
            "外部記録媒体", "記録媒体", "外部媒体", "電子媒体", "可搬媒体", "可搬電子媒体", "可搬記録媒体", "USB",
            "USBメモリ", "USBメモリー", "USBフラッシュメモリ", "外付けHDD", "外付けハードディスク", "外付けSSD",
            "外付けディスク", "ポータブルHDD", "DVD", "DVD-R", "CD", "CD-R", "CD-ROM", "ブルーレイ", "BD-R", "光ディスク",
            "SDカード", "microSD", "メモリカード", "MO", "磁気テープ", "バックアップテープ", "LTO",
            "removable media", "USB memory", "USB stick", "flash drive", "external disk", "external HDD",
        ]),
        ("pc", [
            "パソコン", "PC", "事務所PC", "事務用PC", "事務用パソコン", "事務PC", "端末", "庁内端末", "庁内PC", "職員PC",
            "職員端末", "業務端末", "業務用PC", "業務用パソコン", "自席PC", "担当者PC", "共用PC", "共有PC", "窓口端末",
            "窓口PC", "内部系端末", "情報系端末", "シンクライアント", "デスクトップ", "デスクトップPC",
            "デスクトップパソコン", "コンピュータ", "コンピューター", "ワークステーション", "ローカルディスク",
            "Cドライブ", "desktop", "desktop PC", "office PC", "workstation", "computer",
        ]),
        ("laptop", [
            "ノートPC", "ノートパソコン", "モバイルPC", "モバイルパソコン", "持出しPC", "持出PC", "持ち出しPC",
            "持出し用PC", "持ち出し用ノートPC", "持出用ノートPC", "持出端末", "持ち出し端末", "貸出PC", "貸出用PC",
            "貸出ノートPC", "テレワーク端末", "テレワーク用PC", "ラップトップ", "laptop", "notebook PC",
        ]),
        ("smart-device", [
            "スマホ", "スマートフォン", "タブレット", "タブレット端末", "iPad", "iPhone", "Android", "モバイル機器",
            "モバイル端末", "携帯端末", "携帯電話", "公用携帯", "公用スマホ", "業務用スマホ", "スマートデバイス",
            "smartphone", "tablet", "mobile device",
        ]),
        ("server", [
            "サーバ", "サーバー", "庁内サーバ", "社内サーバー", "ファイルサーバ", "ファイルサーバー", "共有サーバ",
            "業務サーバ", "DBサーバ", "NAS", "共有フォルダ", "サーバールーム", "サーバルーム", "サーバー室", "サーバ室",
            "電算室", "マシン室", "オンプレミス", "オンプレ", "server", "file server", "server room", "on-premises",
        ]),
        ("system", [
            "システム", "情報システム", "業務システム", "基幹系システム", "基幹システム", "住基システム",
            "住民基本台帳システム", "住民記録システム", "住記システム", "税務システム", "税システム", "電子決裁",
            "電子決裁システム", "文書管理システム", "財務会計システム", "人事給与システム", "福祉システム",
            "介護保険システム", "国保システム", "戸籍システム", "庶務事務システム", "system", "business system",
        ]),
        // データセンター alone is cloud: a town hall's own machine room is 電算室 or サーバ室, and the catalog's
        // cloud is 「クラウドサービス・外部データセンター」.
        ("cloud", [
            "クラウド", "クラウドサービス", "自治体クラウド", "ガバメントクラウド", "データセンター", "外部データセンター",
            "SaaS", "IaaS", "PaaS", "ASP", "LGWAN-ASP", "Microsoft 365", "Office 365", "M365", "OneDrive", "SharePoint",
            "Google Workspace", "Googleドライブ", "Google Drive", "box", "Dropbox", "AWS", "Azure", "kintone",
            "オンラインストレージ", "クラウドストレージ", "cloud", "cloud service", "data centre", "data center",
        ]),
        ("contractor", [
            "委託先", "外部委託", "委託", "業者", "委託業者", "委託事業者", "受託者", "受託事業者", "外部業者", "保守業者",
            "指定管理者", "ベンダー", "協力会社", "contractor", "vendor", "outsourcing",
        ]),
        ("website", [
            "ホームページ", "HP", "Webサイト", "ウェブサイト", "Webページ", "ウェブページ", "公式サイト",
            "公式ホームページ", "公開サイト", "website", "web site", "homepage",
        ]),
        ("email", [
            "メール", "電子メール", "Eメール", "e-mail", "email", "mail", "メール添付", "添付ファイル", "庁内メール",
            "外部メール", "Outlook",
        ]),
        ("network", [
            "LAN", "庁内LAN", "無線LAN", "WAN", "LGWAN", "ネットワーク", "庁内ネットワーク", "ネットワーク機器", "回線",
            "通信回線", "専用回線", "ルーター", "ルータ", "VPN", "インターネット", "Wi-Fi", "ファイアウォール",
            "network", "internet", "router",
        ]),
        ("mfp", [
            "複合機", "コピー機", "複写機", "プリンタ", "プリンター", "FAX", "ファクス", "ファックス", "ファクシミリ",
            "スキャナ", "スキャナー", "MFP", "printer", "copier", "fax", "multifunction printer",
        ]),
        ("special-device", [
            "特定用途機器", "監視カメラ", "防犯カメラ", "ネットワークカメラ", "IoT", "IoT機器", "テレビ会議",
            "テレビ会議システム", "入退室管理装置", "生体認証装置", "デジタルサイネージ", "医療機器", "ドローン",
            "special device", "CCTV", "security camera", "IoT device", "video conference",
        ]),
        ("social-media", [
            "SNS", "ソーシャルメディア", "X", "Twitter", "ツイッター", "Facebook", "フェイスブック", "LINE", "Instagram",
            "インスタグラム", "インスタ", "YouTube", "TikTok", "公式X", "公式LINE", "公式アカウント", "social media",
        ]),
        ("private-device", [
            "私物端末", "私物", "私物PC", "私物パソコン", "私物スマホ", "私物携帯", "私用端末", "私用PC", "個人所有端末",
            "個人所有PC", "自宅PC", "自宅パソコン", "BYOD", "private device", "personal device",
        ]),
    ]

    /// Words matched only as the whole cell, never inside a longer one: a single letter would be found in too much
    /// (X線装置 is not social media).
    static let wholeCellOnly: Set<String> = ["X"]

    /// The number of spellings in the table.
    static var count: Int { table.reduce(0) { $0 + $1.words.count } }
}
