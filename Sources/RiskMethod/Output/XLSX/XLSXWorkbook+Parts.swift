/// The package parts of a workbook other than its sheets and styles: content types, relationships, document
/// properties (without dates) and the workbook part with its sheets and filter ranges.
extension XLSXWorkbook {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// `[Content_Types].xml`, with the shared strings part when there is one.
    func contentTypes(sharedStrings: Bool = false) -> [UInt8] {
        var xml = XLSXWorkbook.declaration
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
        for index in sheets.indices {
            xml += override("/xl/worksheets/sheet\(index + 1).xml",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
        }
        xml += override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
        if sharedStrings {
            xml += override("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
        }
        xml += override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        xml += override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        xml += "</Types>"
        return Array(xml.utf8)
    }

    private func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
    }

    /// `_rels/.rels`: the workbook and the two property parts.
    var packageRelationships: [UInt8] {
        var xml = XLSXWorkbook.declaration
        xml += "<Relationships xmlns=\"\(XLSXWorkbook.packageRelationshipNamespace)\">"
        xml += "<Relationship Id=\"rId1\" Type=\"\(XLSXWorkbook.relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        xml += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        xml += "<Relationship Id=\"rId3\" Type=\"\(XLSXWorkbook.relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        xml += "</Relationships>"
        return Array(xml.utf8)
    }

    /// `docProps/app.xml`: the application and the sheet names.
    var appProperties: [UInt8] {
        var xml = XLSXWorkbook.declaration
        xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        xml += " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        xml += "<Application>risk</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        xml += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
        xml += "<vt:variant><vt:i4>\(sheets.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        xml += "<TitlesOfParts><vt:vector size=\"\(sheets.count)\" baseType=\"lpstr\">"
        for sheet in sheets { xml += "<vt:lpstr>\(XMLText.escaped(sheet.name))</vt:lpstr>" }
        xml += "</vt:vector></TitlesOfParts>"
        if let company { xml += "<Company>\(XMLText.escaped(company))</Company>" }
        xml += "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        xml += "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
        return Array(xml.utf8)
    }

    /// `docProps/core.xml`: title and creator, and no dates, so that the file does not change from run to run.
    var coreProperties: [UInt8] {
        var xml = XLSXWorkbook.declaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if !title.isEmpty { xml += "<dc:title>\(XMLText.escaped(title))</dc:title>" }
        xml += "<dc:creator>\(XMLText.escaped(creator ?? "risk"))</dc:creator></cp:coreProperties>"
        return Array(xml.utf8)
    }

    /// `xl/workbook.xml`: the sheets, the hidden `_xlnm._FilterDatabase` name of each filtered sheet, which Excel
    /// expects beside an auto-filter, and the `_xlnm.Print_Titles` of each sheet with a header row (`'Register'!$1:$1`),
    /// which prints it on every page.
    var workbookPart: [UInt8] {
        var xml = XLSXWorkbook.declaration
        xml += "<workbook xmlns=\"\(XLSXWorkbook.mainNamespace)\" xmlns:r=\"\(XLSXWorkbook.relationshipNamespace)\">"
        xml += "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(sheet.name, attribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let filtered = sheets.enumerated().filter { $0.element.hasAutoFilter && !$0.element.rows.isEmpty }
        let titled = sheets.enumerated().filter { $0.element.repeatsHeaderWhenPrinted }
        if !filtered.isEmpty || !titled.isEmpty {
            // In Excel's order of names: _xlnm._FilterDatabase before _xlnm.Print_Titles.
            xml += "<definedNames>"
            for (index, sheet) in filtered {
                xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                xml += XMLText.escaped(XLSXWorkbook.absoluteReference(sheet: sheet.name, range: sheet.usedRange))
                xml += "</definedName>"
            }
            for (index, sheet) in titled {
                xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                xml += XMLText.escaped(XLSXWorkbook.absoluteReference(sheet: sheet.name, range: "1:1"))
                xml += "</definedName>"
            }
            xml += "</definedNames>"
        }
        xml += "<calcPr calcId=\"191029\"/></workbook>"
        return Array(xml.utf8)
    }

    /// `xl/_rels/workbook.xml.rels`: the sheets as `rId1`…, then the styles, then the shared strings when there
    /// are.
    func workbookRelationships(sharedStrings: Bool = false) -> [UInt8] {
        var xml = XLSXWorkbook.declaration
        xml += "<Relationships xmlns=\"\(XLSXWorkbook.packageRelationshipNamespace)\">"
        for index in sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(XLSXWorkbook.relationshipNamespace)/worksheet\""
            xml += " Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(XLSXWorkbook.relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        if sharedStrings {
            xml += "<Relationship Id=\"rId\(sheets.count + 2)\" Type=\"\(XLSXWorkbook.relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        xml += "</Relationships>"
        return Array(xml.utf8)
    }

    /// A range of a sheet with absolute references, such as `'Register'!$A$1:$R$57` (rows alone: `'Register'!$1:$1`);
    /// the sheet name is quoted, its apostrophes doubled.
    static func absoluteReference(sheet: String, range: String) -> String {
        let corners = range.split(separator: ":").map { corner -> String in
            let letters = corner.prefix { $0.isLetter }
            return letters.isEmpty ? "$\(corner)" : "$\(letters)$\(corner.dropFirst(letters.count))"
        }
        let quoted = String(sheet.flatMap { $0 == "'" ? ["'", "'"] : [$0] })
        return "'\(quoted)'!" + corners.joined(separator: ":")
    }
}
