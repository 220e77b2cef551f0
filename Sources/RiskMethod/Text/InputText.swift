/// The sentences about what is wrong with an input file's syntax: JSON, and tables read from JSON.
public enum InputText: String, MessageCatalog {
    case textAfterDocument = "json.text-after-document"
    case unexpectedEnd = "json.unexpected-end"
    case unexpectedCharacter = "json.unexpected-character"
    case expectedWord = "json.expected-word"
    case expectedKey = "json.expected-key"
    case expectedColon = "json.expected-colon"
    case objectNotClosed = "json.object-not-closed"
    case expectedCommaOrBrace = "json.expected-comma-or-brace"
    case arrayNotClosed = "json.array-not-closed"
    case expectedCommaOrBracket = "json.expected-comma-or-bracket"
    case numberNeedsDigits = "json.number-needs-digits"
    case numberLeadingZero = "json.number-leading-zero"
    case fractionNeedsDigits = "json.fraction-needs-digits"
    case exponentNeedsDigits = "json.exponent-needs-digits"
    case stringNotClosed = "json.string-not-closed"
    case controlCharacterInString = "json.control-character"
    case nulInString = "json.nul"
    case loneSurrogate = "json.lone-surrogate"
    case invalidEscape = "json.invalid-escape"
    case unknownEscape = "json.unknown-escape"
    case hexDigits = "json.hex-digits"
    case theDocument = "table.the-document"
    case arrayOfObjects = "table.array-of-objects"
    case eachRow = "table.each-row"
    case anObject = "table.an-object"
    case quotedKey = "table.quoted-key"
    case listOfStrings = "table.list-of-strings"
    case stringNumberOrList = "table.string-number-or-list"
    case or = "table.or"

    public var templates: Localized {
        switch self {
        case .textAfterDocument: Localized("文書の終わりの後に文字があります", "unexpected text after the end of the document")
        case .unexpectedEnd: Localized("文書が途中で終わっています", "unexpected end of the document")
        case .unexpectedCharacter: Localized("思いがけない文字 {1} があります", "unexpected character {1}")
        case .expectedWord: Localized("{1} が必要です", "expected {1}")
        case .expectedKey: Localized("二重引用符で囲んだキーが必要です", "expected a key in double quotes")
        case .expectedColon: Localized("キーの後に : が必要です", "expected ':' after a key")
        case .objectNotClosed: Localized("オブジェクトが } で閉じられていません", "an object is not closed")
        case .expectedCommaOrBrace: Localized(", か } が必要です", "expected ',' or '}'")
        case .arrayNotClosed: Localized("配列が ] で閉じられていません", "an array is not closed")
        case .expectedCommaOrBracket: Localized(", か ] が必要です", "expected ',' or ']'")
        case .numberNeedsDigits: Localized("数値に数字がありません", "a number needs digits")
        case .numberLeadingZero: Localized("数値を 0 で始めることはできません", "a number may not start with 0")
        case .fractionNeedsDigits: Localized("小数点の後に数字が必要です", "a fraction needs digits")
        case .exponentNeedsDigits: Localized("指数に数字が必要です", "an exponent needs digits")
        case .stringNotClosed: Localized("文字列が閉じられていません", "a string is not closed")
        case .controlCharacterInString: Localized("文字列の中に制御文字があります（改行は \\n と書きます）",
                                                  "a control character inside a string (write \\n for a line break)")
        case .nulInString: Localized("文字列の中に NUL（\\u0000）があります。NUL は使えません",
                                     "a NUL (\\u0000) inside a string: NUL is not allowed")
        case .loneSurrogate: Localized("\\u エスケープのサロゲートが対になっていません", "a lone surrogate in \\u escape")
        case .invalidEscape: Localized("\\u エスケープが正しくありません", "an invalid \\u escape")
        case .unknownEscape: Localized("不明なエスケープ \\{1} があります", "an unknown escape \\{1}")
        case .hexDigits: Localized("\\u エスケープには 16 進数 4 桁が必要です", "a \\u escape needs four hex digits")
        case .theDocument: Localized("文書", "the document")
        case .arrayOfObjects: Localized("オブジェクトの配列（または {1} にその配列をもつオブジェクト）",
                                        "an array of objects, or an object with {1}")
        case .eachRow: Localized("各行", "each row")
        case .anObject: Localized("オブジェクト", "an object")
        case .quotedKey: Localized("「{1}」", "\"{1}\"")
        case .listOfStrings: Localized("文字列の配列", "a list of strings")
        case .stringNumberOrList: Localized("文字列、数値または配列", "a string, a number or a list")
        case .or: Localized(" か ", " or ")
        }
    }
}

extension InputText {
    /// "An array of objects, or an object with" the keys a table may be held under, joined as each language joins them.
    static func arrayOfObjects(keys: [String]) -> Localized {
        Localized(arrayOfObjects(.ja, keys.joined(separator: or(.ja))), arrayOfObjects(.en, keys.joined(separator: or(.en))))
    }
}
