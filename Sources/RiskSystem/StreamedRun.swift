import RiskMethod

/// One streamed register's two passes over its file: the chunks taken in turn by the threads, and what each pass
/// found of them.
final class StreamedRun: @unchecked Sendable {
    /// Where a chunk stands in the file and what its rows take.
    struct Chunk: Sendable {
        var offset: Int
        var count: Int
        var kind: RegisterChunks.Kind = .ascii
        /// Bytes of rows per value.
        var bytes: [Int] = []
        var assets = 0
        var risks = 0
        var census = ShiftJIS.Census()
        var hashes: [UInt64] = []
        /// A checksum of the chunk's bytes, to find a file that changed between the passes.
        var checksum: UInt64 = 0
    }

    /// The first pass's result.
    struct Plan: Sendable {
        var chunks: [Chunk]
        var header: RegisterChunks.Header
        var encoding: TextEncoding
        var assets: Int
        var risks: Int
    }

    /// The chunks taken so far and the state of the pass, under one lock.
    private struct State {
        var chunks: [Chunk] = []
        var nextOffset = 0
        var finished = false
        var declined = false
        var failure: StreamedRegister.Failure?
        /// The next chunk the second pass writes.
        var nextChunk = 0
    }

    let register: StreamedRegister
    let source: any ChunkSource
    let hasBOM: Bool
    /// Whether the first pass measures each value's bytes (a check alone only counts the risks).
    let measures: Bool
    private let state = Locked(State())

    init(register: StreamedRegister, source: any ChunkSource, measures: Bool) {
        self.register = register
        self.source = source
        self.measures = measures
        hasBOM = (try? source.read(3, at: 0)) == [0xEF, 0xBB, 0xBF]
    }

    private func read(_ count: Int, at offset: Int) throws(StreamedRegister.Failure) -> [UInt8] {
        do throws(SystemError) { return try source.read(count, at: offset) } catch { throw .reading(error) }
    }

    /// The first pass: cuts the file into chunks, checks and measures each; nil when the file must be read whole.
    func plan() throws(StreamedRegister.Failure) -> Plan? {
        // The first chunk holds the header, which every other chunk needs: it is read first, alone.
        guard let first = try takeChunk() else { return nil }
        var firstChunk = first.chunk
        guard let header = measure(first.bytes, into: &firstChunk, header: nil) else { return nil }
        store(firstChunk, at: 0)
        Threads.run(register.workers) { _ in
            while true {
                let taken: (chunk: Chunk, bytes: [UInt8], index: Int)?
                do throws(StreamedRegister.Failure) { taken = try takeChunk() } catch {
                    stop(failure: error)
                    return
                }
                guard let taken else { return }
                var chunk = taken.chunk
                guard measure(taken.bytes, into: &chunk, header: header) != nil else { return stop(failure: nil) }
                store(chunk, at: taken.index)
            }
        }
        let (chunks, declined, failure) = state.with { ($0.chunks, $0.declined, $0.failure) }
        if let failure { throw failure }
        guard !declined, let encoding = try encoding(of: chunks) else { return nil }
        let assets = chunks.reduce(0) { $0 + $1.assets }
        guard assets > 0, !containsRepeatedHash(in: chunks.map { $0.hashes }) else { return nil }
        return Plan(chunks: chunks.map { var chunk = $0; chunk.hashes = []; return chunk }, header: header,
                    encoding: encoding, assets: assets, risks: chunks.reduce(0) { $0 + $1.risks })
    }

    /// The file's encoding, decided as for the whole file (see `TextDecoder.decode`); nil when the chunks disagree
    /// or the text is not plausibly Shift_JIS.
    private func encoding(of chunks: [Chunk]) throws(StreamedRegister.Failure) -> TextEncoding? {
        if chunks.allSatisfy({ $0.kind != .shiftJIS }) { return hasBOM ? .utf8BOM : .utf8 }
        guard !hasBOM, chunks.allSatisfy({ $0.kind != .utf8 }) else { return nil }
        var census = ShiftJIS.Census()
        for chunk in chunks { census.add(chunk.census) }
        guard census.plausible, try !mostlyUTF8(chunks) else { return nil }
        return .shiftJIS
    }

    /// The next chunk of the file, cut at the last record boundary in it, with its index; nil at the end or once
    /// the pass has stopped.
    private func takeChunk() throws(StreamedRegister.Failure) -> (chunk: Chunk, bytes: [UInt8], index: Int)? {
        var result: Result<(chunk: Chunk, bytes: [UInt8], index: Int)?, StreamedRegister.Failure> = .success(nil)
        state.with { state in
            guard !state.finished, !state.declined, state.failure == nil else { return }
            let offset = state.nextOffset
            var bytes: [UInt8]
            do throws(StreamedRegister.Failure) { bytes = try read(register.chunkSize ?? 1 << 20, at: offset) } catch {
                result = .failure(error)
                return
            }
            let atEnd = offset + bytes.count >= source.size
            guard let cut = atEnd ? bytes.count : RegisterChunks.lastRecordEnd(in: bytes) else {
                state.declined = true
                return
            }
            bytes.removeLast(bytes.count - cut)
            state.nextOffset = offset + cut
            state.finished = atEnd
            let chunk = Chunk(offset: offset, count: cut)
            state.chunks.append(chunk)
            result = .success((chunk, bytes, state.chunks.count - 1))
        }
        return try result.get()
    }

    private func store(_ chunk: Chunk, at index: Int) {
        state.with { $0.chunks[index] = chunk }
    }

    private func stop(failure: StreamedRegister.Failure?) {
        state.with { state in
            if let failure { state.failure = state.failure ?? failure } else { state.declined = true }
        }
    }

    /// Whether the file is mostly UTF-8 by `TextDecoder`'s count, chunk by chunk (a Shift_JIS file is known after
    /// its first few thousand characters).
    private func mostlyUTF8(_ chunks: [Chunk]) throws(StreamedRegister.Failure) -> Bool {
        var tally = TextDecoder.UTF8Tally()
        for chunk in chunks {
            let bytes = try read(chunk.count, at: chunk.offset)
            if let verdict = tally.scan(bytes.span) { return verdict }
        }
        return tally.verdict
    }

    /// The first pass over one chunk: its bytes of rows per value. The first chunk (no header yet) has the header
    /// read from it. The header, or nil when the file must be read whole.
    private func measure(_ bytes: [UInt8], into chunk: inout Chunk,
                         header known: RegisterChunks.Header?) -> RegisterChunks.Header? {
        let chunks = register.chunks
        chunk.checksum = RegisterChunks.checksum(bytes)
        let first = chunk.offset == 0
        guard let text = chunks.decode(bytes, first: first, hasBOM: hasBOM),
              let header = known ?? chunks.header(of: text),
              let scored = chunks.score(text, first: first, header: header) else { return nil }
        chunk.kind = text.kind
        chunk.census = text.census
        chunk.assets = scored.assessment.inventory.assets.count
        chunk.hashes = scored.idHashes
        chunk.risks = scored.assessment.risks.count
        if measures { chunk.bytes = chunks.measure(scored) }
        return header
    }
}

extension StreamedRun {
    /// The second pass: writes every chunk's rows at their places; the bytes of rows written.
    func write(_ plan: Plan, after headerCount: Int, to sink: PositionalSink) throws(StreamedRegister.Failure) -> Int {
        // Where each value's rows start, highest value first, and where each chunk's share of them starts.
        let slots = register.chunks.valueSlots
        var valueStart = [Int](repeating: 0, count: slots)
        var offset = headerCount
        for value in stride(from: slots - 1, through: 0, by: -1) {
            valueStart[value] = offset
            offset += plan.chunks.reduce(0) { $0 + $1.bytes[value] }
        }
        var chunkStarts: [[Int]] = []
        var next = valueStart
        for chunk in plan.chunks {
            chunkStarts.append(next)
            for value in 0..<slots { next[value] += chunk.bytes[value] }
        }
        let starts = chunkStarts
        state.with { $0.nextChunk = 0 }
        Threads.run(min(register.workers, plan.chunks.count)) { _ in
            let buffer = ByteWriter(capacity: register.sliceSize * 256)
            while true {
                let (index, stopped) = state.with { state -> (Int, Bool) in
                    defer { state.nextChunk += 1 }
                    return (state.nextChunk, state.failure != nil)
                }
                guard index < plan.chunks.count, !stopped else { return }
                do throws(StreamedRegister.Failure) {
                    try writeChunk(plan.chunks[index], at: starts[index], header: plan.header, buffer: buffer, to: sink)
                } catch {
                    return stop(failure: error)
                }
            }
        }
        if let failure = state.with({ $0.failure }) { throw failure }
        return offset - headerCount
    }

    /// Reads, scores and writes one chunk's rows, value by value, in slices.
    private func writeChunk(_ planned: Chunk, at starts: [Int], header: RegisterChunks.Header, buffer: ByteWriter,
                            to sink: PositionalSink) throws(StreamedRegister.Failure) {
        let chunks = register.chunks
        let bytes = try read(planned.count, at: planned.offset)
        let first = planned.offset == 0
        guard bytes.count == planned.count, RegisterChunks.checksum(bytes) == planned.checksum,
              let text = chunks.decode(bytes, first: first, hasBOM: hasBOM, known: planned.kind),
              let scored = chunks.score(text, first: first, header: header) else {
            throw .inputChanged
        }
        var written = [Int](repeating: 0, count: chunks.valueSlots)
        try chunks.format(scored, slice: register.sliceSize, buffer: buffer) { (value, buffer) throws(StreamedRegister.Failure) in
            do throws(SystemError) {
                try buffer.withBytes { (bytes) throws(SystemError) in try sink.write(bytes, at: starts[value] + written[value]) }
            } catch {
                throw .writing(error)
            }
            written[value] += buffer.count
        }
        guard written == planned.bytes else { throw .measuredOtherwise }
    }
}
