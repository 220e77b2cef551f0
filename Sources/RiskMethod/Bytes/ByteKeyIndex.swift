/// An open-addressing set of byte strings stored elsewhere (such as asset ids in an inventory's storage), keyed
/// by position, so that finding duplicates among a million ids needs no per-id allocation.
struct ByteKeyIndex: Sendable {
    /// Each slot: the key's hash in the high 32 bits, the value plus one in the low 32 bits; 0 is empty. Comparing
    /// hashes first means a probe touches the stored key only when it is almost surely the same.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// A fast 64-bit hash of bytes, eight at a time.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        let span = bytes.span
        return ByteScanner.hash(span, range: 0..<span.count)
    }

    /// Whether two byte strings are the same.
    @inline(__always)
    static func same(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        let x = a.span, y = b.span
        return ByteScanner.equal(x, 0..<x.count, y, 0..<y.count)
    }

    /// Inserts `value` for `key` unless an equal key is there; returns the value already there, if any.
    ///
    /// `keyOf` gives the bytes of a stored value, to compare keys.
    mutating func insert(_ key: ArraySlice<UInt8>, value: Int32, keyOf: (Int32) -> ArraySlice<UInt8>) -> Int32? {
        if (count + 1) * 2 > slots.count { grow() }
        let tag = ByteKeyIndex.hash(key) >> 32
        let (slot, existing) = probe(key, tag: tag, keyOf: keyOf)
        if let existing { return existing }
        slots[slot] = tag << 32 | (UInt64(UInt32(bitPattern: value)) + 1)
        count += 1
        return nil
    }

    /// The value stored for a key equal to `key`, if any.
    func find(_ key: ArraySlice<UInt8>, keyOf: (Int32) -> ArraySlice<UInt8>) -> Int32? {
        probe(key, tag: ByteKeyIndex.hash(key) >> 32, keyOf: keyOf).existing
    }

    /// The slot of the key equal to `key` (whose hash has `tag` as its high 32 bits) and its value, or the empty
    /// slot where it would go.
    private func probe(_ key: ArraySlice<UInt8>, tag: UInt64, keyOf: (Int32) -> ArraySlice<UInt8>) -> (slot: Int, existing: Int32?) {
        var slot = ByteKeyIndex.slot(of: tag, mask: mask)
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry >> 32 == tag {
                let existing = Int32(truncatingIfNeeded: (entry & 0xFFFF_FFFF) - 1)
                if ByteKeyIndex.same(keyOf(existing), key) { return (slot, existing) }
            }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// The first slot to probe for a key whose hash has `tag` as its high 32 bits.
    @inline(__always)
    private static func slot(of tag: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    /// Doubles the table; the stored hash bits place every entry again without touching the keys.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = ByteKeyIndex.slot(of: entry >> 32, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}

/// A small memo from byte strings to values, for cells that repeat (media lists, classes): a hit costs a hash, a
/// probe and a comparison of bytes, with no allocation and no Unicode-aware string comparison.
struct ByteMemo<Value: Sendable>: Sendable {
    /// Open addressing, at most half full: each slot holds an entry's index plus one, 0 when empty.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    /// The keys' bytes, one after the other; entry `i` spans `ends[i - 1]..<ends[i]`.
    private var keyBytes: [UInt8] = []
    private var ends: [Int] = []
    private var values: [Value] = []
    /// The most entries kept; past it, values are computed each time.
    let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
        slots = Array(repeating: 0, count: 32)
    }

    /// Doubles the slots (while they are fewer than twice the limit), placing every entry again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry] >> 7) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { ByteKeyIndex.hash(bytes) }

    /// The slot where `key` is, or the empty slot where it would go, and its entry if it is there.
    private func find(_ key: ArraySlice<UInt8>, hash: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return (slot, nil) }
            let entry = stored - 1
            if hashes[entry] == hash, ByteKeyIndex.same(keyBytes[(entry == 0 ? 0 : ends[entry - 1])..<ends[entry]], key) {
                return (slot, entry)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ key: ArraySlice<UInt8>, _ value: Value, hash: UInt64, slot: Int) {
        guard values.count < limit else { return }
        hashes.append(hash)
        keyBytes.append(contentsOf: key)
        ends.append(keyBytes.count)
        values.append(value)
        if values.count * 2 > slots.count {
            grow()
        } else {
            slots[slot] = Int32(values.count)
        }
    }

    /// The value kept for `key`, if any.
    func lookup(_ key: ArraySlice<UInt8>) -> Value? {
        find(key, hash: ByteMemo.hash(key)).entry.map { values[$0] }
    }

    /// Keeps `value` for `key` (while there is room).
    mutating func store(_ key: ArraySlice<UInt8>, _ value: Value) {
        let hash = ByteMemo.hash(key)
        let found = find(key, hash: hash)
        if found.entry == nil { insert(key, value, hash: hash, slot: found.slot) }
    }

    /// The value for `key`, computing and keeping it on a miss.
    mutating func value(for key: ArraySlice<UInt8>, compute: () -> Value) -> Value {
        let hash = ByteMemo.hash(key)
        let found = find(key, hash: hash)
        if let entry = found.entry { return values[entry] }
        let value = compute()
        insert(key, value, hash: hash, slot: found.slot)
        return value
    }
}

/// Whether a 64-bit hash occurs twice among all of `parts`: the hashes are scattered into 65,536 buckets by their
/// top 16 bits (two sequential passes), and each bucket, a handful of hashes, is sorted on its own. Cheaper than a
/// hash table when nearly all keys are distinct, because no pass waits on a cache miss per key.
package func containsRepeatedHash(in parts: [[UInt64]]) -> Bool {
    let total = parts.reduce(0) { $0 + $1.count }
    guard total > 1 else { return false }
    var starts = [Int](repeating: 0, count: 65_537)
    for part in parts {
        for hash in part { starts[Int(hash >> 48) + 1] += 1 }
    }
    for bucket in 1...65_536 { starts[bucket] += starts[bucket - 1] }
    var next = starts
    var scattered = [UInt64](repeating: 0, count: total)
    for part in parts {
        for hash in part {
            let bucket = Int(hash >> 48)
            scattered[next[bucket]] = hash
            next[bucket] += 1
        }
    }
    for bucket in 0..<65_536 where starts[bucket + 1] - starts[bucket] > 1 {
        let range = starts[bucket]..<starts[bucket + 1]
        scattered[range].sort()
        for index in range.dropFirst() where scattered[index] == scattered[index - 1] { return true }
    }
    return false
}
