/// Compresses bytes into a raw DEFLATE stream (RFC 1951), as ZIP stores an entry with method 8.
///
/// LZ77 over a 32 KiB window finds repeats through hash chains of three-byte prefixes, with one step of lazy
/// matching; the matches and literals are written with the fixed Huffman code. Each block of up to 128 KiB of
/// input whose coded size would not beat the input is written as stored blocks instead, so nothing grows by more
/// than a few bytes per 64 KiB. The output depends only on the input.
///
///     let packed = DeflateEncoder.compress(Array("abcabcabc".utf8))
///     try Inflater.inflate(packed) == Array("abcabcabc".utf8)   // true
enum DeflateEncoder {
    /// How far back a match may reach: DEFLATE's 32 KiB.
    static let windowSize = 32768
    /// The shortest match DEFLATE codes.
    static let minimumMatch = 3
    /// The longest match DEFLATE codes.
    static let maximumMatch = 258
    /// The farthest back a match may start: the window less the longest match, so a chain never reaches a slot
    /// that a newer position has already overwritten.
    static let maximumDistance = windowSize - maximumMatch - minimumMatch - 1
    /// The hash of three bytes has this many bits.
    static let hashBits = 15
    /// How many earlier positions with the same hash are tried per position (zlib's level 6 tries as many).
    static let maximumChain = 128
    /// A match this long ends the search.
    static let niceLength = 128
    /// When the match already found is this long, looking one byte ahead tries a quarter of the chain.
    static let goodLength = 8
    /// A match at least this long is taken without looking one byte ahead.
    static let lazyLimit = 32
    /// The input covered by one block: two stored blocks' worth, for when it does not compress.
    static let blockInput = 2 * 65535

    /// The fixed code's literal/length codes, ready to write.
    static let literalCodes = DeflateTables.reversedCodes(lengths: DeflateTables.fixedLiteralLengths)
    /// The fixed code's distance codes, ready to write.
    static let distanceCodes = DeflateTables.reversedCodes(lengths: DeflateTables.fixedDistanceLengths)

    /// The raw DEFLATE stream of `input`.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.bytes.reserveCapacity(input.count / 4 + 64)
        guard !input.isEmpty else {
            writer.write(1, bits: 1)   // BFINAL
            writer.write(1, bits: 2)   // fixed Huffman codes
            writer.write(literalCodes[256], bits: DeflateTables.fixedLiteralLengths[256])
            writer.flush()
            return writer.bytes
        }
        var matcher = Matcher(source: input)
        var tokens: [UInt32] = []
        var start = 0
        while start < input.count {
            let end = min(start + blockInput, input.count)
            let isLast = end == input.count
            tokens.removeAll(keepingCapacity: true)
            matcher.tokenize(from: start, to: end, into: &tokens)
            let fixedBits = 3 + fixedCost(of: tokens) + DeflateTables.fixedLiteralLengths[256]
            let storedBits = ((end - start + 65534) / 65535) * 40 + (end - start) * 8 + 7
            if fixedBits < storedBits {
                writeFixedBlock(tokens, isLast: isLast, to: &writer)
            } else {
                writeStoredBlocks(input, from: start, to: end, isLast: isLast, to: &writer)
            }
            start = end
        }
        writer.flush()
        return writer.bytes
    }

    /// A literal is its byte; a match is the top bit set, its length in bits 16–24 and its distance below.
    @inline(__always)
    static func match(length: Int, distance: Int) -> UInt32 {
        0x8000_0000 | UInt32(length) << 16 | UInt32(distance)
    }

    /// The number of bits the tokens take under the fixed code.
    static func fixedCost(of tokens: [UInt32]) -> Int {
        var bits = 0
        for token in tokens {
            if token & 0x8000_0000 == 0 {
                bits += DeflateTables.fixedLiteralLengths[Int(token)]
            } else {
                let length = Int((token >> 16) & 0x1FF)
                let distance = Int(token & 0xFFFF)
                let lengthSymbol = Int(DeflateTables.lengthSymbol[length])
                let distanceSymbol = Int(DeflateTables.distanceSymbol[distance - 1])
                bits += DeflateTables.fixedLiteralLengths[257 + lengthSymbol] + DeflateTables.lengthExtra[lengthSymbol]
                bits += 5 + DeflateTables.distanceExtra[distanceSymbol]
            }
        }
        return bits
    }

    /// Writes one block of `tokens` with the fixed code, and its end-of-block code.
    static func writeFixedBlock(_ tokens: [UInt32], isLast: Bool, to writer: inout BitWriter) {
        writer.write(isLast ? 1 : 0, bits: 1)
        writer.write(1, bits: 2)
        let lengths = DeflateTables.fixedLiteralLengths
        for token in tokens {
            if token & 0x8000_0000 == 0 {
                writer.write(literalCodes[Int(token)], bits: lengths[Int(token)])
                continue
            }
            let length = Int((token >> 16) & 0x1FF)
            let distance = Int(token & 0xFFFF)
            let lengthSymbol = Int(DeflateTables.lengthSymbol[length])
            writer.write(literalCodes[257 + lengthSymbol], bits: lengths[257 + lengthSymbol])
            writer.write(UInt32(length - DeflateTables.lengthBase[lengthSymbol]), bits: DeflateTables.lengthExtra[lengthSymbol])
            let distanceSymbol = Int(DeflateTables.distanceSymbol[distance - 1])
            writer.write(distanceCodes[distanceSymbol], bits: 5)
            writer.write(UInt32(distance - DeflateTables.distanceBase[distanceSymbol]),
                         bits: DeflateTables.distanceExtra[distanceSymbol])
        }
        writer.write(literalCodes[256], bits: lengths[256])
    }

    /// Writes `source[start..<end]` as stored blocks of at most 65,535 bytes each.
    static func writeStoredBlocks(_ source: [UInt8], from start: Int, to end: Int, isLast: Bool,
                                  to writer: inout BitWriter) {
        var position = start
        repeat {
            let count = min(65535, end - position)
            let final = isLast && position + count == end
            writer.write(final ? 1 : 0, bits: 1)
            writer.write(0, bits: 2)
            writer.flush()
            writer.bytes.append(contentsOf: [UInt8(count & 0xFF), UInt8(count >> 8),
                                             UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)])
            writer.bytes.append(contentsOf: source[position..<position + count])
            position += count
        } while position < end
    }

    /// Bits packed least significant first into bytes.
    struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        @inline(__always)
        mutating func write(_ value: UInt32, bits: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// Pads the last byte with zero bits.
        mutating func flush() {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            buffer = 0
            count = 0
        }
    }

    /// The LZ77 state: the newest position of each hash and, per window slot, the position before it.
    struct Matcher {
        let source: [UInt8]
        var head: [Int32]
        var previous: [Int32]

        init(source: [UInt8]) {
            self.source = source
            head = [Int32](repeating: -1, count: 1 << DeflateEncoder.hashBits)
            previous = [Int32](repeating: -1, count: DeflateEncoder.windowSize)
        }

        @inline(__always)
        func hash(at position: Int) -> Int {
            let key = UInt32(source[position]) << 16 | UInt32(source[position + 1]) << 8 | UInt32(source[position + 2])
            return Int((key &* 2_654_435_761) >> UInt32(32 - DeflateEncoder.hashBits))
        }

        /// The longest earlier match for `position` that ends by `end`, as (length, distance); then records
        /// `position` in its chain.
        mutating func findAndInsert(_ position: Int, end: Int,
                                    chain maximumChain: Int = DeflateEncoder.maximumChain) -> (length: Int, distance: Int) {
            guard position + DeflateEncoder.minimumMatch <= source.count else { return (0, 0) }
            let key = hash(at: position)
            var candidate = Int(head[key])
            previous[position & (DeflateEncoder.windowSize - 1)] = Int32(candidate)
            head[key] = Int32(position)
            let limit = min(DeflateEncoder.maximumMatch, end - position)
            guard limit >= DeflateEncoder.minimumMatch else { return (0, 0) }
            var bestLength = DeflateEncoder.minimumMatch - 1
            var bestDistance = 0
            let nice = min(limit, DeflateEncoder.niceLength)
            var chain = maximumChain
            while candidate >= 0 && chain > 0 {
                let distance = position - candidate
                if distance <= 0 || distance > DeflateEncoder.maximumDistance { break }
                if source[candidate + bestLength] == source[position + bestLength] {
                    let length = commonLength(candidate, position, limit: limit)
                    if length > bestLength {
                        bestLength = length
                        bestDistance = distance
                        if length >= nice { break }
                    }
                }
                let next = Int(previous[candidate & (DeflateEncoder.windowSize - 1)])
                if next >= candidate { break }
                candidate = next
                chain -= 1
            }
            return bestLength >= DeflateEncoder.minimumMatch ? (bestLength, bestDistance) : (0, 0)
        }

        /// How many bytes from `earlier` and `later` agree, up to `limit`; compares eight bytes at a time.
        @inline(__always)
        func commonLength(_ earlier: Int, _ later: Int, limit: Int) -> Int {
            let bytes = source.span
            return ByteScanner.commonPrefix(bytes, from: earlier, bytes, from: later, limit: limit)
        }

        /// Records `position` in its chain without looking for a match.
        @inline(__always)
        mutating func insert(_ position: Int) {
            guard position + DeflateEncoder.minimumMatch <= source.count else { return }
            let key = hash(at: position)
            previous[position & (DeflateEncoder.windowSize - 1)] = head[key]
            head[key] = Int32(position)
        }

        /// Appends the literals and matches of `source[start..<end]` to `tokens`; matches may reach back before
        /// `start` but never past `end`.
        mutating func tokenize(from start: Int, to end: Int, into tokens: inout [UInt32]) {
            var position = start
            var pending: (length: Int, distance: Int)?
            while position < end {
                let found = pending ?? findAndInsert(position, end: end)
                pending = nil
                guard found.length >= DeflateEncoder.minimumMatch else {
                    tokens.append(UInt32(source[position]))
                    position += 1
                    continue
                }
                var inserted = position + 1
                if found.length < DeflateEncoder.lazyLimit && position + 1 < end {
                    let chain = found.length >= DeflateEncoder.goodLength
                        ? DeflateEncoder.maximumChain / 4 : DeflateEncoder.maximumChain
                    let next = findAndInsert(position + 1, end: end, chain: chain)
                    if next.length > found.length {
                        tokens.append(UInt32(source[position]))
                        position += 1
                        pending = next
                        continue
                    }
                    inserted = position + 2
                }
                tokens.append(DeflateEncoder.match(length: found.length, distance: found.distance))
                while inserted < position + found.length {
                    insert(inserted)
                    inserted += 1
                }
                position += found.length
            }
        }
    }
}
