@testable import RiskMethod

/// Workbooks assembled in a test from XML text, with the core's own ZIP writer: each part as written here, so
/// that a test can show exactly what Excel or another tool would write.
struct WorkbookBuilder {
    /// A sheet: its name, its worksheet XML and its state (`hidden`, or nil).
    struct Sheet {
        var name: String
        var xml: String
        var state: String? = nil
    }

    var sheets: [Sheet] = []
    var sharedStrings: String?
    var styles: String?
    var date1904 = false
    var extra: [(String, [UInt8])] = []
    /// The workbook part, when a test writes its own.
    var workbook: String?

    /// A worksheet whose `sheetData` holds `rows` (XML), with `merges` (references such as `A1:C1`).
    static func worksheet(_ rows: String, merges: [String] = []) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + "\n<sheetData>" + rows + "</sheetData>"
        if !merges.isEmpty {
            xml += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        return xml + "</worksheet>"
    }

    /// Shared strings from `<si>` items.
    static func sst(_ items: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + items.joined() + "</sst>"
    }

    /// Styles whose cell formats (`cellXfs`) have the number formats `ids`, with custom `codes` by id.
    static func styles(_ ids: [Int], codes: [Int: String] = [:]) -> String {
        var xml = #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if !codes.isEmpty {
            xml += "<numFmts count=\"\(codes.count)\">"
                + codes.sorted { $0.key < $1.key }.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(XMLText.escaped($0.value, attribute: true))\"/>" }.joined()
                + "</numFmts>"
        }
        xml += #"<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>"#
        xml += "<cellXfs count=\"\(ids.count)\">" + ids.map { "<xf numFmtId=\"\($0)\" fontId=\"0\"/>" }.joined() + "</cellXfs>"
        return xml + "</styleSheet>"
    }

    func workbookXML() -> String {
        if let workbook { return workbook }
        let list = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLText.escaped(sheet.name, attribute: true))\" sheetId=\"\(index + 1)\""
                + (sheet.state.map { " state=\"\($0)\"" } ?? "") + " r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>" + list + "</sheets></workbook>"
    }

    func relationships() -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "</Relationships>"
    }

    /// The workbook's bytes.
    func bytes(method: ZipArchive.Method = .deflated) throws -> [UInt8] {
        var archive = ZipArchive()
        try archive.add("[Content_Types].xml", contents: Array("<Types/>".utf8), method: method)
        try archive.add("xl/workbook.xml", contents: Array(workbookXML().utf8), method: method)
        try archive.add("xl/_rels/workbook.xml.rels", contents: Array(relationships().utf8), method: method)
        for (index, sheet) in sheets.enumerated() {
            try archive.add("xl/worksheets/sheet\(index + 1).xml", contents: Array(sheet.xml.utf8), method: method)
        }
        if let sharedStrings { try archive.add("xl/sharedStrings.xml", contents: Array(sharedStrings.utf8), method: method) }
        if let styles { try archive.add("xl/styles.xml", contents: Array(styles.utf8), method: method) }
        for (name, contents) in extra { try archive.add(name, contents: contents, method: method) }
        return try archive.finish()
    }

    /// A workbook of one sheet named 資産 whose rows are `rows`.
    static func single(_ rows: String, merges: [String] = [], sharedStrings: String? = nil, styles: String? = nil,
                       date1904: Bool = false) throws -> [UInt8] {
        var builder = WorkbookBuilder(sheets: [Sheet(name: "資産", xml: worksheet(rows, merges: merges))])
        builder.sharedStrings = sharedStrings
        builder.styles = styles
        builder.date1904 = date1904
        return try builder.bytes()
    }
}

extension SheetGrid {
    /// The cells as `A1=text` lines, in order: what a test compares.
    var listing: [String] {
        cells.indices.map { SourceLocation.columnLetters(Int(cells[$0].column)) + String(cells[$0].row) + "=" + string($0) }
    }
}
