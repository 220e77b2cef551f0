/// The pieces of a risk's line in a JSON register, prepared once: per threat variant (``MediaVariants``) and
/// importance, each run of members that depends on the threat, the matched media's references and the steps,
/// separators and keys included; per medium its quoted code; per threat the end of a risk id (`/T05"`). A line is
/// then its asset's id and matched media between copies of pieces.
struct JSONRiskTemplate: Sendable {
    enum Kind: UInt8, Sendable {
        /// Piece `argument`, as it is.
        case literal
        /// The asset's id, quoted.
        case assetID
        /// The matched media's codes, as an array.
        case media
        /// The risk id, quoted: the asset's id, then the threat's piece.
        case riskID
        /// The piece of the risk's threat variant and importance: `argument + variant × importanceSlots + importance`.
        case byThreat
    }

    struct Step: Sendable {
        var kind: Kind
        var argument: Int
    }

    let rows: RegisterRows
    let steps: [Step]
    let pieces: ByteWriter.Pieces
    let variants: MediaVariants
    let scores: VariantScores
    let mediumBase: Int
    let threatIDBase: Int
    let threatMedia: [UInt64]
    /// The most bytes a line takes besides its asset's id (twice).
    let rowBound: Int

    /// What a member is before runs that depend on the threat are merged.
    private enum Cell {
        case literal([UInt8])
        case byThreat(RegisterField)
        case other(Kind)
    }

    /// The template of `rows`' risks with `members`; nil when a line cannot be made of pieces: a plan, or a threat
    /// id or medium code that needs escaping.
    init?(rows: RegisterRows, members: [JSONRiskMember]) {
        let assessment = rows.assessment
        let catalog = assessment.catalog
        let codes = catalog.media.map { Array($0.code.utf8) }
        let ids = catalog.threats.map { Array($0.id.utf8) }
        guard rows.outcome == nil, codes.allSatisfy({ Self.isPlain($0.span) }), ids.allSatisfy({ Self.isPlain($0.span) })
        else { return nil }
        var cells: [Cell] = []
        for (index, member) in members.enumerated() {
            guard case .field(let field) = member else { return nil }
            cells.append(.literal(Array(((index == 0 ? "{\"" : ",\"") + field.rawValue + "\":").utf8)))
            switch field {
            case .assetID: cells.append(.other(.assetID))
            case .media: cells.append(.other(.media))
            case .riskID: cells.append(.other(.riskID))
            default: cells.append(.byThreat(field))
            }
        }
        cells.append(.literal([UInt8(ascii: "}")]))
        self.rows = rows
        variants = assessment.variants
        scores = VariantScores(assessment: assessment, variants: variants)
        threatMedia = catalog.threats.map { $0.media.bits }
        var pieces = ByteWriter.Pieces()
        mediumBase = pieces.count
        for code in codes { _ = pieces.add([0x22] + code + [0x22]) }
        threatIDBase = pieces.count
        for id in ids { _ = pieces.add([UInt8(ascii: "/")] + id + [0x22]) }
        var bound = codes.reduce(2) { $0 + $1.count + 3 } + ids.map { $0.count + 2 }.max(or: 0) + 2
        var steps: [Step] = []
        var index = 0
        while index < cells.count {
            var run: [Cell] = []
            while index < cells.count {
                if case .other = cells[index] { break }
                run.append(cells[index])
                index += 1
            }
            if !run.isEmpty {
                let made = Self.pieces(of: run, rows: rows, variants: variants, scores: scores)
                let first = pieces.count
                for piece in made { _ = pieces.add(piece) }
                bound += made.map { $0.count }.max(or: 0)
                steps.append(Step(kind: made.count == 1 ? .literal : .byThreat, argument: first))
            }
            if index < cells.count, case .other(let kind) = cells[index] {
                steps.append(Step(kind: kind, argument: 0))
                index += 1
            }
        }
        self.steps = steps
        self.pieces = pieces
        rowBound = bound
    }

    /// The pieces of a run of cells: one when it holds only literals; else one per variant and importance.
    private static func pieces(of run: [Cell], rows: RegisterRows, variants: MediaVariants, scores: VariantScores) -> [[UInt8]] {
        var literal: [UInt8] = []
        var onlyLiterals = true
        for cell in run {
            if case .literal(let bytes) = cell { literal += bytes } else { onlyLiterals = false }
        }
        if onlyLiterals { return [literal] }
        var pieces: [[UInt8]] = []
        for variant in 0..<variants.count {
            for importance in 0..<scores.importanceSlots {
                var piece: [UInt8] = []
                for cell in run {
                    switch cell {
                    case .literal(let bytes): piece += bytes
                    case .byThreat(let field):
                        value(field, variant: variant, importance: importance, rows: rows, variants: variants, scores: scores)
                            .writeCompact(to: &piece)
                    case .other: break
                    }
                }
                pieces.append(piece)
            }
        }
        return pieces
    }

    /// A member's value for a risk of `variant` with `importance`: the controls by id, the rest as the register's.
    private static func value(_ field: RegisterField, variant: Int, importance: Int, rows: RegisterRows,
                              variants: MediaVariants, scores: VariantScores) -> JSON {
        let assessment = rows.assessment
        guard field != .controls else {
            return .strings(assessment.controlAdvice(ofThreat: variants.threat[variant], concerning: variants.representative[variant])
                .map { assessment.catalog.controls[$0.control].id })
        }
        return rows.json(scores.value(field, variant: variant, importance: importance, rows: rows, variants: variants))
    }

    /// Whether text is written in a JSON string as it stands: no quote, backslash or control character.
    static func isPlain(_ bytes: Span<UInt8>) -> Bool {
        for index in bytes.indices where bytes[index] < 0x20 || bytes[index] == 0x22 || bytes[index] == 0x5C { return false }
        return true
    }

    /// Appends the lines of the risks at `range`, each after its separator; a risk whose line is not made of the
    /// pieces (see ``JSONRegisterLines``) is written by `members`.
    func format(_ range: Range<Int>, plainID: [Bool], into output: ByteWriter, members: (Int) -> Void) {
        pieces.withView { view in format(range, view, plainID: plainID, into: output, members: members) }
    }

    private func format(_ range: Range<Int>, _ view: borrowing ByteWriter.Pieces.View, plainID: [Bool],
                        into output: ByteWriter, members: (Int) -> Void) {
        let assessment = rows.assessment
        let inventory = assessment.inventory
        let risks = assessment.risks.span, assets = inventory.assets.span
        let source = inventory.source.span, storage = inventory.storage.span
        let threatMedia = self.threatMedia.span, stepsOf = scores.stepsOf.span, steps = self.steps.span
        let slots = scores.importanceSlots
        for index in range {
            let risk = risks[index]
            let asset = assets[Int(risk.asset)]
            let matched = asset.media.bits & threatMedia[Int(risk.threat)]
            let variant = variants.variant(of: risk, matched: matched)
            let key = variant < 0 ? -1 : variant * slots + Int(risk.importance)
            guard key >= 0, plainID[Int(risk.asset)], stepsOf[key] == risk.scoreBits else {
                members(index)
                continue
            }
            output.append(index == 0 ? JSONRegisterLines.first : JSONRegisterLines.next)
            let id = asset.text.0
            output.withCursor(reserving: rowBound + 2 * Int(id.length)) { cursor in
                for step in steps.indices {
                    let step = steps[step]
                    switch step.kind {
                    case .literal: cursor.put(piece: step.argument, of: view)
                    case .byThreat: cursor.put(piece: step.argument + key, of: view)
                    case .assetID:
                        cursor.put(0x22)
                        cursor.put(offset: Int(id.offset), length: Int(id.length), of: source, then: storage)
                        cursor.put(0x22)
                    case .riskID:
                        cursor.put(0x22)
                        cursor.put(offset: Int(id.offset), length: Int(id.length), of: source, then: storage)
                        cursor.put(piece: threatIDBase + Int(risk.threat), of: view)
                    case .media:
                        cursor.put(UInt8(ascii: "["))
                        var bits = matched
                        while bits != 0 {
                            cursor.put(piece: mediumBase + bits.trailingZeroBitCount, of: view)
                            bits &= bits - 1
                            if bits != 0 { cursor.put(UInt8(ascii: ",")) }
                        }
                        cursor.put(UInt8(ascii: "]"))
                    }
                }
            }
        }
    }
}

extension Array where Element == Int {
    /// The greatest element, or `or` when empty.
    fileprivate func max(or fallback: Int) -> Int { self.max() ?? fallback }
}
