/// A CSV inventory read as two halves, split at a record boundary near the middle, so that the system layer can
/// read them on two cores at once and join them.
///
/// Each half is read by its own builder, which keeps a hash of each id instead of checking ids as it goes; the
/// reader of the halves checks the hashes of both for a repeat (``containsRepeatedHash(in:)``) while they are joined.
/// Any problem, or a repeated hash, makes the caller read the file the plain way, which gives the exact messages.
package struct InventoryHalves: Sendable {
    let reader: InventoryReader
    let text: [UInt8]
    let encoding: TextEncoding
    let file: String
    let layout: TableLayout
    let header: CSVParser.Outcome
    /// What reading the header noted (an unused column, say): never an error.
    let headerLog: DiagnosticLog
    /// Where the second half starts.
    let split: Int

    /// The halves of a CSV text, or nil when it cannot be split: JSON, a header with errors, or no record boundary.
    package init?(reader: InventoryReader, text: [UInt8], from start: Int, encoding: TextEncoding, file: String) {
        guard let first = TableReader.firstContent(text, from: start), !TableReader.opensJSON(first) else { return nil }
        var log = DiagnosticLog()
        guard let header = TableReader(file: file, schema: InventoryReader.schema).readHeader(text, from: start, log: &log),
              !log.hasErrors, header.layout.fieldIndex[0] != nil, let split = RecordBoundary.middle(of: text.span, from: header.outcome.end) else { return nil }
        self.reader = reader
        self.text = text
        self.encoding = encoding
        self.file = file
        layout = header.layout
        self.header = header.outcome
        headerLog = log
        self.split = split
    }

    /// One half read.
    package struct Half: Sendable {
        var builder: InventoryBuilder
        var log: DiagnosticLog
        var rows: Int
        var outcome: CSVParser.Outcome

        /// The hash of each id of the half.
        package var idHashes: [UInt64] { builder.deferredIDHashes }
        /// Whether the half read without a problem.
        package var isClean: Bool { !log.hasErrors }
    }

    /// Reads the first half (`0`) or the second (`1`).
    package func read(half: Int) -> Half {
        let range = half == 0 ? header.end..<split : split..<text.count
        var log = DiagnosticLog()
        // The first half's builder has room for both halves' assets, so that taking in the second's never moves it.
        var builder = InventoryBuilder(file: file, encoding: encoding, catalog: reader.catalog, method: reader.method,
                                       expectedBytes: half == 0 ? text.count - header.end : text.count - split,
                                       source: text, defersDuplicates: true, vocabulary: reader.vocabulary)
        let rows = TableReader(file: file, schema: InventoryReader.schema).readRows(
            text, from: range.lowerBound, to: range.upperBound, firstLine: half == 0 ? header.nextLine : 1,
            expecting: header.ending, layout: layout, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        return Half(builder: builder, log: log, rows: rows.count, outcome: rows.outcome)
    }

    /// The inventory of both halves, the second's lines moved on after the first's; nil when either had a problem
    /// or neither has a row. The ids' hashes must have been checked for repeats.
    ///
    /// The log is the plain read's: the header's notes, then the first half's. A note in the second half would
    /// stand at a line counted from the split, so such a half is read again the plain way too.
    package func join(_ first: Half, _ second: Half) -> ReadResult<AssetInventory>? {
        guard first.isClean, second.isClean, second.log.entries.isEmpty, first.rows + second.rows > 0 else { return nil }
        var builder = first.builder
        guard builder.absorb(second.builder, lineOffset: first.outcome.nextLine - 1) else { return nil }
        var log = headerLog
        for entry in first.log.entries { log.add(entry) }
        return ReadResult(value: builder.inventory, log: log)
    }
}
