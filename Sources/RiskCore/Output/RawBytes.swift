import Foundation

/// A growable byte buffer written through a raw pointer: what the register writers fill, chunk by chunk, at memory
/// speed. Each chunk is filled by one thread at a time.
final class RawBytes: @unchecked Sendable {
    /// The bytes.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// How many bytes are used.
    var count = 0
    private var capacity: Int
    /// A sum of bytes read ahead only to bring them into the cache, kept so that the reads are not optimised away.
    var touched: UInt8 = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1024)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte (room must be reserved).
    @inline(__always)
    func append(_ byte: UInt8) {
        if count >= capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        appendUnchecked(bytes)
    }

    /// Appends bytes into room reserved before; short runs are copied inline rather than through memcpy.
    @inline(__always)
    func appendUnchecked(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        copyBytes(base + count, source, bytes.count)
        count += bytes.count
    }

    /// Appends one byte into room reserved before.
    @inline(__always)
    func appendUnchecked(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends an array's bytes.
    @inline(__always)
    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends a CSV cell, quoted and guarded as it needs.
    func appendCell(_ cell: [UInt8]) {
        var encoded: [UInt8] = []
        CSVCell.append(cell, to: &encoded)
        append(encoded)
    }
}

/// Copies `count` bytes (no overlap) without a call: runs of up to 32 bytes as two overlapping loads and stores,
/// longer ones through memcpy. Never reads or writes outside the two ranges.
@inline(__always)
func copyBytes(_ target: UnsafeMutablePointer<UInt8>, _ source: UnsafePointer<UInt8>, _ count: Int) {
    let to = UnsafeMutableRawPointer(target), from = UnsafeRawPointer(source)
    if count >= 16 {
        if count <= 32 {
            let head = from.loadUnaligned(as: SIMD16<UInt8>.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 16, as: SIMD16<UInt8>.self)
            to.storeBytes(of: head, as: SIMD16<UInt8>.self)
            to.storeBytes(of: tail, toByteOffset: count - 16, as: SIMD16<UInt8>.self)
        } else {
            memcpy(to, from, count)
        }
    } else if count >= 8 {
        let head = from.loadUnaligned(as: UInt64.self)
        let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        to.storeBytes(of: head, as: UInt64.self)
        to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
    } else if count >= 4 {
        let head = from.loadUnaligned(as: UInt32.self)
        let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        to.storeBytes(of: head, as: UInt32.self)
        to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
    } else if count > 0 {
        target[0] = source[0]
        target[count >> 1] = source[count >> 1]
        target[count - 1] = source[count - 1]
    }
}
