/// The CRC-32 of ZIP, gzip and PNG (IEEE 802.3, reflected polynomial `0xEDB88320`), computed a byte at a time
/// from a 256-entry table.
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

    /// The CRC-32 of the bytes already summed into `crc` followed by `bytes`, so that a stream can be summed in
    /// pieces: `update(checksum(a), with: b) == checksum(a + b)`.
    package static func update(_ crc: UInt32, with bytes: Span<UInt8>) -> UInt32 {
        let table = CRC32.table.span
        var value = ~crc
        for index in bytes.indices {
            value = table[Int((value ^ UInt32(bytes[index])) & 0xFF)] ^ (value >> 8)
        }
        return ~value
    }
}
