/// Writes the risk register as CSV: one row per risk in register order, with the columns of ``RegisterSchema``.
///
/// With `--lang ja` the header and labels are Japanese and the file starts with a UTF-8 byte order mark, so that
/// Excel opens it correctly. Rows end in CRLF (RFC 4180). Rows are formatted by ``CSVRowProgram`` from pieces
/// prepared once per threat, so a register of ten million rows streams out at memory speed; ``plainRow(_:)``
/// formats a row cell by cell, the plain way, and the tests hold the two to the same bytes.
public struct CSVRegisterWriter: Sendable {
    /// The rows to write.
    public let rows: RegisterRows

    /// Creates a writer.
    public init(assessment: Assessment, language: Language, outcome: TreatmentOutcome? = nil, policy: PolicyClauses? = nil) {
        rows = RegisterRows(assessment: assessment, language: language, outcome: outcome, policy: policy)
    }

    /// Creates a writer with the language, plan and policy of `options`.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.init(assessment: assessment, language: options.language, outcome: options.outcome, policy: options.policy)
    }

    /// The header row, without a byte order mark.
    public var header: [UInt8] {
        CSVCell.row(rows.columns.map { $0.header[rows.language] })
    }

    /// What comes before the rows: the byte order mark in Japanese, then the header.
    public var head: [UInt8] {
        rows.language.csvByteOrderMark + header
    }

    /// The number of rows after the header: one per risk.
    public var rowCount: Int { rows.assessment.risks.count }

    /// The rows the program formats in one go, for a writer that hands chunks to several threads.
    public static let chunkSize = 2_048

    /// Writes the whole register to `sink`, on the calling thread. (The system layer writes a large one with a
    /// thread per core formatting chunks through the same ``program()``.)
    public func write(to sink: ByteSink) throws(WriteError) {
        try sink.write(head)
        let program = self.program()
        let buffer = ByteWriter(capacity: 1 << 16)
        var start = 0
        while start < rowCount {
            let end = min(rowCount, start + CSVRegisterWriter.chunkSize)
            buffer.removeAll()
            program.format(start..<end, into: buffer)
            try buffer.withBytes { bytes throws(WriteError) in try sink.write(bytes) }
            start = end
        }
    }

    /// The bytes of the whole register.
    public func bytes() -> [UInt8] {
        let buffer = ByteBuffer()
        do { try write(to: buffer) } catch { return [] }
        return buffer.bytes
    }

    /// The program that formats the rows.
    public func program() -> CSVRowProgram { CSVRowProgram(rows: rows) }

    /// The row of the risk at `index`, cell by cell from the schema's values, the plain way: what the program's
    /// rows must equal.
    public func plainRow(_ index: Int) -> [UInt8] { rows.csvRow(index) }
}

extension RegisterRows {
    /// The CSV row of the risk at `index`, cell by cell from the schema's values.
    func csvRow(_ index: Int) -> [UInt8] {
        CSVCell.row(columns.map { text(value($0.field, at: index)) })
    }
}
