/// What a table file holds, told from its first bytes: a text (CSV, tab-separated or JSON) decoded to UTF-8, or a
/// workbook's sheet. Any other binary file (an `.xls`, an `.ods`, a PDF) is refused with what it is and how to save
/// the ledger so that it can be read.
enum TableInput {
    case text(DecodedText)
    case sheet(SheetGrid)

    /// Opens `bytes`: the sheet named `sheet` of a workbook, or the decoded text. Without a name, the first visible
    /// sheet whose first rows hold `schema`'s header is read (a cover sheet, 表紙, often comes first), else the
    /// first visible sheet; `notices` gets a line when a later sheet was chosen.
    static func open(_ bytes: [UInt8], file: String, sheet: String?, schema: TableSchema,
                     notices: inout DiagnosticLog) -> Result<TableInput, Diagnostic> {
        if XLSXReader.looksLikeZip(bytes) {
            let first = XLSXReader.readSheet(bytes, file: file, sheet: sheet)
            guard sheet == nil, case .success(let grid) = first, !TableReader.hasHeader(grid, schema: schema) else {
                return first.map(TableInput.sheet)
            }
            for name in grid.sheetNames where name != grid.sheet {
                guard case .success(let other) = XLSXReader.readSheet(bytes, file: file, sheet: name),
                      other.sheet == name, TableReader.hasHeader(other, schema: schema) else { continue }
                notices.notice(.sheetChosen(sheet: name, first: grid.sheet), at: SourceLocation(file: file, sheet: name))
                return .success(.sheet(other))
            }
            return .success(.sheet(grid))
        }
        if let binary = BinaryFormat.diagnose(bytes, file: file) { return .failure(binary) }
        return TextDecoder.decode(bytes, file: file).map(TableInput.text)
    }

    /// Whether `bytes` are read otherwise than as text: a workbook or another binary format.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        XLSXReader.looksLikeZip(bytes) || BinaryFormat.diagnose(bytes, file: "") != nil
    }
}
