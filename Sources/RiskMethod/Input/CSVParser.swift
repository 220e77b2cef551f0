/// Reads CSV (RFC 4180) from UTF-8 bytes, record by record, with the line and column of every field.
///
/// Quoted fields may hold commas, quotes (written `""`) and line breaks. Records end in LF, CRLF or CR, one kind
/// per file. Problems are reported to a ``DiagnosticLog`` and reading goes on, except after a quote that is never
/// closed.
public struct CSVParser {
    /// The largest cell, in characters: what one Excel cell can hold.
    public static let cellLimit = 32_767

    /// The file name for diagnostics.
    public let file: String
    /// The byte between fields: a comma, or a tab in text exported as tab-separated.
    let separator: UInt8

    /// Creates a parser for the file named `file`, whose fields are separated by commas.
    public init(file: String) { self.init(file: file, separator: 0x2C) }

    /// Creates a parser for the file named `file`, whose fields are separated by `separator` (a comma or a tab).
    init(file: String, separator: UInt8) {
        self.file = file
        self.separator = separator
    }

    /// How a file's records end.
    enum LineEnding: String, Sendable {
        case lf = "LF", crlf = "CRLF", cr = "CR"
    }

    /// Where a parse stopped and what it saw.
    struct Outcome: Sendable {
        /// The offset after the last record read.
        var end: Int
        /// The line the next record starts on.
        var nextLine: Int
        /// The line ending the records used (the first one seen, or the one expected).
        var ending: LineEnding?
    }

    /// Parses `bytes`, calling `body` with each record (including blank ones) in order.
    ///
    /// `body` returns false to stop early.
    public func parse(_ bytes: [UInt8], from start: Int = 0, log: inout DiagnosticLog,
                      _ body: (inout TableRecord, inout DiagnosticLog) -> Bool) {
        _ = parse(bytes, from: start, to: bytes.count, firstLine: 1, expecting: nil, log: &log, body)
    }

    /// Parses the records of `bytes[start..<end]`, the first on `firstLine`; a record ending other than `expected`
    /// (once one is known) is reported as mixed line endings.
    func parse(_ text: [UInt8], from start: Int, to end: Int, firstLine: Int, expecting expected: LineEnding?,
               log: inout DiagnosticLog, _ body: (inout TableRecord, inout DiagnosticLog) -> Bool) -> Outcome {
        let buffer = text.span.extracting(0..<end)
        var record = TableRecord()
        var at = Cursor(offset: start, line: firstLine)
        var endings = Endings(expected: expected)
        while at.offset < end {
            record.reset(line: at.line)
            var column = 1
            // Read the fields of one record.
            while true {
                let fieldLine = at.line
                let fieldStart = record.bytes.count
                var field = Field()
                if at.offset < end && buffer[at.offset] == Byte.quote {
                    guard readQuoted(buffer, at: &at, into: &record, field: &field, column: column, log: &log) else {
                        log.error(.unterminatedQuote, at: SourceLocation(file: file, line: fieldLine, column: column))
                        record.endField(line: fieldLine, column: column)
                        record.isBroken = true
                        _ = body(&record, &log)
                        return Outcome(end: end, nextLine: at.line, ending: endings.ending)
                    }
                } else {
                    // Each separator's search is compiled with its byte as a constant.
                    if separator == Byte.comma {
                        readPlain(buffer, at: &at, into: &record, field: &field, line: fieldLine, column: column,
                                  separator: Byte.comma, separators: Byte.commas, log: &log)
                    } else {
                        readPlain(buffer, at: &at, into: &record, field: &field, line: fieldLine, column: column,
                                  separator: Byte.tab, separators: Byte.tabs, log: &log)
                    }
                }
                checkLength(of: &record, from: fieldStart, field: &field, line: fieldLine, column: column, log: &log)
                record.endField(line: fieldLine, column: column, source: field.skipped > 0 ? -1 : field.source)
                guard at.offset < end && buffer[at.offset] == separator else { break }
                at.offset += 1
                column += 1
            }
            if at.offset < end { readLineEnd(buffer, at: &at, endings: &endings, log: &log) }
            if !body(&record, &log) { return Outcome(end: at.offset, nextLine: at.line, ending: endings.ending) }
        }
        return Outcome(end: end, nextLine: at.line, ending: endings.ending)
    }

    /// The bytes the parser looks for.
    private enum Byte {
        static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        // Searching eight bytes at a time: a byte equals c where word ^ (c in every byte) has a zero byte.
        static let quotes = ByteScanner.repeated(quote), commas = ByteScanner.repeated(comma), tabs = ByteScanner.repeated(tab)
        static let lfs = ByteScanner.repeated(lf), crs = ByteScanner.repeated(cr)
    }

    /// Where a parse stands: the offset of the next byte, and its line.
    struct Cursor {
        var offset: Int
        var line: Int
    }

    /// What reading one field found.
    private struct Field {
        /// Bytes counted but not kept: past four bytes a character of the limit, a cell is too long whatever it
        /// holds, so a hostile 10 MB cell costs no copy.
        var skipped = 0
        /// Where the field's bytes stand as they are in the text, or -1 once something changed them.
        var source = -1
    }

    /// The line ending the records use, and whether a different one has been reported.
    private struct Endings {
        var ending: LineEnding?
        var reportedMixed = false
        init(expected: LineEnding?) { ending = expected }
    }

    /// The most bytes a field keeps.
    private static let byteLimit = CSVParser.cellLimit * 4

    /// Reads a quoted field, the cursor on its opening quote; false when the quote is never closed (the cursor is
    /// then at the end).
    @inline(__always)
    private func readQuoted(_ buffer: Span<UInt8>, at: inout Cursor, into record: inout TableRecord, field: inout Field,
                            column: Int, log: inout DiagnosticLog) -> Bool {
        let count = buffer.count
        let fieldStart = record.bytes.count
        var i = at.offset + 1
        field.source = i
        var closed = false
        while i < count {
            // Copy the run up to the next quote or line break in one go.
            let j = ByteScanner.firstIndex(in: buffer, from: i, flags: { word in
                ByteScanner.zeroBytes(word ^ Byte.quotes) | ByteScanner.zeroBytes(word ^ Byte.lfs)
                    | ByteScanner.zeroBytes(word ^ Byte.crs)
            }, stop: { $0 == Byte.quote || $0 == Byte.lf || $0 == Byte.cr })
            if j > i {
                if record.bytes.count - fieldStart + (j - i) > CSVParser.byteLimit {
                    field.skipped += j - i
                } else {
                    record.bytes.append(buffer.extracting(i..<j))
                }
            }
            i = j
            guard i < count else { break }
            let b = buffer[i]
            if b == Byte.quote {
                if i + 1 < count && buffer[i + 1] == Byte.quote {
                    record.bytes.append(Byte.quote)
                    field.source = -1
                    i += 2
                } else {
                    i += 1
                    closed = true
                    break
                }
            } else {
                // A line break inside quotes is kept as written; CRLF counts as one line.
                record.bytes.append(b)
                i += 1
                if b == Byte.cr && i < count && buffer[i] == Byte.lf {
                    record.bytes.append(Byte.lf)
                    i += 1
                }
                at.line += 1
            }
        }
        at.offset = i
        guard closed else { return false }
        // After the closing quote: a separator, a line break or the end.
        if i < count && !isSeparator(buffer[i]) {
            log.error(.textAfterClosingQuote, at: SourceLocation(file: file, line: at.line, column: column))
            record.isBroken = true
            field.source = -1
            while i < count && !isSeparator(buffer[i]) {
                record.bytes.append(buffer[i])
                i += 1
            }
            at.offset = i
        }
        return true
    }

    /// The separator or a line break.
    @inline(__always)
    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == separator || byte == Byte.lf || byte == Byte.cr
    }

    /// Reads a field that does not start with a quote; a quote inside it is an error, and kept.
    @inline(__always)
    private func readPlain(_ buffer: Span<UInt8>, at: inout Cursor, into record: inout TableRecord, field: inout Field,
                           line: Int, column: Int, separator: UInt8, separators: UInt64, log: inout DiagnosticLog) {
        let count = buffer.count
        let i = at.offset
        field.source = i
        var j = i
        var strayQuote = false
        while true {
            j = ByteScanner.firstIndex(in: buffer, from: j, flags: { word in
                ByteScanner.zeroBytes(word ^ separators) | ByteScanner.zeroBytes(word ^ Byte.lfs)
                    | ByteScanner.zeroBytes(word ^ Byte.crs) | ByteScanner.zeroBytes(word ^ Byte.quotes)
            }, stop: { $0 == separator || $0 == Byte.lf || $0 == Byte.cr || $0 == Byte.quote })
            guard j < count, buffer[j] == Byte.quote else { break }
            strayQuote = true
            j += 1
        }
        if j > i {
            if j - i > CSVParser.byteLimit { field.skipped = j - i } else {
                record.bytes.append(buffer.extracting(i..<j))
            }
        }
        if strayQuote {
            log.error(.quoteInUnquotedField, at: SourceLocation(file: file, line: line, column: column))
            record.isBroken = true
        }
        at.offset = j
    }

    /// Reports a field longer than a cell may be, and drops its bytes.
    @inline(__always)
    private func checkLength(of record: inout TableRecord, from fieldStart: Int, field: inout Field, line: Int,
                             column: Int, log: inout DiagnosticLog) {
        let length = record.bytes.count - fieldStart
        guard length > CSVParser.cellLimit || field.skipped > 0 else { return }
        let characters = field.skipped > 0 ? length + field.skipped
            : record.bytes[fieldStart...].lazy.filter { $0 & 0xC0 != 0x80 }.count
        guard characters > CSVParser.cellLimit else { return }
        log.error(.cellTooLong(characters: characters, limit: CSVParser.cellLimit),
                  at: SourceLocation(file: file, line: line, column: column))
        record.isBroken = true
        record.bytes.removeSubrange(fieldStart...)
        field.source = -1
    }

    /// Reads the line break that ends a record, the cursor on it; the first kind seen is the file's.
    @inline(__always)
    private func readLineEnd(_ buffer: Span<UInt8>, at: inout Cursor, endings: inout Endings, log: inout DiagnosticLog) {
        let found: LineEnding
        if buffer[at.offset] == Byte.cr {
            if at.offset + 1 < buffer.count && buffer[at.offset + 1] == Byte.lf {
                found = .crlf
                at.offset += 2
            } else {
                found = .cr
                at.offset += 1
            }
        } else {
            found = .lf
            at.offset += 1
        }
        if let expected = endings.ending {
            if expected != found && !endings.reportedMixed {
                log.error(.mixedLineEndings(expected: expected.rawValue, found: found.rawValue),
                          at: SourceLocation(file: file, line: at.line))
                endings.reportedMixed = true
            }
        } else {
            endings.ending = found
        }
        at.line += 1
    }
}
