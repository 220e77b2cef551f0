import RiskMethod

/// Writes a CSV or JSON register with every core formatting: lines are formatted in chunks by one thread per core
/// into a ring of buffers, while the calling thread writes the finished chunks in order. The output streams in
/// bounded memory, formatting overlaps the writing, and the bytes are the serial writer's (the tests compare them).
public enum ParallelRegister {
    /// Writes `writer`'s register to `sink`.
    public static func write(_ writer: CSVRegisterWriter, to sink: any ByteSink) throws(WriteError) {
        try write(head: writer.head, lines: writer.program(), tail: [], chunk: CSVRegisterWriter.chunkSize, to: sink)
    }

    /// Writes `writer`'s register to `sink`.
    public static func write(_ writer: JSONRegisterWriter, to sink: any ByteSink) throws(WriteError) {
        let lines = writer.lines()
        try write(head: lines.head, lines: lines, tail: lines.tail, chunk: JSONRegisterWriter.chunkSize, to: sink)
    }

    /// Writes `head`, the lines of `program` in chunks of `chunk` lines, and `tail`.
    static func write<Program: RegisterLineFormatter>(head: [UInt8], lines program: Program, tail: [UInt8], chunk: Int,
                                                      to sink: any ByteSink) throws(WriteError) {
        try sink.write(head)
        let total = program.lineCount
        let chunks = (total + chunk - 1) / chunk
        guard chunks > 0 else { return try sink.write(tail) }
        let workers = max(1, min(Threads.workers, chunks))
        // Worker w formats chunks w, w + workers, …, so each buffer is filled by one worker, in chunk order.
        let ring = ChunkRing(slots: 3 * workers, capacity: min(chunk, total) * 256)
        let jobs = Jobs()
        jobs.start {
            Threads.run(workers) { worker in
                for next in stride(from: worker, to: chunks, by: workers) {
                    let slot = next % ring.buffers.count
                    ring.free[slot].wait()
                    if ring.isCancelled { return }
                    let buffer = ring.buffers[slot]
                    buffer.removeAll()
                    program.format(next * chunk..<min(total, (next + 1) * chunk), into: buffer)
                    ring.filled[slot].signal()
                }
            }
        }
        var failure: WriteError?
        for next in 0..<chunks {
            let slot = next % ring.buffers.count
            ring.filled[slot].wait()
            do {
                try ring.buffers[slot].withBytes { (bytes) throws(WriteError) in try sink.write(bytes) }
            } catch {
                failure = error
                ring.cancel(waiters: workers)
                break
            }
            ring.free[slot].signal()
        }
        jobs.wait()
        if let failure { throw failure }
        try sink.write(tail)
    }

    /// The buffers that formatting threads fill and the writing thread empties, in order, with a semaphore per
    /// buffer each way. The number of buffers is a multiple of the number of workers.
    final class ChunkRing: @unchecked Sendable {
        let buffers: [ByteWriter]
        let free: [Semaphore]
        let filled: [Semaphore]
        private let cancelled = Locked(false)

        init(slots: Int, capacity: Int) {
            buffers = (0..<slots).map { _ in ByteWriter(capacity: capacity) }
            free = (0..<slots).map { _ in Semaphore(1) }
            filled = (0..<slots).map { _ in Semaphore(0) }
        }

        var isCancelled: Bool { cancelled.with { $0 } }

        /// Stops the formatting threads, waking any that wait for a buffer.
        func cancel(waiters: Int) {
            cancelled.with { $0 = true }
            for semaphore in free {
                for _ in 0..<waiters { semaphore.signal() }
            }
        }
    }
}
