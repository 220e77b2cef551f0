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
    case madeHighestByPersonalData = "explain.importance.personal-data-highest"
    case importanceGiven = "explain.importance.given"
    case noReason = "explain.importance.no-reason"

    // 4. Likelihood.
    case likelihoodFromCatalog = "explain.likelihood.catalog"
    case likelihoodFromSettings = "explain.likelihood.settings"
    case likelihoodFromRow = "explain.likelihood.row"
    case matchAssetAndThreat = "explain.settings.asset-and-threat"
    case matchAssetAndAllThreats = "explain.settings.asset-and-all"
    case matchAllThreats = "explain.settings.all"

    // 5. Vulnerability.
    case vulnerabilityFromSettings = "explain.vulnerability.settings"
    case vulnerabilityFromRow = "explain.vulnerability.row"
    case otherMediaControls = "explain.vulnerability.other-media"
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
    case valueFromTable = "explain.value.table"
    case importanceStep = "explain.importance.step"
    case likelihoodStep = "explain.likelihood.step"

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
    case residualGiven = "explain.treatment.residual-given"
    case stepImportance = "explain.step.importance"
    case stepLikelihood = "explain.step.likelihood"
    case stepVulnerability = "explain.step.vulnerability"
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
        case .madeHighestByPersonalData: Localized("。個人情報（{1}）を含むため、算定結果に関わらず {2}（IPA 付録7）",
                                                   "; {2} whatever the classes give, as the asset holds personal data ({1}) (IPA appendix 7)")
        case .importanceGiven: Localized("3. 重要度 {1}: 台帳の重要度（判断による値）。分類からの算定値は {2}。理由: {3}",
                                         "3. Importance {1}: given in the ledger (by judgement); the classes give {2}; reason: {3}")
        case .noReason: Localized("記載なし", "none given")

        case .likelihoodFromCatalog: Localized("4. 脅威の起こりやすさ {1}: カタログの既定値", "4. Likelihood {1}: the catalog's default")
        case .likelihoodFromSettings: Localized("4. 脅威の起こりやすさ {1}: 脅威の状況 {2} {3} 行目（既定値 {4}）",
                                                "4. Likelihood {1}: threat settings {2} line {3} (default {4})")
        case .likelihoodFromRow: Localized("4. 脅威の起こりやすさ {1}: 脅威の状況 {2} {3} 行目、{4}（既定値 {5}）",
                                           "4. Likelihood {1}: threat settings {2} line {3}, {4} (default {5})")
        case .matchAssetAndThreat: Localized("この資産とこの脅威の行", "the row of this asset and this threat")
        case .matchAssetAndAllThreats: Localized("この資産の全脅威（*）の行", "the row of this asset for every threat (*)")
        case .matchAllThreats: Localized("全資産・全脅威（*）の行", "the row of every threat (*)")

        case .vulnerabilityFromSettings: Localized("5. 脆弱性のつけ込みやすさ {1}: 脅威の状況 {2} {3} 行目",
                                                   "5. Vulnerability {1}: threat settings {2} line {3}")
        case .vulnerabilityFromRow: Localized("5. 脆弱性のつけ込みやすさ {1}: 脅威の状況 {2} {3} 行目、{4}",
                                              "5. Vulnerability {1}: threat settings {2} line {3}, {4}")
        case .otherMediaControls: Localized("（資産の媒体に関わらない対策 {1} は数えない）",
                                            " (controls for other media not counted: {1})")
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
        case .vulnerabilityUnanswered: Localized("5. 脆弱性のつけ込みやすさ {1}: 脅威の状況にも対策状況チェックにも回答がないため（対策前の固有リスク）",
                                                 "5. Vulnerability {1}: neither the threat settings nor the checklist answer it (inherent risk, before controls)")
        case .valueFromTable: Localized("7. リスク値 {1} = 手法の表の重要度 {2}、被害発生可能性 {3} のセル → {4}（{5}–{6}: {7}）",
                                        "7. Risk value {1} = the method's table at importance {2}, possibility {3} → {4} ({5}–{6}: {7})")
        case .importanceStep: Localized("（格付けの水準 {1} → 重要度の段階 {2}）", " (class level {1} → importance step {2})")
        case .likelihoodStep: Localized("（カタログの値 {1} → 段階 {2}）", " (catalog value {1} → step {2})")

        case .possibility: Localized("6. 被害発生可能性 {1}: 変換表の 起こりやすさ {2} の行、つけ込みやすさ {3} の列",
                                     "6. Possibility of damage {1}: the table's row likelihood {2}, column vulnerability {3}")
        case .value: Localized("7. リスク値 {1} = 重要度 {2} × 被害発生可能性 {3} → {4}（{5}–{6}: {7}）",
                               "7. Risk value {1} = importance {2} × possibility {3} → {4} ({5}–{6}: {7})")

        case .revisionItems: Localized("8. 改定項番:", "8. Revision items:")
        case .controls: Localized("対策（{1} {2}）:", "Controls ({1} {2}):")
        case .noItemForMedia: Localized("（一致した媒体に関わる項番はありません）", "(none concerns the matched media)")
        case .noControlForMedia: Localized("（一致した媒体に関わる対策はありません）", "(none concerns the matched media)")
        case .noAnswer: Localized("未回答", "no answer")
        case .recommended: Localized("推奨", "recommended")
        case .treatment: Localized("7. 対応計画（{1} {2} 行目）: {3}", "7. Treatment plan ({1}, line {2}): {3}")
        case .treatmentDetails: Localized("   追加対策: {1}。担当: {2}。期限: {3}。備考: {4}",
                                          "   controls to add: {1}; owner: {2}; due: {3}; note: {4}")
        case .residual: Localized("   残留リスク: 脆弱性 {1} → 被害発生可能性 {2} → リスク値 {3}（{4}）",
                                  "   residual risk: vulnerability {1} → possibility {2} → risk value {3} ({4})")
        case .residualGiven: Localized("   対応計画で指定: {1}（対応から導かれる値: {2}）",
                                       "   set in the plan: {1} (the treatment alone gives {2})")
        case .stepImportance: Localized("重要度 {1}", "importance {1}")
        case .stepLikelihood: Localized("起こりやすさ {1}", "likelihood {1}")
        case .stepVulnerability: Localized("つけ込みやすさ {1}", "vulnerability {1}")
        case .avoided: Localized("   リスクを回避するため、残留リスクはありません", "   the risk is avoided: no residual risk")
        case .untreated: Localized("7. 対応計画（{1}）: このリスクの行はありません", "7. Treatment plan ({1}): no row for this risk")
        }
    }
}
