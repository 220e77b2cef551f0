import Foundation

/// Writes the risk register as CSV: one row per risk in register order, with the header of FORMATS.md.
///
/// With `--lang ja` the header and labels are Japanese and the file starts with a UTF-8 byte order mark, so that
/// Excel opens it correctly. Rows end in CRLF (RFC 4180). Rows are built from pieces prepared once per threat, so
/// a register of ten million rows streams out at memory speed.
public struct CSVRegisterWriter {
    /// The assessment to write.
    public var assessment: Assessment
    /// The language of the header and labels.
    public var language: Language
    /// A plan's treatments and residual risks, written after the register's own columns.
    public var outcome: TreatmentOutcome?
    /// The organisation's policy clauses, written last.
    public var policy: PolicyClauses?

    /// Creates a writer.
    public init(assessment: Assessment, language: Language, outcome: TreatmentOutcome? = nil, policy: PolicyClauses? = nil) {
        self.assessment = assessment
        self.language = language
        self.outcome = outcome
        self.policy = policy
    }

    /// Creates a writer with the language, plan and policy of `options`.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.init(assessment: assessment, language: options.language, outcome: options.outcome, policy: options.policy)
    }

    var extraColumns: [ExtraRegisterColumn] {
        (outcome == nil ? [] : ExtraRegisterColumn.plan) + (policy == nil ? [] : [.clauses])
    }

    /// The header row, without a byte order mark.
    public var header: [UInt8] {
        CSVCell.row(RegisterColumn.allCases.map { $0.header(in: language) } + extraColumns.map { $0.header(in: language) })
    }

    /// Writes the whole register to `sink`. Rows are formatted in chunks by one thread per core into a ring of
    /// buffers, while the calling thread writes the finished chunks in order: the output streams in bounded memory,
    /// and formatting overlaps the writing.
    public func write(to sink: ByteSink) throws {
        var head: [UInt8] = language == .ja ? [0xEF, 0xBB, 0xBF] : []
        head.append(contentsOf: header)
        try sink.write(head)
        let pieces = Pieces(assessment: assessment, language: language, outcome: outcome, policy: policy)
        let total = assessment.risks.count
        let chunk = 2_048
        let chunks = (total + chunk - 1) / chunk
        guard chunks > 0 else { return }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, chunks))
        // Worker w formats chunks w, w + workers, …, so each buffer is filled by one worker, in chunk order.
        let ring = ChunkRing(slots: 3 * workers, capacity: min(chunk, total) * 256)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for next in stride(from: worker, to: chunks, by: workers) {
                    let slot = next % ring.buffers.count
                    ring.free[slot].wait()
                    if ring.isCancelled { return }
                    let buffer = ring.buffers[slot]
                    buffer.count = 0
                    pieces.format(next * chunk..<min(total, (next + 1) * chunk), into: buffer)
                    ring.filled[slot].signal()
                }
            }
        }
        var failure: Error?
        for next in 0..<chunks {
            let slot = next % ring.buffers.count
            ring.filled[slot].wait()
            do {
                try sink.write(UnsafeRawBufferPointer(start: ring.buffers[slot].base, count: ring.buffers[slot].count))
            } catch {
                failure = error
                ring.cancel(waiters: workers)
                break
            }
            ring.free[slot].signal()
        }
        done.wait()
        if let failure { throw failure }
    }

    /// The buffers that formatting threads fill and the writing thread empties, in order, with a semaphore per
    /// buffer each way. The number of buffers is a multiple of the number of workers.
    final class ChunkRing: @unchecked Sendable {
        let buffers: [RawBytes]
        let free: [DispatchSemaphore]
        let filled: [DispatchSemaphore]
        private let lock = NSLock()
        private var cancelled = false

        init(slots: Int, capacity: Int) {
            buffers = (0..<slots).map { _ in RawBytes(capacity: capacity) }
            free = (0..<slots).map { _ in DispatchSemaphore(value: 1) }
            filled = (0..<slots).map { _ in DispatchSemaphore(value: 0) }
        }

        var isCancelled: Bool {
            lock.lock()
            defer { lock.unlock() }
            return cancelled
        }

        /// Stops the formatting threads, waking any that wait for a buffer.
        func cancel(waiters: Int) {
            lock.lock()
            cancelled = true
            lock.unlock()
            for semaphore in free {
                for _ in 0..<waiters { semaphore.signal() }
            }
        }
    }

    /// The bytes of the whole register.
    public func bytes() -> [UInt8] {
        let buffer = ByteBuffer()
        try? write(to: buffer)
        return buffer.bytes
    }

    /// What every row of a threat shares, encoded once into one pool of bytes, and what each asset needs to know
    /// to be copied as is. The hot loop reads it all through raw pointers: no reference counting between threads.
    struct Pieces: @unchecked Sendable {
        let assessment: Assessment
        let inventory: AssetInventory
        let outcome: TreatmentOutcome?
        let language: Language
        let clauseCells: [[UInt8]]?   // per threat: ",clauses"
        let threatMedia: [UInt64]
        /// Per asset: which of id (1), name (2) and department (4) need no quoting or formula guard; 8 when the
        /// media labels need none either.
        let plain: [UInt8]
        /// Every piece's bytes, one after the other.
        let pool: [UInt8]
        /// (offset, length) pairs into `pool`: see `Kind` for where each kind of piece starts.
        let spans: [Int]
        let base: [Kind: Int]
        /// The most bytes a row takes besides the asset's id, name and department: every piece's longest, all the
        /// media labels, and the separators.
        let rowBound: Int

        /// The kinds of pieces and how many of each.
        enum Kind: CaseIterable {
            case head, middle, tail, threatID, level, medium, confidentiality, slash, suffix
        }
        /// Per threat and importance (`4 * threat + importance`): the value the suffix piece was made for, 0 when
        /// none was.
        let suffixValue: [UInt8]

        init(assessment: Assessment, language: Language, outcome: TreatmentOutcome?, policy: PolicyClauses?) {
            self.assessment = assessment
            self.outcome = outcome
            self.language = language
            clauseCells = policy.map { policy in
                assessment.catalog.threats.indices.map { index in
                    let clauses = assessment.clauses(ofThreat: index, policy: policy).map(\.clause)
                    return [0x2C] + CSVCell.encode(clauses.joined(separator: "|"))
                }
            }
            inventory = assessment.inventory
            let catalog = assessment.catalog
            var pieces: [Kind: [[UInt8]]] = [:]
            for (index, threat) in catalog.threats.enumerated() {
                let context = assessment.threats[index]
                pieces[.threatID, default: []].append(Array(threat.id.utf8))
                pieces[.head, default: []].append([0x2C] + CSVCell.encode(threat.id) + [0x2C] + CSVCell.encode(threat.name[language]) + [0x2C])
                pieces[.middle, default: []].append(Array(",\(context.likelihood),\(context.vulnerability),\(context.possibility),".utf8))
                let items = threat.revisionItems.map(String.init).joined(separator: "|")
                let controls = assessment.controlReferences(ofThreat: index).joined(separator: "|")
                pieces[.tail, default: []].append([0x2C] + CSVCell.encode(items) + [0x2C] + CSVCell.encode(controls))
            }
            pieces[.level] = (0...9).map { CSVCell.encode(assessment.method.label(assessment.level(of: $0), in: language)) }
            // What follows the classes, whole, for each importance a risk of the threat can have: the importance,
            // likelihood, vulnerability, possibility, value, level, items and controls.
            var suffixValue: [UInt8] = []
            for index in catalog.threats.indices {
                let threatID = pieces[.threatID]![index]
                pieces[.slash, default: []].append([UInt8(ascii: "/")] + threatID)
                let possibility = assessment.threats[index].possibility
                for importance in 0...3 {
                    let value = importance * possibility
                    let fits = importance > 0 && value <= 9 && CSVCell.isPlain(threatID[...])
                    suffixValue.append(fits ? UInt8(value) : 0)
                    pieces[.suffix, default: []].append(fits
                        ? [0x30 + UInt8(importance)] + pieces[.middle]![index] + [0x30 + UInt8(value), 0x2C]
                            + pieces[.level]![value] + pieces[.tail]![index]
                        : [])
                }
            }
            self.suffixValue = suffixValue
            let mediumLabels = catalog.media.indices.map { Array(assessment.mediumLabel($0, in: language).utf8) }
            pieces[.medium] = mediumLabels
            pieces[.confidentiality] = ConfidentialityClass.allCases.map { Array($0.text.utf8) }
            var pool: [UInt8] = [], spans: [Int] = [], base: [Kind: Int] = [:]
            for kind in Kind.allCases {
                base[kind] = spans.count / 2
                for piece in pieces[kind] ?? [] {
                    spans += [pool.count, piece.count]
                    pool += piece
                }
            }
            self.pool = pool
            self.spans = spans
            self.base = base
            rowBound = Kind.allCases.reduce(256) { bound, kind in
                let lengths = (pieces[kind] ?? []).map(\.count)
                return bound + (kind == .medium ? lengths.reduce(0, +) + lengths.count : lengths.max() ?? 0)
            }
            threatMedia = catalog.threats.map(\.media.bits)
            let inventory = assessment.inventory
            let labelsPlain = mediumLabels.allSatisfy { CSVCell.isPlain($0[...]) }
            plain = inventory.withUnsafeText { text in
                inventory.assets.map { asset in
                    var flags: UInt8 = labelsPlain ? 8 : 0
                    if CSVCell.isPlain(text(asset.ref(.id))) { flags |= 1 }
                    if CSVCell.isPlain(text(asset.ref(.name))) { flags |= 2 }
                    if CSVCell.isPlain(text(asset.ref(.department))) { flags |= 4 }
                    return flags
                }
            }
        }

        /// Appends the rows of the risks at `range` of the register to `output`.
        func format(_ range: Range<Int>, into output: RawBytes) {
            let head = base[.head] ?? 0, middle = base[.middle] ?? 0, tail = base[.tail] ?? 0
            let threatID = base[.threatID] ?? 0, level = base[.level] ?? 0, medium = base[.medium] ?? 0
            let confidentialityBase = base[.confidentiality] ?? 0, slash = base[.slash] ?? 0, suffix = base[.suffix] ?? 0
            withBuffers { text, risks, assets, plain, threatMedia, pool, spans in
                @inline(__always) func piece(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(start: pool.baseAddress.map { $0 + spans[2 * index] }, count: spans[2 * index + 1])
                }
                var scratch: [UInt8] = []
                scratch.reserveCapacity(256)
                /// The plan's and the policy's cells, if any, and the line break.
                func finishRow(_ index: Int, threat threatIndex: Int) {
                    if let outcome {
                        scratch.removeAll(keepingCapacity: true)
                        appendTreatment(outcome, index, to: &scratch)
                        output.append(scratch)
                    }
                    if let clauseCells { output.append(clauseCells[threatIndex]) }
                    output.append(0x0D)
                    output.append(0x0A)
                }
                // The chunk's assets are gathered first, with a first touch of their text: these loads do not wait
                // on each other, so the cache misses of a whole chunk overlap instead of stalling row after row.
                let staged = UnsafeMutableBufferPointer<Asset>.allocate(capacity: range.count)
                defer { staged.deallocate() }
                var touched: UInt8 = 0
                for index in range {
                    let asset = assets[Int(risks[index].asset)]
                    staged[index - range.lowerBound] = asset
                    touched &+= text(asset.text.0).first ?? 0
                    touched &+= text(asset.text.2).first ?? 0
                }
                output.touched = touched
                for index in range {
                    let risk = risks[index]
                    let assetIndex = Int(risk.asset)
                    let threatIndex = Int(risk.threat)
                    let asset = staged[index - range.lowerBound]
                    let flags = plain[assetIndex]
                    let idCell = text(asset.text.0), nameCell = text(asset.text.1), departmentCell = text(asset.text.2)
                    let suffixIndex = 4 * threatIndex + Int(risk.importance)
                    if flags == 15, risk.importance <= 3, suffixValue[suffixIndex] == risk.value, let id = idCell.baseAddress {
                        // The common row: every cell plain, so it is a run of copies.
                        output.reserve(2 * idCell.count + nameCell.count + departmentCell.count + rowBound)
                        var to = output.base + output.count
                        @inline(__always) func put(_ bytes: UnsafeBufferPointer<UInt8>) {
                            if let from = bytes.baseAddress { copyBytes(to, from, bytes.count) }
                            to += bytes.count
                        }
                        @inline(__always) func put(_ byte: UInt8) {
                            to.pointee = byte
                            to += 1
                        }
                        copyBytes(to, id, idCell.count)
                        to += idCell.count
                        put(piece(slash + threatIndex))
                        put(0x2C)
                        copyBytes(to, id, idCell.count)
                        to += idCell.count
                        put(0x2C)
                        put(nameCell)
                        put(0x2C)
                        put(departmentCell)
                        put(0x2C)
                        var matched = asset.media.bits & threatMedia[threatIndex]
                        if matched != 0 {
                            put(piece(medium + matched.trailingZeroBitCount))
                            matched &= matched - 1
                        }
                        while matched != 0 {
                            put(UInt8(ascii: "|"))
                            put(piece(medium + matched.trailingZeroBitCount))
                            matched &= matched - 1
                        }
                        put(piece(head + threatIndex))
                        put(piece(confidentialityBase + Int(asset.confidentiality.rawValue)))
                        put(0x2C)
                        put(0x30 + asset.integrity)
                        put(0x2C)
                        put(0x30 + asset.availability)
                        put(0x2C)
                        put(piece(suffix + suffixIndex))
                        output.count = to - output.base
                        finishRow(index, threat: threatIndex)
                        continue
                    }
                    // Room for the worst case: the id twice (in risk_id too) and every cell fully quoted and escaped.
                    output.reserve(5 * idCell.count + 3 * (nameCell.count + departmentCell.count) + rowBound)
                    // risk_id: the asset id, '/', the threat id, as one cell.
                    if flags & 1 != 0 {
                        output.appendUnchecked(idCell)
                        output.appendUnchecked(UInt8(ascii: "/"))
                        output.appendUnchecked(piece(threatID + threatIndex))
                        output.appendUnchecked(0x2C)
                        output.appendUnchecked(idCell)
                    } else {
                        scratch.removeAll(keepingCapacity: true)
                        scratch.append(contentsOf: idCell)
                        scratch.append(UInt8(ascii: "/"))
                        scratch.append(contentsOf: piece(threatID + threatIndex))
                        output.appendCell(scratch)
                        output.appendUnchecked(0x2C)
                        output.appendCell(Array(idCell))
                    }
                    output.appendUnchecked(0x2C)
                    if flags & 2 != 0 { output.appendUnchecked(nameCell) } else { output.appendCell(Array(nameCell)) }
                    output.appendUnchecked(0x2C)
                    if flags & 4 != 0 { output.appendUnchecked(departmentCell) } else { output.appendCell(Array(departmentCell)) }
                    output.appendUnchecked(0x2C)
                    // media: the asset's media that the threat applies through.
                    var matched = asset.media.bits & threatMedia[threatIndex]
                    if flags & 8 != 0 {
                        var first = true
                        while matched != 0 {
                            if !first { output.appendUnchecked(UInt8(ascii: "|")) }
                            first = false
                            output.appendUnchecked(piece(medium + matched.trailingZeroBitCount))
                            matched &= matched - 1
                        }
                    } else {
                        scratch.removeAll(keepingCapacity: true)
                        while matched != 0 {
                            if !scratch.isEmpty { scratch.append(UInt8(ascii: "|")) }
                            scratch.append(contentsOf: piece(medium + matched.trailingZeroBitCount))
                            matched &= matched - 1
                        }
                        output.appendCell(scratch)
                    }
                    output.appendUnchecked(piece(head + threatIndex))
                    output.appendUnchecked(piece(confidentialityBase + Int(asset.confidentiality.rawValue)))
                    output.appendUnchecked(0x2C)
                    output.appendUnchecked(0x30 + asset.integrity)
                    output.appendUnchecked(0x2C)
                    output.appendUnchecked(0x30 + asset.availability)
                    output.appendUnchecked(0x2C)
                    output.appendUnchecked(0x30 + risk.importance)
                    output.appendUnchecked(piece(middle + threatIndex))
                    output.appendUnchecked(0x30 + risk.value)
                    output.appendUnchecked(0x2C)
                    output.appendUnchecked(piece(level + Int(risk.value)))
                    output.appendUnchecked(piece(tail + threatIndex))
                    finishRow(index, threat: threatIndex)
                }
            }
        }

        /// The bytes ``format(_:into:)`` appends for the risks at `range`, without a plan: the common row is
        /// counted from its pieces' lengths, any other is formatted into `scratch` and counted.
        func measure(_ range: Range<Int>, scratch: RawBytes) -> Int {
            precondition(outcome == nil, "a register with a plan is not measured")
            let head = base[.head] ?? 0, medium = base[.medium] ?? 0, confidentialityBase = base[.confidentiality] ?? 0
            let slash = base[.slash] ?? 0, suffix = base[.suffix] ?? 0
            let clauseLengths = clauseCells?.map(\.count)
            var total = 0
            withBuffers { text, risks, assets, plain, threatMedia, _, spans in
                @inline(__always) func length(_ index: Int) -> Int { spans[2 * index + 1] }
                for index in range {
                    let risk = risks[index]
                    let assetIndex = Int(risk.asset)
                    let threatIndex = Int(risk.threat)
                    let asset = assets[assetIndex]
                    let suffixIndex = 4 * threatIndex + Int(risk.importance)
                    let idCell = text(asset.text.0)
                    guard plain[assetIndex] == 15, risk.importance <= 3, suffixValue[suffixIndex] == risk.value,
                          idCell.baseAddress != nil else {
                        scratch.count = 0
                        format(index..<index + 1, into: scratch)
                        total += scratch.count
                        continue
                    }
                    var row = 2 * idCell.count + Int(asset.text.1.length) + Int(asset.text.2.length) + length(slash + threatIndex)
                        + length(head + threatIndex) + length(confidentialityBase + Int(asset.confidentiality.rawValue))
                        + length(suffix + suffixIndex) + 11 + (clauseLengths?[threatIndex] ?? 0)
                    var matched = asset.media.bits & threatMedia[threatIndex]
                    if matched != 0 { row -= 1 }
                    while matched != 0 {
                        row += length(medium + matched.trailingZeroBitCount) + 1
                        matched &= matched - 1
                    }
                    total += row
                }
            }
            return total
        }

        /// Runs `body` with raw views of everything the hot loop reads.
        private func withBuffers<R>(_ body: (TextBytes, UnsafeBufferPointer<Risk>, UnsafeBufferPointer<Asset>,
                                           UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt8>,
                                           UnsafeBufferPointer<Int>) -> R) -> R {
            inventory.withUnsafeText { storage in
                assessment.risks.withUnsafeBufferPointer { risks in
                    inventory.assets.withUnsafeBufferPointer { assets in
                        plain.withUnsafeBufferPointer { plain in
                            threatMedia.withUnsafeBufferPointer { threatMedia in
                                pool.withUnsafeBufferPointer { pool in
                                    spans.withUnsafeBufferPointer { spans in
                                        body(storage, risks, assets, plain, threatMedia, pool, spans)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        /// `,treatment,owner,due,residual_value,residual_level`; an avoided risk has no residual value or level.
        func appendTreatment(_ outcome: TreatmentOutcome, _ index: Int, to output: inout [UInt8]) {
            let treatment = outcome.plan.treatments[index]
            var cells = [treatment?.kind.label(in: language) ?? "", treatment?.owner ?? "", treatment?.due ?? ""]
            if let residual = outcome.residual[index] {
                cells += [String(residual.value), assessment.method.label(residual.level, in: language)]
            } else {
                cells += ["", ""]
            }
            for cell in cells {
                output.append(0x2C)
                CSVCell.append(Array(cell.utf8), to: &output)
            }
        }
    }
}
