/// The sentences of `risk explain`: why a threat does not apply, and each step of how a risk was scored and what
/// it maps to.
public enum ExplainText: String, MessageCatalog {
    // A threat that does not apply.
    case outOfScope = "explain.out-of-scope"
    case mediaDoNotMatch = "explain.media-do-not-match"

    // 1. The asset.
    case scoredAs = "explain.asset.scored-as"
    case asset = "explain.asset"

    // 2. The threat.
    case threat = "explain.threat"
    case propertySeparator = "explain.property-separator"

    // 3. Importance.
    case importanceByProperty = "explain.importance.by-property"
    case personalData = "explain.importance.personal-data"
    case importanceByAsset = "explain.importance.by-asset"
    case raisedByPersonalData = "explain.importance.raised"

    // 4. Likelihood.
    case likelihoodFromCatalog = "explain.likelihood.catalog"
    case likelihoodFromSettings = "explain.likelihood.settings"

    // 5. Vulnerability.
    case vulnerabilityFromSettings = "explain.vulnerability.settings"
    case controlsDone = "explain.vulnerability.done"
    case controlsPartial = "explain.vulnerability.partial"
    case controlsNotDone = "explain.vulnerability.not-done"
    case controlsUnknown = "explain.vulnerability.unknown"
    case allDone = "explain.vulnerability.all-done"
    case noneDone = "explain.vulnerability.none-done"
    case someDone = "explain.vulnerability.a-mix"
    case checklistSeparator = "explain.vulnerability.separator"
    case vulnerabilityFromChecklist = "explain.vulnerability.checklist"
    case vulnerabilityUnanswered = "explain.vulnerability.unanswered"

    // 6 and 7. Possibility, value and level.
    case possibility = "explain.possibility"
    case value = "explain.value"

    // 8. What the risk maps to.
    case revisionItems = "explain.revision-items"
    case controls = "explain.controls"
    case noItemForMedia = "explain.revision-items.none-for-media"
    case noControlForMedia = "explain.controls.none-for-media"
    case noAnswer = "explain.control.no-answer"
    case recommended = "explain.control.recommended"
    case treatment = "explain.treatment"
    case treatmentDetails = "explain.treatment.details"
    case residual = "explain.treatment.residual"
    case avoided = "explain.treatment.avoided"
    case untreated = "explain.treatment.none"

    public var templates: Localized {
        switch self {
        case .outOfScope: Localized("{1}: 脅威 {2}（{3}）は脅威の状況ファイルで対象外とされています",
                                    "{1}: threat {2} ({3}) is out of scope in the threat settings")
        case .mediaDoNotMatch: Localized("{1}: 脅威 {2} は資産の媒体（{3}）に当てはまりません（脅威の媒体: {4}）",
                                         "{1}: threat {2} does not apply to the asset's media ({3}); it applies to {4}")

        case .scoredAs: Localized("{1}（{2} として評価）", "{1} (scored as {2})")
        case .asset: Localized("1. 資産の格付け: 機密性 {1}、完全性 {2}、可用性 {3}、個人情報 {4}。媒体: {5}（{6} {7} 行目）",
                               "1. Asset classes: confidentiality {1}, integrity {2}, availability {3}, personal data {4}; media: {5} ({6} line {7})")

        case .threat: Localized("2. 脅威 {1} {2} は {3} を害する。一致した媒体: {4}", "2. Threat {1} {2} harms {3}; matched media: {4}")
        case .propertySeparator: Localized("・", ", ")

        case .importanceByProperty: Localized("3. 重要度 {1}: 脅威が害する性質のうち最も高い格付け（{2}）",
                                              "3. Importance {1}: the highest class among the properties the threat harms ({2})")
        case .personalData: Localized("個人情報", "personal data")
        case .importanceByAsset: Localized("3. 重要度 {1}: 資産の格付けの最大（{2}、方法 {3}）",
                                           "3. Importance {1}: the asset's highest class ({2}; method {3})")
        case .raisedByPersonalData: Localized("。個人情報（{1}）により引き上げ", "; raised by personal data ({1})")

        case .likelihoodFromCatalog: Localized("4. 脅威の起こりやすさ {1}: カタログの既定値", "4. Likelihood {1}: the catalog's default")
        case .likelihoodFromSettings: Localized("4. 脅威の起こりやすさ {1}: 脅威の状況 {2} {3} 行目（既定値 {4}）",
                                                "4. Likelihood {1}: threat settings {2} line {3} (default {4})")

        case .vulnerabilityFromSettings: Localized("5. 脆弱性のつけ込みやすさ {1}: 脅威の状況 {2} {3} 行目",
                                                   "5. Vulnerability {1}: threat settings {2} line {3}")
        case .controlsDone: Localized("実施 {1}", "done {1}")
        case .controlsPartial: Localized("一部実施 {1}", "partial {1}")
        case .controlsNotDone: Localized("未実施 {1}", "not done {1}")
        case .controlsUnknown: Localized("不明 {1}", "unknown {1}")
        case .allDone: Localized("すべて実施", "all done")
        case .noneDone: Localized("すべて未実施または不明", "none done")
        case .someDone: Localized("一部のみ", "a mix")
        case .checklistSeparator: Localized("、", "; ")
        case .vulnerabilityFromChecklist: Localized("5. 脆弱性のつけ込みやすさ {1}: 対策状況チェック（{2}）→ {3}",
                                                    "5. Vulnerability {1}: checklist ({2}) → {3}")
        case .vulnerabilityUnanswered: Localized("5. 脆弱性のつけ込みやすさ 3: 脅威の状況にも対策状況チェックにも回答がないため（対策前の固有リスク）",
                                                 "5. Vulnerability 3: neither the threat settings nor the checklist answer it (inherent risk, before controls)")

        case .possibility: Localized("6. 被害発生可能性 {1}: 変換表の 起こりやすさ {2} の行、つけ込みやすさ {3} の列",
                                     "6. Possibility of damage {1}: the table's row likelihood {2}, column vulnerability {3}")
        case .value: Localized("7. リスク値 {1} = 重要度 {2} × 被害発生可能性 {3} → {4}（{5}–{6}: {7}）",
                               "7. Risk value {1} = importance {2} × possibility {3} → {4} ({5}–{6}: {7})")

        case .revisionItems: Localized("8. 改定項番:", "8. Revision items:")
        case .controls: Localized("対策（ISO/IEC 27001:2013 {1}）:", "Controls (ISO/IEC 27001:2013 {1}):")
        case .noItemForMedia: Localized("（一致した媒体に関わる項番はありません）", "(none concerns the matched media)")
        case .noControlForMedia: Localized("（一致した媒体に関わる対策はありません）", "(none concerns the matched media)")
        case .noAnswer: Localized("未回答", "no answer")
        case .recommended: Localized("推奨", "recommended")
        case .treatment: Localized("7. 対応計画（{1} {2} 行目）: {3}", "7. Treatment plan ({1}, line {2}): {3}")
        case .treatmentDetails: Localized("   追加対策: {1}。担当: {2}。期限: {3}。備考: {4}",
                                          "   controls to add: {1}; owner: {2}; due: {3}; note: {4}")
        case .residual: Localized("   残留リスク: 脆弱性 {1} → 被害発生可能性 {2} → リスク値 {3}（{4}）",
                                  "   residual risk: vulnerability {1} → possibility {2} → risk value {3} ({4})")
        case .avoided: Localized("   リスクを回避するため、残留リスクはありません", "   the risk is avoided: no residual risk")
        case .untreated: Localized("7. 対応計画（{1}）: このリスクの行はありません", "7. Treatment plan ({1}): no row for this risk")
        }
    }
}
