/// Reads one sheet of an Excel workbook (XLSX: Office Open XML in a ZIP archive) as text cells.
///
/// The archive may be hostile: its work is bounded by ``ZipReader/Limits``, its XML is read without a document
/// type (refused), and merged ranges fill a bounded number of cells. A workbook with macros (`.xlsm`) is read like
/// any other, its macros ignored; a binary workbook (`.xlsb`), an old `.xls`, a password-protected workbook and
/// other documents are named, with how to save the ledger so that it can be read.
public enum XLSXReader {
    /// Whether `bytes` start like a ZIP archive (`PK\3\4`), to be read as a workbook.
    public static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }

    /// The sheet named `sheet` (nil: the first visible sheet in the workbook's order), or a diagnostic.
    public static func readSheet(_ bytes: [UInt8], file: String, sheet: String?) -> Result<SheetGrid, Diagnostic> {
        readSheet(bytes, file: file, sheet: sheet, limits: ZipReader.Limits())
    }

    /// ``readSheet(_:file:sheet:)`` within `limits`.
    package static func readSheet(_ bytes: [UInt8], file: String, sheet: String?,
                                  limits: ZipReader.Limits) -> Result<SheetGrid, Diagnostic> {
        do throws(Diagnostic) {
            return .success(try read(bytes, file: file, sheet: sheet, limits: limits))
        } catch {
            return .failure(error)
        }
    }

    static func read(_ bytes: [UInt8], file: String, sheet wanted: String?, limits: ZipReader.Limits) throws(Diagnostic) -> SheetGrid {
        let whole = SourceLocation(file: file)
        guard looksLikeZip(bytes) else {
            throw BinaryFormat.diagnose(bytes, file: file)
                ?? Diagnostic(.xlsxBrokenArchive(detail: WorkbookInputText.notAnArchive.localized()), at: whole)
        }
        let archive: ZipReader
        do throws(ZipReader.Failure) {
            archive = try ZipReader(bytes, limits: limits)
        } catch {
            throw archiveDiagnostic(error, file: file)
        }
        var budget = limits.totalSize
        func part(_ name: String) throws(Diagnostic) -> [UInt8]? {
            guard let entry = archive.entry(named: name) else { return nil }
            do throws(ZipReader.Failure) {
                return try archive.contents(of: entry, budget: &budget)
            } catch {
                throw archiveDiagnostic(error, file: file)
            }
        }
        guard let workbook = try part("xl/workbook.xml") else {
            if archive.entry(named: "xl/workbook.bin") != nil { throw Diagnostic(.xlsxBinaryWorkbook, at: whole) }
            throw BinaryFormat.diagnose(archive: archive, file: file) ?? Diagnostic(.formatZIP, at: whole)
        }
        let parts = WorkbookParts(file: file)
        let (sheets, date1904) = try parts.workbook(workbook)
        guard !sheets.isEmpty else { throw Diagnostic(.xlsxNoSheets, at: whole) }
        let names = sheets.map { $0.name }
        let chosen = try choose(wanted, in: sheets, at: whole)
        let relationshipsPart = "xl/_rels/workbook.xml.rels"
        guard let relationships = try part(relationshipsPart) else { throw Diagnostic(.xlsxMissingPart(part: relationshipsPart), at: whole) }
        let targets = try parts.relationships(relationships)
        let sheetPart = targets[chosen.relationship] ?? chosen.relationship
        guard let sheetBytes = try part(sheetPart) else { throw Diagnostic(.xlsxMissingPart(part: sheetPart), at: whole) }
        let strings = try part("xl/sharedStrings.xml").map { bytes throws(Diagnostic) in try parts.sharedStrings(bytes) } ?? SharedStrings()
        let styles = try part("xl/styles.xml").map { bytes throws(Diagnostic) in try parts.styles(bytes) } ?? []
        var parser = SheetParser(parts: parts, part: sheetPart, sheet: chosen.name, strings: strings, styles: styles, date1904: date1904)
        try parser.parse(sheetBytes)
        return try parser.grid(sheetNames: names)
    }

    /// The sheet named `wanted` (exactly, or else with ASCII letters in either case, as Excel compares names),
    /// or the first visible one.
    static func choose(_ wanted: String?, in sheets: [WorkbookParts.Sheet], at location: SourceLocation) throws(Diagnostic) -> WorkbookParts.Sheet {
        guard let wanted else { return sheets.first { !$0.isHidden } ?? sheets[0] }
        if let exact = sheets.first(where: { $0.name == wanted }) { return exact }
        let folded = Array(wanted.utf8).map(ZipReader.lowercased)
        if let loose = sheets.first(where: { Array($0.name.utf8).map(ZipReader.lowercased) == folded }) { return loose }
        let list = sheets.map { $0.name }.joined(separator: ", ")
        throw Diagnostic(.xlsxNoSuchSheet(name: wanted, sheets: list), at: location)
    }

    /// The diagnostic of an archive that cannot be read or passes a limit.
    static func archiveDiagnostic(_ failure: ZipReader.Failure, file: String) -> Diagnostic {
        let at = SourceLocation(file: file)
        let text: WorkbookInputText
        var values: [String] = []
        switch failure {
        case .tooManyEntries(let limit):
            return Diagnostic(.xlsxLimit(detail: WorkbookInputText.tooManyEntries.localized(String(limit))), at: at)
        case .entryTooLarge(let name, let limit):
            return Diagnostic(.xlsxLimit(detail: WorkbookInputText.entryTooLarge.localized(name, String(limit))), at: at)
        case .totalTooLarge(let limit):
            return Diagnostic(.xlsxLimit(detail: WorkbookInputText.totalTooLarge.localized(String(limit))), at: at)
        case .ratioTooHigh(let name, let limit):
            return Diagnostic(.xlsxLimit(detail: WorkbookInputText.ratioTooHigh.localized(name, String(limit))), at: at)
        case .noEndRecord: text = .noEndRecord
        case .truncated: text = .truncated
        case .badSignature(let offset): (text, values) = (.badSignature, [String(offset)])
        case .unsupported: text = .unsupported
        case .encrypted(let name): (text, values) = (.encryptedEntry, [name])
        case .unsupportedMethod(let name, let method): (text, values) = (.unsupportedMethod, [name, String(method)])
        case .crcMismatch(let name): (text, values) = (.crcMismatch, [name])
        case .sizeMismatch(let name): (text, values) = (.sizeMismatch, [name])
        case .inflate(let name, _): (text, values) = (.inflate, [name])
        }
        let detail = Localized(ja: Message.fill(text.templates.ja, values), en: Message.fill(text.templates.en, values))
        return Diagnostic(.xlsxBrokenArchive(detail: detail), at: at)
    }
}
