/// One row of a table read from CSV or JSON: its fields as UTF-8 bytes, each with its place.
///
/// A reader reuses one record for every row, so reading a large file allocates almost nothing per row.
public struct TableRecord: Sendable {
    /// The fields' bytes, one after the other.
    public internal(set) var bytes: [UInt8] = []
    /// What is known of each field, in one array so that ending a field is one append.
    struct Field: Sendable {
        var end: Int
        var line: Int
        var column: Int
        var source: Int
    }
    private(set) var fields: [Field] = []
    /// The end offset in `bytes` of each field.
    public var ends: [Int] { fields.map { $0.end } }
    /// The column of each field: its number in a CSV row, its character in a JSON line.
    public var columns: [Int] { fields.map { $0.column } }

    /// The line where field `index` starts.
    @inline(__always)
    public func line(of index: Int) -> Int { fields[index].line }
    /// The column of field `index`.
    @inline(__always)
    public func column(of index: Int) -> Int { fields[index].column }
    /// The offset in the parsed text where field `index`'s bytes stand exactly as they are here, or -1 when they
    /// were changed on the way (quotes unescaped, a cell cut, a JSON string).
    @inline(__always)
    public func source(of index: Int) -> Int { fields[index].source }

    /// The line where the row starts.
    public internal(set) var line = 0
    /// Whether the row has a syntax error, already reported: its values are not checked further.
    public internal(set) var isBroken = false
    /// The sheet the row is on, when it is read from a workbook.
    public internal(set) var sheet: String?

    /// Where field `index` stands in `file`: its line and column, or its cell on a sheet.
    public func location(of index: Int, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: fields[index].line, column: fields[index].column, sheet: sheet)
    }

    /// Creates an empty record.
    public init() {}

    /// The number of fields.
    public var count: Int { fields.count }

    /// The byte range of field `index`.
    @inline(__always)
    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : fields[index - 1].end)..<fields[index].end
    }

    /// The text of field `index`.
    public func string(_ index: Int) -> String {
        String(decoding: bytes[range(index)], as: UTF8.self)
    }

    /// Whether field `index` is empty.
    public func isEmpty(_ index: Int) -> Bool { range(index).isEmpty }

    /// Whether every field is empty or white space.
    public var isBlank: Bool {
        for byte in bytes where byte != 0x20 && byte != 0x09 { return false }
        return true
    }

    mutating func reset(line: Int) {
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        self.line = line
        isBroken = false
    }

    mutating func appendField<C: Collection>(_ content: C, line: Int, column: Int) where C.Element == UInt8 {
        bytes.append(contentsOf: content)
        endField(line: line, column: column)
    }

    mutating func endField(line: Int, column: Int, source: Int = -1) {
        fields.append(Field(end: bytes.count, line: line, column: column, source: source))
    }
}
