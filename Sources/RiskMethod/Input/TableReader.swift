/// Reads a table (CSV or JSON, detected from the content) into records, checking its header against a schema.
///
/// CSV: the first row is the header. JSON: an array of objects (or an object holding one such array under a
/// known key); the header is every key used, in the order first seen. Blank rows are skipped; a row with more or
/// fewer fields than the header is an error.
struct TableReader {
    let file: String
    let schema: TableSchema
    /// The sheet, when the table is read from a workbook.
    var sheet: String? = nil

    /// Reads `text` (UTF-8), calling `row` for every non-blank data row. Returns the layout, or nil when the header
    /// is unusable (the problems are in `log`).
    @discardableResult
    func read(_ text: [UInt8], from start: Int = 0, log: inout DiagnosticLog,
              row: (inout TableRecord, TableLayout, inout DiagnosticLog) -> Void) -> TableLayout? {
        guard let first = TableReader.firstContent(text, from: start) else {
            log.error(.emptyFile, at: SourceLocation(file: file, line: 1))
            return nil
        }
        if TableReader.opensJSON(first) {
            return readJSON(start == 0 ? text : Array(text[start...]), log: &log, row: row)
        }
        return readCSV(text, from: start, log: &log, row: row)
    }

    /// The first byte of `text` from `start` that is not white space (space, tab, CR, LF), or nil when there is none.
    static func firstContent(_ text: [UInt8], from start: Int) -> UInt8? {
        text[start...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    }

    /// Whether a text whose first byte after white space is `first` is read as JSON: it opens an array or an object.
    static func opensJSON(_ first: UInt8) -> Bool { first == UInt8(ascii: "[") || first == UInt8(ascii: "{") }

    /// Whether `text` is read as JSON.
    static func isJSON(_ text: [UInt8], from start: Int) -> Bool { firstContent(text, from: start).map(opensJSON) ?? false }

    private func readCSV(_ text: [UInt8], from start: Int, log: inout DiagnosticLog,
                         row: (inout TableRecord, TableLayout, inout DiagnosticLog) -> Void) -> TableLayout? {
        guard let header = readHeader(text, from: start, log: &log) else { return nil }
        let rows = readRows(text, from: header.outcome.end, to: text.count, firstLine: header.outcome.nextLine,
                            expecting: header.outcome.ending, layout: header.layout, log: &log, row: row)
        if rows.count == 0 && schema.requiresRows {
            log.error(.noRows, at: SourceLocation(file: file, line: 2))
        }
        return header.layout
    }

    /// Finds the header row (after any title or blank rows; see ``HeaderSearch``) and matches it to the schema.
    func readHeader(_ text: [UInt8], from start: Int, log: inout DiagnosticLog) -> (layout: TableLayout, outcome: CSVParser.Outcome)? {
        let separator = HeaderSearch.separator(in: text, from: start)
        var search = HeaderSearch(schema: schema)
        var found: HeaderSearch.Found?
        var broken = false
        let parser = CSVParser(file: file, separator: separator)
        let outcome = parser.parse(text, from: start, to: text.count, firstLine: 1, expecting: nil, log: &log) { record, _ in
            if record.isBlank { return true }
            guard !record.isBroken else {
                broken = true
                return false
            }
            found = search.consider(HeaderRow(cells: (0..<record.count).map { record.string($0) }, line: record.line,
                                              columns: record.columns))
            return found == nil && !search.isExhausted
        }
        guard !broken, var layout = layout(of: found, search: search, log: &log) else { return nil }
        layout.separator = separator
        return (layout, outcome)
    }

    /// The layout of the header found, with a notice of the rows above it; or, when none was found, the problems of
    /// the row most like a header (nil).
    func layout(of found: HeaderSearch.Found?, search: HeaderSearch, log: inout DiagnosticLog) -> TableLayout? {
        guard let found else {
            if let fallback = search.fallback {
                _ = makeLayout(headers: fallback.cells, line: fallback.line, columns: fallback.columns, log: &log)
            } else {
                log.error(.emptyFile, at: SourceLocation(file: file, line: 1, sheet: sheet))
            }
            return nil
        }
        let header = found.header
        guard let layout = makeLayout(headers: header.cells, line: header.line, columns: header.columns, log: &log) else {
            return nil
        }
        if found.rowsAbove > 0 {
            log.notice(.rowsAboveHeader(count: found.rowsAbove), at: SourceLocation(file: file, line: header.line, sheet: sheet))
        }
        if schema.columns[0].key == "id" && !schema.columns[0].required && layout.fieldIndex[0] == nil {
            log.notice(.idsFromRows, at: SourceLocation(file: file, line: header.line, sheet: sheet))
        }
        return layout
    }

    /// Reads the data rows of `text[start..<end]`, checking each row's width; `row` gets every non-blank row that
    /// has no syntax error.
    func readRows(_ text: [UInt8], from start: Int, to end: Int, firstLine: Int, expecting ending: CSVParser.LineEnding?,
                  layout: TableLayout, log: inout DiagnosticLog,
                  row: (inout TableRecord, TableLayout, inout DiagnosticLog) -> Void) -> (count: Int, outcome: CSVParser.Outcome) {
        var rows = 0
        let parser = CSVParser(file: file, separator: layout.separator)
        let outcome = parser.parse(text, from: start, to: end, firstLine: firstLine, expecting: ending, log: &log) { record, log in
            if record.isBlank { return true }
            rows += 1
            if record.count != layout.width && !record.isBroken {
                // Trailing empty fields beyond the header are what some exports add: allowed.
                let extraEmpty = record.count > layout.width
                    && (layout.width..<record.count).allSatisfy { record.isEmpty($0) }
                if !extraEmpty {
                    log.error(.raggedRow(found: record.count, expected: layout.width),
                              at: SourceLocation(file: file, line: record.line, column: min(record.count, layout.width) + 1))
                    return true
                }
            }
            if record.isBroken { return true }
            row(&record, layout, &log)
            return true
        }
        return (rows, outcome)
    }

    private func readJSON(_ text: [UInt8], log: inout DiagnosticLog,
                          row: (inout TableRecord, TableLayout, inout DiagnosticLog) -> Void) -> TableLayout? {
        let root: JSONNode
        switch JSONParser.parse(text) {
        case .failure(let failure):
            log.error(failure.problem, at: SourceLocation(file: file, line: failure.line, column: failure.column))
            return nil
        case .success(let node):
            root = node
        }
        guard let list = jsonRows(of: root, log: &log) else { return nil }
        // The header: every key, in the order first seen.
        var headers: [String] = []
        var known = Set<String>()
        var objects: [(JSONNode, [JSONMember])] = []
        var brokenRows = 0
        for element in list {
            guard let members = element.members else {
                log.error(.jsonWrongType(what: InputText.eachRow.localized(), expected: InputText.anObject.localized()),
                          at: element.location(in: file))
                brokenRows += 1
                continue
            }
            objects.append((element, members))
            for member in members where known.insert(member.key).inserted { headers.append(member.key) }
        }
        let headerLine = root.line
        guard let layout = makeLayout(headers: headers, line: headerLine, columns: Array(repeating: root.column, count: headers.count),
                                      log: &log, allowEmpty: objects.isEmpty) else { return nil }
        var position: [String: Int] = [:]
        for (index, header) in headers.enumerated() { position[header] = index }
        var record = TableRecord()
        var rows = 0
        for (object, members) in objects {
            record.reset(line: object.line)
            var cells = Array(repeating: (text: "", line: object.line, column: object.column), count: headers.count)
            var broken = false
            for member in members {
                guard let index = position[member.key] else { continue }
                guard let cell = jsonCell(member, log: &log) else {
                    broken = true
                    continue
                }
                cells[index] = (cell, member.value.line, member.value.column)
            }
            for cell in cells {
                record.appendField(Array(cell.text.utf8), line: cell.line, column: cell.column)
            }
            if broken { brokenRows += 1 }
            if broken || record.isBlank { continue }
            rows += 1
            row(&record, layout, &log)
        }
        if rows == 0 && brokenRows == 0 && schema.requiresRows {
            log.error(.noRows, at: root.location(in: file))
        }
        return layout
    }

    /// The rows of a JSON table: the document, when it is an array, or the array it holds under one of the schema's
    /// names (or under its only key); nil, reported, when there is none.
    private func jsonRows(of root: JSONNode, log: inout DiagnosticLog) -> [JSONNode]? {
        if let elements = root.array { return elements }
        if let members = root.members,
           let container = members.first(where: { schema.containers.contains($0.key) }) ?? (members.count == 1 ? members[0] : nil),
           let elements = container.value.array {
            return elements
        }
        let keys = schema.containers.map { "\"\($0)\"" }
        let expected = InputText.arrayOfObjects(keys: keys)
        log.error(.jsonWrongType(what: InputText.theDocument.localized(), expected: expected), at: root.location(in: file))
        return nil
    }

    /// The text of a JSON row's member as a table cell: a string, number or truth value as written, null as empty,
    /// a list joined with `|`; nil, reported, for an object or a list holding one.
    private func jsonCell(_ member: JSONMember, log: inout DiagnosticLog) -> String? {
        switch member.value.value {
        case .string(let value), .number(let value): return value
        case .bool(let value): return value ? "true" : "false"
        case .null: return ""
        case .array(let elements):
            var parts: [String] = []
            var broken = false
            for element in elements {
                switch element.value {
                case .string(let value), .number(let value): parts.append(value)
                default:
                    log.error(.jsonWrongType(what: InputText.quotedKey.localized(member.key),
                                             expected: InputText.listOfStrings.localized()),
                              at: element.location(in: file))
                    broken = true
                }
            }
            return broken ? nil : parts.joined(separator: "|")
        case .object:
            log.error(.jsonWrongType(what: InputText.quotedKey.localized(member.key),
                                     expected: InputText.stringNumberOrList.localized()),
                      at: member.value.location(in: file))
            return nil
        }
    }

    /// Matches headers to the schema; reports duplicates, missing required columns and unknown ones.
    private func makeLayout(headers: [String], line: Int, columns: [Int], log: inout DiagnosticLog,
                            allowEmpty: Bool = false) -> TableLayout? {
        var fieldIndex: [Int?] = Array(repeating: nil, count: schema.columns.count)
        var extras: [(index: Int, name: String)] = []
        var seen: [String: Int] = [:]
        var ok = true
        for (index, header) in headers.enumerated() {
            let location = SourceLocation(file: file, line: line, column: columns[index], sheet: sheet)
            let trimmed = WidthFolding.fold(header)
            if trimmed.isEmpty {
                extras.append((index, "column \(index + 1)"))
                continue
            }
            let key: String
            if let spec = schema.spec(forHeader: header) {
                key = schema.columns[spec].key
                if let first = seen[key] {
                    log.error(.duplicateColumn(name: trimmed, firstName: WidthFolding.fold(headers[first]), firstColumn: columns[first]),
                              at: location)
                    ok = false
                    continue
                }
                fieldIndex[spec] = index
                if schema.columns[spec].carried {
                    extras.append((index, trimmed))
                    if !schema.columns[spec].read { log.notice(.unknownColumn(name: trimmed), at: location) }
                }
            } else {
                key = "extra:" + trimmed.lowercased()
                if let first = seen[key] {
                    log.error(.duplicateColumn(name: trimmed, firstName: WidthFolding.fold(headers[first]), firstColumn: columns[first]),
                              at: location)
                    ok = false
                    continue
                }
                extras.append((index, trimmed))
                log.notice(.unknownColumn(name: trimmed), at: location)
            }
            seen[key] = index
        }
        if !allowEmpty || !headers.isEmpty {
            for (index, spec) in schema.columns.enumerated() where spec.required && fieldIndex[index] == nil {
                log.error(.missingColumn(name: spec.name, japanese: spec.japaneseName), at: SourceLocation(file: file, line: line, sheet: sheet))
                ok = false
            }
        }
        guard ok else { return nil }
        return TableLayout(fieldIndex: fieldIndex, extras: extras, width: headers.count,
                           headers: headers.map { WidthFolding.fold($0) })
    }
}
