/// The CRC-32 of ZIP, gzip and PNG (IEEE 802.3, reflected polynomial `0xEDB88320`), computed a byte at a time
/// from a 256-entry table, or eight bytes at a time from eight such tables.
///
///     CRC32.checksum(Array("123456789".utf8))   // 0xCBF43926
package enum CRC32 {
    /// The remainder of every byte value, built once.
    package static let table: [UInt32] = (0..<256).map { byte in
        var crc = UInt32(byte)
        for _ in 0..<8 {
            crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
        }
        return crc
    }

    /// The CRC-32 of `bytes`.
    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        update(0, with: bytes.span)
    }

    /// Eight tables for taking eight bytes a step ("slicing by 8"): `tables[k][b]` is the remainder of byte `b`
    /// followed by `k` zero bytes.
    static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 { tables[byte] = table[byte] }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(slice - 1) * 256 + byte]
                tables[slice * 256 + byte] = table[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        return tables
    }()

    /// The CRC-32 of the bytes already summed into `crc` followed by `bytes`, so that a stream can be summed in
    /// pieces: `update(checksum(a), with: b) == checksum(a + b)`.
    package static func update(_ crc: UInt32, with bytes: Span<UInt8>) -> UInt32 {
        let table = CRC32.tables.span
        var value = ~crc
        var index = 0
        while index + 8 <= bytes.count {
            let word = ByteScanner.word(bytes, at: index) ^ UInt64(value)
            value = table[7 * 256 + Int(word & 0xFF)] ^ table[6 * 256 + Int(word >> 8 & 0xFF)]
                ^ table[5 * 256 + Int(word >> 16 & 0xFF)] ^ table[4 * 256 + Int(word >> 24 & 0xFF)]
                ^ table[3 * 256 + Int(word >> 32 & 0xFF)] ^ table[2 * 256 + Int(word >> 40 & 0xFF)]
                ^ table[256 + Int(word >> 48 & 0xFF)] ^ table[Int(word >> 56)]
            index += 8
        }
        while index < bytes.count {
            value = table[Int((value ^ UInt32(bytes[index])) & 0xFF)] ^ (value >> 8)
            index += 1
        }
        return ~value
    }

    /// The CRC-32 of `a + b` from `first` (the CRC-32 of `a`), `second` (of `b`) and the length of `b`, without the
    /// bytes: what lets chunks be summed apart, on any thread, and joined in order (zlib's `crc32_combine`).
    package static func combine(_ first: UInt32, _ second: UInt32, length: Int) -> UInt32 {
        guard length > 0 else { return first }
        // Operators for one, two, four… zero bits, as 32 × 32 matrices over GF(2), applied to `first`.
        var odd = [UInt32](repeating: 0, count: 32)
        odd[0] = 0xEDB8_8320
        var row: UInt32 = 1
        for index in 1..<32 {
            odd[index] = row
            row <<= 1
        }
        var even = square(odd)   // two zero bits
        odd = square(even)       // four zero bits
        var crc = first
        var remaining = length
        repeat {
            even = square(odd)
            if remaining & 1 != 0 { crc = times(even, crc) }
            remaining >>= 1
            guard remaining > 0 else { break }
            odd = square(even)
            if remaining & 1 != 0 { crc = times(odd, crc) }
            remaining >>= 1
        } while remaining > 0
        return crc ^ second
    }

    private static func times(_ matrix: [UInt32], _ vector: UInt32) -> UInt32 {
        var sum: UInt32 = 0, vector = vector, index = 0
        while vector != 0 {
            if vector & 1 != 0 { sum ^= matrix[index] }
            vector >>= 1
            index += 1
        }
        return sum
    }

    private static func square(_ matrix: [UInt32]) -> [UInt32] {
        (0..<32).map { times(matrix, matrix[$0]) }
    }
}
