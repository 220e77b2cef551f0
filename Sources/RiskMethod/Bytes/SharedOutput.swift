/// Runs the parts of a job that divides into independent parts: here one after the other; the system layer runs
/// them on several threads at once.
public protocol PartRunner: Sendable {
    /// Calls `body` with every part number from 0 to `count - 1`, each once, and returns when all have returned.
    func run(parts count: Int, _ body: @Sendable (Int) -> Void)
}

/// Runs parts one after the other, on the calling thread.
public struct SerialRunner: PartRunner {
    /// A serial runner.
    public init() {}

    public func run(parts count: Int, _ body: @Sendable (Int) -> Void) {
        for part in 0..<count { body(part) }
    }
}

/// An array filled by several parts of a job at once, each writing its own elements.
///
/// This is one of the few places that use unsafe code (see the README's "How the code is laid out"): the parts
/// share the array's memory without a lock. ``unsafeWrite(_:at:)`` checks the index against the array's size (in
/// every build), but not which part writes it: **the caller must ensure that each index is written by exactly one
/// part, and every index by some part**, so that no two threads touch one element and no element is left
/// unwritten. (Elements are plain values, so a mistake gives wrong values, never a pointer into the wild.)
@safe public struct SharedOutput<Element: BitwiseCopyable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Element>

    @unsafe
    private init(buffer: UnsafeMutableBufferPointer<Element>) {
        unsafe self.buffer = buffer
    }

    /// An array of `count` elements made by `fill`, which gets the output to write every element of.
    public static func array(count: Int, fill: (SharedOutput<Element>) -> Void) -> [Element] {
        unsafe [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(unsafe SharedOutput(buffer: buffer))
            initialized = count
        }
    }

    /// Writes `element` at `index`.
    @inline(__always)
    public func unsafeWrite(_ element: Element, at index: Int) {
        let count = unsafe buffer.count
        precondition(index >= 0 && index < count, "SharedOutput: index out of range")
        unsafe buffer[index] = element
    }
}
