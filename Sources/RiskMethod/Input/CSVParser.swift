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

    /// Creates a parser for the file named `file`.
    public init(file: String) { self.file = file }

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
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let buffer = text.span.extracting(0..<end)
        let count = end
        // Searching eight bytes at a time: a byte equals c where word ^ (c in every byte) has a zero byte.
        let quotes = ByteScanner.repeated(quote), commas = ByteScanner.repeated(comma)
        let lfs = ByteScanner.repeated(lf), crs = ByteScanner.repeated(cr)
        var record = TableRecord()
        var i = start
        var line = firstLine
        var ending: LineEnding? = expected
        var reportedMixed = false

        while i < count {
            record.reset(line: line)
            var column = 1
            // Read the fields of one record.
            while true {
                let fieldLine = line
                let fieldStart = record.bytes.count
                // Past four bytes a character of the limit, a cell is too long whatever it holds: its bytes are
                // counted, not kept, so a hostile 10 MB cell costs no copy.
                let byteLimit = CSVParser.cellLimit * 4
                var skipped = 0
                // Where the field's bytes stand as they are in the text, until something changes them.
                var source = -1
                if i < count && buffer[i] == quote {
                    i += 1
                    source = i
                    var closed = false
                    while i < count {
                        // Copy the run up to the next quote or line break in one go.
                        let j = ByteScanner.firstIndex(in: buffer, from: i, flags: { word in
                            ByteScanner.zeroBytes(word ^ quotes) | ByteScanner.zeroBytes(word ^ lfs) | ByteScanner.zeroBytes(word ^ crs)
                        }, stop: { $0 == quote || $0 == lf || $0 == cr })
                        if j > i {
                            if record.bytes.count - fieldStart + (j - i) > byteLimit {
                                skipped += j - i
                            } else {
                                record.bytes.append(buffer.extracting(i..<j))
                            }
                        }
                        i = j
                        guard i < count else { break }
                        let b = buffer[i]
                        if b == quote {
                            if i + 1 < count && buffer[i + 1] == quote {
                                record.bytes.append(quote)
                                source = -1
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
                            if b == cr && i < count && buffer[i] == lf {
                                record.bytes.append(lf)
                                i += 1
                            }
                            line += 1
                        }
                    }
                    if !closed {
                        log.error(.unterminatedQuote, at: SourceLocation(file: file, line: fieldLine, column: column))
                        record.endField(line: fieldLine, column: column)
                        record.isBroken = true
                        _ = body(&record, &log)
                        return Outcome(end: count, nextLine: line, ending: ending)
                    }
                    // After the closing quote: a separator, a line break or the end.
                    if i < count && buffer[i] != comma && buffer[i] != lf && buffer[i] != cr {
                        log.error(.textAfterClosingQuote, at: SourceLocation(file: file, line: line, column: column))
                        record.isBroken = true
                        source = -1
                        while i < count && buffer[i] != comma && buffer[i] != lf && buffer[i] != cr {
                            record.bytes.append(buffer[i])
                            i += 1
                        }
                    }
                } else {
                    source = i
                    var j = i
                    var strayQuote = false
                    while true {
                        j = ByteScanner.firstIndex(in: buffer, from: j, flags: { word in
                            ByteScanner.zeroBytes(word ^ commas) | ByteScanner.zeroBytes(word ^ lfs) | ByteScanner.zeroBytes(word ^ crs)
                                | ByteScanner.zeroBytes(word ^ quotes)
                        }, stop: { $0 == comma || $0 == lf || $0 == cr || $0 == quote })
                        guard j < count, buffer[j] == quote else { break }
                        strayQuote = true
                        j += 1
                    }
                    if j > i {
                        if j - i > byteLimit { skipped = j - i } else {
                            record.bytes.append(buffer.extracting(i..<j))
                        }
                    }
                    if strayQuote {
                        log.error(.quoteInUnquotedField, at: SourceLocation(file: file, line: fieldLine, column: column))
                        record.isBroken = true
                    }
                    i = j
                }
                let length = record.bytes.count - fieldStart
                if length > CSVParser.cellLimit || skipped > 0 {
                    let characters = skipped > 0 ? length + skipped
                        : record.bytes[fieldStart...].lazy.filter { $0 & 0xC0 != 0x80 }.count
                    if characters > CSVParser.cellLimit {
                        log.error(.cellTooLong(characters: characters, limit: CSVParser.cellLimit),
                                  at: SourceLocation(file: file, line: fieldLine, column: column))
                        record.isBroken = true
                        record.bytes.removeSubrange(fieldStart...)
                        source = -1
                    }
                }
                record.endField(line: fieldLine, column: column, source: skipped > 0 ? -1 : source)
                if i < count && buffer[i] == comma {
                    i += 1
                    column += 1
                    continue
                }
                break
            }
            // The record's end.
            if i < count {
                let found: LineEnding
                if buffer[i] == cr {
                    if i + 1 < count && buffer[i + 1] == lf { found = .crlf; i += 2 } else { found = .cr; i += 1 }
                } else {
                    found = .lf
                    i += 1
                }
                if let expected = ending {
                    if expected != found && !reportedMixed {
                        log.error(.mixedLineEndings(expected: expected.rawValue, found: found.rawValue),
                                  at: SourceLocation(file: file, line: line))
                        reportedMixed = true
                    }
                } else {
                    ending = found
                }
                line += 1
            }
            if !body(&record, &log) { return Outcome(end: i, nextLine: line, ending: ending) }
        }
        return Outcome(end: count, nextLine: line, ending: ending)
    }
}
