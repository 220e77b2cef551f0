/// A workbook of worksheets, written as an Office Open XML spreadsheet (`.xlsx`, ECMA-376) with no dates and no
/// formulas: the same workbook always gives the same bytes.
///
/// Text goes in inline strings (`t="inlineStr"`), numbers as numbers. A text that a spreadsheet would take for a
/// formula once edited (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a style with
/// `quotePrefix="1"`, so it is shown and kept as text.
///
///     var workbook = XLSXWorkbook()
///     workbook.sheets.append(XLSXSheet(name: "Register", rows: [[.text("id", .bold)], [.number(6)]]))
///     let bytes = try workbook.bytes()
struct XLSXWorkbook: Sendable {
    /// Why a workbook cannot be written.
    enum Failure: Error, Equatable {
        /// A sheet name Excel refuses, and why.
        case invalidSheetName(String, reason: String)
        /// Two sheets with the same name (names compare without case).
        case duplicateSheetName(String)
        /// A sheet with more rows or columns than a spreadsheet holds.
        case sheetTooLarge(String)
        /// No sheets: a workbook needs one.
        case noSheets
        /// The package cannot be zipped.
        case archive(ZipArchive.Failure)

        var description: String {
            switch self {
            case .invalidSheetName(let name, let reason): "invalid sheet name \"\(name)\": \(reason)"
            case .duplicateSheetName(let name): "two sheets are named \"\(name)\""
            case .sheetTooLarge(let name): "sheet \"\(name)\" has more than 1,048,576 rows or 16,384 columns"
            case .noSheets: "a workbook needs at least one sheet"
            case .archive(let failure): "the workbook cannot be zipped: \(failure)"
            }
        }
    }

    /// The sheets in tab order.
    var sheets: [XLSXSheet]
    /// The document title of `docProps/core.xml`.
    var title: String
    /// The author (`dc:creator`); nil for `risk`.
    var creator: String?
    /// The organisation (`Company` of `docProps/app.xml`), if given.
    var company: String?
    /// The name of the default font, such as `Calibri` or `游ゴシック`.
    var fontName: String
    /// The default font size in points.
    var fontSize: Int

    /// Creates a workbook.
    init(sheets: [XLSXSheet] = [], title: String = "", fontName: String = "Calibri", fontSize: Int = 11) {
        self.sheets = sheets
        self.title = title
        self.fontName = fontName
        self.fontSize = fontSize
    }

    /// The characters a sheet name may not hold.
    static let forbiddenInSheetNames: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Checks a sheet name as Excel does: 1 to 31 characters, none of `[]:*?/\` or control characters, no
    /// apostrophe first or last, and not `History`, which Excel keeps for itself.
    static func validate(sheetName name: String) throws(Failure) {
        func invalid(_ reason: String) -> Failure { Failure.invalidSheetName(name, reason: reason) }
        guard !name.isEmpty else { throw invalid("empty") }
        guard name.utf16.count <= 31 else { throw invalid("longer than 31 characters") }
        if let character = name.first(where: { forbiddenInSheetNames.contains($0) }) {
            throw invalid("holds \"\(character)\"; none of [ ] : * ? / \\ is allowed")
        }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            throw invalid("holds a control character")
        }
        guard name.first != "'", name.last != "'" else { throw invalid("starts or ends with an apostrophe") }
        guard name.lowercased() != "history" else { throw invalid("\"History\" is reserved") }
    }

    /// Checks every sheet: names valid and distinct, sizes within a spreadsheet's limits.
    func validate() throws(Failure) {
        guard !sheets.isEmpty else { throw .noSheets }
        var seen = Set<String>()
        for sheet in sheets {
            try XLSXWorkbook.validate(sheetName: sheet.name)
            guard seen.insert(sheet.name.lowercased()).inserted else { throw .duplicateSheetName(sheet.name) }
            guard sheet.rows.count <= XLSXSheet.maximumRows, sheet.columnCount <= XLSXSheet.maximumColumns else {
                throw .sheetTooLarge(sheet.name)
            }
        }
    }

    /// The `.xlsx` file: every part, zipped with `method` (deflated unless told otherwise).
    func bytes(method: ZipArchive.Method = .deflated) throws(Failure) -> [UInt8] {
        try validate()
        var styles = XLSXStyleTable()
        let sheetParts = sheets.enumerated().map { index, sheet in
            XLSXWorksheetWriter(sheet: sheet, isSelected: index == 0).xml(styles: &styles)
        }
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", packageRelationships),
            ("docProps/app.xml", appProperties),
            ("docProps/core.xml", coreProperties),
            ("xl/workbook.xml", workbookPart),
            ("xl/_rels/workbook.xml.rels", workbookRelationships()),
            ("xl/styles.xml", styles.xml(fontName: fontName, fontSize: fontSize)),
        ]
        for (index, part) in sheetParts.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", part))
        }
        var archive = ZipArchive()
        do {
            for (name, contents) in parts { try archive.add(name, contents: contents, method: method) }
            return try archive.finish()
        } catch {
            throw .archive(error)
        }
    }
}
