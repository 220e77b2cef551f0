/// The register sheet's rows made of pieces prepared once, as the CSV rows are (``CSVRowProgram``): per threat
/// variant (``MediaVariants``) and importance, each run of cells that depends on the threat, its references and the
/// steps; per combination of classes, the class cells; per medium its label, per threat the end of a risk id. A
/// row is then its risk id, its asset's shared texts' numbers and its matched media between copies of pieces. The
/// pieces' texts are added to the shared strings as they are made.
///
/// A row whose steps are not the ones its pieces were made for, or whose asset's texts or labels would need
/// escaping, a format or a quote prefix, or a register with a plan, is made cell by cell
/// (``XLSXWorksheetWriter/appendRows(_:firstRow:sheet:styles:to:cut:)``); the tests hold the two ways to the same
/// bytes.
struct XLSXRiskRows: Sendable {
    enum Kind: UInt8, Sendable {
        case literal, asset, media, riskID, byThreat, byClasses
    }

    struct Step: Sendable {
        var kind: Kind
        var argument: Int
    }

    let writer: XLSXRegisterWriter
    let rows: RegisterRows
    let steps: [Step]
    let pieces: ByteWriter.Pieces
    let variants: MediaVariants
    let scores: VariantScores
    let mediumBase: Int
    let threatIDBase: Int
    let threatMedia: [UInt64]
    /// Per asset: whether its id, name and department are written as they stand.
    let plain: [Bool]
    /// Per asset, the shared strings' numbers of its id, name and department (``assetFields``), -1 for none.
    let assetNumbers: [Int32]
    /// The register's columns whose texts are shared.
    let sharedColumns: [Bool]
    /// The asset's texts a register row holds, in the order of ``assetNumbers``.
    static let assetFields: [AssetField] = [.id, .name, .department]
    /// The most bytes a row takes besides its asset's texts.
    let rowBound: Int

    private enum Cell {
        case piece([UInt8])
        case byThreat(RegisterField)
        case byClasses(RegisterField)
        case other(Kind, Int)
    }

    /// The rows of `writer`'s register; nil when they cannot be made of pieces (a plan, labels that need escaping).
    init?(writer: XLSXRegisterWriter, styles: XLSXStyleTable, shared: inout XLSXSharedStrings, assets: [Int32]) {
        let rows = writer.rows
        let assessment = rows.assessment
        let catalog = assessment.catalog
        let labels = catalog.media.indices.map { Array(assessment.mediumLabel($0, in: rows.language).utf8) }
        let ids = catalog.threats.map { Array($0.id.utf8) }
        guard rows.outcome == nil, labels.allSatisfy({ Self.isPlain($0.span) }), ids.allSatisfy({ Self.isPlain($0.span) })
        else { return nil }
        self.writer = writer
        self.rows = rows
        assetNumbers = assets
        sharedColumns = writer.registerSharedColumns
        variants = assessment.variants
        scores = VariantScores(assessment: assessment, variants: variants)
        threatMedia = catalog.threats.map { $0.media.bits }
        var pieces = ByteWriter.Pieces()
        mediumBase = pieces.count
        for label in labels { _ = pieces.add(label) }
        threatIDBase = pieces.count
        for id in ids { _ = pieces.add(Array("/".utf8) + id + Array("</t></is></c>".utf8)) }
        // The row's tags, the risk id's and media's inline cells, three shared cells of at most ten digits.
        var bound = 64 + 2 * (Self.open.count + Self.close.count) + 3 * (Self.sharedOpen.count + 10 + Self.sharedClose.count)
        for label in labels { bound += label.count + 1 }
        bound += (ids.map { $0.count }.max() ?? 0) + 16
        var cells: [Cell] = []
        for column in rows.columns {
            switch column.field {
            case .riskID: cells.append(.other(.riskID, 0))
            case .assetID, .assetName, .department:
                guard case .assetText(let field) = column.field.dependency,
                      let slot = Self.assetFields.firstIndex(of: field) else { return nil }
                cells.append(.other(.asset, slot))
            case .media: cells.append(.other(.media, 0))
            case .confidentiality, .integrity, .availability: cells.append(.byClasses(column.field))
            default:
                if case .plan = column.field.dependency { return nil }
                cells.append(.byThreat(column.field))
            }
        }
        let tags = XLSXCellTags(styles)
        var steps: [Step] = []
        var index = 0
        while index < cells.count {
            var run: [Cell] = []
            while index < cells.count, case .byThreat = cells[index] { run.append(cells[index]); index += 1 }
            if run.isEmpty {
                while index < cells.count, case .byClasses = cells[index] { run.append(cells[index]); index += 1 }
            }
            if !run.isEmpty {
                let made = Self.pieces(of: run, rows: rows, writer: writer, variants: variants, scores: scores,
                                       styles: styles, tags: tags, shared: &shared)
                let first = pieces.count
                for piece in made { _ = pieces.add(piece) }
                bound += made.map { $0.count }.max() ?? 0
                if case .byThreat = run[0] { steps.append(Step(kind: .byThreat, argument: first)) }
                else { steps.append(Step(kind: .byClasses, argument: first)) }
                continue
            }
            if case .other(let kind, let argument) = cells[index] { steps.append(Step(kind: kind, argument: argument)) }
            index += 1
        }
        self.steps = steps
        self.pieces = pieces
        rowBound = bound
        let inventory = assessment.inventory
        plain = inventory.assets.map { asset in
            [AssetField.id, .name, .department].allSatisfy { field in inventory.withText(asset.ref(field)) { Self.isPlain($0) } }
        }
    }

    /// The cells of a run, rendered as the cell-by-cell path renders them: one piece per variant and importance for
    /// cells of the threat, one per combination of classes for class cells.
    private static func pieces(of run: [Cell], rows: RegisterRows, writer: XLSXRegisterWriter, variants: MediaVariants,
                               scores: VariantScores, styles: XLSXStyleTable, tags: XLSXCellTags,
                               shared: inout XLSXSharedStrings) -> [[UInt8]] {
        var escaped: [UInt8] = [], cut: [XLSXCutCell] = []
        // Every column of a run shares its texts.
        func render(_ values: [RegisterValue]) -> [UInt8] {
            var piece: [UInt8] = []
            for value in values {
                let cell = writer.cell(value, rows: rows)
                if case .text(let text, _) = cell { shared.add(text) }
                XLSXWorksheetWriter.appendCell(cell, at: ("", 0, 0), styles: styles, tags: tags, shared: shared,
                                               escaped: &escaped, to: &piece, cut: &cut)
            }
            return piece
        }
        if case .byClasses = run[0] {
            var made: [[UInt8]] = []
            for confidentiality in 0..<6 {
                for integrity in 0..<4 {
                    for availability in 0..<4 {
                        made.append(render(run.map { cell -> RegisterValue in
                            guard case .byClasses(let field) = cell else { return .none }
                            switch field {
                            case .confidentiality: return .text(ConfidentialityClass(rawValue: UInt8(confidentiality)).map { $0.text } ?? "")
                            case .integrity: return .number(integrity)
                            default: return .number(availability)
                            }
                        }))
                    }
                }
            }
            return made
        }
        var made: [[UInt8]] = []
        for variant in 0..<variants.count {
            for importance in 0..<scores.importanceSlots {
                made.append(render(run.map { cell -> RegisterValue in
                    guard case .byThreat(let field) = cell else { return .none }
                    return scores.value(field, variant: variant, importance: importance, rows: rows, variants: variants)
                }))
            }
        }
        return made
    }

    /// Whether text is written in a cell as it stands, with no format: no character XML or Excel's `_xHHHH_`
    /// escapes, no white space at either end, not a formula's first character, and far from the cell's limit.
    static func isPlain(_ bytes: Span<UInt8>) -> Bool {
        guard bytes.count < 8_000 else { return false }
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case 0..<0x20, 0x7F, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x5F: return false
            // U+FFFE and U+FFFF, which XML forbids and the escaping drops.
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: return false
            default: continue
            }
        }
        guard let first = bytes.isEmpty ? nil : bytes[0] else { return true }
        return !CSVCell.isFormulaStart(first) && first != 0x20 && bytes[bytes.count - 1] != 0x20
    }
}

extension XLSXRiskRows {
    static let open: [UInt8] = Array("<c t=\"inlineStr\"><is><t>".utf8)
    static let close: [UInt8] = Array("</t></is></c>".utf8)
    static let empty: [UInt8] = Array("<c/>".utf8)

    /// Appends the rows of the risks at `range` (row numbers from `firstRow`, for the texts cut) to `output`.
    func format(_ range: Range<Int>, firstRow: Int, sheet: String, styles: XLSXStyleTable, shared: XLSXSharedStrings,
                into output: ByteWriter, cut: inout [XLSXCutCell]) {
        pieces.withView { view in
            format(range, view, firstRow: firstRow, sheet: sheet, styles: styles, shared: shared, into: output, cut: &cut)
        }
    }

    private func format(_ range: Range<Int>, _ view: borrowing ByteWriter.Pieces.View, firstRow: Int, sheet: String,
                        styles: XLSXStyleTable, shared: XLSXSharedStrings, into output: ByteWriter, cut: inout [XLSXCutCell]) {
        let assessment = rows.assessment
        let inventory = assessment.inventory
        let risks = assessment.risks.span, assets = inventory.assets.span
        let source = inventory.source.span, storage = inventory.storage.span
        let threatMedia = self.threatMedia.span, stepsOf = scores.stepsOf.span, steps = self.steps.span
        let assetNumbers = self.assetNumbers.span
        let slots = scores.importanceSlots
        // The tags, read once here rather than from their globals on every row.
        let rowOpen = Self.rowOpen, rowClose = Self.rowClose, open = Self.open, close = Self.close, empty = Self.empty
        let sharedOpen = Self.sharedOpen, sharedClose = Self.sharedClose
        var fallback: [UInt8] = []
        for index in range {
            let risk = risks[index]
            let asset = assets[Int(risk.asset)]
            let matched = asset.media.bits & threatMedia[Int(risk.threat)]
            let variant = variants.variant(of: risk, matched: matched)
            let key = variant < 0 ? -1 : variant * slots + Int(risk.importance)
            guard key >= 0, plain[Int(risk.asset)], stepsOf[key] == risk.scoreBits else {
                fallback.removeAll(keepingCapacity: true)
                XLSXWorksheetWriter.appendRows(writer.registerRows(index..<index + 1), firstRow: firstRow + index - range.lowerBound,
                                               sheet: sheet, styles: styles, shared: shared, sharedColumns: sharedColumns,
                                               to: &fallback, cut: &cut)
                output.append(fallback)
                continue
            }
            let bound = rowBound + Int(asset.text.0.length) * 2 + Int(asset.text.1.length) + Int(asset.text.2.length)
            output.withCursor(reserving: bound) { cursor in
                cursor.put(rowOpen.span)
                for step in steps.indices {
                    let step = steps[step]
                    switch step.kind {
                    case .literal: cursor.put(piece: step.argument, of: view)
                    case .byThreat: cursor.put(piece: step.argument + key, of: view)
                    case .byClasses:
                        let classes = Int(asset.confidentiality.rawValue) * 16 + Int(asset.integrity) * 4 + Int(asset.availability)
                        cursor.put(piece: step.argument + classes, of: view)
                    case .riskID:
                        cursor.put(open.span)
                        cursor.put(offset: Int(asset.text.0.offset), length: Int(asset.text.0.length), of: source, then: storage)
                        cursor.put(piece: threatIDBase + Int(risk.threat), of: view)
                    case .asset:
                        let number = assetNumbers[Int(risk.asset) * 3 + step.argument]
                        if number < 0 {
                            cursor.put(empty.span)
                        } else {
                            cursor.put(sharedOpen.span)
                            Self.put(number, into: &cursor)
                            cursor.put(sharedClose.span)
                        }
                    case .media:
                        guard matched != 0 else {
                            cursor.put(empty.span)
                            continue
                        }
                        cursor.put(open.span)
                        var bits = matched
                        while bits != 0 {
                            cursor.put(piece: mediumBase + bits.trailingZeroBitCount, of: view)
                            bits &= bits - 1
                            if bits != 0 { cursor.put(UInt8(ascii: "|")) }
                        }
                        cursor.put(close.span)
                    }
                }
                cursor.put(rowClose.span)
            }
        }
    }

    static let sharedOpen: [UInt8] = Array("<c t=\"s\"><v>".utf8)
    static let sharedClose: [UInt8] = Array("</v></c>".utf8)

    /// Calls `body` with each decimal digit of `number` (not negative), as ASCII, most significant first.
    @inline(__always)
    static func forEachDigit(of number: Int32, _ body: (UInt8) -> Void) {
        var divisor: Int32 = 1
        while divisor <= number / 10 { divisor &*= 10 }
        var rest = number
        while divisor > 0 {
            body(UInt8(truncatingIfNeeded: 48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Puts the decimal digits of `number` (not negative).
    @inline(__always)
    static func put(_ number: Int32, into cursor: inout ByteWriter.Cursor) {
        forEachDigit(of: number) { cursor.put($0) }
    }

    /// Appends the decimal digits of `number` (not negative).
    static func append(_ number: Int32, to bytes: inout [UInt8]) {
        forEachDigit(of: number) { bytes.append($0) }
    }

    /// Appends the cell of shared text `number` in the default format, or an empty cell for -1 (an empty text), as
    /// the cell-by-cell path writes a plain text of the shared columns.
    static func appendSharedCell(_ number: Int32, to bytes: inout [UInt8]) {
        guard number >= 0 else {
            bytes += empty
            return
        }
        bytes += sharedOpen
        append(number, to: &bytes)
        bytes += sharedClose
    }

    static let rowOpen: [UInt8] = Array("<row>".utf8)
    static let rowClose: [UInt8] = Array("</row>".utf8)
}
