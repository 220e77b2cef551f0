import Foundation

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
