/// The help of each command, each with an example: `risk --help` and `risk COMMAND --help`.
public enum HelpText: String, MessageCatalog {
    case main = "help.main"
    case score = "help.score"
    case validate = "help.validate"
    case initialize = "help.init"
    case catalog = "help.catalog"
    case explain = "help.explain"
    case diff = "help.diff"
    case soa = "help.soa"

    public var templates: Localized {
        switch self {
        case .main: Self.mainHelp
        case .score: Self.scoreHelp
        case .validate: Self.validateHelp
        case .initialize: Self.initializeHelp
        case .catalog: Self.catalogHelp
        case .explain: Self.explainHelp
        case .diff: Self.diffHelp
        case .soa: Self.soaHelp
        }
    }

    /// `risk --help`: the commands, the options of every command and the exit statuses; `{1}` is the version.
    private static let mainHelp = Localized(
        """
        risk {1} — 情報資産の簡易リスク分析（重要度 × 被害発生可能性、IPA 3 × 3 方式）

        使い方: risk <コマンド> [オプション]

        コマンド:
          score INVENTORY     情報資産台帳を評価してリスク台帳を書く
          validate INVENTORY  入力を確認し、問題をすべて表示する
          init [DIR]          記入用テンプレートとサンプル台帳を書く
          catalog KIND        カタログ（items, threats, controls, media, iso27001, all）を表示・書き出す
          explain INVENTORY RISK_ID…  リスクの評価の過程を一つずつ示す
          diff OLD.json NEW.json      二つのリスク台帳（JSON）を比べる
          soa INVENTORY       ISO/IEC 27001:2022 附属書Aの適用宣言書を書く

        共通オプション:
          --lang ja|en        表示言語（既定は LC_ALL / LANG から）
          --help, -h          使い方を表示する
          --version, -V       版を表示する

        例:
          risk init 評価2026 --lang ja
          risk score 評価2026/sample-inventory.csv --format csv --output 台帳.csv

        終了コード: 0 完了、1 --fail-on の水準以上の未対応リスクあり、64 使い方の誤り、65 入力データの誤り、
        66 入力ファイルを読めない、70 内部エラー、73 出力を書けない
        """,
        """
        risk {1} — simplified information-security risk analysis (importance × possibility of damage, IPA 3 × 3)

        usage: risk <command> [options]

        commands:
          score INVENTORY     score an asset inventory and write the risk register
          validate INVENTORY  check the inputs and list every problem
          init [DIR]          write fill-in templates and a sample inventory
          catalog KIND        browse or export the catalog (items, threats, controls, media, iso27001, all)
          explain INVENTORY RISK_ID…  show step by step how risks were scored and what they map to
          diff OLD.json NEW.json      compare two JSON risk registers
          soa INVENTORY       write the statement of applicability against ISO/IEC 27001:2022 Annex A

        options of every command:
          --lang ja|en        language of messages (default from LC_ALL / LANG)
          --help, -h          show help
          --version, -V       show the version

        example:
          risk init assessment-2026 --lang en
          risk score assessment-2026/sample-inventory.csv --format csv --output register.csv

        exit status: 0 done, 1 an untreated risk at or above --fail-on, 64 wrong usage, 65 bad input data,
        66 an input cannot be read, 70 internal error, 73 the output cannot be written
        """)

    /// `risk score --help`.
    private static let scoreHelp = Localized(
        """
        使い方: risk score INVENTORY [オプション]

        情報資産台帳（Excel ブック .xlsx、CSV、タブ区切り、JSON。UTF-8、BOM 付き UTF-8、Shift_JIS）を評価し、
        リスク台帳を書きます。見出し行の上の表題、2 段の見出し、和暦の日付、高/中/低 などの書き方も読みます。

          --threats FILE        脅威の状況（起こりやすさ、つけ込みやすさ、対象）
          --checklist FILE      対策状況チェック（脆弱性をここから求める）
          --method mic|ipa|FILE 評価方法（既定 mic）
          --catalog FILE        組み込みカタログの代わりに使うカタログ
          --media-map FILE      自団体の媒体の呼び名（名称、媒体）: 第2書庫 → paper など
          --format table|csv|json|md|html|xlsx  出力形式（既定: 端末では table、それ以外は csv。--output の拡張子からも判断）
          --output, -o FILE     出力ファイル（一時ファイルに書いてから置き換える）。- は標準出力
          --min-level LEVEL     改定項番・対策を詳しく対応づける水準: 手法のレベルのコードか表示名（mic・ipa では
                                low|medium|high または 小|中|大。既定 high、high のない手法では上から 2 番目）
          --plan FILE           対応計画（リスクID、対応、追加対策、担当、期限、備考）: 対応と残留リスクを加える
          --policy FILE         ガイドラインの節と自団体の条項の対応（節、条項、見出し）
          --fail-on LEVEL       この水準以上の未対応リスク（計画があれば残留リスク）があれば終了コード 1（水準は --min-level と同じ）
          --sheet NAME          台帳（.xlsx）のシート名（既定は最初のシート）
          --iso 2022|2013       示す ISO/IEC 27001 附属書Aの版（既定 2022）
          --department NAME     この部署の資産だけを評価・出力する（繰り返し可、「,」「、」区切りでも可）
          --encoding utf-8|utf-8-bom|cp932  CSV の文字コード（日本語の Excel で開くなら utf-8-bom か cp932）

        大きな CSV 台帳（UTF-8 は 256 MB 以上、Shift_JIS は 8 MB 以上）から CSV をファイルに書くときは、台帳を
        少しずつ 2 回読み、使うメモリを抑えます（結果は同じ）。環境変数 RISK_STREAM=always なら
        できる限りこの読み方を、never なら常に全体を一度に読みます。

        例:
          risk score 台帳.csv --checklist 対策状況.csv --format json --output 評価.json
        """,
        """
        usage: risk score INVENTORY [options]

        Scores an asset inventory (an Excel workbook .xlsx, CSV, tab-separated text or JSON; UTF-8, UTF-8 with BOM or
        Shift_JIS) and writes the risk register. Titles above the header, two-row headers, Japanese dates and
        labels such as 高/中/低 are read too.

          --threats FILE        threat settings (likelihood, vulnerability, scope)
          --checklist FILE      control checklist (vulnerability is derived from it)
          --method mic|ipa|FILE scoring method (default mic)
          --catalog FILE        a catalog to use instead of the built-in one
          --media-map FILE      the organisation's own names for media (name, media): 第2書庫 → paper and so on
          --format table|csv|json|md|html|xlsx  output format (default: table on a terminal, else csv; also from --output's extension)
          --output, -o FILE     output file, written whole or not at all; - is standard output
          --min-level LEVEL     level from which risks are mapped in full: a code or label of the method's levels (mic and
                                ipa: low|medium|high or 小|中|大; default high, or the second-highest level without one)
          --plan FILE           treatment plan (risk_id, treatment, controls, owner, due, note): adds treatments and residual risk
          --policy FILE         the organisation's clauses for guideline sections (section, clause, title)
          --fail-on LEVEL       exit 1 when a risk at or above the level is untreated (residual, with a plan); levels as --min-level
          --sheet NAME          the inventory workbook's sheet (default: the first)
          --iso 2022|2013       the edition of ISO/IEC 27001 whose Annex A numbers are cited (default 2022)
          --department NAME     only the assets of this department (repeatable; several names separated by , or 、)
          --encoding utf-8|utf-8-bom|cp932  the CSV register's encoding (utf-8-bom or cp932 for Japanese Excel)

        A large CSV inventory (256 MB or more in UTF-8, 8 MB or more in Shift_JIS) scored to a CSV file is read
        twice, in chunks, so that memory stays small; the register is the same. RISK_STREAM=always reads any
        inventory that way that can be, RISK_STREAM=never none.

        example:
          risk score inventory.csv --checklist checklist.csv --format json --output register.json
        """)

    /// `risk validate --help`.
    private static let validateHelp = Localized(
        """
        使い方: risk validate INVENTORY [--threats FILE] [--checklist FILE] [--method …] [--catalog FILE] [--plan FILE] [--policy FILE] [--sheet NAME] [--media-map FILE] [--department NAME]

        入力ファイル（score が読むものすべて）を確認し、問題をすべて（ファイル、行、列つきで）表示します。
        問題がなければ終了コード 0。

        例:
          risk validate 台帳.csv --threats 脅威の状況.csv
        """,
        """
        usage: risk validate INVENTORY [--threats FILE] [--checklist FILE] [--method …] [--catalog FILE] [--plan FILE] [--policy FILE] [--sheet NAME] [--media-map FILE] [--department NAME]

        Checks the inputs (every file score reads) and lists every problem with its file, line and column; exit
        status 0 when there is none.

        example:
          risk validate inventory.csv --threats threats.csv
        """)

    /// `risk init --help`.
    private static let initializeHelp = Localized(
        """
        使い方: risk init [DIR] [--lang ja|en] [--force]

        記入用テンプレート（inventory.csv, threats.csv, checklist.csv, plan.csv, policy.csv, method.json）とサンプル
        （sample-inventory.csv, sample-checklist.csv, sample-plan.csv）を DIR（既定は現在のフォルダ）に書きます。既存のファイルは --force がない限り上書きしません。

        例:
          risk init 評価2026 --lang ja
        """,
        """
        usage: risk init [DIR] [--lang ja|en] [--force]

        Writes the fill-in templates (inventory.csv, threats.csv, checklist.csv, plan.csv, policy.csv, method.json) and the
        samples (sample-inventory.csv, sample-checklist.csv, sample-plan.csv) to DIR (default: the current folder). Existing files are kept unless --force is given.

        example:
          risk init assessment-2026 --lang en
        """)

    /// `risk catalog --help`.
    private static let catalogHelp = Localized(
        """
        使い方: risk catalog items|threats|controls|media|iso27001|all [--search TEXT] [--format table|csv|json] [--output FILE]

        組み込みカタログ（または --catalog FILE）を表示・書き出します。items は総務省の改定項番 1–77、threats は脅威、
        controls は対策状況チェックの対策（対象とする媒体つき）、media は媒体・保存先、iso27001 は ISO/IEC 27001:2022
        附属書Aの管理策 93 件（2013年版の対応する管理策と、それを実施するカタログの対策つき）。--search は日本語・英語の
        文や番号（8.8、A.12.6.1 など）に含まれる語で絞り込みます。
        all --format json はカタログファイルを書き、--catalog FILE で読み戻せます。

        例:
          risk catalog threats --search クラウド
          risk catalog all --format json --output catalog.json
        """,
        """
        usage: risk catalog items|threats|controls|media|iso27001|all [--search TEXT] [--format table|csv|json] [--output FILE]

        Shows or exports the built-in catalog (or --catalog FILE): items are MIC's revision items 1–77, threats the
        threats, controls the checklist controls (with the media each concerns), media the media codes, iso27001 the
        93 controls of ISO/IEC 27001:2022 Annex A (with the 2013 controls each continues and the catalog controls that
        serve it). --search keeps what holds the text, in Japanese or English, or a number (8.8, A.12.6.1). all --format json writes a catalog file that --catalog
        FILE reads back.

        example:
          risk catalog threats --search cloud
          risk catalog iso27001 --search A.9.4.1
          risk catalog all --format json --output catalog.json
        """)

    /// `risk explain --help`.
    private static let explainHelp = Localized(
        """
        使い方: risk explain INVENTORY RISK_ID [RISK_ID…] [--threats FILE] [--checklist FILE] [--method …] [--plan FILE] [--sheet NAME] [--media-map FILE] [--department NAME]

        リスク（資産ID/脅威ID）ごとに、格付け、重要度を決めた性質、起こりやすさとその出どころ、つけ込みやすさと
        それを決めた対策、変換表のセル、リスクレベル、対応する改定項番と対策を順に示します。--plan があれば、
        対応（追加対策、担当、期限、備考）と残留リスクも示します。

        例:
          risk explain 台帳.csv A-001/T05 --checklist 対策状況.csv
        """,
        """
        usage: risk explain INVENTORY RISK_ID [RISK_ID…] [--threats FILE] [--checklist FILE] [--method …] [--plan FILE] [--sheet NAME] [--media-map FILE] [--department NAME]

        For each risk (ASSET_ID/THREAT_ID) shows the asset's classes, which property set the importance, the
        likelihood and where it came from, the vulnerability and the controls that decided it, the table cell, the
        level, and the revision items and controls it maps to; with --plan, its treatment (controls, owner, due,
        note) and residual risk.

        example:
          risk explain inventory.csv A-001/T05 --checklist checklist.csv
        """)

    /// `risk diff --help`.
    private static let diffHelp = Localized(
        """
        使い方: risk diff OLD.json NEW.json [--format table|json|md] [--output FILE]

        二つのリスク台帳（risk score --format json の出力）を比べ、新たなリスク、なくなったリスク、値やレベルが
        変わったリスク、追加・削除・格付けが変わった資産、評価方法・カタログの変更、見直しの契機（初めて使われた
        スマートデバイスやクラウド等の媒体: 項番 3、5、6）を示します。

        例:
          risk diff 評価2025.json 評価2026.json --format md --output 差分.md
        """,
        """
        usage: risk diff OLD.json NEW.json [--format table|json|md] [--output FILE]

        Compares two risk registers (written by risk score --format json): new, closed and changed risks (old and new
        value and level), assets added, removed and reclassified, method or catalog changes, and review triggers (a
        medium used for the first time, such as smart-device or cloud, flags revision items 3, 5 and 6).

        example:
          risk diff register-2025.json register-2026.json --format md --output diff.md
        """)
}

/// The help texts, each with an example.
public enum Help {
    /// `risk --help`: the commands, the options of every command and the exit statuses.
    public static func main(_ language: Language) -> String { HelpText.main(language, RiskVersion.current) }
    /// `risk score --help`.
    public static func score(_ language: Language) -> String { HelpText.score(language) }
    /// `risk validate --help`.
    public static func validate(_ language: Language) -> String { HelpText.validate(language) }
    /// `risk init --help`.
    public static func initialize(_ language: Language) -> String { HelpText.initialize(language) }
    /// `risk catalog --help`.
    public static func catalog(_ language: Language) -> String { HelpText.catalog(language) }
    /// `risk soa --help`.
    public static func soa(_ language: Language) -> String { HelpText.soa(language) }
    /// `risk explain --help`.
    public static func explain(_ language: Language) -> String { HelpText.explain(language) }
    /// `risk diff --help`.
    public static func diff(_ language: Language) -> String { HelpText.diff(language) }
}
