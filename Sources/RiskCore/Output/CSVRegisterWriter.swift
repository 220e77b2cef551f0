import Foundation

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

    /// Writes the whole register to `sink`: rows are formatted in chunks, on every core, and written in order.
    public func write(to sink: ByteSink) throws {
        var head: [UInt8] = language == .ja ? [0xEF, 0xBB, 0xBF] : []
        head.append(contentsOf: header)
        try sink.write(head)
        let pieces = Pieces(assessment: assessment, language: language, outcome: outcome, policy: policy)
        let total = assessment.risks.count
        let chunk = 32_768
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, (total + chunk - 1) / chunk))
        let buffers = (0..<workers).map { _ in RawBytes(capacity: chunk * 256) }
        var start = 0
        while start < total {
            let ranges = (0..<workers).map { worker -> Range<Int> in
                let lower = min(total, start + worker * chunk)
                return lower..<min(total, lower + chunk)
            }.filter { !$0.isEmpty }
            if ranges.count == 1 {
                buffers[0].count = 0
                pieces.format(ranges[0], into: buffers[0])
            } else {
                DispatchQueue.concurrentPerform(iterations: ranges.count) { worker in
                    buffers[worker].count = 0
                    pieces.format(ranges[worker], into: buffers[worker])
                }
            }
            for worker in ranges.indices {
                try sink.write(UnsafeRawBufferPointer(start: buffers[worker].base, count: buffers[worker].count))
            }
            start = ranges[ranges.count - 1].upperBound
        }
    }

    /// The bytes of the whole register.
    public func bytes() -> [UInt8] {
        let buffer = ByteBuffer()
        try? write(to: buffer)
        return buffer.bytes
    }

    /// What every row of a threat shares, encoded once, and what each asset needs to know to be copied as is.
    struct Pieces: @unchecked Sendable {
        let assessment: Assessment
        let inventory: AssetInventory
        let threatHead: [[UInt8]]     // ",threat_id,threat,"
        let threatMiddle: [[UInt8]]   // ",likelihood,vulnerability,possibility,"
        let threatTail: [[UInt8]]     // ",revision_items,controls"
        let threatMedia: [UInt64]
        let outcome: TreatmentOutcome?
        let language: Language
        let clauseCells: [[UInt8]]?   // per threat: ",clauses"
        let threatIDs: [[UInt8]]
        let levelLabels: [[UInt8]]
        let mediumLabels: [[UInt8]]
        let confidentiality: [[UInt8]]
        /// Per asset: which of id (1), name (2) and department (4) need no quoting or formula guard.
        let plain: [UInt8]

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
            threatMedia = catalog.threats.map(\.media.bits)
            levelLabels = (0...9).map { CSVCell.encode(assessment.method.label(assessment.level(of: $0), in: language)) }
            // A medium's label inside the media cell: if any label would need quoting, every cell takes the slow path.
            mediumLabels = catalog.media.indices.map { Array(assessment.mediumLabel($0, in: language).utf8) }
            confidentiality = ConfidentialityClass.allCases.map { Array($0.text.utf8) }
            let inventory = assessment.inventory
            let labelsPlain = mediumLabels.allSatisfy { CSVCell.isPlain($0[...]) }
            plain = inventory.storage.withUnsafeBufferPointer { storage in
                inventory.assets.map { asset in
                    var flags: UInt8 = labelsPlain ? 8 : 0
                    for (bit, ref) in [(UInt8(1), asset.ref(.id)), (2, asset.ref(.name)), (4, asset.ref(.department))] {
                        let cell = UnsafeBufferPointer(rebasing: storage[Int(ref.offset)..<Int(ref.offset) + Int(ref.length)])
                        if CSVCell.isPlain(cell) { flags |= bit }
                    }
                    return flags
                }
            }
        }

        /// Appends the rows of the risks at `range` of the register to `output`.
        func format(_ range: Range<Int>, into output: RawBytes) {
            inventory.storage.withUnsafeBufferPointer { storage in
                assessment.risks.withUnsafeBufferPointer { risks in
                    var scratch: [UInt8] = []
                    scratch.reserveCapacity(256)
                    for index in range {
                        let risk = risks[index]
                        let assetIndex = Int(risk.asset)
                        let threatIndex = Int(risk.threat)
                        let asset = inventory.assets[assetIndex]
                        let flags = plain[assetIndex]
                        let id = asset.ref(.id), name = asset.ref(.name), department = asset.ref(.department)
                        let idCell = UnsafeBufferPointer(rebasing: storage[Int(id.offset)..<Int(id.offset) + Int(id.length)])
                        let nameCell = UnsafeBufferPointer(rebasing: storage[Int(name.offset)..<Int(name.offset) + Int(name.length)])
                        let departmentCell = UnsafeBufferPointer(
                            rebasing: storage[Int(department.offset)..<Int(department.offset) + Int(department.length)])
                        output.reserve(3 * (idCell.count + nameCell.count + departmentCell.count) + 1024)
                        // risk_id: the asset id, '/', the threat id, as one cell.
                        if flags & 1 != 0 {
                            output.append(idCell)
                            output.append(UInt8(ascii: "/"))
                            output.append(threatIDs[threatIndex])
                            output.append(0x2C)
                            output.append(idCell)
                        } else {
                            scratch.removeAll(keepingCapacity: true)
                            scratch.append(contentsOf: idCell)
                            scratch.append(UInt8(ascii: "/"))
                            scratch.append(contentsOf: threatIDs[threatIndex])
                            output.appendCell(scratch)
                            output.append(0x2C)
                            output.appendCell(Array(idCell))
                        }
                        output.append(0x2C)
                        if flags & 2 != 0 { output.append(nameCell) } else { output.appendCell(Array(nameCell)) }
                        output.append(0x2C)
                        if flags & 4 != 0 { output.append(departmentCell) } else { output.appendCell(Array(departmentCell)) }
                        output.append(0x2C)
                        // media: the asset's media that the threat applies through.
                        var matched = asset.media.bits & threatMedia[threatIndex]
                        if flags & 8 != 0 {
                            var first = true
                            while matched != 0 {
                                if !first { output.append(UInt8(ascii: "|")) }
                                first = false
                                output.append(mediumLabels[matched.trailingZeroBitCount])
                                matched &= matched - 1
                            }
                        } else {
                            scratch.removeAll(keepingCapacity: true)
                            while matched != 0 {
                                if !scratch.isEmpty { scratch.append(UInt8(ascii: "|")) }
                                scratch.append(contentsOf: mediumLabels[matched.trailingZeroBitCount])
                                matched &= matched - 1
                            }
                            output.appendCell(scratch)
                        }
                        output.append(threatHead[threatIndex])
                        output.append(confidentiality[Int(asset.confidentiality.rawValue)])
                        output.append(0x2C)
                        output.append(0x30 + asset.integrity)
                        output.append(0x2C)
                        output.append(0x30 + asset.availability)
                        output.append(0x2C)
                        output.append(0x30 + risk.importance)
                        output.append(threatMiddle[threatIndex])
                        output.append(0x30 + risk.value)
                        output.append(0x2C)
                        output.append(levelLabels[Int(risk.value)])
                        output.append(threatTail[threatIndex])
                        if let outcome {
                            scratch.removeAll(keepingCapacity: true)
                            appendTreatment(outcome, index, to: &scratch)
                            output.append(scratch)
                        }
                        if let clauseCells { output.append(clauseCells[threatIndex]) }
                        output.append(0x0D)
                        output.append(0x0A)
                    }
                }
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
