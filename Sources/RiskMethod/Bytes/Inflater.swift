/// Decompresses a raw DEFLATE stream (RFC 1951): stored, fixed and dynamic Huffman blocks.
///
/// Table-driven: a code's first ``HuffmanTable/bits`` bits index a table that gives the symbol and its length at
/// once, and the rare longer codes are decoded canonically from the same bits. Bits are taken eight bytes at a
/// time into a 64-bit buffer, literals are written into an output grown ahead of them, and matches are copied
/// byte by byte only when they overlap themselves. The output never grows past `limit`: a stream that would is
/// stopped there (``Failure/outputTooLong``), so that a small archive entry cannot claim more memory than its
/// reader allows.
package enum Inflater {
    /// What is wrong with a stream.
    package enum Failure: Error, Equatable, Sendable {
        /// The stream ends inside a block.
        case truncated
        /// Block type 3 is reserved.
        case reservedBlockType
        /// A stored block's length and its complement disagree.
        case storedLengthMismatch
        /// A code table is over-subscribed, or a dynamic block's header is out of range.
        case invalidCodeTable
        /// A code that the block's table does not define, or a length or distance symbol out of range.
        case invalidCode
        /// A distance reaches back before the start of the output.
        case distanceTooFar
        /// The output would be longer than the limit given.
        case outputTooLong
    }

    /// Where the reading stands: the next byte of the input and the bits taken from it but not used yet.
    struct BitReader {
        var position = 0
        var buffer: UInt64 = 0
        var count = 0

        /// Fills the buffer to at least 56 bits, or with what is left of `input`.
        @inline(__always)
        mutating func refill(_ input: Span<UInt8>) {
            if position + 8 <= input.count {
                buffer |= ByteScanner.word(input, at: position) &<< UInt64(count)
                let advance = (63 - count) >> 3
                position += advance
                count += advance << 3
            } else {
                while count <= 56 && position < input.count {
                    buffer |= UInt64(input[position]) &<< UInt64(count)
                    position += 1
                    count += 8
                }
            }
        }

        /// The next `needed` bits (0–32), least significant first.
        @inline(__always)
        mutating func take(_ needed: Int, _ input: Span<UInt8>) throws(Failure) -> Int {
            if count < needed { refill(input) }
            guard count >= needed else { throw .truncated }
            let value = Int(truncatingIfNeeded: buffer & ((1 &<< UInt64(needed)) &- 1))
            buffer = buffer &>> UInt64(needed)
            count -= needed
            return value
        }
    }

    /// The bytes `input` decompresses to. `limit` bounds the output; `sizeHint` (a ZIP entry's declared size) is
    /// only how much room to take at first, never more than `limit`.
    package static func inflate(_ input: [UInt8], limit: Int = Int.max, sizeHint: Int = 0) throws(Failure) -> [UInt8] {
        let span = input.span
        var reader = BitReader()
        var output = [UInt8](repeating: 0, count: min(limit, max(sizeHint, 4 * input.count + 1024, 0)))
        var written = 0
        var isLast = false
        repeat {
            isLast = try reader.take(1, span) == 1
            switch try reader.take(2, span) {
            case 0: try stored(span, &reader, &output, &written, limit: limit)
            case 1: try codes(span, &reader, &output, &written, limit: limit, HuffmanTable.fixedLiteral, HuffmanTable.fixedDistance)
            case 2:
                let (literal, distance) = try dynamicTables(span, &reader)
                try codes(span, &reader, &output, &written, limit: limit, literal, distance)
            default: throw .reservedBlockType
            }
        } while !isLast
        output.removeLast(output.count - written)
        return output
    }

    /// Makes room for `needed` more bytes after `written`, doubling; false when `limit` does not allow them all
    /// (the room is then as large as the limit allows).
    @discardableResult
    static func grow(_ output: inout [UInt8], written: Int, needed: Int, limit: Int) -> Bool {
        guard output.count - written < needed else { return true }
        let wanted = written + needed
        let size = min(limit, max(wanted, output.count * 2, 32_768))
        if size > output.count { output.append(contentsOf: repeatElement(0, count: size - output.count)) }
        return wanted <= size
    }

    /// Copies a stored block.
    static func stored(_ input: Span<UInt8>, _ reader: inout BitReader, _ output: inout [UInt8], _ written: inout Int,
                       limit: Int) throws(Failure) {
        // Back to a byte boundary; whole bytes still in the buffer were read ahead and are given back.
        reader.count -= reader.count & 7
        reader.position -= reader.count >> 3
        reader.buffer = 0
        reader.count = 0
        let position = reader.position
        guard position + 4 <= input.count else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        guard position + 4 + length <= input.count else { throw .truncated }
        guard grow(&output, written: written, needed: length, limit: limit) else { throw .outputTooLong }
        var out = output.mutableSpan
        for index in 0..<length { out[written + index] = input[position + 4 + index] }
        written += length
        reader.position = position + 4 + length
    }

    /// Decodes literals and matches with the given codes up to the end-of-block symbol, growing the output as
    /// it fills.
    static func codes(_ input: Span<UInt8>, _ reader: inout BitReader, _ output: inout [UInt8], _ written: inout Int,
                      limit: Int, _ literal: HuffmanTable, _ distance: HuffmanTable) throws(Failure) {
        while true {
            grow(&output, written: written, needed: 258, limit: limit)
            var out = output.mutableSpan
            if try decode(input, &reader, &out, &written, canGrow: out.count < limit, literal, distance) { return }
        }
    }

    /// Decodes until the end of the block (true) or until fewer than 258 bytes of room are left and the output
    /// may still grow (false). When it may not, a write past the end is ``Failure/outputTooLong``.
    static func decode(_ input: Span<UInt8>, _ reader: inout BitReader, _ out: inout MutableSpan<UInt8>,
                       _ written: inout Int, canGrow: Bool, _ literal: HuffmanTable,
                       _ distance: HuffmanTable) throws(Failure) -> Bool {
        let tables = (DeflateTables.lengthBase, DeflateTables.lengthExtra, DeflateTables.distanceBase, DeflateTables.distanceExtra)
        let lengthBase = tables.0.span, lengthExtra = tables.1.span, distanceBase = tables.2.span, distanceExtra = tables.3.span
        let literalTable = literal.table, distanceTable = distance.table
        let literals = literalTable.span, distances = distanceTable.span
        let mask = 1 << HuffmanTable.bits - 1
        let end = out.count
        var at = written
        defer { written = at }
        while true {
            if canGrow && end - at < 258 { return false }
            // 48 bits hold a length code, its extra bits, a distance code and its extra bits.
            if reader.count < 48 { reader.refill(input) }
            var entry = Int(literals[Int(truncatingIfNeeded: reader.buffer) & mask])
            var symbol: Int
            if entry & 15 != 0 && entry & 15 <= reader.count {
                reader.buffer &>>= UInt64(entry & 15)
                reader.count -= entry & 15
                symbol = entry >> 4
            } else {
                symbol = try literal.decode(&reader, input)
            }
            if symbol < 256 {
                guard at < end else { throw .outputTooLong }
                out[at] = UInt8(truncatingIfNeeded: symbol)
                at += 1
                continue
            }
            if symbol == 256 { return true }
            let lengthSymbol = symbol - 257
            guard lengthSymbol < 29 else { throw .invalidCode }
            let length = lengthBase[lengthSymbol] + (try reader.take(lengthExtra[lengthSymbol], input))
            entry = Int(distances[Int(truncatingIfNeeded: reader.buffer) & mask])
            if entry & 15 != 0 && entry & 15 <= reader.count {
                reader.buffer &>>= UInt64(entry & 15)
                reader.count -= entry & 15
                symbol = entry >> 4
            } else {
                symbol = try distance.decode(&reader, input)
            }
            guard symbol < 30 else { throw .invalidCode }
            let back = distanceBase[symbol] + (try reader.take(distanceExtra[symbol], input))
            guard back <= at else { throw .distanceTooFar }
            guard length <= end - at else { throw .outputTooLong }
            var from = at - back
            let stop = at + length
            if back >= 8 && stop + 8 <= end {
                // Whole words, the last one spilling past the match into room that later bytes overwrite.
                while at < stop {
                    ByteScanner.copyWord(in: &out, from: from, to: at)
                    at += 8
                    from += 8
                }
                at = stop
            } else {
                while at < stop {
                    out[at] = out[from]
                    at += 1
                    from += 1
                }
            }
        }
    }

    /// Reads a dynamic block's code tables.
    static func dynamicTables(_ input: Span<UInt8>, _ reader: inout BitReader) throws(Failure) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.take(5, input) + 257
        let distanceCount = try reader.take(5, input) + 1
        let lengthCodeCount = try reader.take(4, input) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeTable }
        var lengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<lengthCodeCount { lengthLengths[DeflateTables.codeLengthOrder[index]] = try reader.take(3, input) }
        let lengthCode = HuffmanTable(lengths: lengthLengths)
        guard lengthCode.isValid else { throw .invalidCodeTable }
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader, input)
            var repeated = 0, times = 0
            switch symbol {
            case 0..<16:
                lengths.append(symbol)
                continue
            case 16:
                guard let last = lengths.last else { throw .invalidCodeTable }
                repeated = last
                times = 3 + (try reader.take(2, input))
            case 17: times = 3 + (try reader.take(3, input))
            default: times = 11 + (try reader.take(7, input))
            }
            guard lengths.count + times <= literalCount + distanceCount else { throw .invalidCodeTable }
            lengths.append(contentsOf: repeatElement(repeated, count: times))
        }
        guard lengths[256] != 0 else { throw .invalidCodeTable }
        let literal = HuffmanTable(lengths: Array(lengths[..<literalCount]))
        let distance = HuffmanTable(lengths: Array(lengths[literalCount...]))
        guard literal.isValid, distance.isValid else { throw .invalidCodeTable }
        return (literal, distance)
    }
}
