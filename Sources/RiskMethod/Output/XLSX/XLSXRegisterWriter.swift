/// Writes the risk register as an Excel workbook (`.xlsx`) with seven sheets: the register, the assets, the
/// revision items the mapped risks lead to, the statement of applicability (ISO/IEC 27001:2022 Annex A), the
/// departments' totals, the catalog's controls, and a legend of the method, the catalog and the inputs.
///
/// The register sheet has the columns, rows and values of `CSVRegisterWriter` in the same language and order;
/// numbers are numbers (confidentiality stays text, for 3A–3C) and lists are joined with `|`. Level cells are
/// filled with their level's colour. Every sheet with a table has a bold, frozen header row and an auto-filter, and
/// columns fitted to their content. No cell is a formula, and the same assessment gives the same bytes.
///
/// A register longer than a sheet's 1,048,575 data rows continues on sheets named `Register (2)` and so on.
public struct XLSXRegisterWriter: Sendable {
    /// The assessment to write.
    public var assessment: Assessment
    /// Language, mapping level, inputs, plan and policy.
    public var options: RegisterOptions

    /// Creates a writer.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
    }

    /// The bytes of the workbook; empty only when it cannot be written at all (see `write(to:)`).
    public func bytes() -> [UInt8] {
        let buffer = ByteBuffer()
        do { try write(to: buffer) } catch { return [] }
        return buffer.bytes
    }

    /// Writes the workbook to `sink` on the calling thread; throws when it is too large for the format (more than
    /// 4 GiB zipped).
    public func write(to sink: any ByteSink) throws(WriteError) { _ = try writeReportingCuts(to: sink) }

    /// Writes the workbook to `sink`, as `write(to:)`, with `runner` formatting and compressing the long sheets'
    /// chunks (`width` at a time per thread), and returns the cells cut to Excel's 32,767 characters (the other
    /// formats keep them whole), so that the command can say so.
    public func writeReportingCuts<Runner: PartRunner>(to sink: any ByteSink, runner: Runner = SerialRunner(),
                                                       width: Int = 1) throws(WriteError) -> [XLSXCutCell] {
        try workbook(runner: runner).write(to: sink, runner: runner, width: width)
    }

    /// The fill of a level: its colour, opaque; the built-in levels' colours (high red, medium amber, low green)
    /// keep the workbook's own shades of them.
    static func fill(_ band: LevelBand) -> UInt32 {
        switch band.colour {
        case 0xF4B6B6: 0xFFF4_B6B6
        case 0xFDE3A0: 0xFFFF_E08A
        case 0xCDE8CD: 0xFFC6_EFCE
        default: 0xFF00_0000 | band.colour
        }
    }

    var language: Language { options.language }

    /// A text of the workbook, in its language.
    func say(_ key: WorkbookText) -> String { key(language) }
    /// A text of the legend, in the workbook's language.
    func say(_ key: LegendText) -> String { key(language) }

    /// A level's label in a cell filled by its level.
    func levelCell(_ level: RiskLevel) -> XLSXCell {
        .text(assessment.method.label(level, in: language), .filled(XLSXRegisterWriter.fill(assessment.method.band(level))))
    }

    /// A text cell, empty when the text is.
    func text(_ value: String) -> XLSXCell {
        value.isEmpty ? .empty() : .text(value)
    }

    /// The whole workbook: the long tables (register, assets, revision items) streamed, on as many sheets as they
    /// need.
    /// need. The revision items' count, the statement of applicability, the departments and the controls, each a
    /// pass over the risks, are made by `runner`'s jobs at once.
    func workbook<Runner: PartRunner>(perSheet: Int = XLSXSheet.maximumRows - 1, runner: Runner = SerialRunner()) -> XLSXWorkbook {
        let register = XLSXRegisterWriter.pages(named: say(.registerSheet), header: registerHeader, source: registerSource(), perSheet: perSheet)
        let assets = XLSXRegisterWriter.pages(named: say(.assetsSheet), header: assetHeader, source: assetSource(), perSheet: perSheet)
        let made = (0..<4).map { _ in XLSXJobResult<[XLSXSheet]>() }
        let writer = self
        runner.run(parts: made.count) { part in
            switch part {
            case 0:
                made[0].value = XLSXRegisterWriter.pages(named: writer.say(.itemsSheet), header: writer.itemHeader,
                                                         source: writer.itemSource(), perSheet: perSheet)
            case 1:
                let statement = StatementOfApplicability(assessment: writer.assessment, outcome: writer.options.outcome)
                made[1].value = [SoAWriter(statement: statement, options: writer.options).sheet(named: writer.say(.soaSheet))]
            case 2: made[2].value = writer.departmentsSheets(named: writer.say(.departmentsSheet))
            default:
                made[3].value = XLSXRegisterWriter.pages(named: writer.say(.controlsSheet), header: writer.controlHeader,
                                                         rows: writer.controlRows())
            }
        }
        let items = made[0].value ?? []
        var sheets = register + assets
        for result in made { sheets += result.value ?? [] }
        sheets.append(heatMapSheet(named: say(.heatMapSheet)))
        let continued = [register, assets, items].filter { $0.count > 1 }.map { pages in
            (sheet: pages[0].name, on: pages.dropFirst().map { $0.name })
        }
        sheets.append(legendSheet(named: say(.legendSheet), continued: continued))
        var workbook = XLSXWorkbook(sheets: sheets, title: say(.title), fontName: say(.font))
        workbook.creator = options.document.author
        workbook.company = options.document.organization
        return workbook
    }

    /// A table as one sheet, or as several with the header repeated when it has more rows than a sheet holds.
    static func pages(named name: String, header: [String], rows: [[XLSXCell]],
                      perSheet: Int = XLSXSheet.maximumRows - 1) -> [XLSXSheet] {
        let headerRow = header.map { XLSXCell.text($0, .bold) }
        guard rows.count > perSheet, perSheet > 0 else { return [XLSXSheet(name: name, rows: [headerRow] + rows)] }
        return stride(from: 0, to: rows.count, by: perSheet).enumerated().map { page, start in
            let slice = rows[start..<min(start + perSheet, rows.count)]
            return XLSXSheet(name: page == 0 ? name : "\(name) (\(page + 1))", rows: [headerRow] + slice)
        }
    }

    /// The rows of the register.
    var rows: RegisterRows {
        RegisterRows(assessment: assessment, language: language, outcome: options.outcome, policy: options.policy)
    }

    /// The register's columns: the CSV register's, then the plan's and the policy's.
    var registerHeader: [String] {
        rows.columns.map { $0.header[language] }
    }

    /// One row per risk at `range` of the register, with the values of the CSV register: numbers as numbers,
    /// levels filled.
    func registerRows(_ range: Range<Int>) -> [[XLSXCell]] {
        let rows = self.rows
        let fields = rows.columns.map { $0.field }
        return range.map { index in
            fields.map { field in cell(rows.value(field, at: index), rows: rows) }
        }
    }

    /// A register value as a cell.
    func cell(_ value: RegisterValue, rows: RegisterRows) -> XLSXCell {
        switch value {
        case .number(let number): .number(number)
        case .level(let level): levelCell(level)
        case .none: .empty()
        case .text, .media, .numbers, .texts: text(rows.text(value))
        }
    }
}
