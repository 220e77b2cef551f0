/// The CRC-32 of ZIP, gzip and PNG (IEEE 802.3, reflected polynomial `0xEDB88320`), computed a byte at a time
/// from a 256-entry table.
///
///     CRC32.checksum(Array("123456789".utf8))   // 0xCBF43926
enum CRC32 {
    /// The remainder of every byte value, built once.
    static let table: [UInt32] = (0..<256).map { byte in
        var crc = UInt32(byte)
        for _ in 0..<8 {
            crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
        }
        return crc
    }

    /// The CRC-32 of `bytes`.
    static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        update(0, with: bytes)
    }

    /// The CRC-32 of the bytes already summed into `crc` followed by `bytes`, so that a stream can be summed in
    /// pieces: `update(checksum(a), with: b) == checksum(a + b)`.
    static func update<C: Collection>(_ crc: UInt32, with bytes: C) -> UInt32 where C.Element == UInt8 {
        table.withUnsafeBufferPointer { table in
            var value = ~crc
            for byte in bytes {
                value = table[Int((value ^ UInt32(byte)) & 0xFF)] ^ (value >> 8)
            }
            return ~value
        }
    }
}
