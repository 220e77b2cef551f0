import Foundation

/// A file read at offsets: what a register written in bounded memory reads its inventory from, twice.
public protocol PositionalSource: Sendable {
    /// The size in bytes.
    var size: Int { get }
    /// Reads up to `buffer.count` bytes at `offset` into `buffer`; the number read, fewer only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int
}

/// A destination written at offsets, by several threads at once, each to its own ranges.
public protocol PositionalSink: AnyObject, Sendable {
    /// Writes `bytes` whole at `offset`, or throws.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws
}

/// The CSV register of a CSV inventory, written in bounded memory whatever the inventory's size.
///
/// The register is sorted by value, then inventory order, then threat id, so no row can be written before every
/// asset has been read. Instead of keeping the inventory, the file is read twice, in chunks that end at record
/// boundaries:
///
/// 1. Each chunk is read, checked and scored exactly as a whole file is, and only the bytes its rows take at each
///    value are kept (ten numbers per chunk), with a hash of each asset id for the duplicate check.
/// 2. Each chunk is read and scored again, and its rows of each value are written at the offset the first pass
///    worked out: the sum of everything above that value, and of the same value in the chunks before.
///
/// Both passes run one chunk per core. Memory is a few chunks per core plus eight bytes per asset (the id hashes,
/// 8 MB per million assets). A checksum of each chunk, taken in the first pass, makes a file that changed between
/// the passes an error rather than a register of two different files.
///
/// Anything this does not vouch for (a problem of any kind other than the header's notices, which are handed back;
/// an id that may be repeated; a record longer than a chunk; a file that is not plainly UTF-8 or Shift_JIS) makes
/// ``write(from:to:)`` return ``Outcome/declined``: the caller then reads the whole file the usual way, which gives
/// the exact messages.
public struct StreamedCSVRegister: Sendable {
    /// The catalog.
    public var catalog: Catalog
    /// The method.
    public var method: ScoringMethod
    /// The threat settings, if a file gave them.
    public var settings: ThreatSettings?
    /// The checklist, if a file gave it.
    public var checklist: Checklist?
    /// The register's language.
    public var language: Language
    /// The organisation's policy clauses, written last.
    public var policy: PolicyClauses?
    /// The inventory's file name, as the user gave it.
    public var file: String
    /// The most bytes of the inventory read at once; a chunk is this, cut back to the last record that ends in it.
    /// Nil: chosen by the inventory's size.
    var chunkSize: Int?
    /// The rows formatted before they are written out.
    var sliceSize = 2_048
    /// The threads that read and write chunks.
    var workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))

    /// Creates a streamed register.
    public init(catalog: Catalog, method: ScoringMethod, settings: ThreatSettings?, checklist: Checklist?,
                language: Language, policy: PolicyClauses?, file: String) {
        self.catalog = catalog
        self.method = method
        self.settings = settings
        self.checklist = checklist
        self.language = language
        self.policy = policy
        self.file = file
    }

    /// What ``write(from:to:)`` did.
    public enum Outcome: Sendable {
        /// The whole register was written. `notices` are the header's (an unknown column), to be shown as a whole
        /// read shows them.
        case written(assets: Int, risks: Int, bytes: Int, encoding: TextEncoding, notices: DiagnosticLog)
        /// Nothing usable was written: the inventory must be read whole.
        case declined

        /// Whether the inventory must be read whole.
        public var isDeclined: Bool {
            if case .declined = self { true } else { false }
        }
    }

    /// Writes the register of the inventory in `source` to `sink`, or declines.
    public func write(from source: PositionalSource, to sink: PositionalSink) throws -> Outcome {
        guard source.size > 0 else { return .declined }
        let run = Run(register: sized(for: source), source: source)
        guard let plan = try run.plan() else { return .declined }
        let header = (language == .ja ? [0xEF, 0xBB, 0xBF] : []) + CSVRegisterWriter(
            assessment: Assessment(inventory: AssetInventory(file: file), catalog: catalog, method: method),
            language: language, policy: policy).header
        try header.withUnsafeBytes { try sink.write($0, at: 0) }
        let total = try run.write(plan, after: header.count, to: sink)
        return .written(assets: plan.assets, risks: plan.risks, bytes: header.count + total, encoding: plan.encoding,
                        notices: plan.header.notices)
    }

    /// Checks the inventory in `source` as a whole read would, chunk by chunk (the first pass alone): its assets,
    /// risks, encoding and the header's notices; nil when the inventory must be read whole.
    public func check(_ source: PositionalSource) throws -> (assets: Int, risks: Int, encoding: TextEncoding, notices: DiagnosticLog)? {
        guard source.size > 0 else { return nil }
        guard let plan = try Run(register: sized(for: source), source: source, measures: false).plan() else { return nil }
        return (plan.assets, plan.risks, plan.encoding, plan.header.notices)
    }

    /// This register with its chunk size chosen for `source`, unless it was set.
    private func sized(for source: PositionalSource) -> StreamedCSVRegister {
        var register = self
        if register.chunkSize == nil {
            // Larger chunks cost less per byte (fewer memos and tables to start afresh), smaller ones share the work
            // between the cores more evenly: about fifty chunks, of 512 KB to 2 MB.
            register.chunkSize = min(max(source.size / 48, 512 << 10), 2 << 20)
        }
        return register
    }

    /// How a chunk's bytes were read.
    enum ChunkKind {
        /// Valid UTF-8 with only ASCII characters: the same in UTF-8 and Shift_JIS.
        case ascii
        /// Valid UTF-8 with other characters.
        case utf8
        /// Not UTF-8, but well-formed Shift_JIS, decoded by the table.
        case shiftJIS
    }

    /// Where a chunk stands in the file and what its rows take.
    struct Chunk {
        var offset: Int
        var count: Int
        var kind: ChunkKind = .ascii
        /// Bytes of rows per value, 0–9.
        var bytes = [Int](repeating: 0, count: 10)
        var assets = 0
        var risks = 0
        var census = TextDecoder.ShiftJISCensus()
        var hashes: [UInt64] = []
        /// A checksum of the chunk's bytes, to find a file that changed between the passes.
        var checksum: UInt64 = 0
    }

    /// The first pass's result.
    struct Plan {
        var chunks: [Chunk]
        var header: Header
        var encoding: TextEncoding
        var assets: Int
        var risks: Int
    }

    /// The inventory's header row, read from the first chunk.
    struct Header {
        var layout: TableLayout
        var ending: CSVParser.LineEnding?
        /// Its notices (unknown columns); no errors.
        var notices: DiagnosticLog
        /// Where the rows start in the first chunk's decoded text, and on which line.
        var end: Int
        var nextLine: Int
    }

    /// One register's two passes.
    final class Run: @unchecked Sendable {
        let register: StreamedCSVRegister
        let source: PositionalSource
        let hasBOM: Bool
        private let lock = NSLock()
        private var chunks: [Chunk] = []
        private var nextOffset = 0
        private var finished = false
        private var declined = false
        private var failure: Error?
        /// The next chunk the second pass writes.
        private var nextChunk = 0

        /// Whether the first pass measures each value's bytes (a check alone only counts the risks).
        let measures: Bool

        init(register: StreamedCSVRegister, source: PositionalSource, measures: Bool = true) {
            self.register = register
            self.source = source
            self.measures = measures
            var head = [UInt8](repeating: 0, count: 3)
            let read = (try? head.withUnsafeMutableBytes { try source.read(into: $0, at: 0) }) ?? 0
            hasBOM = read == 3 && head == [0xEF, 0xBB, 0xBF]
        }

        /// Reads `count` bytes at `offset`, fewer at the end of the file.
        func read(_ count: Int, at offset: Int) throws -> [UInt8] {
            var filled = 0
            let bytes = try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                defer { initialized = filled }
                while filled < count {
                    let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[filled...]),
                                            at: offset + filled)
                    if n <= 0 { break }
                    filled += n
                }
            }
            return bytes
        }

        /// The first pass: cuts the file into chunks, checks and measures each; nil when the file must be read whole.
        func plan() throws -> Plan? {
            // The first chunk holds the header, which every other chunk needs: it is read first, alone.
            guard let first = try takeChunk() else { return nil }
            var firstChunk = first.chunk
            guard let header = measure(first.bytes, into: &firstChunk, header: nil) else { return nil }
            store(firstChunk, at: 0)
            DispatchQueue.concurrentPerform(iterations: register.workers) { _ in
                while true {
                    let taken: (chunk: Chunk, bytes: [UInt8], index: Int)?
                    do {
                        taken = try takeChunk()
                    } catch {
                        stop(failure: error)
                        return
                    }
                    guard let taken else { return }
                    var chunk = taken.chunk
                    if measure(taken.bytes, into: &chunk, header: header) != nil {
                        store(chunk, at: taken.index)
                    } else {
                        stop(failure: nil)
                        return
                    }
                }
            }
            if let failure { throw failure }
            guard !declined else { return nil }
            // The file's encoding, decided as for the whole file (see TextDecoder.decode).
            let encoding: TextEncoding
            if chunks.allSatisfy({ $0.kind != .shiftJIS }) {
                encoding = hasBOM ? .utf8BOM : .utf8
            } else {
                guard !hasBOM, chunks.allSatisfy({ $0.kind != .utf8 }) else { return nil }
                var census = TextDecoder.ShiftJISCensus()
                for chunk in chunks { census.add(chunk.census) }
                guard census.plausible, try !mostlyUTF8() else { return nil }
                encoding = .shiftJIS
            }
            let assets = chunks.reduce(0) { $0 + $1.assets }
            guard assets > 0, !containsRepeatedHash(in: chunks.map(\.hashes)) else { return nil }
            for index in chunks.indices { chunks[index].hashes = [] }
            return Plan(chunks: chunks, header: header, encoding: encoding, assets: assets,
                        risks: chunks.reduce(0) { $0 + $1.risks })
        }

        /// The next chunk of the file, cut at the last record boundary in it, with its index; nil at the end or
        /// once the pass has stopped.
        private func takeChunk() throws -> (chunk: Chunk, bytes: [UInt8], index: Int)? {
            lock.lock()
            defer { lock.unlock() }
            guard !finished, !declined, failure == nil else { return nil }
            let offset = nextOffset
            var bytes = try read(register.chunkSize ?? 1 << 20, at: offset)
            let atEnd = offset + bytes.count >= source.size
            guard let cut = atEnd ? bytes.count : StreamedCSVRegister.lastRecordEnd(in: bytes) else {
                declined = true
                return nil
            }
            bytes.removeLast(bytes.count - cut)
            nextOffset = offset + cut
            finished = atEnd
            let index = chunks.count
            let chunk = Chunk(offset: offset, count: cut)
            chunks.append(chunk)
            return (chunk, bytes, index)
        }

        private func store(_ chunk: Chunk, at index: Int) {
            lock.lock()
            chunks[index] = chunk
            lock.unlock()
        }

        private func stop(failure: Error?) {
            lock.lock()
            if let failure { self.failure = self.failure ?? failure } else { declined = true }
            lock.unlock()
        }

        /// Whether the file is mostly UTF-8 by ``TextDecoder/mostlyUTF8(_:)``, counted chunk by chunk (a Shift_JIS
        /// file is known after its first few thousand characters).
        private func mostlyUTF8() throws -> Bool {
            var tally = TextDecoder.UTF8Tally()
            for chunk in chunks {
                let bytes = try read(chunk.count, at: chunk.offset)
                if let verdict = bytes.withUnsafeBufferPointer({ tally.scan($0) }) { return verdict }
            }
            return tally.verdict
        }

        /// The chunk's text as UTF-8 and where it starts, with its kind found: nil when it is neither UTF-8 nor
        /// well-formed Shift_JIS, or holds a NUL byte. The second pass knows the kind already (the chunk's checksum
        /// vouches for its bytes) and only decodes.
        func decode(_ bytes: [UInt8], kind: inout ChunkKind, census: inout TextDecoder.ShiftJISCensus,
                    first: Bool, known: ChunkKind? = nil) -> (text: [UInt8], start: Int)? {
            let start = first && hasBOM ? 3 : 0
            switch known {
            case .ascii?, .utf8?:
                kind = known ?? .utf8
                return (bytes, start)
            case .shiftJIS?:
                kind = .shiftJIS
                return ShiftJISTable.decode(bytes).map { ($0, 0) }
            case nil:
                break
            }
            guard TextDecoder.firstNUL(bytes) == nil else { return nil }
            if TextDecoder.firstInvalidUTF8(bytes, from: start) == nil {
                kind = StreamedCSVRegister.isASCII(bytes) ? .ascii : .utf8
                return (bytes, start)
            }
            guard !hasBOM else { return nil }
            // The table decodes well-formed Shift_JIS only, and counts the characters on the way.
            census = TextDecoder.ShiftJISCensus()
            guard let decoded = ShiftJISTable.decode(bytes, census: &census) else { return nil }
            kind = .shiftJIS
            return (decoded, 0)
        }

        /// Reads the header row of the first chunk's decoded text; nil for JSON or a header with errors.
        private func readHeader(_ text: [UInt8], from start: Int) -> Header? {
            guard let first = TableReader.firstContent(text, from: start), !TableReader.opensJSON(first) else { return nil }
            var log = DiagnosticLog()
            let reader = TableReader(file: register.file, schema: InventoryReader.schema)
            guard let header = reader.readHeader(text, from: start, log: &log), !log.hasErrors else { return nil }
            return Header(layout: header.layout, ending: header.outcome.ending, notices: log, end: header.outcome.end,
                          nextLine: header.outcome.nextLine)
        }

        /// Reads a chunk's assets (from its decoded text, after the header in the first chunk) as a whole file's
        /// are read and scores them; nil when anything is not as it should be.
        func assess(_ text: [UInt8], from start: Int, chunk: inout Chunk, header: Header) -> Assessment? {
            let reader = TableReader(file: register.file, schema: InventoryReader.schema)
            var log = DiagnosticLog()
            let first = chunk.offset == 0
            let from = first ? header.end : start
            let firstLine = first ? header.nextLine : 1
            var builder = InventoryBuilder(file: register.file, encoding: chunk.kind == .shiftJIS ? .shiftJIS : .utf8,
                                           catalog: register.catalog, method: register.method,
                                           expectedBytes: text.count - from, source: text, defersDuplicates: true)
            let rows = reader.readRows(text, from: from, to: text.count, firstLine: firstLine, expecting: header.ending,
                                       layout: header.layout, log: &log) { record, layout, log in
                builder.add(record, layout: layout, log: &log)
            }
            guard log.entries.isEmpty, rows.outcome.end == text.count else { return nil }
            chunk.assets = builder.inventory.assets.count
            chunk.hashes = builder.deferredIDHashes
            return Assessment(inventory: builder.inventory, catalog: register.catalog, method: register.method,
                              settings: register.settings, checklist: register.checklist)
        }

        /// The first pass over one chunk: its bytes of rows per value. The first chunk (no header yet) has the
        /// header read from it. The header, or nil when the file must be read whole.
        private func measure(_ bytes: [UInt8], into chunk: inout Chunk, header known: Header?) -> Header? {
            chunk.checksum = StreamedCSVRegister.checksum(bytes)
            guard let (text, start) = decode(bytes, kind: &chunk.kind, census: &chunk.census, first: chunk.offset == 0),
                  let header = known ?? readHeader(text, from: start),
                  let assessment = assess(text, from: start, chunk: &chunk, header: header) else { return nil }
            chunk.risks = assessment.risks.count
            guard measures else { return header }
            let pieces = CSVRegisterWriter.Pieces(assessment: assessment, language: register.language, outcome: nil,
                                                  policy: register.policy)
            let scratch = RawBytes(capacity: 4096)
            var index = 0
            let risks = assessment.risks
            while index < risks.count {
                let value = risks[index].value
                var end = index
                while end < risks.count && risks[end].value == value { end += 1 }
                chunk.bytes[Int(value)] = pieces.measure(index..<end, scratch: scratch)
                index = end
            }
            return header
        }

        /// The second pass: writes every chunk's rows at their places; the bytes of rows written.
        func write(_ plan: Plan, after headerCount: Int, to sink: PositionalSink) throws -> Int {
            // Where each value's rows start, highest value first, and where each chunk's share of them starts.
            var valueStart = [Int](repeating: 0, count: 10)
            var offset = headerCount
            for value in stride(from: 9, through: 0, by: -1) {
                valueStart[value] = offset
                offset += plan.chunks.reduce(0) { $0 + $1.bytes[value] }
            }
            var chunkStarts: [[Int]] = []
            var next = valueStart
            for chunk in plan.chunks {
                chunkStarts.append(next)
                for value in 0...9 { next[value] += chunk.bytes[value] }
            }
            let total = offset - headerCount
            let starts = chunkStarts
            nextChunk = 0
            DispatchQueue.concurrentPerform(iterations: min(register.workers, plan.chunks.count)) { _ in
                let buffer = RawBytes(capacity: register.sliceSize * 256)
                while true {
                    lock.lock()
                    let index = nextChunk
                    nextChunk += 1
                    let stopped = failure != nil
                    lock.unlock()
                    guard index < plan.chunks.count, !stopped else { return }
                    do {
                        try writeChunk(plan.chunks[index], at: starts[index], header: plan.header, buffer: buffer, to: sink)
                    } catch {
                        stop(failure: error)
                        return
                    }
                }
            }
            if let failure { throw failure }
            return total
        }

        /// Reads, scores and writes one chunk's rows, value by value, in slices.
        private func writeChunk(_ planned: Chunk, at starts: [Int], header: Header, buffer: RawBytes,
                                to sink: PositionalSink) throws {
            let bytes = try read(planned.count, at: planned.offset)
            var chunk = Chunk(offset: planned.offset, count: planned.count)
            guard bytes.count == planned.count, StreamedCSVRegister.checksum(bytes) == planned.checksum,
                  let (text, start) = decode(bytes, kind: &chunk.kind, census: &chunk.census, first: planned.offset == 0,
                                             known: planned.kind),
                  let assessment = assess(text, from: start, chunk: &chunk, header: header) else {
                throw StreamedRegisterError.inputChanged(file: register.file)
            }
            let pieces = CSVRegisterWriter.Pieces(assessment: assessment, language: register.language, outcome: nil,
                                                  policy: register.policy)
            let risks = assessment.risks
            var written = [Int](repeating: 0, count: 10)
            var index = 0
            buffer.count = 0
            var bufferValue = -1
            func flush() throws {
                guard buffer.count > 0 else { return }
                try sink.write(UnsafeRawBufferPointer(start: buffer.base, count: buffer.count),
                               at: starts[bufferValue] + written[bufferValue])
                written[bufferValue] += buffer.count
                buffer.count = 0
            }
            while index < risks.count {
                let value = Int(risks[index].value)
                if value != bufferValue {
                    try flush()
                    bufferValue = value
                }
                var end = index
                while end < risks.count && Int(risks[end].value) == value && end - index < register.sliceSize { end += 1 }
                pieces.format(index..<end, into: buffer)
                if buffer.count >= register.sliceSize * 128 { try flush() }
                index = end
            }
            try flush()
            guard written == planned.bytes else { throw StreamedRegisterError.measuredOtherwise(file: register.file) }
        }
    }

    /// The offset just after the last line feed outside quotes in `bytes`, or nil when there is none.
    ///
    /// Quotes toggle between inside and outside (a doubled quote toggles twice), counted from the chunk's start,
    /// which is a record boundary. A stray quote breaks this, but it is an error, and the chunk's reading then
    /// fails and the file is read whole.
    static func lastRecordEnd(in bytes: [UInt8]) -> Int? {
        guard let last = bytes.lastIndex(of: 0x0A) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            // The quotes before the last line feed, found by memchr (vectorised): most rows quote nothing.
            var quotes = 0
            var from = UnsafeRawPointer(base)
            let end = UnsafeRawPointer(base + last)
            while from < end, let quote = memchr(from, 0x22, end - from) {
                quotes += 1
                from = UnsafeRawPointer(quote) + 1
            }
            // Back from the last line feed to one with an even number of quotes before it.
            var position = last
            while position >= 0 {
                let byte = base[position]
                if byte == 0x0A && quotes % 2 == 0 { return position + 1 }
                if position > 0 && base[position - 1] == 0x22 { quotes -= 1 }
                position -= 1
            }
            return nil
        }
    }

    /// A checksum of `bytes`: four lanes of multiply and xor over eight-byte words, so that it runs at memory
    /// speed. Not for an adversary; it finds a file changed between the two passes.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer -> UInt64 in
            guard let base = buffer.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
            var i = 0
            let count = buffer.count
            @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
                let mixed = (lane ^ word) &* prime
                return mixed ^ (mixed >> 29)
            }
            while i + 32 <= count {
                lanes.0 = mix(lanes.0, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                lanes.1 = mix(lanes.1, raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                lanes.2 = mix(lanes.2, raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
                lanes.3 = mix(lanes.3, raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                i += 32
            }
            var tail: UInt64 = UInt64(count)
            while i < count {
                tail = mix(tail, UInt64(base[i]))
                i += 1
            }
            return mix(mix(mix(mix(tail, lanes.0), lanes.1), lanes.2), lanes.3)
        }
    }

    /// Whether every byte is ASCII.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var i = 0
            var any: UInt64 = 0
            while i + 8 <= buffer.count {
                any |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                i += 8
            }
            while i < buffer.count {
                any |= UInt64(base[i])
                i += 1
            }
            return ByteWords.isASCII(any)
        }
    }
}

/// What stops a streamed register part way.
public enum StreamedRegisterError: Error, Equatable, CustomStringConvertible {
    /// The inventory read differently the second time: it changed while the register was written.
    case inputChanged(file: String)
    /// A chunk's rows took other bytes than the first pass measured: a fault of `risk`'s, never of the input.
    case measuredOtherwise(file: String)

    public var description: String {
        switch self {
        case .inputChanged(let file): "\(file) changed while it was read"
        case .measuredOtherwise(let file): "the rows of \(file) were measured otherwise than they were written"
        }
    }
}
