/// Writes the statement of applicability: one row per control of ISO/IEC 27001:2022 Annex A with whether it applies,
/// why, how far it is in place and the risks it answers, as CSV, a terminal table, Markdown, HTML, JSON or a
/// workbook. The CSV header is `control,title,applicable,justification,status,risk_ids` (in Japanese with `--lang ja`).
public struct SoAWriter {
    /// The statement.
    public var statement: StatementOfApplicability
    /// Language and inputs.
    public var options: RegisterOptions

    /// The JSON schema name.
    public static let schema = "risk-soa/1"

    /// Creates a writer.
    public init(statement: StatementOfApplicability, options: RegisterOptions) {
        self.statement = statement
        self.options = options
    }

    var assessment: Assessment { statement.assessment }
    var language: Language { options.language }
    func say(_ key: SoAText) -> String { key(language) }

    // MARK: Cells

    /// The six columns of the CSV statement.
    public var header: [String] { [SoAText.control, .controlTitle, .applicable, .justification, .status, .riskIDs].map(say) }

    /// The control as cited, such as `A.8.8`.
    func citation(_ row: ApplicabilityRow) -> String {
        ISOEdition.iso2022.citation(assessment.catalog.annexA.controls[row.control].id)
    }

    /// The control's short title in the statement's language.
    func title(_ row: ApplicabilityRow) -> String { assessment.catalog.annexA.controls[row.control].title[language] }

    /// `yes` / `no` (適用 / 適用外).
    func applicable(_ row: ApplicabilityRow) -> String { say(row.isApplicable ? .yes : .no) }

    /// The status's label, empty when there is nothing to judge by.
    func status(_ row: ApplicabilityRow) -> String {
        switch row.status {
        case .implemented: say(.implemented)
        case .planned: say(.planned)
        case .partial: say(.partial)
        case .notImplemented: say(.notImplemented)
        case .none: ""
        }
    }

    /// The ids of the risks the control answers, in register order.
    func riskIDs(_ row: ApplicabilityRow) -> [String] { row.risks.map { assessment.riskID(assessment.risks[$0]) } }

    /// The ids of catalog controls, joined as a list of the language.
    func controlIDs(_ indices: [Int]) -> String {
        indices.map { assessment.catalog.controls[$0].id }.joined(separator: say(.listSeparator))
    }

    /// Threats as `T05 マルウェア感染` (`T05` when `compact`), joined as a list of the language.
    func threatNames(_ indices: [Int], compact: Bool = false) -> String {
        indices.map { index in
            let threat = assessment.catalog.threats[index]
            return compact ? threat.id : "\(threat.id) \(threat.name[language])"
        }.joined(separator: say(.listSeparator))
    }

    /// Why the control applies or not, in a sentence; `compact` names threats by id alone (the report's section).
    public func justification(_ row: ApplicabilityRow, compact: Bool = false) -> String {
        let threatNames = { (indices: [Int]) in self.threatNames(indices, compact: compact) }
        let method = assessment.method
        switch row.reason {
        case .risks:
            let counts = method.levelsDescending.compactMap { level -> String? in
                guard let count = row.levelCounts[level], count > 0 else { return nil }
                return SoAText.levelCount(language, method.label(level, in: language), String(count))
            }.joined(separator: say(.listSeparator))
            var text = row.riskCount == 1
                ? SoAText.byOneRisk(language, threatNames(row.threats), counts, controlIDs(row.recommended))
                : SoAText.byRisks(language, threatNames(row.threats), String(row.riskCount), counts,
                                  controlIDs(row.recommended))
            if !row.implemented.isEmpty { text += SoAText.alsoImplemented(language, controlIDs(row.implemented)) }
            return text
        case .baseline:
            return row.implemented.isEmpty ? SoAText.baselinePartial(language, controlIDs(row.partial))
                : SoAText.baseline(language, controlIDs(row.implemented))
        case .notServed: return say(.notServed)
        case .noMedium:
            let media = row.media.indices.map { assessment.mediumLabel($0, in: language) }.joined(separator: say(.listSeparator))
            return SoAText.noMedium(language, media)
        case .noRisk: return SoAText.noRisk(language, threatNames(row.threats))
        case .markedNotApplicable: return SoAText.markedNotApplicable(language, controlIDs(row.serving))
        }
    }

    /// The six cells of a row; the risk ids joined by `|`.
    public func cells(_ row: ApplicabilityRow) -> [String] {
        let more = row.riskCount > row.risks.count ? " " + SoAText.moreRisks(language, String(row.riskCount - row.risks.count)) : ""
        return [citation(row), title(row), applicable(row), justification(row), status(row), riskIDs(row).joined(separator: "|") + more]
    }

    /// The risk ids as a report shows them: at most `limit`, then how many more.
    func shortRiskIDs(_ row: ApplicabilityRow, limit: Int = 12) -> String {
        let ids = row.risks.prefix(limit).map { assessment.riskID(assessment.risks[$0]) }
        guard row.riskCount > limit else { return ids.joined(separator: ", ") }
        return ids.joined(separator: ", ") + " " + SoAText.moreRisks(language, String(row.riskCount - limit))
    }

    /// The counts line: how many controls, applicable and not.
    public var countsLine: String {
        let total = statement.rows.count, applicable = statement.applicableCount
        return SoAText.counts(language, String(total), String(applicable), String(total - applicable))
    }

    // MARK: Formats

    /// The statement as CSV (a byte order mark in Japanese, CRLF line ends).
    public func csv() -> [UInt8] {
        var output = language.csvByteOrderMark
        output.append(contentsOf: CSVCell.row(header))
        for row in statement.rows { output.append(contentsOf: CSVCell.row(cells(row))) }
        return output
    }

    /// The statement as a terminal table, the justification and risk ids cut to fit.
    public func table() -> String {
        let rows = statement.rows.map { row -> [String] in
            [citation(row), DisplayWidth.truncate(title(row), to: 30), applicable(row), status(row),
             DisplayWidth.truncate(justification(row), to: 60)]
        }
        let header = [SoAText.control, .controlTitle, .applicable, .status, .justification].map(say)
        return TextTable(header: header, rows: rows).render() + "\n" + countsLine + "\n"
    }

    /// The statement as Markdown: a heading, the counts and the table (risk ids shortened).
    public func markdown() -> String {
        var text = "# \(Markdown.escape(say(.title)))\n\n"
        text += Markdown.escape(assessment.inventory.file) + "\n\n"
        text += Markdown.documentLines(options.document, language)
        if !options.document.isEmpty { text += "\n" }
        text += Markdown.escape(countsLine) + "\n\n"
        let rows = statement.rows.map { row in
            [citation(row), title(row), applicable(row), justification(row), status(row), shortRiskIDs(row)]
        }
        return text + Markdown.table(header, rows)
    }

    /// The statement as JSON: keys sorted, every row with its reason's code, threats, catalog controls and risks.
    public func json() -> JSON {
        let rows = statement.rows.map { row -> JSON in
            let control = assessment.catalog.annexA.controls[row.control]
            var byLevel: [String: JSON] = [:]
            for (level, count) in row.levelCounts { byLevel[assessment.method.code(level)] = .int(count) }
            return [
                "control": .string(control.id), "theme": .string(control.theme.rawValue), "title": .string(title(row)),
                "from_2013": .strings(control.from2013), "applicable": .bool(row.isApplicable),
                "reason": .string(row.reason.rawValue), "justification": .string(justification(row)),
                "status": row.status == .none ? .null : .string(row.status.rawValue),
                "catalog_controls": .strings(row.serving.map { assessment.catalog.controls[$0].id }),
                "threats": .strings(row.threats.map { assessment.catalog.threats[$0].id }),
                "risk_ids": .strings(riskIDs(row)), "risk_count": .int(row.riskCount), "risks_by_level": .object(byLevel),
            ]
        }
        var statuses: [String: JSON] = [:]
        for status in ApplicabilityStatus.allCases where status != .none {
            statuses[status.rawValue] = .int(statement.rows.filter { $0.isApplicable && $0.status == status }.count)
        }
        return [
            "schema": .string(Self.schema), "edition": .string(ISOEdition.iso2022.name),
            "inputs": JSONRegisterWriter.inputsJSON(options),
            "summary": ["controls": .int(statement.rows.count), "applicable": .int(statement.applicableCount),
                        "not_applicable": .int(statement.rows.count - statement.applicableCount),
                        "applicable_by_status": .object(statuses)],
            "controls": .array(rows),
        ]
    }
}
