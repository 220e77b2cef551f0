/// An open-addressing set of byte strings stored elsewhere (such as asset ids in an inventory's storage), keyed
/// by position, so that finding duplicates among a million ids needs no per-id allocation.
struct ByteKeyIndex {
    private var slots: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// Inserts `value` for `key` unless an equal key is there; returns the value already there, if any.
    ///
    /// `keyOf` gives the bytes of a stored value, to compare keys.
    mutating func insert(_ key: ArraySlice<UInt8>, value: Int32, keyOf: (Int32) -> ArraySlice<UInt8>) -> Int32? {
        if (count + 1) * 2 > slots.count { grow(keyOf: keyOf) }
        var slot = ByteKeyIndex.hash(key) & mask
        while slots[slot] >= 0 {
            let existing = slots[slot]
            if keyOf(existing).elementsEqual(key) { return existing }
            slot = (slot + 1) & mask
        }
        slots[slot] = value
        count += 1
        return nil
    }

    private mutating func grow(keyOf: (Int32) -> ArraySlice<UInt8>) {
        let old = slots
        slots = Array(repeating: -1, count: old.count * 2)
        mask = slots.count - 1
        for value in old where value >= 0 {
            var slot = ByteKeyIndex.hash(keyOf(value)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = value
        }
    }
}

/// A small memo from byte strings to values, for cells that repeat (media lists, classes): a hit costs a hash and a
/// comparison of bytes, with no allocation and no Unicode-aware string comparison.
struct ByteMemo<Value> {
    private var entries: [UInt64: (key: [UInt8], value: Value)] = [:]
    /// The most entries kept; past it, values are computed each time.
    let limit: Int

    init(limit: Int = 4096) { self.limit = limit }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The value kept for `key`, if any.
    func lookup(_ key: ArraySlice<UInt8>) -> Value? {
        guard let entry = entries[ByteMemo.hash(key)], entry.key.elementsEqual(key) else { return nil }
        return entry.value
    }

    /// Keeps `value` for `key` (while there is room).
    mutating func store(_ key: ArraySlice<UInt8>, _ value: Value) {
        let hash = ByteMemo.hash(key)
        if entries.count < limit && entries[hash] == nil { entries[hash] = (Array(key), value) }
    }

    /// The value for `key`, computing and keeping it on a miss.
    mutating func value(for key: ArraySlice<UInt8>, compute: () -> Value) -> Value {
        let hash = ByteMemo.hash(key)
        if let entry = entries[hash], entry.key.elementsEqual(key) { return entry.value }
        let value = compute()
        if entries.count < limit && entries[hash] == nil { entries[hash] = (Array(key), value) }
        return value
    }
}
