import RiskMethod

/// Decompresses a raw DEFLATE stream (RFC 1951): stored, fixed and dynamic Huffman blocks.
///
/// A plain canonical decoder in the manner of zlib's `puff.c`: it reads one bit at a time, which is slow but
/// easy to check; the tests and the ZIP reader use it to read back what `DeflateEncoder` and other tools wrote.
package struct Inflater {
    /// What is wrong with a stream.
    package enum Failure: Error, Equatable {
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

    /// A canonical Huffman code: how many codes each length has, and the symbols in code order.
    package struct Huffman {
        package var count = [Int](repeating: 0, count: 16)
        package var symbols: [Int] = []
        /// False when the lengths over-subscribe the code space, so that no prefix code has them.
        package var isValid = true

        /// Builds the code of `lengths` (each 0–15, 0 for an unused symbol).
        package init(lengths: [Int]) {
            for length in lengths { count[length] += 1 }
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
        }
    }

    /// The stream.
    package let input: [UInt8]
    /// The next byte of `input` to read bits from.
    package var position = 0
    /// Bits read from `input` and not used yet, lowest first.
    package var bitBuffer = 0
    package var bitCount = 0
    /// What the stream decompressed to so far.
    package var output: [UInt8] = []
    /// The longest `output` may grow.
    package let limit: Int

    package init(_ input: [UInt8], limit: Int) {
        self.input = input
        self.limit = limit
    }

    /// The bytes `input` decompresses to; `limit` bounds the output (a ZIP entry's declared size).
    package static func inflate(_ input: [UInt8], limit: Int = Int.max) throws -> [UInt8] {
        var inflater = Inflater(input, limit: limit)
        try inflater.run()
        return inflater.output
    }

    /// Decodes blocks until the one marked last.
    package mutating func run() throws {
        var isLast = false
        repeat {
            isLast = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(literal: Inflater.fixedLiteral, distance: Inflater.fixedDistance)
            case 2: try dynamic()
            default: throw Failure.reservedBlockType
            }
        } while !isLast
    }

    /// The fixed codes of RFC 1951, 3.2.6.
    package static let fixedLiteral = Huffman(lengths: DeflateTables.fixedLiteralLengths)
    package static let fixedDistance = Huffman(lengths: DeflateTables.fixedDistanceLengths)

    /// The next `needed` bits (0–16) of the stream, least significant first.
    package mutating func bits(_ needed: Int) throws -> Int {
        var value = bitBuffer
        while bitCount < needed {
            guard position < input.count else { throw Failure.truncated }
            value |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        bitBuffer = value >> needed
        bitCount -= needed
        return value & ((1 << needed) - 1)
    }

    /// Copies a stored block.
    package mutating func stored() throws {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Failure.truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw Failure.storedLengthMismatch }
        position += 4
        guard position + length <= input.count else { throw Failure.truncated }
        guard output.count + length <= limit else { throw Failure.outputTooLong }
        output.append(contentsOf: input[position..<position + length])
        position += length
    }

    /// The next symbol of `code`, read a bit at a time.
    package mutating func decode(_ code: Huffman) throws -> Int {
        var value = 0, first = 0, index = 0
        for length in 1...15 {
            value |= try bits(1)
            let count = code.count[length]
            if value - count < first { return code.symbols[index + value - first] }
            index += count
            first += count
            first <<= 1
            value <<= 1
        }
        throw Failure.invalidCode
    }

    /// Decodes literals and matches with the given codes up to the end-of-block symbol.
    package mutating func codes(literal: Huffman, distance: Huffman) throws {
        while true {
            var symbol = try decode(literal)
            if symbol < 256 {
                guard output.count < limit else { throw Failure.outputTooLong }
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            symbol -= 257
            guard symbol < 29 else { throw Failure.invalidCode }
            let length = DeflateTables.lengthBase[symbol] + (try bits(DeflateTables.lengthExtra[symbol]))
            let distanceSymbol = try decode(distance)
            guard distanceSymbol < 30 else { throw Failure.invalidCode }
            let back = DeflateTables.distanceBase[distanceSymbol] + (try bits(DeflateTables.distanceExtra[distanceSymbol]))
            guard back <= output.count else { throw Failure.distanceTooFar }
            guard output.count + length <= limit else { throw Failure.outputTooLong }
            let start = output.count - back
            for offset in 0..<length { output.append(output[start + offset]) }
        }
    }

    /// Reads a dynamic block's code tables, then its data.
    package mutating func dynamic() throws {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let lengthCodeCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure.invalidCodeTable }
        var lengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<lengthCodeCount { lengthLengths[DeflateTables.codeLengthOrder[index]] = try bits(3) }
        let lengthCode = Huffman(lengths: lengthLengths)
        guard lengthCode.isValid else { throw Failure.invalidCodeTable }
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(lengthCode)
            var repeated = 0, times = 0
            switch symbol {
            case 0..<16:
                lengths.append(symbol)
                continue
            case 16:
                guard let last = lengths.last else { throw Failure.invalidCodeTable }
                repeated = last
                times = 3 + (try bits(2))
            case 17: times = 3 + (try bits(3))
            default: times = 11 + (try bits(7))
            }
            guard lengths.count + times <= literalCount + distanceCount else { throw Failure.invalidCodeTable }
            lengths.append(contentsOf: repeatElement(repeated, count: times))
        }
        guard lengths[256] != 0 else { throw Failure.invalidCodeTable }
        let literal = Huffman(lengths: Array(lengths[..<literalCount]))
        let distance = Huffman(lengths: Array(lengths[literalCount...]))
        guard literal.isValid, distance.isValid else { throw Failure.invalidCodeTable }
        try codes(literal: literal, distance: distance)
    }
}
