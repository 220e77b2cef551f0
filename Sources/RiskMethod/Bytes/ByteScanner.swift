/// Scans bytes eight at a time: the searches, counts, hashes and comparisons that the readers and writers run over
/// whole files.
///
/// This is one of the few places that use unsafe code (see the README's "How the code is laid out"): it loads
/// eight-byte words from a ``Span`` with `unsafeLoadUnaligned`. Every load is bounds-checked by the span; what makes
/// it unsafe in the compiler's eyes is only that the bytes are taken as a `UInt64`, which every bit pattern is.
/// Nothing here can read or write outside the span it is given.
enum ByteScanner {
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

    /// Whether all eight bytes of `word` are ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & high == 0 }

    /// Sums the bytes of `bytes` that fill whole sixteen-byte steps into the CRC-32 register `value` (inverted, as
    /// the sum runs), with `tables`' sixteen tables of 256 (``CRC32/tables``): slicing by 16. Returns the register
    /// and how many bytes it took; the caller sums the rest a byte at a time. The tables' size is checked once, so
    /// that the sixteen lookups of a step, each a byte plus a multiple of 256 below 4,096, are not checked again.
    static func crc32Slices(_ value: UInt32, _ bytes: Span<UInt8>, tables: Span<UInt32>) -> (value: UInt32, taken: Int) {
        precondition(tables.count == 16 * 256, "ByteScanner.crc32Slices: sixteen tables of 256")
        // The register and the place are the closure's own, so that they stay in registers.
        return unsafe tables.withUnsafeBufferPointer { table in
            var value = value, index = 0
            while index + 16 <= bytes.count {
                let low = word(bytes, at: index) ^ UInt64(value), high = word(bytes, at: index + 8)
                var sum = unsafe table[15 * 256 + Int(low & 0xFF)] ^ table[14 * 256 + Int(low >> 8 & 0xFF)]
                sum ^= unsafe table[13 * 256 + Int(low >> 16 & 0xFF)] ^ table[12 * 256 + Int(low >> 24 & 0xFF)]
                sum ^= unsafe table[11 * 256 + Int(low >> 32 & 0xFF)] ^ table[10 * 256 + Int(low >> 40 & 0xFF)]
                sum ^= unsafe table[9 * 256 + Int(low >> 48 & 0xFF)] ^ table[8 * 256 + Int(low >> 56)]
                sum ^= unsafe table[7 * 256 + Int(high & 0xFF)] ^ table[6 * 256 + Int(high >> 8 & 0xFF)]
                sum ^= unsafe table[5 * 256 + Int(high >> 16 & 0xFF)] ^ table[4 * 256 + Int(high >> 24 & 0xFF)]
                sum ^= unsafe table[3 * 256 + Int(high >> 32 & 0xFF)] ^ table[2 * 256 + Int(high >> 40 & 0xFF)]
                sum ^= unsafe table[256 + Int(high >> 48 & 0xFF)] ^ table[Int(high >> 56)]
                value = sum
                index += 16
            }
            return (value, index)
        }
    }

    /// The eight bytes at `offset` as a little-endian word; `offset + 8` must not pass the end (the span checks it).
    @inline(__always)
    static func word(_ bytes: Span<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: unsafe bytes.bytes.unsafeLoadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Copies the eight bytes at `source` to `destination` within `bytes`, as one word: the inflater's copy of a
    /// match that lies at least eight bytes back. Both places must lie within the span (it checks them); the
    /// bytes are viewed raw only to move them as a word, which every bit pattern of eight bytes is.
    @inline(__always)
    static func copyWord(in bytes: inout MutableSpan<UInt8>, from source: Int, to destination: Int) {
        let word = unsafe bytes.span.bytes.unsafeLoadUnaligned(fromByteOffset: source, as: UInt64.self)
        var raw = unsafe bytes.mutableBytes
        raw.storeBytes(of: word, toByteOffset: destination, as: UInt64.self)
    }

    /// The index of the first byte at or after `start` that `flags` marks in its word, or that `stop` accepts
    /// among the last few bytes; `bytes.count` when there is none. `flags` must mark exactly the bytes `stop`
    /// accepts (it may also mark bytes above a marked one, as ``zeroBytes(_:)`` does).
    @inline(__always)
    static func firstIndex(in bytes: Span<UInt8>, from start: Int, flags: (UInt64) -> UInt64,
                           stop: (UInt8) -> Bool) -> Int {
        var index = start
        let count = bytes.count
        while index + 8 <= count {
            let found = flags(word(bytes, at: index))
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count && !stop(bytes[index]) { index += 1 }
        return index
    }

    /// The index of the first `byte` at or after `start`, or nil.
    static func firstIndex(of byte: UInt8, in bytes: Span<UInt8>, from start: Int = 0) -> Int? {
        let pattern = repeated(byte)
        let index = firstIndex(in: bytes, from: start, flags: { zeroBytes($0 ^ pattern) }, stop: { $0 == byte })
        return index < bytes.count ? index : nil
    }

    /// The number of `byte`s in `bytes[range]`.
    static func count(of byte: UInt8, in bytes: Span<UInt8>, range: Range<Int>) -> Int {
        let pattern = repeated(byte)
        var total = 0
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            total += exactZeroBytes(word(bytes, at: index) ^ pattern).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if bytes[index] == byte { total += 1 }
            index += 1
        }
        return total
    }

    /// Whether every byte of `bytes[range]` is ASCII.
    static func isASCII(_ bytes: Span<UInt8>, range: Range<Int>) -> Bool {
        var any: UInt64 = 0
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            any |= word(bytes, at: index)
            index += 8
        }
        while index < range.upperBound {
            any |= UInt64(bytes[index])
            index += 1
        }
        return isASCII(any)
    }

    /// The index of the first byte at or after `start` that is not ASCII, or `bytes.count`.
    static func firstNonASCII(in bytes: Span<UInt8>, from start: Int) -> Int {
        firstIndex(in: bytes, from: start, flags: { $0 & high }, stop: { $0 >= 0x80 })
    }

    /// A fast 64-bit hash of `bytes[range]`, eight bytes at a time: for hash tables, not for an adversary.
    static func hash(_ bytes: Span<UInt8>, range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            hash = (hash ^ word(bytes, at: index)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while index < range.upperBound {
            last |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ last) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }

    /// Whether `a[aRange]` and `b[bRange]` hold the same bytes.
    static func equal(_ a: Span<UInt8>, _ aRange: Range<Int>, _ b: Span<UInt8>, _ bRange: Range<Int>) -> Bool {
        guard aRange.count == bRange.count else { return false }
        return commonPrefix(a, from: aRange.lowerBound, b, from: bRange.lowerBound, limit: aRange.count) == aRange.count
    }

    /// How many bytes from `a[aStart...]` and `b[bStart...]` agree, up to `limit` (both must have `limit` bytes).
    static func commonPrefix(_ a: Span<UInt8>, from aStart: Int, _ b: Span<UInt8>, from bStart: Int, limit: Int) -> Int {
        var length = 0
        while length + 8 <= limit {
            let difference = word(a, at: aStart + length) ^ word(b, at: bStart + length)
            if difference != 0 { return length + difference.trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit && a[aStart + length] == b[bStart + length] { length += 1 }
        return length
    }

    /// A checksum of `bytes`: four lanes of multiply and xor over eight-byte words, so that it runs at memory
    /// speed. Not for an adversary; it finds a file that changed between two readings.
    static func checksum(_ bytes: Span<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (lane ^ word) &* prime
            return mixed ^ (mixed >> 29)
        }
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        var index = 0
        let count = bytes.count
        while index + 32 <= count {
            lanes.0 = mix(lanes.0, word(bytes, at: index))
            lanes.1 = mix(lanes.1, word(bytes, at: index + 8))
            lanes.2 = mix(lanes.2, word(bytes, at: index + 16))
            lanes.3 = mix(lanes.3, word(bytes, at: index + 24))
            index += 32
        }
        var tail = UInt64(count)
        while index < count {
            tail = mix(tail, UInt64(bytes[index]))
            index += 1
        }
        return mix(mix(mix(mix(tail, lanes.0), lanes.1), lanes.2), lanes.3)
    }
}
