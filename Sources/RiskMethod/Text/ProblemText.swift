/// The sentences of the problems found in inputs, keyed by the problem's code (``Problem/code``), and the words of
/// a diagnostic line.
public enum ProblemText: String, MessageCatalog {
    case emptyFile = "file.empty"
    case utf16 = "encoding.utf16"
    case utf32 = "encoding.utf32"
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
    case rowsAboveHeader = "table.rows-above-header"
    case sheetChosen = "xlsx.sheet-chosen"
    case idsFromRows = "table.ids-from-rows"
    case valueWithoutHeader = "table.value-without-header"
    case noRows = "table.no-rows"
    case missingValue = "value.missing"
    case invalidValue = "value.invalid"
    case middleOfTwoLevels = "value.middle-of-two-levels"
    case duplicateID = "value.duplicate-id"
    case unknownMedium = "value.unknown-medium"
    case unknownMediumSuggesting = "value.unknown-medium.suggesting"
    case ambiguousMedium = "value.ambiguous-medium"
    case mediumWord = "value.medium-word"
    case listSeparator = "value.list-separator"
    case unknownThreat = "value.unknown-threat"
    case unknownControl = "value.unknown-control"
    case unknownRisk = "value.unknown-risk"
    case unknownAsset = "value.unknown-asset"
    case unknownAssetSuggesting = "value.unknown-asset.suggesting"
    case methodInvalid = "method.invalid"
    case catalogInvalid = "catalog.invalid"
    case catalogDuplicate = "catalog.duplicate"
    case registerInvalid = "register.invalid"
    case acceptedWithoutNote = "plan.accepted-without-note"
    case invalidDate = "value.invalid-date"
    case xlsxBrokenArchive = "xlsx.broken-archive"
    case xlsxLimit = "xlsx.too-large"
    case xlsxXML = "xlsx.xml"
    case xlsxDoctype = "xlsx.doctype"
    case xlsxMissingPart = "xlsx.missing-part"
    case xlsxNoSheets = "xlsx.no-sheets"
    case xlsxNoSuchSheet = "xlsx.no-such-sheet"
    case xlsxEncrypted = "xlsx.encrypted"
    case xlsxBinaryWorkbook = "xlsx.binary-workbook"
    case xlsxMergedCellsTooMany = "xlsx.merged-cells-too-many"
    case formatXLS = "format.xls"
    case formatOldOffice = "format.old-office"
    case formatODS = "format.ods"
    case formatDocument = "format.document"
    case formatPDF = "format.pdf"
    case formatImage = "format.image"
    case formatZIP = "format.zip"
    case error = "diagnostic.error"
    case notice = "diagnostic.notice"

    public var templates: Localized {
        switch self {
        case .emptyFile: Localized("ファイルが空です", "the file is empty")
        case .utf32: Localized("UTF-32 のファイルは読めません。UTF-8 または Shift_JIS（CSV）で保存してください",
                               "the file is UTF-32; save it as UTF-8 or Shift_JIS (CSV)")
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
        case .rowsAboveHeader: Localized("見出し行の上の {1} 行（表題など）は読み飛ばしました",
                                         "skipped {1} rows above the header (a title or the like)")
        case .sheetChosen: Localized("シート「{1}」を読みます（最初のシート「{2}」には見出し行がありません）",
                                     "reading the sheet \"{1}\" (the first sheet, \"{2}\", has no header row)")
        case .idsFromRows: Localized("ID の列（資産ID・番号・No など）がないため、各資産の ID は行番号です。行を足したり消したりすると ID が変わります",
                                     "no id column (id, No, 番号, …): each asset's id is its row number, which changes when rows are added or removed")
        case .valueWithoutHeader: Localized("見出しのない列 {1} に値があります。列に見出しを付けるか、値を消してください",
                                            "a value in column {1}, which has no header; give the column a header or clear the value")
        case .noRows: Localized("データ行がありません（見出し行だけです）", "no data rows (the file has a header only)")
        case .missingValue: Localized("{1} が空です（必須）", "{1} is empty (required)")
        case .invalidValue: Localized("{1} の値「{2}」は使えません（使える値: {3}）", "{1}: \"{2}\" is not allowed (allowed: {3})")
        case .middleOfTwoLevels:
            Localized("{1} の「{2}」は使えません。MIC の方法では完全性・可用性は 2 段階（2 = 高、1 = 低）です。2 か 1 のどちらかに決めてください（3 段階で評価するなら --method ipa）",
                      "{1}: \"{2}\" is not allowed: under the MIC method integrity and availability have two levels (2 = high, 1 = low); decide between 2 and 1 (or score on three levels with --method ipa)")
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
        case .unknownAsset: Localized("資産ID「{1}」は台帳にありません", "no asset \"{1}\" in the inventory")
        case .unknownAssetSuggesting: Localized("資産ID「{1}」は台帳にありません（もしかして: {2}）",
                                                "no asset \"{1}\" in the inventory (did you mean {2}?)")
        case .unknownRisk: Localized("リスクID「{1}」はこの台帳の評価結果にありません", "no risk \"{1}\" in this assessment")
        case .methodInvalid: Localized("評価方法ファイルの {1} {2}", "method file, {1}: {2}")
        case .catalogInvalid: Localized("カタログの {1} {2}", "catalog, {1}: {2}")
        case .catalogDuplicate: Localized("カタログの {1} に「{2}」が 2 回あります", "catalog, {1}: \"{2}\" appears twice")
        case .registerInvalid: Localized("リスク台帳（JSON）の {1} {2}", "register, {1}: {2}")
        case .acceptedWithoutNote: Localized("リスク「{1}」は受容とされていますが、備考（受容の理由）が空です",
                                             "risk \"{1}\" is accepted but its note (the reason for acceptance) is empty")
        case .invalidDate: Localized("{1} の値「{2}」は日付ではありません（2027-03-31、2027/3/31、2027年3月31日、令和9年3月31日、R9.3.31 のように書いてください）",
                                     "{1}: \"{2}\" is not a date (write it as 2027-03-31, 2027/3/31, 2027年3月31日, 令和9年3月31日 or R9.3.31)")
        case .xlsxBrokenArchive: Localized("XLSX ブックとして読めません（{1}）。Excel で開けるか確かめ、「名前を付けて保存」で「Excel ブック (*.xlsx)」として保存し直してください",
                                           "cannot read the file as an XLSX workbook ({1}); check that Excel opens it, then save it again as \"Excel Workbook (*.xlsx)\"")
        case .xlsxLimit: Localized("ブックが読み取りの上限を超えています（{1}）。不要なシートや画像を消すか、台帳を「CSV UTF-8 (コンマ区切り) (*.csv)」で保存してください",
                                   "the workbook passes a reading limit ({1}); remove sheets or pictures that are not needed, or save the ledger as \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .xlsxXML: Localized("ブックの XML が壊れています: {1}。Excel で開いて保存し直してください",
                                 "the workbook's XML is broken: {1}; open it in Excel and save it again")
        case .xlsxDoctype: Localized("ブックの XML に DOCTYPE 宣言があります（安全のため読みません）。Excel で開いて「Excel ブック (*.xlsx)」として保存し直してください",
                                     "the workbook's XML has a DOCTYPE declaration, which is refused for safety; open it in Excel and save it again as \"Excel Workbook (*.xlsx)\"")
        case .xlsxMissingPart: Localized("ブックに必要な部品「{1}」がありません。Excel で開いて保存し直してください",
                                         "the workbook lacks its part \"{1}\"; open it in Excel and save it again")
        case .xlsxNoSheets: Localized("ブックにシートがありません", "the workbook has no sheets")
        case .xlsxNoSuchSheet: Localized("シート「{1}」がありません（あるシート: {2}）", "no sheet named \"{1}\" (the sheets are: {2})")
        case .xlsxEncrypted: Localized("パスワードで保護されたブックは読めません。Excel で開き、「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを消して保存してください",
                                       "the workbook is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it")
        case .xlsxBinaryWorkbook: Localized("Excel バイナリ ブック（.xlsb）は読めません。Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください",
                                            "an Excel Binary Workbook (.xlsb) cannot be read; in Excel, use Save As and choose \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .xlsxMergedCellsTooMany: Localized("結合セルが多すぎます（値を写すセルが {1} を超えます）。不要な結合を解除してください",
                                                "merged ranges cover too many cells (more than {1} to fill); unmerge the ranges that are not needed")
        case .formatXLS: Localized("Excel 97-2003 ブック（.xls）は読めません。Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください",
                                   "an Excel 97-2003 workbook (.xls) cannot be read; in Excel, use Save As and choose \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .formatOldOffice: Localized("古い形式の Office ファイル（.doc・.ppt など）で、台帳ではありません。台帳を Excel で開き、Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください",
                                         "an old Office file (.doc, .ppt or the like), not a ledger; open the ledger in Excel and, in Excel, use Save As and choose \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .formatODS: Localized("OpenDocument スプレッドシート（.ods）は読めません。LibreOffice の「名前を付けて保存」で「Excel 2007-365 (.xlsx)」として保存してください",
                                   "an OpenDocument spreadsheet (.ods) cannot be read; in LibreOffice, use Save As and choose \"Excel 2007-365 (.xlsx)\"")
        case .formatDocument: Localized("{1}で、台帳ではありません。台帳を Excel で開き、Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください",
                                        "{1}, not a ledger; open the ledger in Excel and, in Excel, use Save As and choose \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .formatPDF: Localized("PDF ファイルは台帳として読めません。元の Excel ファイルを開き、Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください",
                                   "a PDF file cannot be read as a ledger; open the original Excel file and, in Excel, use Save As and choose \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .formatImage: Localized("画像ファイル（{1}）は台帳として読めません。台帳を Excel で開き、Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください",
                                     "an image ({1}) cannot be read as a ledger; open the ledger in Excel and, in Excel, use Save As and choose \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .formatZIP: Localized("ZIP ファイルですが、Excel ブックではありません（xl/workbook.xml がありません）。Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」または「CSV UTF-8 (コンマ区切り) (*.csv)」として保存してください",
                                   "a ZIP archive but not an Excel workbook (it has no xl/workbook.xml); in Excel, use Save As and choose \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited) (*.csv)\"")
        case .error: Localized("エラー", "error")
        case .notice: Localized("注意", "notice")
        }
    }
}
