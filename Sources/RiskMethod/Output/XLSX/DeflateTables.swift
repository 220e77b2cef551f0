/// The constant tables of DEFLATE (RFC 1951, section 3.2.5): the bases and extra bits of the length and distance
/// codes, and the fixed Huffman code of section 3.2.6. The encoder and the decoder share them.
package enum DeflateTables {
    /// The shortest match length of each length symbol 257–285.
    package static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    /// The extra bits of each length symbol 257–285.
    package static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// The shortest distance of each distance symbol 0–29.
    package static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    /// The extra bits of each distance symbol 0–29.
    package static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// The order in which a dynamic block gives the lengths of the code length code.
    package static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The bit lengths of the fixed literal/length code: 8, 9, 7 and 8 bits by range.
    package static let fixedLiteralLengths: [Int] = (0..<288).map { symbol in
        switch symbol {
        case 0..<144: 8
        case 144..<256: 9
        case 256..<280: 7
        default: 8
        }
    }

    /// The fixed distance code: 5 bits for each of the 30 symbols.
    package static let fixedDistanceLengths: [Int] = Array(repeating: 5, count: 30)

    /// The length symbol (0–28, to be added to 257) of each match length 0–258; lengths below 3 map to 0.
    package static let lengthSymbol: [UInt8] = (0...258).map { length in
        guard length >= 3 else { return 0 }
        var symbol = 0
        while symbol + 1 < lengthBase.count && lengthBase[symbol + 1] <= length { symbol += 1 }
        return UInt8(symbol)
    }

    /// The distance symbol of each distance 1–32768, at index `distance - 1`.
    package static let distanceSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 32768)
        var symbol = 0
        for distance in 1...32768 {
            while symbol + 1 < distanceBase.count && distanceBase[symbol + 1] <= distance { symbol += 1 }
            table[distance - 1] = UInt8(symbol)
        }
        return table
    }()

    /// The canonical Huffman codes (RFC 1951, 3.2.2) of `lengths`, bit-reversed so that they can be written
    /// least significant bit first, as DEFLATE packs them.
    package static func reversedCodes(lengths: [Int]) -> [UInt32] {
        let maximum = lengths.max() ?? 0
        var countPerLength = [Int](repeating: 0, count: maximum + 1)
        for length in lengths where length > 0 { countPerLength[length] += 1 }
        var next = [Int](repeating: 0, count: maximum + 2)
        var code = 0
        if maximum > 0 {
            for bits in 1...maximum {
                code = (code + countPerLength[bits - 1]) << 1
                next[bits] = code
            }
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let value = next[length]
            next[length] += 1
            var reversed: UInt32 = 0
            for bit in 0..<length where value & (1 << bit) != 0 {
                reversed |= 1 << UInt32(length - 1 - bit)
            }
            return reversed
        }
    }
}
