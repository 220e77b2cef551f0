/// The details of the problems found in reading a workbook (XLSX): what is wrong with its archive or its XML,
/// which limit it passed, what kind of document it is instead.
public enum WorkbookInputText: String, MessageCatalog {
    case noEndRecord = "xlsx-read.zip.no-end-record"
    case truncated = "xlsx-read.zip.truncated"
    case badSignature = "xlsx-read.zip.bad-signature"
    case unsupported = "xlsx-read.zip.unsupported"
    case encryptedEntry = "xlsx-read.zip.encrypted-entry"
    case unsupportedMethod = "xlsx-read.zip.method"
    case crcMismatch = "xlsx-read.zip.crc"
    case sizeMismatch = "xlsx-read.zip.size"
    case inflate = "xlsx-read.zip.inflate"
    case tooManyEntries = "xlsx-read.limit.entries"
    case entryTooLarge = "xlsx-read.limit.entry-size"
    case totalTooLarge = "xlsx-read.limit.total-size"
    case ratioTooHigh = "xlsx-read.limit.ratio"
    case unexpectedEnd = "xlsx-read.xml.unexpected-end"
    case unclosedElement = "xlsx-read.xml.unclosed"
    case unexpectedEndTag = "xlsx-read.xml.unexpected-end-tag"
    case mismatchedEndTag = "xlsx-read.xml.mismatched-end-tag"
    case badMarkup = "xlsx-read.xml.bad-markup"
    case badTag = "xlsx-read.xml.bad-tag"
    case badAttribute = "xlsx-read.xml.bad-attribute"
    case badEntity = "xlsx-read.xml.bad-entity"
    case tooDeep = "xlsx-read.xml.too-deep"
    case badReference = "xlsx-read.xml.bad-reference"
    case badSharedString = "xlsx-read.xml.bad-shared-string"
    case notAnArchive = "xlsx-read.not-an-archive"
    case wordDocument = "xlsx-read.kind.word"
    case presentation = "xlsx-read.kind.powerpoint"

    public var templates: Localized {
        switch self {
        case .noEndRecord: Localized("ZIP の終端レコードがありません。ファイルが途中で切れているかもしれません",
                                     "the ZIP end record is missing; the file may be cut short")
        case .truncated: Localized("ZIP のデータが途中で切れています", "the ZIP data is cut short")
        case .badSignature: Localized("ZIP のレコードが壊れています（{1} バイト目）", "a broken ZIP record (at byte {1})")
        case .unsupported: Localized("ZIP64 または分割 ZIP には対応していません", "ZIP64 and split archives are not supported")
        case .encryptedEntry: Localized("部品 {1} が暗号化されています", "the part {1} is encrypted")
        case .unsupportedMethod: Localized("部品 {1} の圧縮方式 {2} には対応していません", "the part {1} uses compression method {2}, which is not supported")
        case .crcMismatch: Localized("部品 {1} のチェックサム（CRC-32）が合いません", "the part {1} fails its checksum (CRC-32)")
        case .sizeMismatch: Localized("部品 {1} の大きさが記録と合いません", "the part {1} does not have the size recorded for it")
        case .inflate: Localized("部品 {1} の圧縮データが壊れています", "the compressed data of the part {1} is broken")
        case .tooManyEntries: Localized("ZIP の項目が {1} 個を超えています", "more than {1} entries in the archive")
        case .entryTooLarge: Localized("部品 {1} が展開すると {2} バイトを超えます", "the part {1} expands past {2} bytes")
        case .totalTooLarge: Localized("展開した部品の合計が {1} バイトを超えます", "the parts expand past {1} bytes in all")
        case .ratioTooHigh: Localized("部品 {1} の圧縮率が {2} 倍を超えます（圧縮爆弾の疑い）",
                                      "the part {1} expands more than {2} times its compressed size (a likely ZIP bomb)")
        case .unexpectedEnd: Localized("途中で終わっています", "it ends too early")
        case .unclosedElement: Localized("要素 <{1}> が閉じられていません", "the element <{1}> is never closed")
        case .unexpectedEndTag: Localized("開いていない要素の終了タグ </{1}> があります", "an end tag </{1}> with no element open")
        case .mismatchedEndTag: Localized("<{1}> の終了タグのはずが </{2}> です", "</{2}> where </{1}> was expected")
        case .badMarkup: Localized("<! で始まる不明な記述があります", "unknown markup starting with <!")
        case .badTag: Localized("タグの書き方に誤りがあります", "a malformed tag")
        case .badAttribute: Localized("属性の書き方に誤りがあります", "a malformed attribute")
        case .badEntity: Localized("文字参照「{1}」が読めません", "the reference \"{1}\" cannot be read")
        case .tooDeep: Localized("要素の入れ子が深すぎます", "elements nested too deep")
        case .badReference: Localized("セル番地「{1}」が読めません", "the cell reference \"{1}\" cannot be read")
        case .badSharedString: Localized("共有文字列の番号 {1} が範囲外です（{2} 個）", "shared string {1} does not exist (there are {2})")
        case .notAnArchive: Localized("ZIP 形式ではありません", "it is not a ZIP archive")
        case .wordDocument: Localized("Word 文書", "a Word document")
        case .presentation: Localized("PowerPoint プレゼンテーション", "a PowerPoint presentation")
        }
    }
}
