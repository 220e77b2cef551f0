/// A growable byte buffer that the register writers fill row by row, at memory speed.
///
/// This is one of the few places that use unsafe code (see the README's "How the code is laid out"). The buffer is
/// memory of its own, written through a pointer. Its checked methods (``append(_:)-(UInt8)``,
/// ``append(_:)-(Span<UInt8>)``) grow it as needed. Its unchecked ones, named `unsafe…`, write into room reserved
/// before with ``reserve(_:)`` and skip the capacity test: **the caller must have reserved at least as many bytes as
/// it then appends**, which debug builds assert. One thread uses a writer at a time; a writer may be handed to
/// another thread between uses (the register's chunks are formatted on one thread and written on another).
@safe package final class ByteWriter: @unchecked Sendable {
    // One thread uses a writer at a time (see above), so the runtime's exclusivity checks on these are left out:
    // they would cost more than the copies of a short row.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var written = 0

    /// How many bytes are written.
    package var count: Int { unsafe written }
    /// A sum of bytes read ahead only to bring them into the cache, kept so that the reads are not optimised away.
    package var touched: UInt8 = 0

    /// An empty writer with room for `capacity` bytes.
    package init(capacity: Int = 1024) {
        unsafe self.capacity = max(capacity, 16)
        unsafe base = .allocate(capacity: max(capacity, 16))
    }

    deinit { unsafe base.deallocate() }

    /// Forgets the bytes written; the room stays.
    package func removeAll() { unsafe written = 0 }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    package func reserve(_ extra: Int) {
        if unsafe written + extra > capacity { grow(to: unsafe written + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = unsafe capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        unsafe newBase.update(from: base, count: written)
        unsafe base.deallocate()
        unsafe base = newBase
        unsafe capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    package func append(_ byte: UInt8) {
        reserve(1)
        unsafe append(unchecked: byte)
    }

    /// Appends bytes.
    @inline(__always)
    package func append(_ bytes: Span<UInt8>) {
        reserve(bytes.count)
        unsafe append(unchecked: bytes)
    }

    /// Appends an array's bytes.
    @inline(__always)
    package func append(_ bytes: [UInt8]) { append(bytes.span) }

    /// Appends a string's UTF-8 bytes.
    package func append(_ text: String) {
        var text = text
        text.withUTF8 { unsafe append($0.span) }
    }

    /// Appends one byte into room reserved before.
    @unsafe @inline(__always)
    package func append(unchecked byte: UInt8) {
        assert(unsafe written < capacity, "ByteWriter: append(unchecked:) past the reserved room")
        unsafe base[written] = byte
        unsafe written += 1
    }

    /// Appends bytes into room reserved before; short runs are copied inline rather than through memcpy.
    @unsafe @inline(__always)
    package func append(unchecked bytes: Span<UInt8>) {
        assert(unsafe written + bytes.count <= capacity, "ByteWriter: append(unchecked:) past the reserved room")
        let length = bytes.count
        guard length > 0 else { return }
        unsafe bytes.withUnsafeBufferPointer { source in
            guard let from = source.baseAddress else { return }
            unsafe ByteWriter.copy(base + written, from, length)
        }
        unsafe written += length
    }

    /// Copies `count` bytes (no overlap) without a call: runs of up to 32 bytes as two overlapping loads and
    /// stores, longer ones through `update` (memcpy). Never reads or writes outside the two ranges.
    @unsafe @inline(__always)
    fileprivate static func copy(_ target: UnsafeMutablePointer<UInt8>, _ source: UnsafePointer<UInt8>, _ count: Int) {
        let to = UnsafeMutableRawPointer(target), from = unsafe UnsafeRawPointer(source)
        if count > 32 {
            unsafe target.update(from: source, count: count)
        } else if count >= 16 {
            let head = unsafe from.loadUnaligned(as: SIMD16<UInt8>.self)
            let tail = unsafe from.loadUnaligned(fromByteOffset: count - 16, as: SIMD16<UInt8>.self)
            unsafe to.storeBytes(of: head, as: SIMD16<UInt8>.self)
            unsafe to.storeBytes(of: tail, toByteOffset: count - 16, as: SIMD16<UInt8>.self)
        } else if count >= 8 {
            let head = unsafe from.loadUnaligned(as: UInt64.self)
            let tail = unsafe from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            unsafe to.storeBytes(of: head, as: UInt64.self)
            unsafe to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = unsafe from.loadUnaligned(as: UInt32.self)
            let tail = unsafe from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            unsafe to.storeBytes(of: head, as: UInt32.self)
            unsafe to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count > 0 {
            unsafe target[0] = source[0]
            unsafe target[count >> 1] = source[count >> 1]
            unsafe target[count - 1] = source[count - 1]
        }
    }

    /// Appends up to `room` bytes through `body`'s cursor: a row of a register, or a decoded text, written at
    /// memory speed. The cursor checks every write against the room (in every build): writing more stops the
    /// process rather than pass the end.
    @inline(__always)
    package func withCursor(reserving room: Int, _ body: (inout Cursor) -> Void) {
        reserve(room)
        var cursor = unsafe Cursor(position: base + written, end: base + written + room)
        body(&cursor)
        unsafe written = cursor.position - base
    }

    /// A table of pieces: the bytes of each, one after the other in a pool, and where each starts and ends.
    package struct Pieces: Sendable {
        /// The pieces' bytes.
        package private(set) var pool: [UInt8] = []
        /// Where each piece starts (high 32 bits) and ends (low 32 bits) in the pool.
        private var bounds: [UInt64] = []

        /// An empty table.
        package init() {}

        /// The number of pieces.
        package var count: Int { bounds.count }

        /// Adds a piece; its index.
        @discardableResult
        package mutating func add(_ bytes: [UInt8]) -> Int {
            let start = UInt64(pool.count)
            pool += bytes
            bounds.append(start << 32 | UInt64(pool.count))
            return bounds.count - 1
        }

        /// The length of piece `index`.
        @inline(__always)
        package func length(_ index: Int) -> Int {
            let bound = bounds[index]
            return Int(bound & 0xFFFF_FFFF) - Int(bound >> 32)
        }

        /// The bytes of piece `index`.
        package func bytes(_ index: Int) -> [UInt8] {
            let bound = bounds[index]
            return Array(pool[Int(bound >> 32)..<Int(bound & 0xFFFF_FFFF)])
        }

        /// Runs `body` with a view of the pieces that writes them at memory speed.
        @inline(__always)
        package func withView<Result>(_ body: (borrowing View) -> Result) -> Result {
            let pool = self.pool.isEmpty ? [0] : self.pool
            return unsafe pool.withUnsafeBufferPointer { pool in
                unsafe bounds.withUnsafeBufferPointer { bounds in
                    body(unsafe View(pool: pool, bounds: bounds))
                }
            }
        }

        /// The pieces as ``Cursor`` writes them: the table is checked when the view is made (every piece within
        /// the pool), so a piece is found with one check of its index. It cannot outlive the ``withView(_:)`` that
        /// lends it: it is neither copied nor given away.
        @safe package struct View: ~Copyable {
            fileprivate let pool: UnsafePointer<UInt8>
            fileprivate let bounds: UnsafeBufferPointer<UInt64>

            @unsafe fileprivate init(pool: UnsafeBufferPointer<UInt8>, bounds: UnsafeBufferPointer<UInt64>) {
                for index in bounds.indices {
                    let bound = unsafe bounds[index]
                    precondition(bound >> 32 <= bound & 0xFFFF_FFFF && Int(bound & 0xFFFF_FFFF) <= pool.count,
                                 "ByteWriter.Pieces: a piece outside the pool")
                }
                unsafe self.pool = pool.baseAddress ?? UnsafePointer(bitPattern: 1).unsafelyUnwrapped
                unsafe self.bounds = bounds
            }
        }
    }

    /// Where the next byte goes, and where the reserved room ends. See ``withCursor(reserving:_:)``.
    @safe package struct Cursor: ~Copyable {
        fileprivate var position: UnsafeMutablePointer<UInt8>
        fileprivate let end: UnsafeMutablePointer<UInt8>

        @unsafe fileprivate init(position: UnsafeMutablePointer<UInt8>, end: UnsafeMutablePointer<UInt8>) {
            unsafe self.position = position
            unsafe self.end = end
        }

        /// Writes one byte.
        @inline(__always)
        package mutating func put(_ byte: UInt8) {
            precondition(unsafe position < end, "ByteWriter.Cursor: a write past the reserved room")
            unsafe position.pointee = byte
            unsafe position += 1
        }

        /// Writes the eight bytes of `word` (least significant first) but moves on by only `count` of them (0–8):
        /// a bit writer's way of emptying its buffer without a branch. The room must hold all eight.
        @inline(__always)
        package mutating func put(word: UInt64, keeping count: Int) {
            precondition(unsafe end - position >= 8 && count >= 0 && count <= 8, "ByteWriter.Cursor: a write past the reserved room")
            unsafe UnsafeMutableRawPointer(position).storeBytes(of: word.littleEndian, as: UInt64.self)
            unsafe position += count
        }

        /// Writes piece `index` of `pieces`.
        @inline(__always)
        package mutating func put(piece index: Int, of pieces: borrowing Pieces.View) {
            let count = unsafe pieces.bounds.count
            precondition(UInt(bitPattern: index) < UInt(count), "ByteWriter.Cursor: no such piece")
            let bound = unsafe pieces.bounds[index]
            let start = Int(bound >> 32), length = Int(bound & 0xFFFF_FFFF) - start
            precondition(unsafe self.end - position >= length, "ByteWriter.Cursor: a write past the reserved room")
            unsafe ByteWriter.copy(position, pieces.pool + start, length)
            unsafe position += length
        }

        /// Writes `length` bytes at `offset` of the text made of `first` followed by `second` (the inventory's
        /// source text and its stored text); the bytes must lie in one of the two.
        @inline(__always)
        package mutating func put(offset: Int, length: Int, of first: Span<UInt8>, then second: Span<UInt8>) {
            if offset < first.count {
                put(first.extracting(offset..<offset + length))
            } else {
                put(second.extracting(offset - first.count..<offset - first.count + length))
            }
        }

        /// Writes bytes.
        @inline(__always)
        package mutating func put(_ bytes: Span<UInt8>) {
            let length = bytes.count
            precondition(unsafe end - position >= length, "ByteWriter.Cursor: a write past the reserved room")
            let target = unsafe position
            unsafe bytes.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress else { return }
                unsafe ByteWriter.copy(target, from, length)
            }
            unsafe position += length
        }
    }

    /// Runs `body` with the bytes written so far.
    package func withBytes<Result, Failure: Error>(_ body: (Span<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        let buffer = unsafe UnsafeBufferPointer(start: base, count: count)
        return try body(unsafe buffer.span)
    }

    /// The bytes written so far, as an array.
    package var bytes: [UInt8] {
        unsafe Array(UnsafeBufferPointer(start: base, count: written))
    }

    /// Drops the bytes from `length` on.
    package func truncate(to length: Int) {
        precondition(length >= 0 && length <= count, "ByteWriter: truncate past the end")
        unsafe written = length
    }
}

extension Array where Element == UInt8 {
    /// Appends the bytes of `span`, copied in one go.
    package mutating func append(_ span: Span<UInt8>) {
        unsafe span.withUnsafeBufferPointer { unsafe append(contentsOf: $0) }
    }
}
