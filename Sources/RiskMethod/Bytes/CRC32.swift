/// The CRC-32 of ZIP, gzip and PNG (IEEE 802.3, reflected polynomial `0xEDB88320`), computed a byte at a time
/// from a 256-entry table, or sixteen bytes at a time from sixteen such tables.
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

    /// Sixteen tables for taking sixteen bytes a step ("slicing by 16"): `tables[k * 256 + b]` is the remainder of
    /// byte `b` followed by `k` zero bytes.
    static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 16 * 256)
        for byte in 0..<256 { tables[byte] = table[byte] }
        for slice in 1..<16 {
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
        let table = CRC32.table.span
        var (value, index) = ByteScanner.crc32Slices(~crc, bytes, tables: CRC32.tables.span)
        while index < bytes.count {
            value = table[Int((value ^ UInt32(bytes[index])) & 0xFF)] ^ (value >> 8)
            index += 1
        }
        return ~value
    }

    /// The CRC-32 of `a + b` from `first` (the CRC-32 of `a`), `second` (of `b`) and the length of `b`, without the
    /// bytes: what lets chunks be summed apart, on any thread, and joined in order (zlib's `crc32_combine`).
    package static func combine(_ first: UInt32, _ second: UInt32, length: Int) -> UInt32 {
        var crc = first, remaining = length, power = 0
        while remaining > 0 && power < zeroBytes.count {
            if remaining & 1 != 0 { crc = times(zeroBytes[power], crc) }
            remaining >>= 1
            power += 1
        }
        return crc ^ second
    }

    /// The operators that append 1, 2, 4, 8… zero bytes to a CRC, as 32 × 32 matrices over GF(2), made once:
    /// `zeroBytes[k]` appends 2^k of them.
    private static let zeroBytes: [[UInt32]] = {
        // Appending one zero bit; squared three times, one zero byte.
        var step = [UInt32](repeating: 0, count: 32)
        step[0] = 0xEDB8_8320
        for index in 1..<32 { step[index] = 1 << UInt32(index - 1) }
        for _ in 0..<3 { step = square(step) }
        var powers = [step]
        for _ in 1..<Int.bitWidth - 1 { powers.append(square(powers[powers.count - 1])) }
        return powers
    }()

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
