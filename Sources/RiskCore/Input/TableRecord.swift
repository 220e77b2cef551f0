/// One row of a table read from CSV or JSON: its fields as UTF-8 bytes, each with its place.
///
/// A reader reuses one record for every row, so reading a large file allocates almost nothing per row.
public struct TableRecord: Sendable {
    /// The fields' bytes, one after the other.
    public internal(set) var bytes: [UInt8] = []
    /// The end offset in `bytes` of each field.
    public internal(set) var ends: [Int] = []
    /// The line where each field starts.
    public internal(set) var lines: [Int] = []
    /// The column of each field: its number in a CSV row, its character in a JSON line.
    public internal(set) var columns: [Int] = []
    /// Per field: the offset in the parsed text where its bytes stand exactly as they are here, or -1 when they
    /// were changed on the way (quotes unescaped, a cell cut, a JSON string).
    public internal(set) var sources: [Int] = []
    /// The line where the row starts.
    public internal(set) var line = 0
    /// Whether the row has a syntax error, already reported: its values are not checked further.
    public internal(set) var isBroken = false

    /// Creates an empty record.
    public init() {}

    /// The number of fields.
    public var count: Int { ends.count }

    /// The byte range of field `index`.
    @inline(__always)
    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
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
        ends.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
        sources.removeAll(keepingCapacity: true)
        self.line = line
        isBroken = false
    }

    mutating func appendField<C: Collection>(_ content: C, line: Int, column: Int) where C.Element == UInt8 {
        bytes.append(contentsOf: content)
        endField(line: line, column: column)
    }

    mutating func endField(line: Int, column: Int, source: Int = -1) {
        ends.append(bytes.count)
        lines.append(line)
        columns.append(column)
        sources.append(source)
    }
}
