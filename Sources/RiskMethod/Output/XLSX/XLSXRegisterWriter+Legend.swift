/// The legend sheet: the method and its scales, the possibility table, the level bands, the catalog version and
/// the inputs with their SHA-256, so that a reader of the workbook can follow and reproduce every value.
extension XLSXRegisterWriter {
    /// The legend as a sheet without filter or frozen row: sections one below the other, each headed in bold.
    func legendSheet(named name: String, continued: [(sheet: String, on: [String])] = []) -> XLSXSheet {
        let method = assessment.method
        var rows: [[XLSXCell]] = []
        // A table longer than a sheet: where it goes on.
        for table in continued {
            rows.append([.text(LegendText.continued(language, table.sheet, table.on.joined(separator: ", ")), .bold)])
        }
        if !continued.isEmpty { rows.append([]) }
        func title(_ text: String) { rows.append([.text(text, .bold)]) }
        func header(_ cells: [String]) { rows.append(cells.map { .text($0, .bold) }) }
        func gap() { rows.append([]) }

        var methodName = method.name
        if method.base != method.name { methodName += LegendText.basedOn(language, method.base) }
        rows.append([.text(say(.method), .bold), .text(methodName)])
        rows.append([.text(say(.aggregation), .bold), .text(method.aggregation.rawValue)])
        rows.append([.text(say(.riskValue), .bold), .text(say(method.riskValue == .product ? .riskValueRule : .riskValueTable))])
        gap()

        for (name, scale) in scales {
            title(say(name))
            header([say(.value), say(.meaning)])
            for (value, meaning) in scale { rows.append([.number(value), .text(meaning)]) }
            gap()
        }

        title(say(.possibility))
        // Likelihood down the side and vulnerability across, each from its highest step down, as the table is held.
        rows.append([.text(say(.possibilityCorner), .bold)]
                    + (1...method.vulnerabilitySteps).reversed().map { .number($0, .bold) })
        for (offset, line) in method.possibility.enumerated() {
            rows.append([.number(method.likelihoodSteps - offset, .bold)] + line.map { .number($0) })
        }
        gap()

        if !method.isClassic { rows += heatMapRows() + [[]] }

        title(say(.levels))
        header([say(.level), say(.levelValues), say(.acceptance)])
        for band in method.bands.sorted(by: { $0.level > $1.level }) {
            let range = band.minimum == band.maximum ? "\(band.minimum)" : "\(band.minimum)–\(band.maximum)"
            rows.append([levelCell(band.level), .text(range), .text(band.acceptance[language])])
        }
        gap()

        rows.append([.text(say(.catalogVersion), .bold), .text(assessment.catalog.version)])
        rows.append([.text(say(.mappedFrom), .bold),
                     .text(method.label(options.mappingLevel(assessment.method), in: language))])
        gap()
        title(say(.inputs))
        header([say(.inputRole), say(.inputFile), "SHA-256", say(.inputEncoding)])
        for input in options.inputs {
            rows.append([text(input.role), text(input.file), text(input.sha256), text(input.encoding ?? "")])
        }
        rows += documentRows()
        // Widths from the tables only: a section title may run on over the empty cells beside it.
        let widths = XLSXSheet(name: name, rows: rows.filter { $0.count > 1 }).fittedColumnWidths()
        return XLSXSheet(name: name, rows: rows, columnWidths: widths, freezesHeader: false, hasAutoFilter: false)
    }

    /// The report's organisation, author and date (those given) and the approval block (作成 / 確認 / 承認) with
    /// boxes for names and seals.
    func documentRows() -> [[XLSXCell]] {
        var rows: [[XLSXCell]] = [[]]
        for (label, value) in options.document.headingLines(language) { rows.append([.text(label, .bold), .text(value)]) }
        rows.append([.text(DocumentText.approval(language), .bold)])
        let approval = options.document.approvalRows(language)
        rows.append(approval.header.map { $0.isEmpty ? .empty() : .text($0, .bold) })
        for row in approval.rows { rows.append([.text(row[0], .bold)] + row.dropFirst().map { text($0) }) }
        return rows
    }

    /// The scales, each from its highest step down: the method's labels, or the built-in texts of IPA's 3 steps.
    var scales: [(LegendText, [(Int, String)])] {
        let method = assessment.method
        func scale(_ labels: [Localized], steps: Int, builtIn: [String]) -> [(Int, String)] {
            (1...steps).reversed().map { step in
                (step, labels.isEmpty ? (steps == 3 ? builtIn[3 - step] : "") : labels[step - 1][language])
            }
        }
        var result: [(LegendText, [(Int, String)])] = [
            (.importance, method.scaleLabels.importance.isEmpty && method.importanceSteps == 3 ? importanceScale
                : scale(method.scaleLabels.importance, steps: method.importanceSteps, builtIn: [])),
            (.likelihood, scale(method.scaleLabels.likelihood, steps: method.likelihoodSteps,
                                builtIn: [say(.likelihood3), say(.likelihood2), say(.likelihood1)])),
            (.vulnerability, scale(method.scaleLabels.vulnerability, steps: method.vulnerabilitySteps,
                                   builtIn: [say(.vulnerability3), say(.vulnerability2), say(.vulnerability1)])),
        ]
        if !method.scaleLabels.possibility.isEmpty {
            result.append((.possibilityScale, scale(method.scaleLabels.possibility, steps: method.possibilitySteps, builtIn: [])))
        }
        return result
    }

    /// The heat map of a method other than IPA's 3 × 3 product: a row per importance step from the highest down, a
    /// column per possibility step from 1 up; each cell the number of risks, filled by the level of its value, the
    /// value beside the count.
    func heatMapRows() -> [[XLSXCell]] {
        let method = assessment.method
        var grid = Array(repeating: Array(repeating: 0, count: method.possibilitySteps), count: method.importanceSteps)
        for risk in assessment.risks { grid[method.importanceSteps - Int(risk.importance)][Int(risk.possibility) - 1] += 1 }
        var rows: [[XLSXCell]] = [[.text(say(.heatMap), .bold)]]
        rows.append([.text(say(.heatMapCorner), .bold)] + (1...method.possibilitySteps).map { .number($0, .bold) })
        for (offset, line) in grid.enumerated() {
            let importance = method.importanceSteps - offset
            rows.append([.number(importance, .bold)] + line.enumerated().map { column, count in
                let value = method.value(importance: importance, possibility: column + 1)
                let band = method.band(assessment.level(of: value))
                return .text(LegendText.heatMapCell(language, String(count), String(value), band.label[language]),
                             .filled(XLSXRegisterWriter.fill(band)))
            })
        }
        return rows
    }

    /// The importance scale of the method's rule, highest first.
    var importanceScale: [(Int, String)] {
        let method = assessment.method
        switch method.importance {
        case .property:
            let raise3 = method.personalDataRaise ? say(.raise3) : ""
            let raise2 = method.personalDataRaise ? say(.raise2) : ""
            return [(3, LegendText.importanceByProperty3(language, raise3)),
                    (2, LegendText.importanceByProperty2(language, raise2)), (1, say(.otherwise))]
        case .max:
            return [(3, say(.importanceByAsset3)), (2, say(.importanceByAsset2)), (1, say(.otherwise))]
        }
    }
}
