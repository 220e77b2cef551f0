/// DEFLATE for large parts, a chunk at a time: each chunk is compressed on its own (no match reaches into the chunk
/// before it) into blocks that end on a byte boundary (a sync flush, as zlib's `Z_SYNC_FLUSH`), so chunks can be
/// compressed on any thread and their bytes joined in order into one stream, which ``finalBlock`` ends.
///
/// The matcher is the fast kind (zlib's levels 1–3): one candidate per four-byte hash, the longest common run
/// taken at once, few positions inside a match hashed. On a worksheet's repetitive rows most bytes fall in long
/// matches, which is where it is fast. Each literal or match is written as it is found, with the fixed code, its
/// code and extra bits looked up together; a block that came out larger than it would be stored is written again
/// as stored blocks. The output depends only on the chunk.
enum DeflateChunks {
    /// The input a chunk should hold: large enough for matches to find their repeats, small enough to be many.
    static let chunkSize = 1 << 20
    /// The hash of four bytes has this many bits.
    static let hashBits = 15
    /// The farthest back a match may start.
    static let maximumDistance = 32_768
    /// The bytes that end a stream: an empty final block with the fixed code.
    static let finalBlock: [UInt8] = [0x03, 0x00]

    /// Appends the compressed chunk to `output`: fixed-code blocks (or stored blocks where that is smaller), then
    /// an empty stored block that ends on a byte boundary.
    static func compress(_ input: Span<UInt8>, into output: ByteWriter) {
        let code = FixedCode.shared
        var table = [Int32](repeating: -1, count: 1 << hashBits)
        var bits = BitBuffer()
        var start = 0
        while start < input.count {
            let end = min(start + DeflateEncoder.blockInput, input.count)
            let mark = output.count, saved = bits
            // Nine bits a literal at most, and a match of four bytes or more takes fewer than eight a byte.
            output.withCursor(reserving: (end - start) * 9 / 8 + 32) { cursor in
                bits.put(0b010, count: 3, to: &cursor)   // not the last block; the fixed code
                tokenize(input, from: start, to: end, table: &table, code: code, bits: &bits, to: &cursor)
                bits.put(UInt64(code.endOfBlock & 0xFF_FFFF), count: Int(code.endOfBlock >> 24), to: &cursor)
            }
            let written = (output.count - mark) * 8 + bits.count - saved.count
            let stored = ((end - start + 65534) / 65535) * 40 + (end - start) * 8 + 7
            if written >= stored {
                output.truncate(to: mark)
                bits = saved
                writeStored(input, from: start, to: end, bits: &bits, to: output)
            }
            start = end
        }
        // The sync flush: an empty stored block, which pads to a byte boundary.
        output.withCursor(reserving: 32) { cursor in
            bits.put(0, count: 3, to: &cursor)
            bits.align(to: &cursor)
            cursor.put(word: 0xFFFF_0000, keeping: 4)
        }
    }

    /// Appends `input` compressed a chunk of ``chunkSize`` at a time, each as ``compress(_:into:)`` makes it.
    static func compress(chunked input: Span<UInt8>, into output: ByteWriter) {
        var start = 0
        while start < input.count {
            let end = min(input.count, start + chunkSize)
            compress(input.extracting(start..<end), into: output)
            start = end
        }
    }

    /// The whole DEFLATE stream of `input`, compressed a chunk at a time.
    static func stream(_ input: Span<UInt8>) -> [UInt8] {
        let output = ByteWriter(capacity: input.count / 4 + 64)
        compress(chunked: input, into: output)
        output.append(finalBlock)
        return output.bytes
    }

    /// Appends the compressed chunk to `output`.
    static func compress(_ input: Span<UInt8>, into output: inout [UInt8]) {
        let writer = ByteWriter(capacity: input.count / 4 + 64)
        compress(input, into: writer)
        writer.withBytes { output.append($0) }
    }

    /// Writes the literals and matches of `input[start..<end]` (matches may reach back to the chunk's start):
    /// greedy, one candidate a hash.
    static func tokenize(_ input: Span<UInt8>, from start: Int, to end: Int, table: inout [Int32], code: FixedCode,
                         bits: inout BitBuffer, to cursor: inout ByteWriter.Cursor) {
        let literals = code.literals.span, lengths = code.lengths.span, distances = code.distances.span
        var position = start
        // Eight bytes are read at a time, and a match is at least four long: the last few of the block are literals.
        let limit = min(end - 3, input.count - 8)
        while position < limit {
            let word = ByteScanner.word(input, at: position)
            let hash = Int((UInt32(truncatingIfNeeded: word) &* 2_654_435_761) >> UInt32(32 - hashBits))
            let candidate = Int(table[hash])
            table[hash] = Int32(position)
            guard candidate >= 0, position - candidate <= maximumDistance,
                  UInt32(truncatingIfNeeded: ByteScanner.word(input, at: candidate)) == UInt32(truncatingIfNeeded: word) else {
                let entry = literals[Int(input[position])]
                bits.put(UInt64(entry & 0xFF_FFFF), count: Int(entry >> 24), to: &cursor)
                position += 1
                continue
            }
            let length = matchLength(input, candidate, position, limit: min(DeflateEncoder.maximumMatch, end - position))
            let lengthEntry = lengths[length], distanceEntry = distances[position - candidate - 1]
            let lengthBits = Int(lengthEntry >> 24)
            bits.put(UInt64(lengthEntry & 0xFF_FFFF) | UInt64(distanceEntry & 0xFF_FFFF) << UInt64(lengthBits),
                     count: lengthBits + Int(distanceEntry >> 24), to: &cursor)
            // The match's last position is hashed too, so that the next row finds this one.
            let last = position + length - 1
            if last < limit {
                let tail = ByteScanner.word(input, at: last)
                table[Int((UInt32(truncatingIfNeeded: tail) &* 2_654_435_761) >> UInt32(32 - hashBits))] = Int32(last)
            }
            position += length
        }
        while position < end {
            let entry = literals[Int(input[position])]
            bits.put(UInt64(entry & 0xFF_FFFF), count: Int(entry >> 24), to: &cursor)
            position += 1
        }
    }

    /// How many bytes from `earlier` and `later` agree, at least four (the caller checked them), at most `limit`.
    @inline(__always)
    static func matchLength(_ input: Span<UInt8>, _ earlier: Int, _ later: Int, limit: Int) -> Int {
        var length = 4
        while length + 8 <= limit && later + length + 8 <= input.count {
            let difference = ByteScanner.word(input, at: earlier + length) ^ ByteScanner.word(input, at: later + length)
            if difference != 0 { return length + difference.trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit && input[earlier + length] == input[later + length] { length += 1 }
        return length
    }

    /// Writes `input[start..<end]` as non-final stored blocks of at most 65,535 bytes each.
    static func writeStored(_ input: Span<UInt8>, from start: Int, to end: Int, bits: inout BitBuffer, to output: ByteWriter) {
        var position = start
        while position < end {
            let count = min(65535, end - position)
            output.withCursor(reserving: count + 32) { cursor in
                bits.put(0, count: 3, to: &cursor)
                bits.align(to: &cursor)
                cursor.put(word: UInt64(count) | UInt64(~count & 0xFFFF) << 16, keeping: 4)
                cursor.put(input.extracting(position..<position + count))
            }
            position += count
        }
    }

    /// Bits packed least significant first, fewer than eight of them waiting for a byte.
    struct BitBuffer {
        var word: UInt64 = 0
        var count = 0

        /// Writes the low `bits` (at most 32) bits of `value`: every whole byte goes to `cursor`.
        @inline(__always)
        mutating func put(_ value: UInt64, count bits: Int, to cursor: inout ByteWriter.Cursor) {
            word |= value << UInt64(count)
            count += bits
            cursor.put(word: word, keeping: count >> 3)
            word >>= UInt64(count & ~7)
            count &= 7
        }

        /// Writes the waiting bits as a byte padded with zeros.
        @inline(__always)
        mutating func align(to cursor: inout ByteWriter.Cursor) {
            cursor.put(word: word, keeping: (count + 7) >> 3)
            word = 0
            count = 0
        }
    }

    /// The fixed code (RFC 1951, 3.2.6) ready to write: each entry holds its bits, code then extra bits, in its
    /// low 24 bits and how many there are in its high 8.
    struct FixedCode: Sendable {
        /// Per byte.
        let literals: [UInt32]
        /// Per match length 0–258 (3–258 used).
        let lengths: [UInt32]
        /// Per match distance 1–32,768, at index `distance - 1`.
        let distances: [UInt32]
        /// The end of a block.
        let endOfBlock: UInt32

        static let shared = FixedCode()

        private init() {
            let codes = DeflateEncoder.literalCodes, sizes = DeflateTables.fixedLiteralLengths
            func entry(_ value: UInt32, _ count: Int) -> UInt32 { value | UInt32(count) << 24 }
            literals = (0..<256).map { entry(codes[$0], sizes[$0]) }
            endOfBlock = entry(codes[256], sizes[256])
            lengths = (0...258).map { length in
                guard length >= DeflateEncoder.minimumMatch else { return 0 }
                let symbol = Int(DeflateTables.lengthSymbol[length])
                let extra = UInt32(length - DeflateTables.lengthBase[symbol])
                return entry(codes[257 + symbol] | extra << UInt32(sizes[257 + symbol]),
                             sizes[257 + symbol] + DeflateTables.lengthExtra[symbol])
            }
            let distanceCodes = DeflateEncoder.distanceCodes
            distances = (1...32768).map { distance in
                let symbol = Int(DeflateTables.distanceSymbol[distance - 1])
                let extra = UInt32(distance - DeflateTables.distanceBase[symbol])
                return entry(distanceCodes[symbol] | extra << 5, 5 + DeflateTables.distanceExtra[symbol])
            }
        }
    }
}
