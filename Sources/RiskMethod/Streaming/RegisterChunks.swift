/// The CSV register of a CSV inventory made chunk by chunk: what the system layer's streamed register does with each
/// chunk of the inventory, with no file and no thread of its own.
///
/// A chunk is a run of whole records. Its bytes are decoded (UTF-8, or Shift_JIS by the table), its rows read and
/// scored exactly as a whole file's are, and its register rows measured (first pass) or formatted value by value
/// (second pass). Anything that the whole read would report (any diagnostic but the header's notices) makes a chunk
/// fail, and the caller reads the file whole instead, which gives the exact messages.
package struct RegisterChunks: Sendable {
    /// What is scored and how the rows are written.
    package let catalog: Catalog
    package let method: ScoringMethod
    package let settings: ThreatSettings?
    package let checklist: Checklist?
    package let language: Language
    package let policy: PolicyClauses?
    /// The inventory's file name, as the user gave it.
    package let file: String
    /// The words that name the media.
    package let vocabulary: MediaVocabulary
    /// The steps and pieces of every chunk's rows, made once.
    let layout: CSVRowProgram.Layout

    /// Creates the chunk reader of one register.
    package init(catalog: Catalog, method: ScoringMethod, settings: ThreatSettings?, checklist: Checklist?,
                 language: Language, policy: PolicyClauses?, file: String, vocabulary: MediaVocabulary? = nil) {
        self.catalog = catalog
        self.vocabulary = vocabulary ?? MediaVocabulary(catalog: catalog)
        self.method = method
        self.settings = settings
        self.checklist = checklist
        self.language = language
        self.policy = policy
        self.file = file
        let empty = Assessment(inventory: AssetInventory(file: file), catalog: catalog, method: method, settings: settings,
                               checklist: checklist)
        layout = CSVRowProgram.Layout(rows: RegisterRows(assessment: empty, language: language, outcome: nil, policy: policy))
    }

    /// The program of a chunk's rows.
    private func program(_ scored: Scored) -> CSVRowProgram {
        CSVRowProgram(rows: RegisterRows(assessment: scored.assessment, language: language, outcome: nil, policy: policy),
                      layout: layout)
    }

    /// How a chunk's bytes were read.
    package enum Kind: Sendable, Equatable {
        /// Valid UTF-8 with only ASCII characters: the same in UTF-8 and Shift_JIS.
        case ascii
        /// Valid UTF-8 with other characters.
        case utf8
        /// Not UTF-8, but well-formed Shift_JIS, decoded by the table.
        case shiftJIS
    }

    /// The inventory's header row, read from the first chunk.
    package struct Header: Sendable {
        var layout: TableLayout
        var ending: CSVParser.LineEnding?
        /// Its notices (unknown columns); no errors.
        package var notices: DiagnosticLog
        /// Where the rows start in the first chunk's decoded text, and on which line.
        var end: Int
        var nextLine: Int
    }

    /// A chunk's text decoded.
    package struct Text: Sendable {
        var bytes: [UInt8]
        var start: Int
        package var kind: Kind
        package var census = ShiftJIS.Census()
    }

    /// A chunk read and scored.
    package struct Scored: Sendable {
        package var assessment: Assessment
        /// The hash of each asset id, for the duplicate check across chunks.
        package var idHashes: [UInt64]
    }

    /// The register's head: the byte order mark in Japanese, then the header row.
    package var head: [UInt8] {
        CSVRegisterWriter(assessment: Assessment(inventory: AssetInventory(file: file), catalog: catalog, method: method),
                          language: language, policy: policy).head
    }

    /// The number of risk values, 0 included: the size of a chunk's bytes-per-value table.
    package var valueSlots: Int { method.maximumValue + 1 }

    /// A chunk's text as UTF-8, with its kind found: nil when it is neither UTF-8 nor well-formed Shift_JIS, or
    /// holds a NUL byte. `known` is the kind the first pass found, when the chunk's checksum vouches for its bytes:
    /// then it is only decoded. The first chunk of a file with a byte order mark starts after it.
    package func decode(_ bytes: [UInt8], first: Bool, hasBOM: Bool, known: Kind? = nil) -> Text? {
        let start = first && hasBOM ? 3 : 0
        let span = bytes.span
        switch known {
        case .ascii?, .utf8?:
            return Text(bytes: bytes, start: start, kind: known ?? .utf8)
        case .shiftJIS?:
            return ShiftJIS.decode(span).map { Text(bytes: $0, start: 0, kind: .shiftJIS) }
        case nil:
            break
        }
        guard ByteScanner.firstIndex(of: 0, in: span) == nil else { return nil }
        if TextDecoder.firstInvalidUTF8(span, from: start) == nil {
            return Text(bytes: bytes, start: start, kind: ByteScanner.isASCII(span, range: 0..<span.count) ? .ascii : .utf8)
        }
        guard !hasBOM else { return nil }
        // The table decodes well-formed Shift_JIS only, and counts the characters on the way.
        var census = ShiftJIS.Census()
        guard let decoded = ShiftJIS.decode(span, census: &census) else { return nil }
        return Text(bytes: decoded, start: 0, kind: .shiftJIS, census: census)
    }

    /// Reads the header row of the first chunk's text; nil for JSON, a header with errors, a ledger without ids or
    /// with an importance column (its register has a column more, and the whole read writes it).
    package func header(of text: Text) -> Header? {
        guard let first = TableReader.firstContent(text.bytes, from: text.start), !TableReader.opensJSON(first) else { return nil }
        var log = DiagnosticLog()
        let reader = TableReader(file: file, schema: InventoryReader.schema)
        // Without an id column, ids are line numbers, which only a whole read counts from the file's start.
        guard let header = reader.readHeader(text.bytes, from: text.start, log: &log), !log.hasErrors,
              header.layout.fieldIndex[0] != nil, header.layout.fieldIndex[10] == nil else { return nil }
        return Header(layout: header.layout, ending: header.outcome.ending, notices: log, end: header.outcome.end,
                      nextLine: header.outcome.nextLine)
    }

    /// Reads a chunk's rows (after the header in the first chunk) as a whole file's are read, and scores them;
    /// nil when anything is not as it should be.
    package func score(_ text: Text, first: Bool, header: Header) -> Scored? {
        let reader = TableReader(file: file, schema: InventoryReader.schema)
        var log = DiagnosticLog()
        let from = first ? header.end : text.start
        var builder = InventoryBuilder(file: file, encoding: text.kind == .shiftJIS ? .shiftJIS : .utf8, catalog: catalog,
                                       method: method, expectedBytes: text.bytes.count - from, source: text.bytes,
                                       defersDuplicates: true, vocabulary: vocabulary)
        let rows = reader.readRows(text.bytes, from: from, to: text.bytes.count, firstLine: first ? header.nextLine : 1,
                                   expecting: header.ending, layout: header.layout, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        guard log.entries.isEmpty, rows.outcome.end == text.bytes.count else { return nil }
        let assessment = Assessment(inventory: builder.inventory, catalog: catalog, method: method, settings: settings,
                                    checklist: checklist)
        return Scored(assessment: assessment, idHashes: builder.deferredIDHashes)
    }

    /// The bytes a chunk's rows take, per risk value.
    package func measure(_ scored: Scored) -> [Int] {
        var bytes = [Int](repeating: 0, count: valueSlots)
        let program = self.program(scored)
        let scratch = ByteWriter(capacity: 4096)
        forEachRun(of: scored.assessment.risks) { value, range in bytes[value] += program.measure(range, scratch: scratch) }
        return bytes
    }

    /// Formats a chunk's rows value by value, `slice` rows at a time, into `buffer`, and hands each batch to
    /// `write` with its value (the buffer is emptied after each hand-over); `write` may throw to stop.
    package func format<Failure: Error>(_ scored: Scored, slice: Int, buffer: ByteWriter,
                                        write: (Int, ByteWriter) throws(Failure) -> Void) throws(Failure) {
        let program = self.program(scored)
        let risks = scored.assessment.risks
        var index = 0
        var bufferValue = -1
        buffer.removeAll()
        while index < risks.count {
            let value = Int(risks[index].value)
            if value != bufferValue {
                if buffer.count > 0 { try write(bufferValue, buffer) }
                buffer.removeAll()
                bufferValue = value
            }
            var end = index
            while end < risks.count && Int(risks[end].value) == value && end - index < slice { end += 1 }
            program.format(index..<end, into: buffer)
            if buffer.count >= slice * 128 {
                try write(bufferValue, buffer)
                buffer.removeAll()
            }
            index = end
        }
        if buffer.count > 0 { try write(bufferValue, buffer) }
        buffer.removeAll()
    }

    /// Calls `body` with each run of risks of one value, in order.
    private func forEachRun(of risks: [Risk], _ body: (Int, Range<Int>) -> Void) {
        var index = 0
        while index < risks.count {
            let value = risks[index].value
            var end = index
            while end < risks.count && risks[end].value == value { end += 1 }
            body(Int(value), index..<end)
            index = end
        }
    }

    /// The offset just after the last record that ends in `bytes` (which start at a record boundary), or nil.
    package static func lastRecordEnd(in bytes: [UInt8]) -> Int? { RecordBoundary.last(in: bytes.span) }

    /// A checksum of a chunk's bytes, to find a file that changed between the two passes.
    package static func checksum(_ bytes: [UInt8]) -> UInt64 { ByteScanner.checksum(bytes.span) }
}
