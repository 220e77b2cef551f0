/// The legend sheet: the method and its scales, the possibility table, the level bands, the catalog version and
/// the inputs with their SHA-256, so that a reader of the workbook can follow and reproduce every value.
extension XLSXRegisterWriter {
    /// The legend as a sheet without filter or frozen row: sections one below the other, each headed in bold.
    func legendSheet(named name: String) -> XLSXSheet {
        let method = assessment.method
        var rows: [[XLSXCell]] = []
        func title(_ text: String) { rows.append([.text(text, .bold)]) }
        func header(_ cells: [String]) { rows.append(cells.map { .text($0, .bold) }) }
        func gap() { rows.append([]) }

        var methodName = method.name
        if method.base != method.name { methodName += LegendText.basedOn(language, method.base) }
        rows.append([.text(say(.method), .bold), .text(methodName)])
        rows.append([.text(say(.aggregation), .bold), .text(method.aggregation.rawValue)])
        rows.append([.text(say(.riskValue), .bold), .text(say(.riskValueRule))])
        gap()

        title(say(.importance))
        header([say(.value), say(.meaning)])
        for (value, meaning) in importanceScale { rows.append([.number(value), .text(meaning)]) }
        gap()
        title(say(.likelihood))
        header([say(.value), say(.meaning)])
        let likelihood: [LegendText] = [.likelihood3, .likelihood2, .likelihood1]
        for (offset, meaning) in likelihood.enumerated() { rows.append([.number(3 - offset), .text(say(meaning))]) }
        gap()
        title(say(.vulnerability))
        header([say(.value), say(.meaning)])
        let vulnerability: [LegendText] = [.vulnerability3, .vulnerability2, .vulnerability1]
        for (offset, meaning) in vulnerability.enumerated() { rows.append([.number(3 - offset), .text(say(meaning))]) }
        gap()

        title(say(.possibility))
        // Likelihood down the side and vulnerability across, each from its highest step down, as the table is held.
        rows.append([.text(say(.possibilityCorner), .bold)]
                    + (1...method.vulnerabilitySteps).reversed().map { .number($0, .bold) })
        for (offset, line) in method.possibility.enumerated() {
            rows.append([.number(method.likelihoodSteps - offset, .bold)] + line.map { .number($0) })
        }
        gap()

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
        // Widths from the tables only: a section title may run on over the empty cells beside it.
        let widths = XLSXSheet(name: name, rows: rows.filter { $0.count > 1 }).fittedColumnWidths()
        return XLSXSheet(name: name, rows: rows, columnWidths: widths, freezesHeader: false, hasAutoFilter: false)
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
