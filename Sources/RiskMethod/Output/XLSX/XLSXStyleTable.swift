/// The cell formats (`cellXfs`) a workbook uses, numbered in the order the sheets first ask for them, and the
/// `xl/styles.xml` part that defines them.
///
/// Format 0 is the default. Each other format is a distinct (bold, fill, quote prefix) combination; fonts and
/// fills are shared between formats that use the same ones.
struct XLSXStyleTable {
    /// One cell format.
    struct Format: Hashable {
        var style: XLSXStyle
        var quotePrefix: Bool
    }

    private(set) var formats: [Format] = [Format(style: .plain, quotePrefix: false)]
    private var indices: [Format: Int] = [Format(style: .plain, quotePrefix: false): 0]

    /// The index of the format of `style`, with or without a quote prefix, added when new.
    mutating func index(of style: XLSXStyle, quotePrefix: Bool = false) -> Int {
        let format = Format(style: style, quotePrefix: quotePrefix)
        if let index = indices[format] { return index }
        formats.append(format)
        indices[format] = formats.count - 1
        return formats.count - 1
    }

    /// The index of the format of `style` when it is numbered already; else the default's, 0. (A streamed sheet's
    /// styles are numbered before its rows are written, on several threads.)
    func existingIndex(of style: XLSXStyle, quotePrefix: Bool = false) -> Int {
        // Most cells have the default format, which is always the first: no lookup for them.
        if !quotePrefix && !style.bold && style.fill == nil { return 0 }
        return indices[Format(style: style, quotePrefix: quotePrefix)] ?? 0
    }

    /// `xl/styles.xml`.
    func xml(fontName: String, fontSize: Int) -> [UInt8] {
        // Fills 0 and 1 are fixed by the format: none and gray125.
        var fills: [UInt32] = []
        for format in formats {
            if let fill = format.style.fill, !fills.contains(fill) { fills.append(fill) }
        }
        var xml = XLSXWorkbook.declaration
        xml += "<styleSheet xmlns=\"\(XLSXWorkbook.mainNamespace)\">"
        let font = "<sz val=\"\(fontSize)\"/><name val=\"\(XMLText.escaped(fontName, attribute: true))\"/><family val=\"2\"/>"
        xml += "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
        xml += "<fills count=\"\(fills.count + 2)\"><fill><patternFill patternType=\"none\"/></fill>"
        xml += "<fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(XLSXStyleTable.hex(fill))\"/>"
            xml += "<bgColor indexed=\"64\"/></patternFill></fill>"
        }
        xml += "</fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(formats.count)\">"
        for format in formats {
            let fontID = format.style.bold ? 1 : 0
            let fillID = format.style.fill.flatMap { fill in fills.firstIndex(of: fill).map { $0 + 2 } } ?? 0
            xml += "<xf numFmtId=\"0\" fontId=\"\(fontID)\" fillId=\"\(fillID)\" borderId=\"0\" xfId=\"0\""
            if fontID != 0 { xml += " applyFont=\"1\"" }
            if fillID != 0 { xml += " applyFill=\"1\"" }
            if format.quotePrefix { xml += " quotePrefix=\"1\"" }
            xml += "/>"
        }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
        return Array(xml.utf8)
    }

    /// `argb` as eight upper-case hex digits.
    static func hex(_ argb: UInt32) -> String {
        let digits = String(argb, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
