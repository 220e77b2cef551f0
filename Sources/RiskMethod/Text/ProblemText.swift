/// The sentences of the problems found in inputs, keyed by the problem's code (``Problem/code``), and the words of
/// a diagnostic line.
public enum ProblemText: String, MessageCatalog {
    case emptyFile = "file.empty"
    case utf16 = "encoding.utf16"
    case nulByte = "encoding.nul"
    case invalidEncoding = "encoding.invalid"
    case invalidUTF8AfterBOM = "encoding.invalid-utf8"
    case unterminatedQuote = "csv.unterminated-quote"
    case quoteInUnquotedField = "csv.stray-quote"
    case textAfterClosingQuote = "csv.text-after-quote"
    case mixedLineEndings = "csv.mixed-line-endings"
    case cellTooLong = "csv.cell-too-long"
    case raggedRow = "csv.ragged-row"
    case inventoryTooLarge = "file.too-large"
    case jsonSyntax = "json.syntax"
    case jsonTooDeep = "json.too-deep"
    case jsonDuplicateKey = "json.duplicate-key"
    case jsonWrongType = "json.wrong-type"
    case missingColumn = "table.missing-column"
    case duplicateColumn = "table.duplicate-column"
    case sameColumnTwice = "table.duplicate-column.same-name"
    case unknownColumn = "table.unknown-column"
    case noRows = "table.no-rows"
    case missingValue = "value.missing"
    case invalidValue = "value.invalid"
    case duplicateID = "value.duplicate-id"
    case unknownMedium = "value.unknown-medium"
    case unknownMediumSuggesting = "value.unknown-medium.suggesting"
    case ambiguousMedium = "value.ambiguous-medium"
    case mediumWord = "value.medium-word"
    case listSeparator = "value.list-separator"
    case unknownThreat = "value.unknown-threat"
    case unknownControl = "value.unknown-control"
    case unknownRisk = "value.unknown-risk"
    case methodInvalid = "method.invalid"
    case catalogInvalid = "catalog.invalid"
    case catalogDuplicate = "catalog.duplicate"
    case registerInvalid = "register.invalid"
    case acceptedWithoutNote = "plan.accepted-without-note"
    case invalidDate = "value.invalid-date"
    case error = "diagnostic.error"
    case notice = "diagnostic.notice"

    public var templates: Localized {
        switch self {
        case .emptyFile: Localized("ファイルが空です", "the file is empty")
        case .utf16: Localized("UTF-16 のファイルは読めません。UTF-8 または Shift_JIS（CSV）で保存してください",
                               "the file is UTF-16; save it as UTF-8 or Shift_JIS (CSV)")
        case .nulByte: Localized("NUL 文字（0x00）があります。テキストファイル（UTF-8 または Shift_JIS）が必要です",
                                 "the file holds a NUL byte (0x00); a text file in UTF-8 or Shift_JIS is expected")
        case .invalidEncoding: Localized("バイト {1} は UTF-8 としても Shift_JIS としても読めません。UTF-8 または Shift_JIS で保存してください",
                                         "byte {1} is neither UTF-8 nor Shift_JIS; save the file as UTF-8 or Shift_JIS (CP932)")
        case .invalidUTF8AfterBOM: Localized("UTF-8 の BOM があるのに、バイト {1} は UTF-8 として読めません",
                                             "the file starts with a UTF-8 byte order mark but byte {1} is not UTF-8")
        case .unterminatedQuote: Localized("引用符（\"）で始まった値が閉じられていません", "a quoted value is never closed (a \" is missing)")
        case .quoteInUnquotedField:
            Localized("引用符で囲まれていない値の中に引用符（\"）があります。値全体を \"…\" で囲み、中の \" は \"\" と書いてください",
                      "a \" inside a value that is not quoted; quote the whole value and write an inner \" as \"\"")
        case .textAfterClosingQuote: Localized("閉じ引用符（\"）の後に文字があります。区切りのカンマか改行が必要です",
                                               "text after a closing quote; a comma or a line break is expected there")
        case .mixedLineEndings: Localized("改行コードが混在しています（それまでは {1}、ここは {2}）。一つにそろえてください",
                                          "mixed line endings: {2} here where earlier lines end in {1}; use one kind throughout")
        case .cellTooLong: Localized("値が長すぎます（{1} 文字。1 セル {2} 文字まで）",
                                     "the value is too long ({1} characters; a cell holds at most {2})")
        case .raggedRow: Localized("この行の列数は {1} ですが、見出し行は {2} 列です", "the row has {1} fields where the header has {2}")
        case .inventoryTooLarge: Localized("台帳が大きすぎます（文字データは 4 GiB まで）。台帳を分けてください",
                                           "the inventory is too large (at most 4 GiB of text); split it")
        case .jsonSyntax: Localized("JSON の書き方に誤りがあります: {1}", "invalid JSON: {1}")
        case .jsonTooDeep: Localized("JSON の入れ子が深すぎます（{1} 段まで）", "JSON nested too deep (at most {1} levels)")
        case .jsonDuplicateKey: Localized("JSON のキー「{1}」が同じオブジェクトに 2 回あります", "JSON key \"{1}\" appears twice in one object")
        case .jsonWrongType: Localized("{1}は{2}である必要があります", "{1} must be {2}")
        case .missingColumn: Localized("必須の列「{2}」（{1}）がありません", "the required column \"{1}\" ({2}) is missing")
        case .duplicateColumn: Localized("列「{1}」は {3} 列目の「{2}」と同じ列を指しています（どちらか一つにしてください）",
                                         "the column \"{1}\" names the same column as \"{2}\" in column {3}; keep one of them")
        case .sameColumnTwice: Localized("列「{1}」が 2 回あります（最初は {2} 列目）", "the column \"{1}\" appears twice (first in column {2})")
        case .unknownColumn: Localized("列「{1}」は使われませんが、JSON の extra に残します",
                                       "the column \"{1}\" is not used by the method; it is kept under extra in the JSON register")
        case .noRows: Localized("データ行がありません（見出し行だけです）", "no data rows (the file has a header only)")
        case .missingValue: Localized("{1} が空です（必須）", "{1} is empty (required)")
        case .invalidValue: Localized("{1} の値「{2}」は使えません（使える値: {3}）", "{1}: \"{2}\" is not allowed (allowed: {3})")
        case .duplicateID: Localized("{1}「{2}」が重複しています（最初は {3} 行目）", "{1} \"{2}\" appears twice (first on line {3})")
        case .unknownMedium: Localized("媒体「{1}」はカタログにありません（`risk catalog media` で一覧を表示できます）",
                                       "unknown medium \"{1}\" (`risk catalog media` lists the codes and names)")
        case .unknownMediumSuggesting:
            Localized("媒体「{1}」はカタログにも媒体の呼び名にもありません。もしかして: {2}（`risk catalog media` で一覧を表示できます）",
                      "unknown medium \"{1}\"; did you mean {2}? (`risk catalog media` lists the codes and names)")
        case .ambiguousMedium:
            Localized("媒体「{1}」は種類の違う媒体を指しています: {2}。一つにするか、「|」で区切って書くか、--media-map で名前を決めてください",
                      "medium \"{1}\" names different kinds of media: {2}; keep one, write each separated by \"|\", or name it in --media-map")
        case .mediumWord: Localized("{1}（{2}）", "\"{1}\" ({2})")
        case .listSeparator: Localized("、", ", ")
        case .unknownThreat: Localized("脅威ID「{1}」はカタログにありません（`risk catalog threats` で一覧を表示できます）",
                                       "unknown threat id \"{1}\" (`risk catalog threats` lists them)")
        case .unknownControl: Localized("対策ID「{1}」はカタログにありません（`risk catalog controls` で一覧を表示できます）",
                                        "unknown control id \"{1}\" (`risk catalog controls` lists them)")
        case .unknownRisk: Localized("リスクID「{1}」はこの台帳の評価結果にありません", "no risk \"{1}\" in this assessment")
        case .methodInvalid: Localized("評価方法ファイルの {1} {2}", "method file, {1}: {2}")
        case .catalogInvalid: Localized("カタログの {1} {2}", "catalog, {1}: {2}")
        case .catalogDuplicate: Localized("カタログの {1} に「{2}」が 2 回あります", "catalog, {1}: \"{2}\" appears twice")
        case .registerInvalid: Localized("リスク台帳（JSON）の {1} {2}", "register, {1}: {2}")
        case .acceptedWithoutNote: Localized("リスク「{1}」は受容とされていますが、備考（受容の理由）が空です",
                                             "risk \"{1}\" is accepted but its note (the reason for acceptance) is empty")
        case .invalidDate: Localized("{1} の値「{2}」は日付ではありません（YYYY-MM-DD で書いてください）",
                                     "{1}: \"{2}\" is not a date (write YYYY-MM-DD)")
        case .error: Localized("エラー", "error")
        case .notice: Localized("注意", "notice")
        }
    }
}
