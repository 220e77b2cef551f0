/// Reads a treatment plan (対応計画) against an assessment: every risk id must be one of its risks.
public struct PlanReader: Sendable {
    /// The assessment whose risks the plan treats.
    public var assessment: Assessment
    /// Risks at or above this level need a note when accepted.
    public var mappingLevel: RiskLevel
    /// Assets left out of the assessment (`--department`): a row for a risk of one of them is skipped, not refused.
    public var assetsLeftOut: Set<String> = []

    /// Creates a reader.
    public init(assessment: Assessment, mappingLevel: RiskLevel? = nil) {
        self.assessment = assessment
        self.mappingLevel = mappingLevel ?? assessment.method.defaultMappingLevel
    }

    static let schema = ColumnNames.plan

    /// Whether `id` names a risk of an asset left out: the asset's id, `/`, a threat of the catalog.
    func isLeftOut(_ id: String) -> Bool {
        guard !assetsLeftOut.isEmpty, let slash = id.lastIndex(of: "/") else { return false }
        let threat = String(id[id.index(after: slash)...])
        return assetsLeftOut.contains(String(id[..<slash])) && assessment.catalog.threats.contains { $0.id == threat }
    }

    /// Reads a plan file's bytes.
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<TreatmentPlan> {
        var plan = TreatmentPlan(file: file)
        // Risk ids to their index in the register.
        var riskIndex: [String: Int] = [:]
        riskIndex.reserveCapacity(assessment.risks.count)
        for (index, risk) in assessment.risks.enumerated() { riskIndex[assessment.riskID(risk)] = index }
        let catalog = assessment.catalog
        var seen: [Int: Int] = [:]
        let log = readTable(bytes, file: file, schema: PlanReader.schema) { record, layout, log in
            func location(_ field: Int) -> SourceLocation {
                record.location(of: field, in: file)
            }
            func text(_ key: Int) -> String {
                guard let field = layout.fieldIndex[key], field < record.count else { return "" }
                return record.string(field).trimmingSpaces
            }
            guard let idField = layout.fieldIndex[0], let treatmentField = layout.fieldIndex[1] else { return }
            let id = text(0)
            guard !id.isEmpty else {
                log.error(.missingValue(column: layout.header(idField)), at: location(idField))
                return
            }
            guard let index = riskIndex[id] else {
                if isLeftOut(id) { return }
                log.error(.unknownRisk(id: id), at: location(idField))
                return
            }
            if let first = seen[index] {
                log.error(.duplicateID(column: layout.header(idField), id: id, firstLine: first), at: location(idField))
                return
            }
            seen[index] = record.line
            var ok = true
            let kindText = WidthFolding.fold(text(1))
            let kind = TreatmentKind(text: kindText)
            if kind == nil {
                if kindText.isEmpty {
                    log.error(.missingValue(column: layout.header(treatmentField)), at: location(treatmentField))
                } else {
                    log.error(.invalidValue(column: layout.header(treatmentField), found: kindText,
                                            allowed: TreatmentKind.allowedText), at: location(treatmentField))
                }
                ok = false
            }
            var controls: [Int] = []
            if let field = layout.fieldIndex[2] {
                for part in text(2).split(whereSeparator: { $0 == "|" || $0 == "｜" || $0 == "、" || $0 == "," || $0 == "\n" }) {
                    let id = WidthFolding.fold(String(part))
                    if id.isEmpty { continue }
                    if let control = catalog.controlIndex(id: id) { controls.append(control) } else {
                        log.error(.unknownControl(id: id), at: location(field))
                        ok = false
                    }
                }
            }
            let written = WidthFolding.fold(text(4))
            let due = written.isEmpty ? "" : DateText.normalized(written) ?? ""
            if let field = layout.fieldIndex[4], !written.isEmpty, due.isEmpty {
                log.error(.invalidDate(column: layout.header(field), found: written), at: location(field))
                ok = false
            }
            let note = text(5)
            let risk = assessment.risks[index]
            if kind == .accept, note.isEmpty, assessment.level(risk) >= mappingLevel {
                log.error(.acceptedWithoutNote(riskID: id), at: location(treatmentField))
                ok = false
            }
            let residual = residualSteps(record, layout: layout, file: file, log: &log)
            let acceptance = acceptanceDates(record, layout: layout, file: file, log: &log)
            guard ok, let residual, let acceptance, let kind else { return }
            var treatment = Treatment(kind: kind, controls: controls, owner: text(3), due: due, note: note, line: record.line)
            (treatment.acceptedBy, treatment.acceptedOn, treatment.reviewBy) = (text(6), acceptance.0, acceptance.1)
            (treatment.residualImportance, treatment.residualLikelihood, treatment.residualVulnerability) = residual
            plan.treatments[index] = treatment
        }
        return ReadResult(value: log.hasErrors ? nil : plan, log: log)
    }

    /// The acceptance date and review date a row gives (承認日, 見直し期限), each normalised to YYYY-MM-DD or empty;
    /// nil when one is not a date.
    private func acceptanceDates(_ record: TableRecord, layout: TableLayout, file: String,
                                 log: inout DiagnosticLog) -> (String, String)? {
        var values: [String] = []
        for key in [7, 8] {
            guard let field = layout.fieldIndex[key], field < record.count else { values.append(""); continue }
            let written = WidthFolding.fold(record.string(field).trimmingSpaces)
            if written.isEmpty { values.append(""); continue }
            guard let date = DateText.normalized(written) else {
                log.error(.invalidDate(column: layout.header(field), found: written), at: record.location(of: field, in: file))
                return nil
            }
            values.append(date)
        }
        return (values[0], values[1])
    }

    /// The residual importance, likelihood and vulnerability a row gives (each optional, on the method's scale);
    /// nil when one is not allowed.
    private func residualSteps(_ record: TableRecord, layout: TableLayout, file: String,
                               log: inout DiagnosticLog) -> (Int?, Int?, Int?)? {
        let method = assessment.method
        var values: [Int?] = []
        var ok = true
        for (key, steps) in [(9, method.importanceSteps), (10, method.likelihoodSteps), (11, method.vulnerabilitySteps)] {
            guard let field = layout.fieldIndex[key], field < record.count else { values.append(nil); continue }
            let text = WidthFolding.fold(record.string(field).trimmingSpaces)
            if text.isEmpty { values.append(nil); continue }
            guard let value = Int(text), (1...steps).contains(value) else {
                let allowed = (1...steps).map { String($0) }.joined(separator: ", ")
                log.error(.invalidValue(column: layout.header(field), found: text, allowed: allowed),
                          at: record.location(of: field, in: file))
                ok = false
                values.append(nil)
                continue
            }
            values.append(value)
        }
        return ok ? (values[0], values[1], values[2]) : nil
    }
}

/// Reads the organisation's policy clauses (`section`/節, `clause`/条項, `title`/見出し).
public enum PolicyReader {
    static let schema = ColumnNames.policy

    /// Reads a policy file's bytes.
    public static func read(_ bytes: [UInt8], file: String) -> ReadResult<PolicyClauses> {
        var clauses: [PolicyClauses.Clause] = []
        let log = readTable(bytes, file: file, schema: schema) { record, layout, log in
            guard let sectionField = layout.fieldIndex[0], let clauseField = layout.fieldIndex[1] else { return }
            let sectionText = WidthFolding.fold(record.string(sectionField))
            let section = RevisionItem.sectionNumber(of: sectionText)
            guard !section.isEmpty, section.first?.isNumber == true else {
                log.error(.invalidValue(column: layout.header(sectionField), found: sectionText,
                                        allowed: "a guideline section number such as 3.6.5"),
                          at: record.location(of: sectionField, in: file))
                return
            }
            // A section with no clause is one the organisation has not mapped (the template lists them all).
            let clause = record.string(clauseField).trimmingSpaces
            guard !clause.isEmpty else { return }
            let title = layout.fieldIndex[2].map { record.string($0).trimmingSpaces } ?? ""
            clauses.append(PolicyClauses.Clause(section: section, clause: clause, title: title))
        }
        return ReadResult(value: log.hasErrors ? nil : PolicyClauses(file: file, clauses: clauses), log: log)
    }
}
