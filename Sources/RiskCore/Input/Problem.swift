/// What is wrong with an input, with what was found and what is allowed.
///
/// Each case has a stable ``code`` (for tests and scripts) and a message in Japanese and English.
public enum Problem: Sendable, Hashable {
    // Text encoding.
    case emptyFile
    case utf16
    case nulByte
    case invalidEncoding(byte: UInt8)
    case invalidUTF8AfterBOM(byte: UInt8)

    // CSV syntax.
    case unterminatedQuote
    case quoteInUnquotedField
    case textAfterClosingQuote
    case mixedLineEndings(expected: String, found: String)
    case cellTooLong(characters: Int, limit: Int)
    case raggedRow(found: Int, expected: Int)
    case inventoryTooLarge

    // JSON syntax and shape.
    case jsonSyntax(detail: Localized)
    case jsonTooDeep(limit: Int)
    case jsonDuplicateKey(key: String)
    case jsonWrongType(what: Localized, expected: Localized)

    // Tables.
    case missingColumn(name: String, japanese: String)
    case duplicateColumn(name: String, firstName: String, firstColumn: Int)
    case unknownColumn(name: String)
    case noRows
    case missingValue(column: String)
    case invalidValue(column: String, found: String, allowed: String)
    case duplicateID(column: String, id: String, firstLine: Int)
    case unknownMedium(found: String)
    case unknownThreat(id: String)
    case unknownControl(id: String)
    case unknownRisk(id: String)

    // Method and catalog files.
    case methodInvalid(key: String, detail: Localized)
    case catalogInvalid(path: String, detail: Localized)
    case catalogDuplicate(path: String, id: String)
    case registerInvalid(path: String, detail: Localized)

    // Treatment plans and policies.
    case acceptedWithoutNote(riskID: String)
    case invalidDate(column: String, found: String)

    /// A stable code for the problem, such as `csv.unterminated-quote`.
    public var code: String {
        switch self {
        case .emptyFile: "file.empty"
        case .utf16: "encoding.utf16"
        case .nulByte: "encoding.nul"
        case .invalidEncoding: "encoding.invalid"
        case .invalidUTF8AfterBOM: "encoding.invalid-utf8"
        case .unterminatedQuote: "csv.unterminated-quote"
        case .quoteInUnquotedField: "csv.stray-quote"
        case .textAfterClosingQuote: "csv.text-after-quote"
        case .mixedLineEndings: "csv.mixed-line-endings"
        case .cellTooLong: "csv.cell-too-long"
        case .raggedRow: "csv.ragged-row"
        case .inventoryTooLarge: "file.too-large"
        case .jsonSyntax: "json.syntax"
        case .jsonTooDeep: "json.too-deep"
        case .jsonDuplicateKey: "json.duplicate-key"
        case .jsonWrongType: "json.wrong-type"
        case .missingColumn: "table.missing-column"
        case .duplicateColumn: "table.duplicate-column"
        case .unknownColumn: "table.unknown-column"
        case .noRows: "table.no-rows"
        case .missingValue: "value.missing"
        case .invalidValue: "value.invalid"
        case .duplicateID: "value.duplicate-id"
        case .unknownMedium: "value.unknown-medium"
        case .unknownThreat: "value.unknown-threat"
        case .unknownControl: "value.unknown-control"
        case .unknownRisk: "value.unknown-risk"
        case .methodInvalid: "method.invalid"
        case .catalogInvalid: "catalog.invalid"
        case .catalogDuplicate: "catalog.duplicate"
        case .registerInvalid: "register.invalid"
        case .acceptedWithoutNote: "plan.accepted-without-note"
        case .invalidDate: "value.invalid-date"
        }
    }

    /// The message in `language`: what was found and what is allowed, lower-case, no final period.
    public func message(in language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .emptyFile:
            return ja ? "ファイルが空です" : "the file is empty"
        case .utf16:
            return ja ? "UTF-16 のファイルは読めません。UTF-8 または Shift_JIS（CSV）で保存してください"
                : "the file is UTF-16; save it as UTF-8 or Shift_JIS (CSV)"
        case .nulByte:
            return ja ? "NUL 文字（0x00）があります。テキストファイル（UTF-8 または Shift_JIS）が必要です"
                : "the file holds a NUL byte (0x00); a text file in UTF-8 or Shift_JIS is expected"
        case .invalidEncoding(let byte):
            let hex = Problem.hex(byte)
            return ja ? "バイト \(hex) は UTF-8 としても Shift_JIS としても読めません。UTF-8 または Shift_JIS で保存してください"
                : "byte \(hex) is neither UTF-8 nor Shift_JIS; save the file as UTF-8 or Shift_JIS (CP932)"
        case .invalidUTF8AfterBOM(let byte):
            let hex = Problem.hex(byte)
            return ja ? "UTF-8 の BOM があるのに、バイト \(hex) は UTF-8 として読めません"
                : "the file starts with a UTF-8 byte order mark but byte \(hex) is not UTF-8"
        case .unterminatedQuote:
            return ja ? "引用符（\"）で始まった値が閉じられていません"
                : "a quoted value is never closed (a \" is missing)"
        case .quoteInUnquotedField:
            return ja ? "引用符で囲まれていない値の中に引用符（\"）があります。値全体を \"…\" で囲み、中の \" は \"\" と書いてください"
                : "a \" inside a value that is not quoted; quote the whole value and write an inner \" as \"\""
        case .textAfterClosingQuote:
            return ja ? "閉じ引用符（\"）の後に文字があります。区切りのカンマか改行が必要です"
                : "text after a closing quote; a comma or a line break is expected there"
        case .mixedLineEndings(let expected, let found):
            return ja ? "改行コードが混在しています（それまでは \(expected)、ここは \(found)）。一つにそろえてください"
                : "mixed line endings: \(found) here where earlier lines end in \(expected); use one kind throughout"
        case .cellTooLong(let characters, let limit):
            return ja ? "値が長すぎます（\(characters) 文字。1 セル \(limit) 文字まで）"
                : "the value is too long (\(characters) characters; a cell holds at most \(limit))"
        case .raggedRow(let found, let expected):
            return ja ? "この行の列数は \(found) ですが、見出し行は \(expected) 列です"
                : "the row has \(found) fields where the header has \(expected)"
        case .inventoryTooLarge:
            return ja ? "台帳が大きすぎます（文字データは 4 GiB まで）。台帳を分けてください"
                : "the inventory is too large (at most 4 GiB of text); split it"
        case .jsonSyntax(let detail):
            return ja ? "JSON の書き方に誤りがあります: \(detail.ja)" : "invalid JSON: \(detail.en)"
        case .jsonTooDeep(let limit):
            return ja ? "JSON の入れ子が深すぎます（\(limit) 段まで）" : "JSON nested too deep (at most \(limit) levels)"
        case .jsonDuplicateKey(let key):
            return ja ? "JSON のキー「\(key)」が同じオブジェクトに 2 回あります" : "JSON key \"\(key)\" appears twice in one object"
        case .jsonWrongType(let what, let expected):
            return ja ? "\(what.ja)は\(expected.ja)である必要があります" : "\(what.en) must be \(expected.en)"
        case .missingColumn(let name, let japanese):
            return ja ? "必須の列「\(japanese)」（\(name)）がありません" : "the required column \"\(name)\" (\(japanese)) is missing"
        case .duplicateColumn(let name, let firstName, let firstColumn):
            if name != firstName {
                return ja ? "列「\(name)」は \(firstColumn) 列目の「\(firstName)」と同じ列を指しています（どちらか一つにしてください）"
                    : "the column \"\(name)\" names the same column as \"\(firstName)\" in column \(firstColumn); keep one of them"
            }
            return ja ? "列「\(name)」が 2 回あります（最初は \(firstColumn) 列目）"
                : "the column \"\(name)\" appears twice (first in column \(firstColumn))"
        case .unknownColumn(let name):
            return ja ? "列「\(name)」は使われませんが、JSON の extra に残します"
                : "the column \"\(name)\" is not used by the method; it is kept under extra in the JSON register"
        case .noRows:
            return ja ? "データ行がありません（見出し行だけです）" : "no data rows (the file has a header only)"
        case .missingValue(let column):
            return ja ? "\(column) が空です（必須）" : "\(column) is empty (required)"
        case .invalidValue(let column, let found, let allowed):
            return ja ? "\(column) の値「\(found)」は使えません（使える値: \(allowed)）"
                : "\(column): \"\(found)\" is not allowed (allowed: \(allowed))"
        case .duplicateID(let column, let id, let firstLine):
            return ja ? "\(column)「\(id)」が重複しています（最初は \(firstLine) 行目）"
                : "\(column) \"\(id)\" appears twice (first on line \(firstLine))"
        case .unknownMedium(let found):
            return ja ? "媒体「\(found)」はカタログにありません（`risk catalog media` で一覧を表示できます）"
                : "unknown medium \"\(found)\" (`risk catalog media` lists the codes and names)"
        case .unknownThreat(let id):
            return ja ? "脅威ID「\(id)」はカタログにありません（`risk catalog threats` で一覧を表示できます）"
                : "unknown threat id \"\(id)\" (`risk catalog threats` lists them)"
        case .unknownControl(let id):
            return ja ? "対策ID「\(id)」はカタログにありません（`risk catalog controls` で一覧を表示できます）"
                : "unknown control id \"\(id)\" (`risk catalog controls` lists them)"
        case .unknownRisk(let id):
            return ja ? "リスクID「\(id)」はこの台帳の評価結果にありません" : "no risk \"\(id)\" in this assessment"
        case .methodInvalid(let key, let detail):
            return ja ? "評価方法ファイルの \(key) \(detail.ja)" : "method file, \(key): \(detail.en)"
        case .catalogInvalid(let path, let detail):
            return ja ? "カタログの \(path) \(detail.ja)" : "catalog, \(path): \(detail.en)"
        case .catalogDuplicate(let path, let id):
            return ja ? "カタログの \(path) に「\(id)」が 2 回あります" : "catalog, \(path): \"\(id)\" appears twice"
        case .registerInvalid(let path, let detail):
            return ja ? "リスク台帳（JSON）の \(path) \(detail.ja)" : "register, \(path): \(detail.en)"
        case .acceptedWithoutNote(let riskID):
            return ja ? "リスク「\(riskID)」は受容とされていますが、備考（受容の理由）が空です"
                : "risk \"\(riskID)\" is accepted but its note (the reason for acceptance) is empty"
        case .invalidDate(let column, let found):
            return ja ? "\(column) の値「\(found)」は日付ではありません（YYYY-MM-DD で書いてください）"
                : "\(column): \"\(found)\" is not a date (write YYYY-MM-DD)"
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }
}
