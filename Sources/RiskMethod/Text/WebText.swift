/// The words of the browser edition's page (`Web/risk.html`): its labels and buttons. The page asks the module for
/// them in the chosen language; its problems are the command's (``ProblemText``, ``CommandText``).
public enum WebText: String, MessageCatalog {
    case title = "web.title"
    case privacy = "web.privacy"
    case inventory = "web.inventory"
    case threats = "web.threats"
    case checklist = "web.checklist"
    case plan = "web.plan"
    case choose = "web.choose"
    case language = "web.language"
    case method = "web.method"
    case methodMIC = "web.method-mic"
    case methodIPA = "web.method-ipa"
    case date = "web.date"
    case score = "web.score"
    case working = "web.working"
    case problems = "web.problems"
    case report = "web.report"
    case saveCSV = "web.save-csv"
    case saveXLSX = "web.save-xlsx"
    case saveJSON = "web.save-json"
    case saveHTML = "web.save-html"
    case clear = "web.clear"
    case done = "web.done"

    public var templates: Localized {
        switch self {
        case .title: Localized("情報セキュリティ リスク分析", "Information security risk analysis")
        case .privacy: Localized("ファイルはこのパソコンの中だけで処理され、どこにも送信されません。",
                                 "The files are processed on this PC only; nothing is sent anywhere.")
        case .inventory: Localized("情報資産台帳（必須）", "Asset inventory (required)")
        case .threats: Localized("脅威の状況（任意）", "Threat settings (optional)")
        case .checklist: Localized("対策状況チェック（任意）", "Control checklist (optional)")
        case .plan: Localized("対応計画（任意）", "Treatment plan (optional)")
        case .choose: Localized("ここにファイルをドロップするか、クリックして選んでください（CSV または XLSX）",
                                "Drop a file here, or click to choose one (CSV or XLSX)")
        case .language: Localized("言語", "Language")
        case .method: Localized("分析方法", "Method")
        case .methodMIC: Localized("総務省ガイドラインの 3 × 3（mic）", "The MIC guideline's 3 × 3 (mic)")
        case .methodIPA: Localized("IPA の 3 段階（ipa）", "IPA's three levels (ipa)")
        case .date: Localized("作成日（任意、YYYY-MM-DD）", "Report date (optional, YYYY-MM-DD)")
        case .score: Localized("分析する", "Score")
        case .working: Localized("分析しています…", "Scoring…")
        case .problems: Localized("問題", "Problems")
        case .report: Localized("報告書", "Report")
        case .saveCSV: Localized("リスク台帳を CSV で保存", "Save the register as CSV")
        case .saveXLSX: Localized("リスク台帳を Excel (XLSX) で保存", "Save the register as Excel (XLSX)")
        case .saveJSON: Localized("リスク台帳を JSON で保存", "Save the register as JSON")
        case .saveHTML: Localized("報告書を HTML で保存", "Save the report as HTML")
        case .clear: Localized("取り消す", "Remove")
        case .done: Localized("{1} 件の資産、{2} 件のリスク（{3} ミリ秒）", "{1} assets, {2} risks ({3} ms)")
        }
    }
}
