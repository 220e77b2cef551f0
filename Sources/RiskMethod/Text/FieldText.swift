/// The sentences about a field of a JSON file read field by field: a field missing, of the wrong kind or out of range,
/// an unknown key; the names of the kinds of JSON values; and what is wrong with a method file's or a JSON register's
/// fields. Each sentence follows the field's path, as ``ProblemText`` places it. The catalog file's own problems are
/// in ``CatalogFieldText``.
public enum FieldText: String, MessageCatalog {
    case missing = "field.missing"
    case mustBe = "field.must-be"
    case empty = "field.empty"
    case outOfRange = "field.out-of-range"
    case unknownKey = "field.unknown-key"
    case null = "field.kind.null"
    case boolean = "field.kind.boolean"
    case number = "field.kind.number"
    case string = "field.kind.string"
    case array = "field.kind.array"
    case object = "field.kind.object"
    case wholeNumber = "field.kind.whole-number"
    case trueOrFalse = "field.kind.true-or-false"
    case jaAndEn = "field.kind.ja-and-en"
    case unknownBase = "method.unknown-base"
    case unknownImportance = "method.unknown-importance"
    case unknownAggregation = "method.unknown-aggregation"
    case tableShape = "method.table-shape"
    case axisLikelihood = "method.axis.likelihood"
    case axisVulnerability = "method.axis.vulnerability"
    case axisImportance = "method.axis.importance"
    case axisPossibility = "method.axis.possibility"
    case tableNeeded = "method.table-needed"
    case unknownRiskValue = "method.unknown-risk-value"
    case valueFalls = "method.value-falls"
    case scaleShape = "method.scale-shape"
    case steps = "method.scale-steps"
    case mappingNeeded = "method.mapping-needed"
    case mappingShape = "method.mapping-shape"
    case levelsNeeded = "method.levels-needed"
    case levelCount = "method.level-count"
    case levelCode = "method.level-code"
    case levelColour = "method.level-colour"
    case levelTwice = "method.level-twice"
    case rows = "method.possibility-rows"
    case columns = "method.possibility-columns"
    case bandMissing = "method.band-missing"
    case bandMinAboveMax = "method.band-min-above-max"
    case bandGap = "method.band-gap"
    case bandsEnd = "method.bands-end"
    case registerSchema = "register.wrong-schema"
    case riskTwice = "register.risk-twice"
    case registerValue = "register.value-not-given"
    case registerLevel = "register.unknown-level"

    public var templates: Localized {
        switch self {
        case .missing: Localized("がありません", "is missing")
        case .mustBe: Localized("は{1}である必要があります（{2}でした）", "must be {1}, found {2}")
        case .empty: Localized("が空です", "must not be empty")
        case .outOfRange: Localized("は {1} から {2} までです（{3} でした）", "must be from {1} to {2}, found {3}")
        case .unknownKey: Localized("は使えないキーです（使えるキー: {1}）", "is not a known key (known: {1})")
        case .null: Localized("null", "null")
        case .boolean: Localized("真偽値", "a boolean")
        case .number: Localized("数値", "a number")
        case .string: Localized("文字列", "a string")
        case .array: Localized("配列", "an array")
        case .object: Localized("オブジェクト", "an object")
        case .wholeNumber: Localized("整数", "a whole number")
        case .trueOrFalse: Localized("true か false", "true or false")
        case .jaAndEn: Localized("ja と en をもつオブジェクト", "an object with ja and en")
        case .unknownBase: Localized("は mic か ipa です（{1} でした）", "must be mic or ipa, found {1}")
        case .unknownImportance: Localized("は property か max です（{1} でした）", "must be property or max, found {1}")
        case .unknownAggregation: Localized("は max か sum です（{1} でした）", "must be max or sum, found {1}")
        case .tableShape: Localized("は{1} × {2} の表（行: {3} {4}、列: {5} {6}）です（{7}でした）",
                                    "must be a {1} × {2} table (rows: {3} {4}; columns: {5} {6}), found {7}")
        case .axisLikelihood: Localized("起こりやすさ", "likelihood")
        case .axisVulnerability: Localized("つけ込みやすさ", "vulnerability")
        case .axisImportance: Localized("重要度", "importance")
        case .axisPossibility: Localized("被害発生可能性", "possibility")
        case .tableNeeded: Localized("がありません（尺度が 3 段階でないときは、被害発生可能性の表をすべて書く必要があります）",
                                     "is missing: when a scale has other than 3 steps, the method must give the full possibility table")
        case .unknownRiskValue: Localized("は product か表です（{1} でした）", "must be product or a table, found {1}")
        case .valueFalls: Localized("は {1} 以上です。リスク値は重要度や被害発生可能性が上がるにつれて下がってはいけません（{2} でした）",
                                    "must be at least {1}: the value must not fall as importance or possibility rises, found {2}")
        case .scaleShape: Localized("は 2 から 5 段階の表示名（ja と en、段階 1 から順に）の配列です（{1}でした）",
                                    "must be a list of 2 to 5 step labels (each with ja and en, from step 1 up), found {1}")
        case .steps: Localized("{1} 段階", "{1} steps")
        case .mappingNeeded: Localized("がありません（{1} 段階の尺度では、水準 1, 2, 3 それぞれの段階を指定する必要があります）",
                                       "is missing: a scale of {1} steps needs the step of each level 1, 2, 3")
        case .mappingShape: Localized("は水準 1, 2, 3 の段階（1 から {1}、下がらない順）の 3 つの数です",
                                      "must be three steps (1 to {1}, never falling), one for each level 1, 2, 3")
        case .levelsNeeded: Localized("がありません（リスク値が 1 から {1} になるので、区分が必要です）",
                                      "is missing: the risk values run from 1 to {1}, so the method must give its levels")
        case .levelCount: Localized("は 3 から 5 個のレベルの配列です（{1} 個でした）",
                                    "must be a list of 3 to 5 levels, found {1}")
        case .levelCode: Localized("は英小文字で始まり、英小文字・数字・_・- からなる 24 文字以内のコードです（{1} でした）",
                                   "must be a code of at most 24 characters: a lower-case letter, then lower-case letters, digits, _ or -, found {1}")
        case .levelColour: Localized("は #RRGGBB の形の色です（{1} でした）", "must be a colour written #RRGGBB, found {1}")
        case .levelTwice: Localized("の {1} はほかのレベルのコードか表示名と同じです", "{1} is another level's code or label")
        case .rows: Localized("{1} 行", "{1} rows")
        case .columns: Localized("{1} 列", "{1} columns")
        case .bandMissing: Localized("がありません（low、medium、high の三つの区分が必要です）",
                                     "is missing: a method needs the bands low, medium and high")
        case .bandMinAboveMax: Localized("の min（{1}）が max（{2}）より大きくなっています", "min ({1}) is greater than max ({2})")
        case .bandGap: Localized("は {1} です。区分は 1 から {3} をすき間も重なりもなく覆う必要があります（{2} でした）",
                                 "must be {1} so that the bands cover 1 to {3} without gap or overlap, found {2}")
        case .bandsEnd: Localized("は {1} です（{2} でした）", "must be {1}, found {2}")
        case .registerSchema: Localized("は {1} のいずれかです（{2} でした）。risk score --format json の出力を指定してください",
                                        "must be one of {1}, found {2}")
        case .riskTwice: Localized("の {1} が 2 回あります", "{1} appears twice")
        case .registerValue: Localized("の {1} は、この台帳の評価方法が出さないリスク値です（出す値: {2}）",
                                       "is {1}, a value the register's method never gives (it gives {2})")
        case .registerLevel: Localized("の「{1}」は、この台帳の評価方法にないレベルです（レベル: {2}）",
                                       "is \"{1}\", not a level of the register's method (its levels: {2})")
        }
    }
}
