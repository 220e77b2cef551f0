/// The departments sheet (the reports' department table) and the controls sheet (every catalog control with its
/// Annex A numbers, checklist status and the untreated risks that recommend it) of the workbook.
extension XLSXRegisterWriter {
    /// The department table as a sheet (as several, as any table, past a sheet's rows): numbers as numbers.
    func departmentsSheets(named name: String) -> [XLSXSheet] {
        let table = DepartmentTable(assessment: assessment, options: options)
        let numeric = table.numericColumns
        let rows = table.rows.map { row in
            row.enumerated().map { column, value in
                numeric.contains(column) ? XLSXCell.number(Int(value) ?? 0) : text(value)
            }
        }
        return XLSXRegisterWriter.pages(named: name, header: table.header, rows: rows)
    }

    /// The controls sheet's columns: id, text, Annex A numbers of the cited edition, status, untreated risks at or
    /// above the mapping level that recommend the control, and their assets.
    var controlHeader: [String] {
        let level = assessment.method.label(options.mappingLevel(assessment.method), in: language)
        return [say(.controlID), say(.controlText), assessment.catalog.edition.name, say(.controlStatus),
                WorkbookText.controlRisks(language, level), say(.controlAssets)]
    }

    /// One row per catalog control in id order.
    func controlRows() -> [[XLSXCell]] {
        let catalog = assessment.catalog
        let edition = catalog.edition
        var counts: [Int: ControlPriority] = [:]
        for entry in assessment.controlPriority(mappingLevel: options.mappingLevel(assessment.method), outcome: options.outcome) {
            counts[entry.control] = entry
        }
        let order = catalog.controls.indices.sorted { catalog.controls[$0].id < catalog.controls[$1].id }
        return order.map { index in
            let control = catalog.controls[index]
            let status = assessment.checklist.status[index]?.label(in: language) ?? say(.controlNoAnswer)
            return [text(control.id), text(control.text[language]),
                    text(control.iso(edition).map { edition.citation($0) }.joined(separator: "|")), text(status),
                    .number(counts[index]?.high ?? 0), .number(counts[index]?.highAssets ?? 0)]
        }
    }
}
