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
