/// What a table file holds, told from its first bytes: a text (CSV, tab-separated or JSON) decoded to UTF-8, or a
/// workbook's sheet. Any other binary file (an `.xls`, an `.ods`, a PDF) is refused with what it is and how to save
/// the ledger so that it can be read.
enum TableInput {
    case text(DecodedText)
    case sheet(SheetGrid)

    /// Opens `bytes`: the sheet named `sheet` of a workbook (nil: its first visible sheet), or the decoded text.
    static func open(_ bytes: [UInt8], file: String, sheet: String?) -> Result<TableInput, Diagnostic> {
        if XLSXReader.looksLikeZip(bytes) {
            return XLSXReader.readSheet(bytes, file: file, sheet: sheet).map(TableInput.sheet)
        }
        if let binary = BinaryFormat.diagnose(bytes, file: file) { return .failure(binary) }
        return TextDecoder.decode(bytes, file: file).map(TableInput.text)
    }

    /// Whether `bytes` are read otherwise than as text: a workbook or another binary format.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        XLSXReader.looksLikeZip(bytes) || BinaryFormat.diagnose(bytes, file: "") != nil
    }
}
