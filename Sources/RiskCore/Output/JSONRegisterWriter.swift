/// Writes the risk register as JSON (FORMATS.md): keys sorted, no timestamps, byte-identical for identical inputs.
///
/// The top level is written member by member and the risks one by one, so a large register streams out without
/// being built in memory as a whole.
public struct JSONRegisterWriter {
    /// The version of the register's shape.
    public static let schema = "risk-register/1"

    /// The assessment to write.
    public var assessment: Assessment
    /// Language, mapping level and inputs.
    public var options: RegisterOptions

    /// Creates a writer.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
    }

    /// The bytes of the whole register.
    public func bytes() -> [UInt8] {
        let buffer = ByteBuffer()
        try? write(to: buffer)
        return buffer.bytes
    }

    /// Per threat, what every risk of the threat writes the same, serialised once: the revision items, the
    /// controls and, for mapped risks, the whole mapping.
    struct ThreatFragments {
        let items: [JSON]
        let controls: [JSON]
        let mappings: [JSON]
    }

    func fragments() -> ThreatFragments {
        let threats = assessment.catalog.threats.indices
        func raw(_ json: JSON, indent: Int) -> JSON {
            var bytes: [UInt8] = []
            json.write(to: &bytes, indent: indent)
            return .raw(bytes)
        }
        return ThreatFragments(
            items: threats.map { raw(.ints(assessment.catalog.threats[$0].revisionItems), indent: 3) },
            controls: threats.map { raw(.strings(assessment.controlReferences(ofThreat: $0)), indent: 3) },
            mappings: threats.map { raw(mapping(ofThreat: $0), indent: 3) })
    }

    /// Writes the whole register to `sink`.
    public func write(to sink: ByteSink) throws {
        let fragments = self.fragments()
        var output: [UInt8] = Array("{\n".utf8)
        let members: [(String, (inout [UInt8]) throws -> Void)] = [
            ("assets", { try self.writeList(count: self.assessment.inventory.assets.count, into: &$0, sink: sink) { self.asset($0) } }),
            ("catalog", { self.catalogJSON.write(to: &$0, indent: 1) }),
            ("inputs", { JSON.array(self.options.inputs.map(Self.inputJSON)).write(to: &$0, indent: 1) }),
            ("method", { self.assessment.method.json.write(to: &$0, indent: 1) }),
            ("risks", { try self.writeList(count: self.assessment.risks.count, into: &$0, sink: sink) { self.riskMembers(self.assessment.risks[$0], index: $0, fragments: fragments) } }),
            ("schema", { JSON.string(Self.schema).write(to: &$0, indent: 1) }),
            ("summary", { self.summary.write(to: &$0, indent: 1) }),
        ]
        for (index, member) in members.enumerated() {
            output.append(contentsOf: "  ".utf8)
            JSON.writeString(member.0, to: &output)
            output.append(contentsOf: ": ".utf8)
            try member.1(&output)
            output.append(contentsOf: (index < members.count - 1 ? ",\n" : "\n").utf8)
        }
        output.append(contentsOf: "}\n".utf8)
        try sink.write(output)
    }

    private func writeList(count: Int, into output: inout [UInt8], sink: ByteSink, element: (Int) -> JSON) throws {
        try writeList(count: count, into: &output, sink: sink) { index, output in element(index).write(to: &output, indent: 2) }
    }

    private func writeList(count: Int, into output: inout [UInt8], sink: ByteSink,
                           element: (Int) -> [(String, JSON)]) throws {
        try writeList(count: count, into: &output, sink: sink) { index, output in
            JSON.writeObject(element(index), to: &output, indent: 2)
        }
    }

    private func writeList(count: Int, into output: inout [UInt8], sink: ByteSink,
                           writing write: (Int, inout [UInt8]) -> Void) throws {
        guard count > 0 else {
            output.append(contentsOf: "[]".utf8)
            return
        }
        output.append(contentsOf: "[\n".utf8)
        for index in 0..<count {
            output.append(contentsOf: "    ".utf8)
            write(index, &output)
            output.append(contentsOf: (index < count - 1 ? ",\n" : "\n").utf8)
            if output.count > 1 << 20 {
                try sink.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        output.append(contentsOf: "  ]".utf8)
    }

    static func inputJSON(_ input: InputDescription) -> JSON {
        var object: [String: JSON] = ["role": .string(input.role), "file": .string(input.file), "sha256": .string(input.sha256)]
        if let encoding = input.encoding { object["encoding"] = .string(encoding) }
        return .object(object)
    }

    var catalogJSON: JSON {
        ["version": .string(assessment.catalog.version), "source": .localized(assessment.catalog.source)]
    }

    func asset(_ index: Int) -> JSON {
        let inventory = assessment.inventory
        let asset = inventory.assets[index]
        let summary = assessment.summaries[index]
        var extra: [String: JSON] = [:]
        for (column, value) in zip(inventory.extraColumns, inventory.extra(of: index)) { extra[column] = .string(value) }
        var object: [String: JSON] = [
            "id": .string(inventory.id(of: index)),
            "name": .string(inventory.name(of: index)),
            "department": .string(inventory.text(.department, of: index)),
            "owner": .string(inventory.text(.owner, of: index)),
            "notes": .string(inventory.text(.notes, of: index)),
            "line": .int(asset.line),
            "media": .strings(assessment.catalog.mediaCodes(asset.media)),
            "confidentiality": .string(asset.confidentiality.text),
            "integrity": .int(Int(asset.integrity)),
            "availability": .int(Int(asset.availability)),
            "personal_data": .string(asset.personalData.code),
            "max_risk_value": .int(Int(summary.maximum)),
            "level": assessment.level(ofAsset: index).map { .string($0.code) } ?? .null,
            "risk_count": .int(summary.riskCount),
            "counts": ["high": .int(summary.count(.high)), "medium": .int(summary.count(.medium)), "low": .int(summary.count(.low))],
            "top_threats": .strings(assessment.topThreats(ofAsset: index).map { assessment.catalog.threats[$0].id }),
            "extra": .object(extra),
        ]
        if assessment.method.aggregation == .sum { object["total_risk_value"] = .int(Int(summary.total)) }
        return .object(object)
    }

    /// A risk's members in sorted key order, so that writing them needs no dictionary and no sort: the same bytes
    /// as ``risk(_:index:fragments:)`` written as an object.
    func riskMembers(_ risk: Risk, index: Int, fragments: ThreatFragments? = nil) -> [(String, JSON)] {
        let inventory = assessment.inventory
        let catalog = assessment.catalog
        let assetIndex = Int(risk.asset)
        let threatIndex = Int(risk.threat)
        let asset = inventory.assets[assetIndex]
        let threat = catalog.threats[threatIndex]
        let context = assessment.threats[threatIndex]
        var members: [(String, JSON)] = [
            ("asset_id", .string(inventory.id(of: assetIndex))),
            ("asset_name", .string(inventory.name(of: assetIndex))),
            ("availability", .int(Int(asset.availability))),
            ("confidentiality", .string(asset.confidentiality.text)),
            ("controls", fragments?.controls[threatIndex] ?? .strings(assessment.controlReferences(ofThreat: threatIndex))),
            ("department", .string(inventory.text(.department, of: assetIndex))),
            ("importance", .int(Int(risk.importance))),
            ("integrity", .int(Int(asset.integrity))),
            ("level", .string(assessment.level(risk).code)),
            ("likelihood", .int(context.likelihood)),
        ]
        members.reserveCapacity(21)
        if assessment.isMapped(risk, atOrAbove: options.minimumLevel) {
            members.append(("mapping", fragments?.mappings[threatIndex] ?? mapping(ofThreat: threatIndex)))
        }
        members.append(("media", .strings(catalog.mediaCodes(assessment.matchedMedia(risk)))))
        members.append(("possibility", .int(Int(risk.possibility))))
        let outcome = options.outcome
        if let outcome { members.append(("residual", residualJSON(outcome, index))) }
        members.append(("revision_items", fragments?.items[threatIndex] ?? .ints(threat.revisionItems)))
        members.append(("risk_id", .string(assessment.riskID(risk))))
        members.append(("risk_value", .int(Int(risk.value))))
        members.append(("threat", .string(threat.name[options.language])))
        members.append(("threat_id", .string(threat.id)))
        if let outcome { members.append(("treatment", treatmentJSON(outcome, index))) }
        members.append(("vulnerability", .int(context.vulnerability)))
        return members
    }

    func treatmentJSON(_ outcome: TreatmentOutcome, _ index: Int) -> JSON {
        guard let treatment = outcome.plan.treatments[index] else { return .null }
        return [
            "type": .string(treatment.kind.rawValue),
            "controls": .strings(treatment.controls.map { assessment.catalog.controls[$0].id }),
            "owner": .string(treatment.owner), "due": .string(treatment.due), "note": .string(treatment.note),
        ]
    }

    func residualJSON(_ outcome: TreatmentOutcome, _ index: Int) -> JSON {
        outcome.residual[index].map { residual -> JSON in
            ["vulnerability": .int(residual.vulnerability), "possibility": .int(residual.possibility),
             "risk_value": .int(residual.value), "level": .string(residual.level.code)]
        } ?? .null
    }

    /// A risk as a JSON object.
    func risk(_ risk: Risk, index: Int, fragments: ThreatFragments? = nil) -> JSON {
        .object(Dictionary(riskMembers(risk, index: index, fragments: fragments), uniquingKeysWith: { first, _ in first }))
    }

    /// The full mapping of a threat's risks: revision items with their policy text, and controls with their status.
    func mapping(ofThreat index: Int) -> JSON {
        let items = assessment.revisionItems(ofThreat: index).map { item -> JSON in
            var object: [String: JSON] = [
                "number": .int(item.number), "section": .string(item.section), "category": .string(item.category),
                "policy": .string(item.policy), "summary_en": .string(item.summaryEnglish),
            ]
            if let policy = options.policy { object["clauses"] = Self.clausesJSON(policy.clauses(forSection: item.section)) }
            return .object(object)
        }
        let controls = assessment.controlAdvice(ofThreat: index).map { advice -> JSON in
            let control = assessment.catalog.controls[advice.control]
            var object: [String: JSON] = [
                "id": .string(control.id), "text": .string(control.text[options.language]),
                "section": .string(control.section), "iso27001_2013": .strings(control.iso27001),
                "status": advice.status.map { .string($0.rawValue) } ?? .null,
                "recommended": .bool(advice.isRecommended),
            ]
            if let policy = options.policy { object["clauses"] = Self.clausesJSON(policy.clauses(forSection: control.section)) }
            return .object(object)
        }
        return ["revision_items": .array(items), "controls": .array(controls)]
    }

    static func clausesJSON(_ clauses: [PolicyClauses.Clause]) -> JSON {
        .array(clauses.map { ["section": .string($0.section), "clause": .string($0.clause), "title": .string($0.title)] })
    }

    var summary: JSON {
        let inventory = assessment.inventory
        let triggers = assessment.reviewTriggers
        let triggered = Dictionary(triggers.map { ($0.item.item, $0.media) }, uniquingKeysWith: { first, _ in first })
        let governance = assessment.catalog.governance.map { item -> JSON in
            let section = assessment.catalog.item(item.item)?.section ?? ""
            return [
                "item": .int(item.item), "section": .string(section),
                "asks": .string(item.asks[options.language]), "assessment": .string(item.assessment[options.language]),
                "triggered": .bool(triggered[item.item] != nil),
                "trigger_media": .strings(triggered[item.item] ?? []),
            ]
        }
        var object: [String: JSON] = [
            "assets": .int(inventory.assets.count),
            "risks": .int(assessment.risks.count),
            "levels": [
                "high": .int(assessment.levelCounts[.high] ?? 0), "medium": .int(assessment.levelCounts[.medium] ?? 0),
                "low": .int(assessment.levelCounts[.low] ?? 0),
            ],
            "mapped_level": .string(options.minimumLevel.code),
            "mapped_risks": .int(assessment.count(atOrAbove: options.minimumLevel)),
            "unassessed_assets": .strings(assessment.unassessedAssets.map { inventory.id(of: $0) }),
            "media_used": .strings(assessment.catalog.mediaCodes(assessment.mediaUsed)),
            "governance": .array(governance),
            "review_triggers": .array(triggers.map { trigger -> JSON in
                ["item": .int(trigger.item.item), "media": .strings(trigger.media)]
            }),
        ]
        if let outcome = options.outcome {
            let kinds = TreatmentKind.allCases.map { kind in
                (kind.rawValue, JSON.int(outcome.plan.treatments.values.filter { $0.kind == kind }.count))
            }
            object["residual_levels"] = [
                "high": .int(outcome.residualCounts[.high] ?? 0), "medium": .int(outcome.residualCounts[.medium] ?? 0),
                "low": .int(outcome.residualCounts[.low] ?? 0),
            ]
            object["treatments"] = .object(Dictionary(uniqueKeysWithValues: kinds))
            object["untreated"] = .strings(outcome.untreated.map { assessment.riskID(assessment.risks[$0]) })
        }
        return .object(object)
    }
}
