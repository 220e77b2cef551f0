/// What a file that is neither text nor an XLSX workbook is, to say how to save the ledger so that it can be read.
public enum BinaryFormat {
    /// The diagnostic naming the format of `bytes`; nil when it is not a known binary format (or is an XLSX
    /// workbook, which ``XLSXReader`` reads).
    public static func diagnose(_ bytes: [UInt8], file: String) -> Diagnostic? {
        let at = SourceLocation(file: file)
        if starts(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return Diagnostic(compoundFile(bytes), at: at) }
        if starts(bytes, Array("%PDF-".utf8)) { return Diagnostic(.formatPDF, at: at) }
        if starts(bytes, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return Diagnostic(.formatImage(kind: "PNG"), at: at) }
        if starts(bytes, [0xFF, 0xD8, 0xFF]) { return Diagnostic(.formatImage(kind: "JPEG"), at: at) }
        if starts(bytes, Array("GIF87a".utf8)) || starts(bytes, Array("GIF89a".utf8)) {
            return Diagnostic(.formatImage(kind: "GIF"), at: at)
        }
        guard XLSXReader.looksLikeZip(bytes) || starts(bytes, [0x50, 0x4B, 0x05, 0x06]) else { return nil }
        guard let archive = try? ZipReader(bytes) else { return nil }
        if archive.entry(named: "xl/workbook.xml") != nil { return nil }
        if archive.entry(named: "xl/workbook.bin") != nil { return Diagnostic(.xlsxBinaryWorkbook, at: at) }
        return diagnose(archive: archive, file: file) ?? Diagnostic(.formatZIP, at: at)
    }

    /// What a ZIP archive without a workbook part is: an OpenDocument spreadsheet, a Word document, a PowerPoint
    /// presentation; nil for any other archive.
    static func diagnose(archive: ZipReader, file: String) -> Diagnostic? {
        let at = SourceLocation(file: file)
        if let mimetype = archive.entry(named: "mimetype"), mimetype.size < 200,
           let contents = try? archive.contents(of: mimetype),
           contents.elementsEqual("application/vnd.oasis.opendocument.spreadsheet".utf8) {
            return Diagnostic(.formatODS, at: at)
        }
        if archive.entry(named: "word/document.xml") != nil {
            return Diagnostic(.formatDocument(kind: WorkbookInputText.wordDocument.localized()), at: at)
        }
        if archive.entry(named: "ppt/presentation.xml") != nil {
            return Diagnostic(.formatDocument(kind: WorkbookInputText.presentation.localized()), at: at)
        }
        return nil
    }

    /// What an OLE compound file (the container of Office 97–2003 files and of password-protected workbooks) is,
    /// from the names of its streams: `EncryptedPackage` (an encrypted Office Open XML file), `Workbook` or `Book`
    /// (an Excel 97–2003 workbook), or another old Office file.
    static func compoundFile(_ bytes: [UInt8]) -> Problem {
        let names = streamNames(bytes)
        if names.contains("EncryptedPackage") { return .xlsxEncrypted }
        if names.contains("Workbook") || names.contains("Book") { return .formatXLS }
        if names.contains("WordDocument") { return .formatDocument(kind: WorkbookInputText.wordDocument.localized()) }
        if names.contains("PowerPoint Document") { return .formatDocument(kind: WorkbookInputText.presentation.localized()) }
        return .formatOldOffice
    }

    /// The names of the directory entries of a compound file: 128-byte entries, each a UTF-16LE name of up to
    /// 31 characters and its length in bytes (the final NUL included) at offset 64. Entries stand in sectors after
    /// the 512-byte header, so only 128-byte-aligned places are looked at; a place whose length field is out of
    /// range, or whose name is not printable, is no entry.
    static func streamNames(_ bytes: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var offset = 512
        while offset + 128 <= bytes.count && names.count < 4_096 {
            let length = Int(bytes[offset + 64]) | Int(bytes[offset + 65]) << 8
            let type = bytes[offset + 66]
            if length >= 4, length <= 64, length % 2 == 0, type >= 1, type <= 5,
               bytes[offset + length - 2] == 0, bytes[offset + length - 1] == 0 {
                var units: [UInt16] = []
                for index in stride(from: offset, to: offset + length - 2, by: 2) {
                    units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
                }
                if units.allSatisfy({ $0 >= 0x20 }) {
                    names.insert(String(decoding: units, as: UTF16.self))
                }
            }
            offset += 128
        }
        return names
    }

    static func starts(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes[..<prefix.count].elementsEqual(prefix)
    }
}
