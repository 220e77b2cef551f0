/// Compiles a register's columns into the steps and pieces of a ``CSVRowProgram``.
struct CSVRowProgramBuilder {
    let rows: RegisterRows
    var pieces = ByteWriter.Pieces()
    var pieceLengths: [Int] = []
    let importanceSlots: Int
    /// The steps and values each variant and importance is prepared for.
    let scores: VariantScores
    var stepsOf: [UInt16] { scores.stepsOf }
    var mediumBase = 0
    var threatIDBase = 0
    var threatIDPlain: [Bool] = []
    var labelsPlain = true
    var assetBits: UInt8 = 0
    var rowBound = 256
    /// The variants of the threats' references by matched media: the pieces by threat are made per variant.
    let variants: MediaVariants

    /// What a cell of a row is, before runs of cells that depend on the same things are merged into one piece.
    enum Cell {
        case literal([UInt8])
        case byThreat(RegisterField)
        case byClasses(RegisterField)
        case other(CSVRowProgram.Kind, Int)
    }

    init(rows: RegisterRows) {
        self.rows = rows
        variants = rows.assessment.variants
        scores = VariantScores(assessment: rows.assessment, variants: variants)
        importanceSlots = scores.importanceSlots
    }

    /// The steps of a row of `columns`, with their pieces added to the pool.
    mutating func compile(_ columns: [RegisterColumn]) -> [CSVRowProgram.Step] {
        let catalog = rows.assessment.catalog
        let labels = catalog.media.indices.map { Array(rows.assessment.mediumLabel($0, in: rows.language).utf8) }
        labelsPlain = labels.allSatisfy { CSVCell.isPlain($0.span) }
        mediumBase = add(labels)
        rowBound += labels.reduce(labels.count) { $0 + $1.count }
        threatIDBase = add(catalog.threats.map { [UInt8(ascii: "/")] + Array($0.id.utf8) })
        threatIDPlain = catalog.threats.map { CSVCell.isPlain(Array($0.id.utf8).span) }
        var cells: [Cell] = []
        for (index, column) in columns.enumerated() {
            if index > 0 { cells.append(.literal([0x2C])) }
            cells.append(cell(of: column.field))
        }
        cells.append(.literal([0x0D, 0x0A]))
        rowBound += pieceLengths.reduce(0, +)
        return merge(cells)
    }

    /// What a column's cell is.
    mutating func cell(of field: RegisterField) -> Cell {
        switch field.dependency {
        case .assetText(let assetField):
            assetBits |= 1 << UInt8(assetField.rawValue)
            return .other(.asset, assetField.rawValue)
        case .assetClasses: return .byClasses(field)
        case .assetAndThreat:
            if field == .riskID { assetBits |= 1 << UInt8(AssetField.id.rawValue) }
            return .other(field == .riskID ? .riskID : .media, 0)
        case .threat, .threatAndMedia, .threatAndImportance: return .byThreat(field)
        case .plan: return .other(.plan, RegisterField.allCases.firstIndex(of: field) ?? 0)
        }
    }

    /// Merges runs of separators and cells that depend on the threat and importance into one piece per threat and
    /// importance, and runs of separators and class cells into one piece per combination of classes.
    mutating func merge(_ cells: [Cell]) -> [CSVRowProgram.Step] {
        var steps: [CSVRowProgram.Step] = []
        var index = 0
        while index < cells.count {
            // What the next run is: the first cell after any separators decides.
            var look = index
            while look < cells.count, case .literal = cells[look] { look += 1 }
            switch look < cells.count ? cells[look] : .literal([]) {
            case .byThreat:
                var run: [Cell] = []
                while index < cells.count, isThreatRun(cells[index]) { run.append(cells[index]); index += 1 }
                steps.append(CSVRowProgram.Step(kind: .byThreat, argument: addThreatPieces(run)))
            case .byClasses:
                var run: [Cell] = []
                while index < cells.count, isClassRun(cells[index]) { run.append(cells[index]); index += 1 }
                steps.append(CSVRowProgram.Step(kind: .byClasses, argument: addClassPieces(run)))
            default:
                var literal: [UInt8] = []
                while index < look, case .literal(let bytes) = cells[index] { literal += bytes; index += 1 }
                if !literal.isEmpty {
                    // Separators follow the step before them, when it has none yet.
                    let piece = add([literal])
                    if let last = steps.indices.last, steps[last].suffix < 0 {
                        steps[last].suffix = piece
                    } else {
                        steps.append(CSVRowProgram.Step(kind: .literal, argument: piece))
                    }
                }
                if index < cells.count, case .other(let kind, let argument) = cells[index] {
                    steps.append(CSVRowProgram.Step(kind: kind, argument: argument))
                    index += 1
                }
            }
        }
        return steps
    }

    private func isThreatRun(_ cell: Cell) -> Bool {
        switch cell {
        case .literal, .byThreat: true
        default: false
        }
    }

    private func isClassRun(_ cell: Cell) -> Bool {
        switch cell {
        case .literal, .byClasses: true
        default: false
        }
    }

    /// Adds one piece per variant of a threat (``MediaVariants``) and importance for a run of cells; the index of
    /// the first.
    mutating func addThreatPieces(_ run: [Cell]) -> Int {
        var pieces: [[UInt8]] = []
        for variant in 0..<variants.count {
            // The cells that do not depend on the importance are quoted once per variant.
            var fixed: [[UInt8]?] = Array(repeating: nil, count: run.count)
            for importance in 0..<importanceSlots {
                var piece: [UInt8] = []
                for (position, cell) in run.enumerated() {
                    switch cell {
                    case .literal(let bytes): piece += bytes
                    case .byThreat(let field):
                        if let bytes = fixed[position] {
                            piece += bytes
                            continue
                        }
                        let cellValue = scores.value(field, variant: variant, importance: importance, rows: rows,
                                                     variants: variants)
                        var bytes: [UInt8] = []
                        CSVCell.append(Array(rows.text(cellValue).utf8), to: &bytes)
                        piece += bytes
                        if field != .importance && field != .riskValue && field != .level { fixed[position] = bytes }
                    default: break
                    }
                }
                pieces.append(piece)
            }
        }
        return add(pieces)
    }

    /// Adds one piece per combination of classes for a run of cells; the index of the first.
    mutating func addClassPieces(_ run: [Cell]) -> Int {
        var pieces: [[UInt8]] = []
        for confidentiality in 0..<6 {
            for integrity in 0..<4 {
                for availability in 0..<4 {
                    var piece: [UInt8] = []
                    for cell in run {
                        switch cell {
                        case .literal(let bytes): piece += bytes
                        case .byClasses(let field):
                            let value: RegisterValue = switch field {
                            case .confidentiality:
                                .text(ConfidentialityClass(rawValue: UInt8(confidentiality)).map { $0.text } ?? "")
                            case .integrity: .number(integrity)
                            default: .number(availability)
                            }
                            CSVCell.append(Array(rows.text(value).utf8), to: &piece)
                        default: break
                        }
                    }
                    pieces.append(piece)
                }
            }
        }
        return add(pieces)
    }

    /// Adds pieces to the table; the index of the first. The longest of them counts towards the row's bound.
    mutating func add(_ pieces: [[UInt8]]) -> Int {
        let first = self.pieces.count
        for piece in pieces { self.pieces.add(piece) }
        pieceLengths.append(pieces.map { $0.count }.max() ?? 0)
        return first
    }
}
