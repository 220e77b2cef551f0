/// The CSV rows of a register, formatted at memory speed: the schema's columns compiled, once, into a few steps per
/// row, most of them copies of pieces prepared in advance.
///
/// A cell is prepared by what its value depends on (``RegisterField/dependency``): the cells of the threat alone, of
/// the threat and the matched media (the references) and of the threat and importance (which fix the value and the
/// level) become one piece per variant of the threat by matched media (``MediaVariants``) and importance, separators
/// included; the classes become one piece per combination; an asset's texts are copied from the
/// inventory as they stand when they need no quoting. Only a plan's cells are formatted row by row. The pieces are
/// made from the same values and the same cell rule as ``CSVRegisterWriter/plainRow(_:)``.
public struct CSVRowProgram: Sendable {
    /// What one step of a row writes.
    enum Kind: UInt8, Sendable {
        /// Separators, written as they are: piece `argument` of the pool.
        case literal
        /// An asset's text (`argument` is the ``AssetField``), as it stands.
        case asset
        /// The risk id: the asset's id, `/`, the threat's id.
        case riskID
        /// The matched media's labels joined by `|`.
        case media
        /// The piece of the risk's threat variant and importance: `argument + variant × importanceSlots + importance`.
        case byThreat
        /// The piece of the asset's classes: `argument + confidentiality × 16 + integrity × 4 + availability`.
        case byClasses
        /// A plan's cell (`argument` is the ``RegisterField``'s index), formatted for the row.
        case plan
    }

    /// The steps of the register's usual columns, in one straight run: the risk id and its separator (one piece
    /// per threat, `/T01,`); asset texts, each followed by a one-byte separator; the media; the threat's piece, the
    /// classes' piece and the values' piece.
    struct StandardShape: Sendable {
        var riskID: Int
        var assets: [(field: AssetField, separator: UInt8)]
        var threat: Int
        var classes: Int
        var values: Int

        /// The standard shape of `steps`, if they have it; its risk id pieces are added to `builder`'s table.
        init?(_ steps: [Step], builder: inout CSVRowProgramBuilder) {
            guard steps.count >= 5, steps[0].kind == .riskID, steps[0].suffix >= 0 else { return nil }
            let tail = steps.suffix(4)
            guard tail.map({ $0.kind }) == [.media, .byThreat, .byClasses, .byThreat], tail.allSatisfy({ $0.suffix < 0 })
            else { return nil }
            let middle = steps.dropFirst().dropLast(4)
            var assets: [(field: AssetField, separator: UInt8)] = []
            for step in middle {
                guard step.kind == .asset, step.suffix >= 0, let field = AssetField(rawValue: step.argument) else { return nil }
                let separator = builder.pieces.bytes(step.suffix)
                guard separator.count == 1 else { return nil }
                assets.append((field, separator[0]))
            }
            self.assets = assets
            let suffix = builder.pieces.bytes(steps[0].suffix)
            riskID = builder.add(builder.rows.assessment.catalog.threats.indices.map {
                builder.pieces.bytes(builder.threatIDBase + $0) + suffix
            })
            threat = tail[tail.startIndex + 1].argument
            classes = tail[tail.startIndex + 2].argument
            values = tail[tail.startIndex + 3].argument
        }
    }

    /// One step of a row: what it writes, and the separators that follow it (a piece of the pool, or -1).
    struct Step: Sendable {
        var kind: Kind
        var argument: Int
        var suffix = -1
    }

    let rows: RegisterRows
    /// The steps and pieces, which depend on the register's settings but not on its assets.
    let layout: Layout
    /// Per asset: a bit per ``AssetField`` (raw value) that needs no quoting.
    let plain: [UInt8]
    /// Whether rows are formatted step by step even when they have the standard shape (for the tests, which hold the
    /// two ways to the same bytes).
    package var forcesSteps = false

    /// What formats the rows of any assessment with the same catalog, method, settings, language, plan and policy
    /// as the one it was made from: the steps and the pieces.
    package struct Layout: Sendable {
        let steps: [Step]
        /// The steps' straight run, when they have the standard shape.
        let standard: StandardShape?
        /// Every piece's bytes.
        let pieces: ByteWriter.Pieces
        /// The slots per threat variant of a `byThreat` table: importance 0 (unused) to the method's highest.
        let importanceSlots: Int
        /// Per threat variant and importance: the packed steps its pieces were made for.
        let stepsOf: [UInt16]
        /// The media labels' pieces start here, one per medium.
        let mediumBase: Int
        /// Per threat: its id's piece (`/T01`), and whether the id needs no quoting.
        let threatIDBase: Int
        let threatIDPlain: [Bool]
        /// Whether every medium label needs no quoting.
        let labelsPlain: Bool
        /// Per threat: its media.
        let threatMedia: [UInt64]
        /// The variants of the threats by matched media, which the `byThreat` tables are made per.
        let variants: MediaVariants
        /// The asset fields the steps copy, as bits: an asset whose bits are all in `plain` is a common row.
        let assetBits: UInt8
        /// The most bytes a row takes besides the asset's texts.
        let rowBound: Int

        /// The layout of `rows`' register.
        init(rows: RegisterRows) {
            var builder = CSVRowProgramBuilder(rows: rows)
            steps = builder.compile(rows.columns)
            standard = StandardShape(steps, builder: &builder)
            pieces = builder.pieces
            importanceSlots = builder.importanceSlots
            stepsOf = builder.stepsOf
            mediumBase = builder.mediumBase
            threatIDBase = builder.threatIDBase
            threatIDPlain = builder.threatIDPlain
            labelsPlain = builder.labelsPlain
            threatMedia = rows.assessment.catalog.threats.map { $0.media.bits }
            variants = builder.variants
            assetBits = builder.assetBits
            rowBound = builder.rowBound
        }
    }

    var steps: [Step] { layout.steps }
    var standard: StandardShape? { layout.standard }
    var pieces: ByteWriter.Pieces { layout.pieces }
    var importanceSlots: Int { layout.importanceSlots }
    var stepsOf: [UInt16] { layout.stepsOf }
    var mediumBase: Int { layout.mediumBase }
    var threatIDBase: Int { layout.threatIDBase }
    var threatIDPlain: [Bool] { layout.threatIDPlain }
    var labelsPlain: Bool { layout.labelsPlain }
    var threatMedia: [UInt64] { layout.threatMedia }
    var variants: MediaVariants { layout.variants }
    var assetBits: UInt8 { layout.assetBits }
    var rowBound: Int { layout.rowBound }

    /// The program of `rows`.
    init(rows: RegisterRows) {
        self.init(rows: rows, layout: Layout(rows: rows))
    }

    /// The program of `rows` with a layout made before for the same register settings.
    package init(rows: RegisterRows, layout: Layout) {
        self.rows = rows
        self.layout = layout
        let inventory = rows.assessment.inventory
        let bits = layout.assetBits
        plain = inventory.assets.map { asset in
            var flags: UInt8 = 0
            for field in AssetField.allCases where bits & 1 << UInt8(field.rawValue) != 0
                && inventory.withText(asset.ref(field), { CSVCell.isPlain($0) }) {
                flags |= 1 << UInt8(field.rawValue)
            }
            return flags
        }
    }

    /// Appends the rows of the risks at `range` of the register to `output`.
    package func format(_ range: Range<Int>, into output: ByteWriter) {
        prefetch(range, into: output)
        pieces.withView { view in
            if let standard, !forcesSteps {
                formatStandard(range, standard, view, into: output)
            } else {
                formatSteps(range, view, into: output)
            }
        }
    }

    /// Formats rows by running their steps.
    private func formatSteps(_ range: Range<Int>, _ view: borrowing ByteWriter.Pieces.View, into output: ByteWriter) {
        let assessment = rows.assessment
        let inventory = assessment.inventory
        let risks = assessment.risks.span, assets = inventory.assets.span
        let text = (source: inventory.source.span, storage: inventory.storage.span)
        let steps = self.steps.span, threatMedia = self.threatMedia.span
        var planCells: [UInt8] = []
        var planEnds: [Int] = []
        for index in range {
            let risk = risks[index]
            let asset = assets[Int(risk.asset)]
            let matched = asset.media.bits & threatMedia[Int(risk.threat)]
            let key = threatKey(risk, matched: matched)
            guard key >= 0, isCommon(risk, key) else {
                output.append(rows.csvRow(index))
                continue
            }
            if rows.outcome != nil { formatPlanCells(index, into: &planCells, ends: &planEnds) }
            output.withCursor(reserving: room(for: asset) + planCells.count) { cursor in
                var plan = 0
                for index in steps.indices {
                    let step = steps[index]
                    switch step.kind {
                    case .literal: cursor.put(piece: step.argument, of: view)
                    case .asset: Self.put(asset.ref(AssetField(rawValue: step.argument) ?? .id), text.source, text.storage, &cursor)
                    case .riskID:
                        Self.put(asset.text.0, text.source, text.storage, &cursor)
                        cursor.put(piece: threatIDBase + Int(risk.threat), of: view)
                    case .media: putMedia(matched, view, &cursor)
                    case .byThreat: cursor.put(piece: step.argument + key, of: view)
                    case .byClasses: cursor.put(piece: step.argument + Self.classKey(asset), of: view)
                    case .plan:
                        cursor.put(planCells.span.extracting((plan == 0 ? 0 : planEnds[plan - 1])..<planEnds[plan]))
                        plan += 1
                    }
                    if step.suffix >= 0 { cursor.put(piece: step.suffix, of: view) }
                }
            }
        }
    }

    /// Formats rows of the standard shape (see ``StandardShape``) in one straight run of copies per row: the same
    /// bytes as ``formatSteps(_:_:into:)`` (the tests hold them to it), without a dispatch per step.
    private func formatStandard(_ range: Range<Int>, _ shape: StandardShape, _ view: borrowing ByteWriter.Pieces.View,
                                into output: ByteWriter) {
        let assessment = rows.assessment
        let inventory = assessment.inventory
        let risks = assessment.risks.span, assets = inventory.assets.span
        let source = inventory.source.span, storage = inventory.storage.span
        let threatMedia = self.threatMedia.span
        let parts = shape.assets.span
        for index in range {
            let risk = risks[index]
            let asset = assets[Int(risk.asset)]
            let matched = asset.media.bits & threatMedia[Int(risk.threat)]
            let key = threatKey(risk, matched: matched)
            guard key >= 0, isCommon(risk, key) else {
                output.append(rows.csvRow(index))
                continue
            }
            output.withCursor(reserving: room(for: asset)) { cursor in
                Self.put(asset.text.0, source, storage, &cursor)
                cursor.put(piece: shape.riskID + Int(risk.threat), of: view)
                for part in parts.indices {
                    Self.put(asset.ref(parts[part].field), source, storage, &cursor)
                    cursor.put(parts[part].separator)
                }
                putMedia(matched, view, &cursor)
                cursor.put(piece: shape.threat + key, of: view)
                cursor.put(piece: shape.classes + Self.classKey(asset), of: view)
                cursor.put(piece: shape.values + key, of: view)
            }
        }
    }

    /// The room a common row of `asset` may take.
    @inline(__always)
    private func room(for asset: Asset) -> Int {
        rowBound + 2 * Int(asset.text.0.length) + Int(asset.text.1.length) + Int(asset.text.2.length)
    }

    /// The index of a risk's threat variant (by its `matched` media) and importance in a table of pieces by threat,
    /// or -1 when its threat has no variants and its row is formatted cell by cell.
    @inline(__always)
    private func threatKey(_ risk: Risk, matched: UInt64) -> Int {
        let variant = variants.variant(of: risk, matched: matched)
        return variant < 0 ? -1 : variant * importanceSlots + Int(risk.importance)
    }

    /// The index of an asset's classes in a table of pieces by classes.
    @inline(__always)
    private static func classKey(_ asset: Asset) -> Int {
        Int(asset.confidentiality.rawValue) * 16 + Int(asset.integrity) * 4 + Int(asset.availability)
    }

    /// Writes the labels of `matched` media joined by `|`.
    @inline(__always)
    private func putMedia(_ matched: UInt64, _ view: borrowing ByteWriter.Pieces.View, _ cursor: inout ByteWriter.Cursor) {
        var matched = matched
        while matched != 0 {
            cursor.put(piece: mediumBase + matched.trailingZeroBitCount, of: view)
            matched &= matched - 1
            if matched != 0 { cursor.put(UInt8(ascii: "|")) }
        }
    }

    /// Whether the risk's row is a common one: every text of the asset and every label written as it is, and the
    /// steps (so the value) the ones its pieces were made for. Any other row is formatted cell by cell.
    @inline(__always)
    private func isCommon(_ risk: Risk, _ key: Int) -> Bool {
        plain[Int(risk.asset)] & assetBits == assetBits && threatIDPlain[Int(risk.threat)] && labelsPlain
            && stepsOf[key] == risk.scoreBits
    }

    /// The plan's cells of the risk at `index`, one after the other, and where each ends.
    private func formatPlanCells(_ index: Int, into cells: inout [UInt8], ends: inout [Int]) {
        cells.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        for step in steps where step.kind == .plan {
            let field = RegisterField.allCases[step.argument]
            CSVCell.append(Array(rows.text(rows.value(field, at: index)).utf8), to: &cells)
            ends.append(cells.count)
        }
    }

    /// Writes the inventory's text `ref`, wherever it is kept.
    @inline(__always)
    private static func put(_ ref: TextRef, _ source: Span<UInt8>, _ storage: Span<UInt8>, _ cursor: inout ByteWriter.Cursor) {
        cursor.put(offset: Int(ref.offset), length: Int(ref.length), of: source, then: storage)
    }

    /// Reads the first byte of each asset's id and department in `range` before the rows are formatted: these loads
    /// do not wait on each other, so the cache misses of a whole chunk overlap instead of stalling row after row.
    private func prefetch(_ range: Range<Int>, into output: ByteWriter) {
        let inventory = rows.assessment.inventory
        let risks = rows.assessment.risks.span
        var touched: UInt8 = 0
        for index in range {
            let asset = inventory.assets[Int(risks[index].asset)]
            touched &+= inventory.withText(asset.text.0) { $0.isEmpty ? 0 : $0[0] }
            touched &+= inventory.withText(asset.text.2) { $0.isEmpty ? 0 : $0[0] }
        }
        output.touched = touched
    }

    /// The bytes ``format(_:into:)`` appends for the risks at `range` without a plan: a common row is counted from
    /// its pieces' lengths, any other is formatted into `scratch` and counted.
    package func measure(_ range: Range<Int>, scratch: ByteWriter) -> Int {
        precondition(rows.outcome == nil, "a register with a plan is not measured")
        let assessment = rows.assessment
        let risks = assessment.risks.span
        var total = 0
        for index in range {
            let risk = risks[index]
            let asset = assessment.inventory.assets[Int(risk.asset)]
            let key = threatKey(risk, matched: asset.media.bits & threatMedia[Int(risk.threat)])
            let common = key >= 0 && plain[Int(risk.asset)] & assetBits == assetBits && stepsOf[key] == risk.scoreBits
                && threatIDPlain[Int(risk.threat)] && labelsPlain
            guard common else {
                scratch.removeAll()
                format(index..<index + 1, into: scratch)
                total += scratch.count
                continue
            }
            if let shape = standard, !forcesSteps {
                total += length(of: shape, risk: risk, asset: asset, key: key)
            } else {
                for step in steps { total += length(of: step, risk: risk, asset: asset, key: key) }
            }
        }
        return total
    }

    /// The bytes a common row of the standard shape takes.
    @inline(__always)
    private func length(of shape: StandardShape, risk: Risk, asset: Asset, key: Int) -> Int {
        let threat = Int(risk.threat)
        var total = Int(asset.text.0.length) + pieces.length(shape.riskID + threat) + pieces.length(shape.threat + key)
            + pieces.length(shape.classes + Self.classKey(asset)) + pieces.length(shape.values + key)
        for part in shape.assets.indices { total += Int(asset.ref(shape.assets[part].field).length) + 1 }
        var matched = asset.media.bits & threatMedia[threat]
        if matched != 0 { total -= 1 }
        while matched != 0 {
            total += pieces.length(mediumBase + matched.trailingZeroBitCount) + 1
            matched &= matched - 1
        }
        return total
    }

    /// The bytes one step of a common row takes.
    private func length(of step: Step, risk: Risk, asset: Asset, key: Int) -> Int {
        let suffix = step.suffix >= 0 ? pieces.length(step.suffix) : 0
        switch step.kind {
        case .literal: return pieces.length(step.argument) + suffix
        case .asset: return Int(asset.ref(AssetField(rawValue: step.argument) ?? .id).length) + suffix
        case .riskID: return Int(asset.text.0.length) + pieces.length(threatIDBase + Int(risk.threat)) + suffix
        case .media:
            var matched = asset.media.bits & threatMedia[Int(risk.threat)]
            var bytes = matched == 0 ? 0 : -1
            while matched != 0 {
                bytes += pieces.length((mediumBase + matched.trailingZeroBitCount)) + 1
                matched &= matched - 1
            }
            return bytes + suffix
        case .byThreat: return pieces.length(step.argument + key) + suffix
        case .byClasses:
            let key = Int(asset.confidentiality.rawValue) * 16 + Int(asset.integrity) * 4 + Int(asset.availability)
            return pieces.length((step.argument + key)) + suffix
        case .plan: return suffix
        }
    }
}
