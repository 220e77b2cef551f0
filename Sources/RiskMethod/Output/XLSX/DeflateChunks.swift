/// DEFLATE for large parts, a chunk at a time: each chunk is compressed on its own (no match reaches into the chunk
/// before it) into blocks that end on a byte boundary (a sync flush, as zlib's `Z_SYNC_FLUSH`), so chunks can be
/// compressed on any thread and their bytes joined in order into one stream, which ``finalBlock`` ends.
///
/// The matcher is the fast kind (zlib's levels 1–3): one candidate per four-byte hash, the longest common run
/// taken at once, few positions inside a match hashed. On a worksheet's repetitive rows most bytes fall in long
/// matches, which is where it is fast; the output depends only on the chunk.
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
    static func compress(_ input: Span<UInt8>, into output: inout [UInt8]) {
        var writer = DeflateEncoder.BitWriter()
        writer.bytes = output
        var table = [Int32](repeating: -1, count: 1 << hashBits)
        var tokens: [UInt32] = []
        var start = 0
        while start < input.count {
            let end = min(start + DeflateEncoder.blockInput, input.count)
            tokens.removeAll(keepingCapacity: true)
            tokenize(input, from: start, to: end, table: &table, into: &tokens)
            let fixedBits = 3 + DeflateEncoder.fixedCost(of: tokens) + DeflateTables.fixedLiteralLengths[256]
            let storedBits = ((end - start + 65534) / 65535) * 40 + (end - start) * 8 + 7
            if fixedBits < storedBits {
                DeflateEncoder.writeFixedBlock(tokens, isLast: false, to: &writer)
            } else {
                writeStored(input, from: start, to: end, to: &writer)
            }
            start = end
        }
        // The sync flush: an empty stored block, which pads to a byte boundary.
        writer.write(0, bits: 3)
        writer.flush()
        writer.bytes.append(contentsOf: [0x00, 0x00, 0xFF, 0xFF])
        output = writer.bytes
    }

    /// The tokens of `input[start..<end]` (matches may reach back to the chunk's start): greedy, one candidate a
    /// hash.
    static func tokenize(_ input: Span<UInt8>, from start: Int, to end: Int, table: inout [Int32], into tokens: inout [UInt32]) {
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
                tokens.append(UInt32(input[position]))
                position += 1
                continue
            }
            let length = matchLength(input, candidate, position, limit: min(DeflateEncoder.maximumMatch, end - position))
            tokens.append(DeflateEncoder.match(length: length, distance: position - candidate))
            // The match's last position is hashed too, so that the next row finds this one.
            let last = position + length - 1
            if last < limit {
                let tail = ByteScanner.word(input, at: last)
                table[Int((UInt32(truncatingIfNeeded: tail) &* 2_654_435_761) >> UInt32(32 - hashBits))] = Int32(last)
            }
            position += length
        }
        while position < end {
            tokens.append(UInt32(input[position]))
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
    static func writeStored(_ input: Span<UInt8>, from start: Int, to end: Int, to writer: inout DeflateEncoder.BitWriter) {
        var position = start
        while position < end {
            let count = min(65535, end - position)
            writer.write(0, bits: 3)
            writer.flush()
            writer.bytes.append(contentsOf: [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)])
            writer.bytes.append(input.extracting(position..<position + count))
            position += count
        }
    }
}
