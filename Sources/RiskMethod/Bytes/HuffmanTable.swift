/// A canonical Huffman code of DEFLATE (RFC 1951, 3.2.2) made ready for decoding: a table indexed by the next
/// ``bits`` bits of the stream (least significant first, as DEFLATE packs codes) that gives the symbol and the
/// code's length at once; codes longer than ``bits`` are decoded canonically, a bit at a time, from the counts.
struct HuffmanTable: Sendable {
    /// How many bits the table is indexed by.
    static let bits = 10
    /// Each entry: the symbol shifted left by 4, and the code's length (1–``bits``) in the low 4 bits; 0 when the
    /// code is longer than ``bits`` or undefined.
    var table: [UInt16]
    /// How many codes each length (0–15) has.
    var count = [Int](repeating: 0, count: 16)
    /// The symbols in canonical code order.
    var symbols: [Int] = []
    /// False when the lengths over-subscribe the code space, so that no prefix code has them.
    var isValid = true

    /// Builds the code of `lengths` (each 0–15, 0 for an unused symbol).
    init(lengths: [Int]) {
        for length in lengths { count[length] += 1 }
        count[0] = 0
        var left = 1
        for length in 1...15 {
            left <<= 1
            left -= count[length]
            if left < 0 { isValid = false }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + count[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        table = [UInt16](repeating: 0, count: 1 << HuffmanTable.bits)
        guard isValid else { return }
        let codes = DeflateTables.reversedCodes(lengths: lengths)
        for (symbol, length) in lengths.enumerated() where length > 0 && length <= HuffmanTable.bits {
            let entry = UInt16(symbol << 4 | length)
            var index = Int(codes[symbol])
            while index < 1 << HuffmanTable.bits {
                table[index] = entry
                index += 1 << length
            }
        }
    }

    /// The next symbol of the stream.
    @inline(__always)
    func decode(_ reader: inout Inflater.BitReader, _ input: Span<UInt8>) throws(Inflater.Failure) -> Int {
        if reader.count < 15 { reader.refill(input) }
        let entry = Int(table[Int(truncatingIfNeeded: reader.buffer) & (1 << HuffmanTable.bits - 1)])
        let length = entry & 15
        guard length != 0 else { return try decodeLong(&reader) }
        guard length <= reader.count else { throw .truncated }
        reader.buffer &>>= UInt64(length)
        reader.count -= length
        return entry >> 4
    }

    /// The next symbol, its code read a bit at a time in canonical order: for codes longer than the table's.
    func decodeLong(_ reader: inout Inflater.BitReader) throws(Inflater.Failure) -> Int {
        var code = 0, first = 0, index = 0
        for length in 1...15 {
            guard length <= reader.count else { throw .truncated }
            code |= Int(truncatingIfNeeded: reader.buffer &>> UInt64(length - 1)) & 1
            let count = self.count[length]
            if code - count < first {
                reader.buffer &>>= UInt64(length)
                reader.count -= length
                return symbols[index + code - first]
            }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw .invalidCode
    }

    /// The fixed codes of RFC 1951, 3.2.6.
    static let fixedLiteral = HuffmanTable(lengths: DeflateTables.fixedLiteralLengths)
    static let fixedDistance = HuffmanTable(lengths: DeflateTables.fixedDistanceLengths)
}
