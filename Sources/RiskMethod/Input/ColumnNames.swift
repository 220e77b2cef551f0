/// The names a column of each input table may go by: the one place that lists them, in English and Japanese.
///
/// A column marked *carried* is known by its names but not yet used by the method: its values are kept as an extra
/// column, as an unknown column's are.
///
/// A header matches a name whatever its width, case, spaces and line breaks (`資産 名`, `ＩＤ`), and also when it
/// ends in a note in brackets that the name does not have (`機密性（3/2/1）`, `個人情報(有/無)`). The README lists
/// every name; a test keeps the two the same.
enum ColumnNames {
    /// The asset inventory (情報資産台帳). The id may be missing (rows are then numbered); the names an office or
    /// the IPA sheet uses for each column are all here.
    static let inventory = TableSchema(columns: [
        ColumnSpec(key: "id", english: ["id", "asset_id", "no", "no."],
                   japanese: ["資産ID", "資産番号", "管理番号", "番号", "項番", "通し番号", "整理番号", "№"], required: false),
        ColumnSpec(key: "name", english: ["name", "asset_name", "asset"],
                   japanese: ["資産名", "情報資産名", "情報資産名称", "情報資産の名称", "情報資産", "名称"], required: true),
        ColumnSpec(key: "media", english: ["media", "medium", "location"],
                   japanese: ["媒体・保存先", "媒体", "保存先", "媒体/保存先", "保存場所", "保管場所", "格納場所", "媒体・保管場所",
                              "媒体・保存場所", "保存媒体", "記録媒体", "保管媒体", "媒体の種類"], required: true),
        ColumnSpec(key: "confidentiality", english: ["confidentiality", "c"], japanese: ["機密性", "機密性の分類", "機密性分類"],
                   required: true),
        ColumnSpec(key: "integrity", english: ["integrity", "i"], japanese: ["完全性", "完全性の分類", "完全性分類"], required: true),
        ColumnSpec(key: "availability", english: ["availability", "a"], japanese: ["可用性", "可用性の分類", "可用性分類"],
                   required: true),
        ColumnSpec(key: "personal_data", english: ["personal_data", "personal data"],
                   japanese: ["個人情報", "個人情報の有無", "個人情報有無", "個人情報の種類", "個人情報の区分"], required: false),
        ColumnSpec(key: "department", english: ["department", "section"],
                   japanese: ["管理部署", "所管課", "担当課", "所管部署", "主管課", "所属", "部署", "部署名", "課名", "担当部署"],
                   required: false),
        ColumnSpec(key: "owner", english: ["owner"], japanese: ["管理者", "管理責任者", "責任者", "情報資産管理者"], required: false),
        ColumnSpec(key: "notes", english: ["notes", "note", "remarks"], japanese: ["備考", "メモ"], required: false),
        // Importance by judgement (the IPA ledger's 重要度): when filled, it replaces the computed importance. Its
        // reason is kept as written, as an extra column, and shown by `risk explain`.
        ColumnSpec(key: "importance", english: ["importance"], japanese: ["重要度"], required: false),
        ColumnSpec(key: "importance_reason", english: ["importance_reason"], japanese: ["重要度の理由", "重要度の判断理由"],
                   required: false, carried: true, read: true),
    ], containers: ["assets", "inventory"], requiresRows: true)

    /// The threat settings (脅威の状況).
    static let threats = TableSchema(columns: [
        ColumnSpec(key: "threat_id", english: ["threat_id"], japanese: ["脅威ID"], required: true),
        ColumnSpec(key: "likelihood", english: ["likelihood"], japanese: ["起こりやすさ", "脅威の起こりやすさ", "発生頻度"], required: false),
        ColumnSpec(key: "vulnerability", english: ["vulnerability"],
                   japanese: ["つけ込みやすさ", "脆弱性のつけ込みやすさ", "脆弱性"], required: false),
        ColumnSpec(key: "in_scope", english: ["in_scope"], japanese: ["対象"], required: false),
        // For the reader of the template only.
        ColumnSpec(key: "threat", english: ["threat"], japanese: ["脅威", "脅威名"], required: false),
        ColumnSpec(key: "default_likelihood", english: ["default_likelihood"], japanese: ["既定の起こりやすさ"], required: false),
        // A row for one asset (the IPA sheet sets likelihood and vulnerability per asset row).
        ColumnSpec(key: "asset_id", english: ["asset_id"], japanese: ["資産ID", "資産番号", "管理番号"], required: false),
    ], containers: ["threats", "settings"], requiresRows: false)

    /// The control checklist (対策の実施状況).
    static let checklist = TableSchema(columns: [
        ColumnSpec(key: "control_id", english: ["control_id"], japanese: ["対策ID"], required: true),
        ColumnSpec(key: "status", english: ["status"], japanese: ["実施状況"], required: true),
        // For the reader of the template only.
        ColumnSpec(key: "control", english: ["control"], japanese: ["対策内容", "対策"], required: false),
    ], containers: ["controls", "checklist"], requiresRows: false)

    /// The treatment plan (対応計画).
    static let plan = TableSchema(columns: [
        ColumnSpec(key: "risk_id", english: ["risk_id"], japanese: ["リスクID"], required: true),
        ColumnSpec(key: "treatment", english: ["treatment"], japanese: ["対応", "対応方針"], required: true),
        ColumnSpec(key: "controls", english: ["controls"], japanese: ["追加対策"], required: false),
        ColumnSpec(key: "owner", english: ["owner"], japanese: ["担当", "担当者"], required: false),
        ColumnSpec(key: "due", english: ["due"], japanese: ["期限", "対応期限", "完了予定日"], required: false),
        ColumnSpec(key: "note", english: ["note", "notes"], japanese: ["備考"], required: false),
        // Who accepted a risk, when, and until when the acceptance holds (ISO/IEC 27001 6.1.3 f).
        ColumnSpec(key: "accepted_by", english: ["accepted_by"], japanese: ["承認者", "受容承認者"], required: false),
        ColumnSpec(key: "accepted_on", english: ["accepted_on"], japanese: ["承認日", "受容承認日"], required: false),
        ColumnSpec(key: "review_by", english: ["review_by"], japanese: ["見直し期限", "再評価期限"], required: false),
        // What the treatment leaves, when the analyst judges it (each on the method's scale).
        ColumnSpec(key: "residual_importance", english: ["residual_importance"],
                   japanese: ["対策後の重要度", "残留重要度", "残存重要度"], required: false),
        ColumnSpec(key: "residual_likelihood", english: ["residual_likelihood"],
                   japanese: ["対策後の起こりやすさ", "残留起こりやすさ", "残存起こりやすさ"], required: false),
        ColumnSpec(key: "residual_vulnerability", english: ["residual_vulnerability"],
                   japanese: ["対策後のつけ込みやすさ", "残留つけ込みやすさ", "残存つけ込みやすさ"], required: false),
    ], containers: ["plan", "treatments"], requiresRows: false)

    /// The organisation's policy clauses (情報セキュリティポリシーの条項).
    static let policy = TableSchema(columns: [
        ColumnSpec(key: "section", english: ["section"], japanese: ["節", "ガイドラインの節"], required: true),
        ColumnSpec(key: "clause", english: ["clause"], japanese: ["条項"], required: true),
        ColumnSpec(key: "title", english: ["title"], japanese: ["見出し"], required: false),
        // For the reader of the template only.
        ColumnSpec(key: "guideline_title", english: ["guideline_title"], japanese: ["ガイドラインの見出し"], required: false),
    ], containers: ["clauses", "policy"], requiresRows: true)

    /// The organisation's own names for media (`--media-map`).
    static let mediaMap = TableSchema(columns: [
        ColumnSpec(key: "name", english: ["name"], japanese: ["名称", "呼び名", "名前"], required: true),
        ColumnSpec(key: "media", english: ["media", "medium"], japanese: ["媒体", "媒体・保存先"], required: true),
    ], containers: ["names", "media_map"], requiresRows: false)

    /// Every table, with the option or argument that reads it, for the README.
    static let all: [(input: String, schema: TableSchema)] = [
        ("inventory", inventory), ("--threats", threats), ("--checklist", checklist), ("--plan", plan), ("--policy", policy),
        ("--media-map", mediaMap),
    ]
}
