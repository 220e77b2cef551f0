/// Eight bytes at a time: tests on a `UInt64` loaded from text, for the scanners that skip ASCII or look for
/// delimiters word by word.
enum ByteWords {
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte: the high bits.
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// `byte` in every byte of a word.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// The high bit of each byte of `word` that is zero. A byte above a zero byte may be flagged too, so the lowest
    /// flagged byte is always a true one; `!= 0` answers "any zero byte" exactly.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & high }

    /// The high bit of each byte of `word` that is zero, and of no other: slower than ``zeroBytes(_:)`` but exact,
    /// for counting.
    @inline(__always)
    static func exactZeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & high == 0 }
}
