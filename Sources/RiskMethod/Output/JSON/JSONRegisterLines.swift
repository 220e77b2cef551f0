/// The lines of a JSON register (``JSONRegisterWriter``): one compact object per asset, then one per risk, with
/// the head before them, the sections between the assets and the risks after the last asset, and the tail after.
///
/// A risk's line is made, as a CSV row is (``CSVRowProgram``), from pieces prepared once per threat variant
/// (``MediaVariants``) and importance: everything but the asset's id and the matched media. A risk whose steps are not
/// the ones its pieces were made for (settings rows of its asset, an importance from the ledger), an id that needs
/// escaping, or a register with a plan is written member by member; the tests hold the two ways to the same bytes.
public struct JSONRegisterLines: Sendable, RegisterLineFormatter {
    let writer: JSONRegisterWriter
    let rows: RegisterRows
    /// What comes before the first line.
    public let head: [UInt8]
    /// What comes after the last line.
    public let tail: [UInt8]
    /// What follows the last asset's line: the end of the assets, the sections between, the opening of the risks.
    let middle: [UInt8]
    let assetCount: Int
    /// A risk's members, in key order.
    let members: [JSONRiskMember]
    /// The pieces of a risk's line; nil when every risk is written member by member.
    let template: JSONRiskTemplate?
    /// Per asset: whether its id is written as it stands.
    let plainID: [Bool]
    /// What writes an asset's line.
    let assetLines: JSONAssetLines
    /// Whether every risk is written member by member (for the tests, which hold the two ways to the same bytes).
    package var forcesMembers = false

    init(writer: JSONRegisterWriter) {
        self.writer = writer
        let options = writer.options
        rows = RegisterRows(assessment: writer.assessment, language: options.language, outcome: options.outcome,
                            policy: options.policy)
        let references = JSONReferences(writer: writer)
        let between = writer.middle(references: references)
        let risks = writer.assessment.risks.count
        assetCount = writer.assessment.inventory.assets.count
        let opening = Array((risks == 0 ? "[]" : "[").utf8)
        middle = Array("\n  ]".utf8) + between + opening
        head = Array("{\n  \"assets\": ".utf8) + (assetCount == 0 ? Array("[]".utf8) + between + opening : Array("[".utf8))
        tail = (risks > 0 ? Array("\n  ]".utf8) : []) + writer.tail(references: references)
        members = JSONRiskMember.members(of: rows)
        assetLines = JSONAssetLines(writer: writer)
        template = JSONRiskTemplate(rows: rows, members: members)
        let inventory = writer.assessment.inventory
        plainID = inventory.assets.map { asset in inventory.withText(asset.text.0) { JSONRiskTemplate.isPlain($0) } }
    }

    /// The lines: one per asset, then one per risk.
    package var lineCount: Int { assetCount + writer.assessment.risks.count }

    /// Appends the lines at `range` to `output`, each after its separator from the line before.
    package func format(_ range: Range<Int>, into output: ByteWriter) {
        var bytes: [UInt8] = []
        for line in range.clamped(to: 0..<assetCount) {
            output.append(line == 0 ? Self.first : Self.next)
            bytes.removeAll(keepingCapacity: true)
            if forcesMembers {
                JSON.writeCompactObject(writer.assetMembers(line), to: &bytes)
            } else {
                assetLines.append(line, to: &bytes)
            }
            output.append(bytes)
            if line == assetCount - 1 { output.append(middle) }
        }
        let risks = max(range.lowerBound, assetCount) - assetCount..<max(range.upperBound, assetCount) - assetCount
        guard !risks.isEmpty else { return }
        if let template, !forcesMembers {
            template.format(risks, plainID: plainID, into: output) { index in memberLine(index, into: output) }
        } else {
            for index in risks { memberLine(index, into: output) }
        }
    }

    /// The separators before the first line of a list and before any other.
    static let first: [UInt8] = Array("\n    ".utf8)
    static let next: [UInt8] = Array(",\n    ".utf8)

    /// Appends the line of the risk at `index`, after its separator, member by member from the register's values.
    func memberLine(_ index: Int, into output: ByteWriter) {
        output.append(index == 0 ? Self.first : Self.next)
        var result: [(String, JSON)] = []
        for member in members {
            switch member {
            case .field(.controls): result.append((member.key, .strings(controlIDs(of: index))))
            case .field(let field): result.append((member.key, rows.json(rows.value(field, at: index))))
            case .residual: result.append((member.key, rows.outcome.map { writer.residualJSON($0, index) } ?? .null))
            case .treatment: result.append((member.key, rows.outcome.map { writer.treatmentJSON($0, index) } ?? .null))
            }
        }
        var bytes: [UInt8] = []
        JSON.writeCompactObject(result, to: &bytes)
        output.append(bytes)
    }

    /// The ids of the controls of the risk at `index`: those of its threat that concern its matched media.
    func controlIDs(of index: Int) -> [String] {
        let assessment = writer.assessment
        return assessment.controlAdvice(of: assessment.risks[index]).map { assessment.catalog.controls[$0.control].id }
    }
}

/// A member of a risk's object in a JSON register: a register column that is the risk's own (not the asset's or the
/// threat's, which are written once in their sections), or a plan's treatment and residual risk.
enum JSONRiskMember: Sendable, Equatable {
    case field(RegisterField)
    case residual, treatment

    var key: String {
        switch self {
        case .field(let field): field.rawValue
        case .residual: "residual"
        case .treatment: "treatment"
        }
    }

    /// The members of a risk of `rows`' register, in key order.
    static func members(of rows: RegisterRows) -> [JSONRiskMember] {
        var fields = RegisterSchema.own(importanceSource: rows.assessment.inventory.hasImportanceColumn).map { $0.field }
        if rows.policy != nil { fields.append(.clauses) }
        var members = fields.filter(isRiskOwn).map { JSONRiskMember.field($0) }
        if rows.outcome != nil { members += [.residual, .treatment] }
        return members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Whether a column is the risk's own: not the asset's name, department or classes, nor the threat's name.
    static func isRiskOwn(_ field: RegisterField) -> Bool {
        switch field.dependency {
        case .assetText(let assetField): assetField == .id
        case .assetClasses: false
        default: field != .threat
        }
    }
}
