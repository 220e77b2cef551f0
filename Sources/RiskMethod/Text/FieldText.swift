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
    case possibilityShape = "method.possibility-shape"
    case rows = "method.possibility-rows"
    case columns = "method.possibility-columns"
    case bandMissing = "method.band-missing"
    case bandMinAboveMax = "method.band-min-above-max"
    case bandGap = "method.band-gap"
    case bandsEnd = "method.bands-end"
    case registerSchema = "register.wrong-schema"
    case riskTwice = "register.risk-twice"

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
        case .possibilityShape: Localized("は3 × 3 の表（行: 起こりやすさ 3, 2, 1、列: つけ込みやすさ 3, 2, 1）です（{1}でした）",
                                          "must be a 3 × 3 table (rows: likelihood 3, 2, 1; columns: vulnerability 3, 2, 1), found {1}")
        case .rows: Localized("{1} 行", "{1} rows")
        case .columns: Localized("{1} 列", "{1} columns")
        case .bandMissing: Localized("がありません（low、medium、high の三つの区分が必要です）",
                                     "is missing: a method needs the bands low, medium and high")
        case .bandMinAboveMax: Localized("の min（{1}）が max（{2}）より大きくなっています", "min ({1}) is greater than max ({2})")
        case .bandGap: Localized("は {1} です。区分は 1 から 9 をすき間も重なりもなく覆う必要があります（{2} でした）",
                                 "must be {1} so that the bands cover 1 to 9 without gap or overlap, found {2}")
        case .bandsEnd: Localized("は 9 です（{1} でした）", "must be 9, found {1}")
        case .registerSchema: Localized("は {1} です（{2} でした）。risk score --format json の出力を指定してください",
                                        "must be {1}, found {2}")
        case .riskTwice: Localized("の {1} が 2 回あります", "{1} appears twice")
        }
    }
}
