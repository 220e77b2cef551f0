// Threads: work on the other cores, and what threads need to share it. This file and Platform.swift are the only
// ones that call the system; to port risk, port these two.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import RiskMethod

/// The machine's cores, as the system layer uses them.
public enum Threads {
    /// The number of cores online.
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// The threads a job divides among: one per core, at most 8.
    static var workers: Int { min(processorCount, 8) }

    /// Calls `body` with every number from 0 to `count - 1`, on as many threads as there are cores, and returns
    /// when all have returned.
    static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count == 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }
}

/// Runs the parts of a job on all cores at once.
public struct ParallelRunner: PartRunner {
    /// A runner on all cores.
    public init() {}

    public func run(parts count: Int, _ body: @Sendable (Int) -> Void) {
        Threads.run(count, body)
    }
}

/// A value computed on another thread; reading `value` waits for it.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    /// Starts computing `work` on another thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value, once computed.
    public var value: Value {
        done.wait()
        done.signal()
        // The semaphore orders the write before this read.
        guard let result else { preconditionFailure("a background task ended without its value") }
        return result
    }
}

/// A lock around a value that several threads change.
package final class Locked<Value>: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)
    private var value: Value

    package init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, alone.
    package func with<Result>(_ body: (inout Value) -> Result) -> Result {
        semaphore.wait()
        defer { semaphore.signal() }
        return body(&value)
    }
}

/// A counting semaphore: `wait` takes one, blocking while there is none; `signal` gives one back.
final class Semaphore: @unchecked Sendable {
    private let semaphore: DispatchSemaphore

    init(_ value: Int) { semaphore = DispatchSemaphore(value: value) }

    func wait() { semaphore.wait() }
    func signal() { semaphore.signal() }
}

/// A group of jobs started on other threads, waited for together.
final class Jobs: @unchecked Sendable {
    private let group = DispatchGroup()

    /// Starts `work` on another thread.
    func start(_ work: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async(group: group, execute: work)
    }

    /// Waits for every job started.
    func wait() { group.wait() }
}
