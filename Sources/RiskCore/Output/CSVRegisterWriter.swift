/// Writes the risk register as CSV: one row per risk in register order, with the header of FORMATS.md.
///
/// With `--lang ja` the header and labels are Japanese and the file starts with a UTF-8 byte order mark, so that
/// Excel opens it correctly. Rows end in CRLF (RFC 4180). Rows are built from pieces prepared once per threat, so
/// a register of ten million rows streams out at memory speed.
public struct CSVRegisterWriter {
    /// The assessment to write.
    public var assessment: Assessment
    /// The language of the header and labels.
    public var language: Language
    /// A plan's treatments and residual risks, written after the register's own columns.
    public var outcome: TreatmentOutcome?
    /// The organisation's policy clauses, written last.
    public var policy: PolicyClauses?

    /// Creates a writer.
    public init(assessment: Assessment, language: Language, outcome: TreatmentOutcome? = nil, policy: PolicyClauses? = nil) {
        self.assessment = assessment
        self.language = language
        self.outcome = outcome
        self.policy = policy
    }

    /// Creates a writer with the language, plan and policy of `options`.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.init(assessment: assessment, language: options.language, outcome: options.outcome, policy: options.policy)
    }

    var extraColumns: [ExtraRegisterColumn] {
        (outcome == nil ? [] : ExtraRegisterColumn.plan) + (policy == nil ? [] : [.clauses])
    }

    /// The header row, without a byte order mark.
    public var header: [UInt8] {
        CSVCell.row(RegisterColumn.allCases.map { $0.header(in: language) } + extraColumns.map { $0.header(in: language) })
    }

    /// Writes the whole register to `sink`.
    public func write(to sink: ByteSink) throws {
        var head: [UInt8] = language == .ja ? [0xEF, 0xBB, 0xBF] : []
        head.append(contentsOf: header)
        try sink.write(head)
        let pieces = Pieces(assessment: assessment, language: language, outcome: outcome, policy: policy)
        let risks = assessment.risks
        let chunk = 16_384
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunk * 200)
        var start = 0
        while start < risks.count {
            let end = min(start + chunk, risks.count)
            buffer.removeAll(keepingCapacity: true)
            pieces.format(risks[start..<end], from: start, into: &buffer)
            try sink.write(buffer)
            start = end
        }
    }

    /// The bytes of the whole register.
    public func bytes() -> [UInt8] {
        let buffer = ByteBuffer()
        try? write(to: buffer)
        return buffer.bytes
    }

    /// What every row of a threat shares, encoded once.
    struct Pieces {
        let assessment: Assessment
        let inventory: AssetInventory
        let threatHead: [[UInt8]]     // ",threat_id,threat,"
        let threatMiddle: [[UInt8]]   // ",likelihood,vulnerability,possibility,"
        let threatTail: [[UInt8]]     // ",revision_items,controls"
        let outcome: TreatmentOutcome?
        let language: Language
        let clauseCells: [[UInt8]]?   // per threat: ",clauses"
        let threatIDs: [[UInt8]]
        let levelLabels: [[UInt8]]
        let mediumLabels: [[UInt8]]
        let confidentiality: [[UInt8]]

        init(assessment: Assessment, language: Language, outcome: TreatmentOutcome?, policy: PolicyClauses?) {
            self.assessment = assessment
            self.outcome = outcome
            self.language = language
            clauseCells = policy.map { policy in
                assessment.catalog.threats.indices.map { index in
                    let clauses = assessment.clauses(ofThreat: index, policy: policy).map(\.clause)
                    return [0x2C] + CSVCell.encode(clauses.joined(separator: "|"))
                }
            }
            inventory = assessment.inventory
            let catalog = assessment.catalog
            var head: [[UInt8]] = [], middle: [[UInt8]] = [], tail: [[UInt8]] = [], ids: [[UInt8]] = []
            for (index, threat) in catalog.threats.enumerated() {
                let context = assessment.threats[index]
                ids.append(Array(threat.id.utf8))
                head.append(Array(",".utf8) + CSVCell.encode(threat.id) + [0x2C] + CSVCell.encode(threat.name[language]) + [0x2C])
                middle.append(Array(",\(context.likelihood),\(context.vulnerability),\(context.possibility),".utf8))
                let items = threat.revisionItems.map(String.init).joined(separator: "|")
                let controls = assessment.controlReferences(ofThreat: index).joined(separator: "|")
                tail.append([0x2C] + CSVCell.encode(items) + [0x2C] + CSVCell.encode(controls))
            }
            threatHead = head
            threatMiddle = middle
            threatTail = tail
            threatIDs = ids
            levelLabels = (0...9).map { CSVCell.encode(assessment.method.label(assessment.level(of: $0), in: language)) }
            mediumLabels = catalog.media.indices.map { Array(assessment.mediumLabel($0, in: language).utf8) }
            confidentiality = ConfidentialityClass.allCases.map { Array($0.text.utf8) }
        }

        func format(_ risks: ArraySlice<Risk>, from first: Int, into output: inout [UInt8]) {
            var scratch: [UInt8] = []
            scratch.reserveCapacity(256)
            var index = first - 1
            for risk in risks {
                index += 1
                let assetIndex = Int(risk.asset)
                let threatIndex = Int(risk.threat)
                let asset = inventory.assets[assetIndex]
                let id = inventory.bytes(.id, of: assetIndex)
                // risk_id: the asset id, '/', the threat id, as one cell.
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: id)
                scratch.append(UInt8(ascii: "/"))
                scratch.append(contentsOf: threatIDs[threatIndex])
                CSVCell.append(scratch, to: &output)
                output.append(0x2C)
                CSVCell.append(id, to: &output)
                output.append(0x2C)
                CSVCell.append(inventory.bytes(.name, of: assetIndex), to: &output)
                output.append(0x2C)
                CSVCell.append(inventory.bytes(.department, of: assetIndex), to: &output)
                output.append(0x2C)
                // media: the asset's media that the threat applies through.
                scratch.removeAll(keepingCapacity: true)
                var matched = asset.media.bits & assessment.catalog.threats[threatIndex].media.bits
                while matched != 0 {
                    let medium = matched.trailingZeroBitCount
                    if !scratch.isEmpty { scratch.append(UInt8(ascii: "|")) }
                    scratch.append(contentsOf: mediumLabels[medium])
                    matched &= matched - 1
                }
                CSVCell.append(scratch, to: &output)
                output.append(contentsOf: threatHead[threatIndex])
                output.append(contentsOf: confidentiality[Int(asset.confidentiality.rawValue)])
                output.append(0x2C)
                output.append(0x30 + asset.integrity)
                output.append(0x2C)
                output.append(0x30 + asset.availability)
                output.append(0x2C)
                output.append(0x30 + risk.importance)
                output.append(contentsOf: threatMiddle[threatIndex])
                output.append(0x30 + risk.value)
                output.append(0x2C)
                output.append(contentsOf: levelLabels[Int(risk.value)])
                output.append(contentsOf: threatTail[threatIndex])
                if let outcome { appendTreatment(outcome, index, to: &output) }
                if let clauseCells { output.append(contentsOf: clauseCells[threatIndex]) }
                output.append(contentsOf: [0x0D, 0x0A])
            }
        }

        /// `,treatment,owner,due,residual_value,residual_level`; an avoided risk has no residual value or level.
        func appendTreatment(_ outcome: TreatmentOutcome, _ index: Int, to output: inout [UInt8]) {
            let treatment = outcome.plan.treatments[index]
            var cells = [treatment?.kind.label(in: language) ?? "", treatment?.owner ?? "", treatment?.due ?? ""]
            if let residual = outcome.residual[index] {
                cells += [String(residual.value), assessment.method.label(residual.level, in: language)]
            } else {
                cells += ["", ""]
            }
            for cell in cells {
                output.append(0x2C)
                CSVCell.append(Array(cell.utf8), to: &output)
            }
        }
    }
}
