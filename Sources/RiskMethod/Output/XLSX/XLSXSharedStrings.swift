/// The texts a workbook's long sheets hold once, in `xl/sharedStrings.xml`, and refer to by number: the assets'
/// ids, names and departments, which recur in every risk of the asset and every revision item of the risk, and the
/// catalog's texts (threats, levels, revision items, controls), which recur in every risk of the threat.
///
/// A cell of a column that shares its texts (``XLSXRowSource/sharedColumns``) is written `<c t="s"><v>N</v></c>`
/// when its text is in the table, and inline otherwise. The table is filled before any row is written and only
/// read while they are, so every chunk, on any thread, writes a text the same way.
struct XLSXSharedStrings: Sendable {
    /// The texts as a cell holds them (escaped for XML and Office, cut to Excel's limit), one after the other;
    /// text `i` spans `ends[i - 1]..<ends[i]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var index = ByteKeyIndex(capacity: 4096)

    /// The numbers of the assets' ids, names and departments once they are added
    /// (``XLSXRegisterWriter/shareAssetTexts(_:)``), kept for the next table that writes them.
    var assetNumbers: [Int32]?

    /// The number of texts.
    var count: Int { ends.count }

    /// The text `number` as a cell holds it.
    func text(_ number: Int) -> ArraySlice<UInt8> { bytes[(number == 0 ? 0 : ends[number - 1])..<ends[number]] }

    /// The number of a text held as `escaped`, added when it is new; nil for an empty text, which is no cell.
    mutating func add(escaped: ArraySlice<UInt8>) -> Int? {
        guard !escaped.isEmpty else { return nil }
        let existing: Int32?
        do {
            let held = bytes, ends = ends
            existing = index.insert(escaped, value: Int32(ends.count)) { number in
                held[(number == 0 ? 0 : ends[Int(number) - 1])..<ends[Int(number)]]
            }
        }
        if let existing { return Int(existing) }
        bytes.append(contentsOf: escaped)
        ends.append(bytes.count)
        return ends.count - 1
    }

    /// The number of `text`, added when it is new; nil for a text that is empty once escaped.
    @discardableResult
    mutating func add(_ text: String) -> Int? {
        let escaped = XLSXSharedStrings.escaped(text)
        return add(escaped: escaped[...])
    }

    /// The number of the text held as `escaped`, if it is in the table.
    func number(of escaped: ArraySlice<UInt8>) -> Int? {
        guard !escaped.isEmpty else { return nil }
        return index.find(escaped) { number in text(Int(number)) }.map { Int($0) }
    }

    /// `text` as a cell holds it: cut to Excel's 32,767 characters, escaped for XML and for Office's `_xHHHH_`.
    static func escaped(_ text: String) -> [UInt8] {
        var escaped: [UInt8] = []
        XMLText.append(XLSXWorksheetWriter.clip(text), to: &escaped, officeEscapes: true)
        return escaped
    }

    /// The `xl/sharedStrings.xml` part: each text in an `<si>`, with `xml:space="preserve"` when it starts or ends
    /// with white space.
    var xml: [UInt8] {
        var out = Array(XLSXWorkbook.declaration.utf8)
        out += Array("<sst xmlns=\"\(XLSXWorkbook.mainNamespace)\" uniqueCount=\"\(count)\">".utf8)
        out.reserveCapacity(out.count + bytes.count + count * 20 + 8)
        for number in 0..<count {
            let text = self.text(number)
            let spaced = XLSXWorksheetWriter.isSpace(text[text.startIndex]) || XLSXWorksheetWriter.isSpace(text[text.endIndex - 1])
            out += Array((spaced ? "<si><t xml:space=\"preserve\">" : "<si><t>").utf8)
            out += text
            out += Array("</t></si>".utf8)
        }
        out += Array("</sst>".utf8)
        return out
    }
}
