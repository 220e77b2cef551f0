/// What is wrong with an input, with what was found and what is allowed.
///
/// Each case has a stable ``code`` (for tests and scripts) and a message in Japanese and English.
public enum Problem: Sendable, Hashable {
    // Text encoding.
    case emptyFile
    case utf16
    case utf32
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
    case rowsAboveHeader(count: Int)
    case sheetChosen(sheet: String, first: String)
    case idsFromRows
    case valueWithoutHeader(column: String)
    case noRows
    case missingValue(column: String)
    case invalidValue(column: String, found: String, allowed: String)
    case middleOfTwoLevels(column: String, found: String)
    case duplicateID(column: String, id: String, firstLine: Int)
    /// A medium no word names; `suggestions` are the closest words, if any.
    case unknownMedium(found: String, suggestions: [MediumWord] = [])
    /// A medium whose words name different media (サーバールームのキャビネット).
    case ambiguousMedium(found: String, words: [MediumWord])
    case unknownThreat(id: String)
    case unknownControl(id: String)
    case unknownRisk(id: String)
    /// A settings row names an asset the inventory does not have.
    case unknownAsset(id: String, suggestions: [String])

    // Method and catalog files.
    case methodInvalid(key: String, detail: Localized)
    case catalogInvalid(path: String, detail: Localized)
    case catalogDuplicate(path: String, id: String)
    case registerInvalid(path: String, detail: Localized)

    // Treatment plans and policies.
    case acceptedWithoutNote(riskID: String)
    case invalidDate(column: String, found: String)

    // Workbooks (XLSX) and files that are not text.
    case xlsxBrokenArchive(detail: Localized)
    case xlsxLimit(detail: Localized)
    case xlsxXML(detail: Localized)
    case xlsxDoctype
    case xlsxMissingPart(part: String)
    case xlsxNoSheets
    case xlsxNoSuchSheet(name: String, sheets: String)
    case xlsxEncrypted
    case xlsxBinaryWorkbook
    case xlsxMergedCellsTooMany(limit: Int)
    case formatXLS
    case formatOldOffice
    case formatODS
    case formatDocument(kind: Localized)
    case formatPDF
    case formatImage(kind: String)
    case formatZIP

    /// A stable code for the problem, such as `csv.unterminated-quote`.
    public var code: String {
        switch self {
        case .emptyFile: "file.empty"
        case .utf16: "encoding.utf16"
        case .utf32: "encoding.utf32"
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
        case .rowsAboveHeader: "table.rows-above-header"
        case .sheetChosen: "xlsx.sheet-chosen"
        case .idsFromRows: "table.ids-from-rows"
        case .valueWithoutHeader: "table.value-without-header"
        case .noRows: "table.no-rows"
        case .missingValue: "value.missing"
        case .invalidValue: "value.invalid"
        case .middleOfTwoLevels: "value.middle-of-two-levels"
        case .duplicateID: "value.duplicate-id"
        case .unknownMedium: "value.unknown-medium"
        case .ambiguousMedium: "value.ambiguous-medium"
        case .unknownThreat: "value.unknown-threat"
        case .unknownControl: "value.unknown-control"
        case .unknownRisk: "value.unknown-risk"
        case .unknownAsset: "value.unknown-asset"
        case .methodInvalid: "method.invalid"
        case .catalogInvalid: "catalog.invalid"
        case .catalogDuplicate: "catalog.duplicate"
        case .registerInvalid: "register.invalid"
        case .acceptedWithoutNote: "plan.accepted-without-note"
        case .invalidDate: "value.invalid-date"
        case .xlsxBrokenArchive: "xlsx.broken-archive"
        case .xlsxLimit: "xlsx.too-large"
        case .xlsxXML: "xlsx.xml"
        case .xlsxDoctype: "xlsx.doctype"
        case .xlsxMissingPart: "xlsx.missing-part"
        case .xlsxNoSheets: "xlsx.no-sheets"
        case .xlsxNoSuchSheet: "xlsx.no-such-sheet"
        case .xlsxEncrypted: "xlsx.encrypted"
        case .xlsxBinaryWorkbook: "xlsx.binary-workbook"
        case .xlsxMergedCellsTooMany: "xlsx.merged-cells-too-many"
        case .formatXLS: "format.xls"
        case .formatOldOffice: "format.old-office"
        case .formatODS: "format.ods"
        case .formatDocument: "format.document"
        case .formatPDF: "format.pdf"
        case .formatImage: "format.image"
        case .formatZIP: "format.zip"
        }
    }

    /// The message in `language`: what was found and what is allowed, lower-case, no final period.
    public func message(in language: Language) -> String {
        let (text, values) = sentence(in: language)
        return Message.fill(text.templates[language], values.map { TerminalText.visible(Problem.cut($0)) })
    }

    /// The most characters of a value a message repeats: a 10 MB cell is named, not copied.
    static let valueLimit = 200

    /// `value`, cut after ``valueLimit`` characters with the number of characters left out.
    static func cut(_ value: String) -> String {
        guard value.count > valueLimit else { return value }
        return String(value.prefix(valueLimit)) + "…(+" + String(value.count - valueLimit) + ")"
    }

    /// The catalog's sentence of the problem, and the values for its slots.
    private func sentence(in language: Language) -> (ProblemText, [String]) {
        switch self {
        case .emptyFile: (.emptyFile, [])
        case .utf16: (.utf16, [])
        case .utf32: (.utf32, [])
        case .nulByte: (.nulByte, [])
        case .invalidEncoding(let byte): (.invalidEncoding, [Problem.hex(byte)])
        case .invalidUTF8AfterBOM(let byte): (.invalidUTF8AfterBOM, [Problem.hex(byte)])
        case .unterminatedQuote: (.unterminatedQuote, [])
        case .quoteInUnquotedField: (.quoteInUnquotedField, [])
        case .textAfterClosingQuote: (.textAfterClosingQuote, [])
        case .mixedLineEndings(let expected, let found): (.mixedLineEndings, [expected, found])
        case .cellTooLong(let characters, let limit): (.cellTooLong, [String(characters), String(limit)])
        case .raggedRow(let found, let expected): (.raggedRow, [String(found), String(expected)])
        case .inventoryTooLarge: (.inventoryTooLarge, [])
        case .jsonSyntax(let detail): (.jsonSyntax, [detail[language]])
        case .jsonTooDeep(let limit): (.jsonTooDeep, [String(limit)])
        case .jsonDuplicateKey(let key): (.jsonDuplicateKey, [key])
        case .jsonWrongType(let what, let expected): (.jsonWrongType, [what[language], expected[language]])
        case .missingColumn(let name, let japanese): (.missingColumn, [name, japanese])
        case .duplicateColumn(let name, let firstName, let firstColumn):
            name != firstName ? (.duplicateColumn, [name, firstName, String(firstColumn)])
                : (.sameColumnTwice, [name, String(firstColumn)])
        case .unknownColumn(let name): (.unknownColumn, [name])
        case .rowsAboveHeader(let count): (.rowsAboveHeader, [String(count)])
        case .sheetChosen(let sheet, let first): (.sheetChosen, [sheet, first])
        case .idsFromRows: (.idsFromRows, [])
        case .valueWithoutHeader(let column): (.valueWithoutHeader, [column])
        case .noRows: (.noRows, [])
        case .missingValue(let column): (.missingValue, [column])
        case .invalidValue(let column, let found, let allowed): (.invalidValue, [column, found, allowed])
        case .middleOfTwoLevels(let column, let found): (.middleOfTwoLevels, [column, found])
        case .duplicateID(let column, let id, let firstLine): (.duplicateID, [column, id, String(firstLine)])
        case .unknownMedium(let found, let suggestions):
            suggestions.isEmpty ? (.unknownMedium, [found]) : (.unknownMediumSuggesting, [found, Problem.list(suggestions, language)])
        case .ambiguousMedium(let found, let words): (.ambiguousMedium, [found, Problem.list(words, language)])
        case .unknownThreat(let id): (.unknownThreat, [id])
        case .unknownControl(let id): (.unknownControl, [id])
        case .unknownRisk(let id): (.unknownRisk, [id])
        case .unknownAsset(let id, let suggestions):
            suggestions.isEmpty ? (.unknownAsset, [id]) : (.unknownAssetSuggesting, [id, suggestions.joined(separator: ProblemText.listSeparator.templates[language])])
        case .methodInvalid(let key, let detail): (.methodInvalid, [key, detail[language]])
        case .catalogInvalid(let path, let detail): (.catalogInvalid, [path, detail[language]])
        case .catalogDuplicate(let path, let id): (.catalogDuplicate, [path, id])
        case .registerInvalid(let path, let detail): (.registerInvalid, [path, detail[language]])
        case .acceptedWithoutNote(let riskID): (.acceptedWithoutNote, [riskID])
        case .invalidDate(let column, let found): (.invalidDate, [column, found])
        case .xlsxBrokenArchive(let detail): (.xlsxBrokenArchive, [detail[language]])
        case .xlsxLimit(let detail): (.xlsxLimit, [detail[language]])
        case .xlsxXML(let detail): (.xlsxXML, [detail[language]])
        case .xlsxDoctype: (.xlsxDoctype, [])
        case .xlsxMissingPart(let part): (.xlsxMissingPart, [part])
        case .xlsxNoSheets: (.xlsxNoSheets, [])
        case .xlsxNoSuchSheet(let name, let sheets): (.xlsxNoSuchSheet, [name, sheets])
        case .xlsxEncrypted: (.xlsxEncrypted, [])
        case .xlsxBinaryWorkbook: (.xlsxBinaryWorkbook, [])
        case .xlsxMergedCellsTooMany(let limit): (.xlsxMergedCellsTooMany, [String(limit)])
        case .formatXLS: (.formatXLS, [])
        case .formatOldOffice: (.formatOldOffice, [])
        case .formatODS: (.formatODS, [])
        case .formatDocument(let kind): (.formatDocument, [kind[language]])
        case .formatPDF: (.formatPDF, [])
        case .formatImage(let kind): (.formatImage, [kind])
        case .formatZIP: (.formatZIP, [])
        }
    }

    /// Words of media as a message lists them: サーバ（server）、サーバー室（server）.
    static func list(_ words: [MediumWord], _ language: Language) -> String {
        var text = ""
        for (index, word) in words.enumerated() {
            if index > 0 { text += ProblemText.listSeparator.templates[language] }
            text += Message.fill(ProblemText.mediumWord.templates[language], [word.word, word.code])
        }
        return text
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }
}
