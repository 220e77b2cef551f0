/// Every format of the register and the reports, written the one way from an assessment: the one place that maps a
/// format to its writer.
public enum RegisterWriters {
    /// Writes the register or report of `assessment` in `format` to `sink`, on the calling thread.
    public static func write(_ assessment: Assessment, as format: RegisterFormat, options: RegisterOptions,
                             to sink: any ByteSink) throws(WriteError) {
        switch format {
        case .table: try sink.write(Array(TableRegisterWriter(assessment: assessment, options: options).text().utf8))
        case .csv: try CSVRegisterWriter(assessment: assessment, options: options).write(to: sink)
        case .json: try JSONRegisterWriter(assessment: assessment, options: options).write(to: sink)
        case .md: try sink.write(MarkdownReportWriter(assessment: assessment, options: options).bytes())
        case .html: try sink.write(HTMLReportWriter(assessment: assessment, options: options).bytes())
        case .xlsx: try XLSXRegisterWriter(assessment: assessment, options: options).write(to: sink)
        }
    }

    /// The bytes of the register or report of `assessment` in `format`.
    public static func bytes(_ assessment: Assessment, as format: RegisterFormat, options: RegisterOptions) -> [UInt8] {
        let buffer = ByteBuffer()
        do { try write(assessment, as: format, options: options, to: buffer) } catch { return [] }
        return buffer.bytes
    }
}

/// What formats a register's lines in chunks, any chunk on any thread: the system layer hands chunks to a thread per
/// core and writes them in order (the CSV rows, the JSON register's lines).
package protocol RegisterLineFormatter: Sendable {
    /// The number of lines.
    var lineCount: Int { get }
    /// Appends the lines at `range` to `output`: the same bytes whichever chunks the lines are formatted in.
    func format(_ range: Range<Int>, into output: ByteWriter)
}

extension CSVRowProgram: RegisterLineFormatter {
    /// One row per risk.
    package var lineCount: Int { rows.assessment.risks.count }
}
