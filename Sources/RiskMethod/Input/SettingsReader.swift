/// Reads the threat settings file (脅威の状況).
public struct ThreatSettingsReader: Sendable {
    /// The catalog that names the threats.
    public var catalog: Catalog
    /// The method, whose scales bound the likelihood and vulnerability a row may set.
    public var method: ScoringMethod

    /// Creates a reader.
    public init(catalog: Catalog, method: ScoringMethod = .mic) {
        self.catalog = catalog
        self.method = method
    }

    static let schema = ColumnNames.threats

    /// Reads a settings file's bytes.
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<ThreatSettings> {
        var settings = ThreatSettings(threatCount: catalog.threats.count)
        settings.file = file
        let result = readTable(bytes, file: file, schema: ThreatSettingsReader.schema) { record, layout, log in
            read(record, layout: layout, file: file, into: &settings, log: &log)
        }
        return ReadResult(value: result.hasErrors ? nil : settings, log: result)
    }

    /// The words that name every threat in the `threat_id` column.
    static let allThreatWords: Set<String> = ["*", "all", "全て", "すべて", "全脅威", "全部"]

    /// Reads one row: a threat's, every threat's (`*`), or an asset's (with `asset_id`).
    private func read(_ record: TableRecord, layout: TableLayout, file: String, into settings: inout ThreatSettings,
                      log: inout DiagnosticLog) {
        func location(_ field: Int) -> SourceLocation { record.location(of: field, in: file) }
        guard let idField = layout.fieldIndex[0] else { return }
        let id = WidthFolding.fold(record.string(idField))
        guard !id.isEmpty else {
            log.error(.missingValue(column: layout.header(idField)), at: location(idField))
            return
        }
        var threat: Int?
        if !Self.allThreatWords.contains(id.lowercased()) {
            guard let index = catalog.threatIndex(id: id) else {
                log.error(.unknownThreat(id: record.string(idField).trimmingSpaces), at: location(idField))
                return
            }
            threat = index
        }
        var assetID: String?
        var assetLocation: SourceLocation?
        if let field = layout.fieldIndex[6], field < record.count {
            let text = record.string(field).trimmingSpaces
            if !text.isEmpty { (assetID, assetLocation) = (text, location(field)) }
        }
        var row = SettingsRow(threat: threat, line: record.line, assetID: assetID)
        row.assetLocation = assetLocation
        for (key, isLikelihood) in [(1, true), (2, false)] {
            guard let field = layout.fieldIndex[key] else { continue }
            let text = WidthFolding.fold(record.string(field))
            if text.isEmpty { continue }
            let steps = isLikelihood ? method.likelihoodSteps : method.vulnerabilitySteps
            guard let value = Int(text), (1...steps).contains(value) else {
                let allowed = (1...steps).map { String($0) }.joined(separator: ", ")
                log.error(.invalidValue(column: layout.header(field), found: record.string(field), allowed: allowed),
                          at: location(field))
                continue
            }
            if isLikelihood { row.likelihood = value } else { row.vulnerability = value }
        }
        if let field = layout.fieldIndex[3] {
            let text = WidthFolding.fold(record.string(field)).lowercased()
            switch text {
            case "": break
            case "yes", "y", "true", "1", "はい", "○", "〇", "◯", "対象": row.inScope = true
            case "no", "n", "false", "0", "いいえ", "×", "x", "✕", "対象外": row.inScope = false
            default:
                log.error(.invalidValue(column: layout.header(field), found: record.string(field),
                                        allowed: "yes/はい/○, no/いいえ/×"), at: location(field))
            }
        }
        if let first = store(row, in: &settings) {
            log.error(.duplicateID(column: layout.header(idField), id: assetID.map { $0 + " / " + id } ?? id, firstLine: first),
                      at: location(idField))
        }
    }

    /// Keeps `row` in its place; the line of an earlier row of the same asset and threat, if there is one.
    private func store(_ row: SettingsRow, in settings: inout ThreatSettings) -> Int? {
        if let assetID = row.assetID {
            let key = ThreatSettings.assetKey(assetID)
            var rows = settings.assetRows[key] ?? []
            if let first = rows.first(where: { $0.threat == row.threat }) { return first.line }
            // The asset's row of every threat comes first: it is looked at after the rows of single threats.
            if row.threat == nil { rows.insert(row, at: 0) } else { rows.append(row) }
            settings.assetRows[key] = rows
        } else if let threat = row.threat {
            if let first = settings.lines[threat] { return first }
            settings.lines[threat] = row.line
            settings.likelihood[threat] = row.likelihood
            settings.vulnerability[threat] = row.vulnerability
            settings.inScope[threat] = row.inScope ?? true
            settings.threatRows[threat] = row
        } else {
            if let first = settings.allThreats?.line { return first }
            settings.allThreats = row
        }
        return nil
    }
}

/// Reads the control checklist (対策状況チェック).
public struct ChecklistReader: Sendable {
    /// The catalog that names the controls.
    public var catalog: Catalog

    /// Creates a reader.
    public init(catalog: Catalog) { self.catalog = catalog }

    static let schema = ColumnNames.checklist

    /// Reads a checklist file's bytes.
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<Checklist> {
        var checklist = Checklist(controlCount: catalog.controls.count)
        checklist.file = file
        let result = readTable(bytes, file: file, schema: ChecklistReader.schema) { record, layout, log in
            func location(_ field: Int) -> SourceLocation {
                record.location(of: field, in: file)
            }
            guard let idField = layout.fieldIndex[0], let statusField = layout.fieldIndex[1] else { return }
            let id = WidthFolding.fold(record.string(idField))
            guard !id.isEmpty else {
                log.error(.missingValue(column: layout.header(idField)), at: location(idField))
                return
            }
            guard let control = catalog.controlIndex(id: id) else {
                log.error(.unknownControl(id: record.string(idField).trimmingSpaces), at: location(idField))
                return
            }
            if let first = checklist.lines[control] {
                log.error(.duplicateID(column: layout.header(idField), id: id, firstLine: first), at: location(idField))
                return
            }
            checklist.lines[control] = record.line
            guard let status = ControlStatus(text: WidthFolding.fold(record.string(statusField))) else {
                log.error(.invalidValue(column: layout.header(statusField), found: record.string(statusField),
                                        allowed: ControlStatus.allowedText), at: location(statusField))
                return
            }
            checklist.status[control] = status
        }
        return ReadResult(value: result.hasErrors ? nil : checklist, log: result)
    }
}

/// Opens a table file (a text or a workbook's first sheet) and hands each row to `row`; returns every diagnostic.
func readTable(_ bytes: [UInt8], file: String, schema: TableSchema,
               row: (TableRecord, TableLayout, inout DiagnosticLog) -> Void) -> DiagnosticLog {
    var log = DiagnosticLog()
    switch TableInput.open(bytes, file: file, sheet: nil, schema: schema, notices: &log) {
    case .failure(let diagnostic):
        log.add(diagnostic)
    case .success(.text(let text)):
        TableReader(file: file, schema: schema).read(text.bytes, log: &log) { record, layout, log in
            row(record, layout, &log)
        }
    case .success(.sheet(let grid)):
        TableReader(file: file, schema: schema, sheet: grid.sheet).readGrid(grid, log: &log) { record, layout, log in
            row(record, layout, &log)
        }
    }
    return log
}
