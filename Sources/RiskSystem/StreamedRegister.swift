import RiskMethod

/// The CSV register of a CSV inventory file, written in bounded memory whatever the inventory's size.
///
/// The register is sorted by value, then inventory order, then threat id, so no row can be written before every
/// asset has been read. Instead of keeping the inventory, the file is read twice, in chunks that end at record
/// boundaries (``RegisterChunks`` does the work of each chunk):
///
/// 1. Each chunk is read, checked and scored exactly as a whole file is, and only the bytes its rows take at each
///    value are kept (a number per value per chunk), with a hash of each asset id for the duplicate check.
/// 2. Each chunk is read and scored again, and its rows of each value are written at the offset the first pass
///    worked out: the sum of everything above that value, and of the same value in the chunks before.
///
/// Both passes run one chunk per core. Memory is a few chunks per core plus eight bytes per asset (the id hashes,
/// 8 MB per million assets). A checksum of each chunk, taken in the first pass, makes a file that changed between
/// the passes an error rather than a register of two different files.
///
/// Anything this does not vouch for (a problem of any kind other than the header's notices, which are handed back;
/// an id that may be repeated; a record longer than a chunk; a file that is not plainly UTF-8 or Shift_JIS) makes
/// it decline: the caller then reads the whole file the usual way, which gives the exact messages.
package struct StreamedRegister: Sendable {
    /// A streamed register that does `chunks`' work.
    package init(chunks: RegisterChunks) { self.chunks = chunks }

    /// The work on each chunk.
    package let chunks: RegisterChunks
    /// The most bytes of the inventory read at once; a chunk is this, cut back to the last record that ends in it.
    /// Nil: chosen by the inventory's size.
    package var chunkSize: Int?
    /// The rows formatted before they are written out.
    package var sliceSize = 2_048
    /// The threads that read and write chunks.
    package var workers = Threads.workers

    /// What stops a streamed register part way.
    package enum Failure: Error, Equatable {
        /// The inventory could not be read.
        case reading(SystemError)
        /// The register could not be written.
        case writing(SystemError)
        /// The inventory read differently the second time: it changed while the register was written.
        case inputChanged
        /// A chunk's rows took other bytes than the first pass measured: a fault of `risk`'s, never of the input.
        case measuredOtherwise
    }

    /// What ``write(from:to:)`` did.
    package enum Outcome: Sendable {
        /// The whole register was written; the header's notices (an unknown column) are to be shown as a whole read
        /// shows them.
        case written(assets: Int, risks: Int, bytes: Int, encoding: TextEncoding, notices: DiagnosticLog)
        /// Nothing usable was written: the inventory must be read whole.
        case declined

        /// Whether the inventory must be read whole.
        package var isDeclined: Bool {
            if case .declined = self { true } else { false }
        }
    }

    /// Writes the register of the inventory in `source` to `sink`, or declines.
    package func write(from source: any ChunkSource, to sink: any PositionalSink) throws(Failure) -> Outcome {
        guard source.size > 0 else { return .declined }
        let run = StreamedRun(register: sized(for: source.size), source: source, measures: true)
        guard let plan = try run.plan() else { return .declined }
        let head = chunks.head
        do throws(SystemError) { try sink.write(head.span, at: 0) } catch { throw .writing(error) }
        let total = try run.write(plan, after: head.count, to: sink)
        return .written(assets: plan.assets, risks: plan.risks, bytes: head.count + total, encoding: plan.encoding,
                        notices: plan.header.notices)
    }

    /// Checks the inventory in `source` as a whole read would, chunk by chunk (the first pass alone): its assets,
    /// risks, encoding and the header's notices; nil when the inventory must be read whole.
    package func check(_ source: any ChunkSource) throws(Failure) -> (assets: Int, risks: Int, encoding: TextEncoding, notices: DiagnosticLog)? {
        guard source.size > 0 else { return nil }
        guard let plan = try StreamedRun(register: sized(for: source.size), source: source, measures: false).plan() else {
            return nil
        }
        return (plan.assets, plan.risks, plan.encoding, plan.header.notices)
    }

    /// This register with its chunk size chosen for a file of `size` bytes, unless it was set.
    private func sized(for size: Int) -> StreamedRegister {
        var register = self
        if register.chunkSize == nil {
            // Larger chunks cost less per byte (fewer memos and tables to start afresh), smaller ones share the work
            // between the cores more evenly: about fifty chunks, of 512 KB to 2 MB.
            register.chunkSize = min(max(size / 48, 512 << 10), 2 << 20)
        }
        return register
    }
}
