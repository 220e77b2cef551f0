/// Writes the risk register as JSON: keys sorted, no timestamps, byte-identical for identical inputs.
///
/// The top level is written member by member and the risks one by one, so a large register streams out without
/// being built in memory as a whole. Each risk's members are the register's columns (``RegisterSchema``) by their
/// keys, with lists as arrays and levels and media by their codes, and beside them the mapping of a risk at or above
/// the mapping level, and a plan's treatment and residual risk.
public struct JSONRegisterWriter: Sendable {
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
        do { try write(to: buffer) } catch { return [] }
        return buffer.bytes
    }

    /// What a risk's object holds, in key order: a register column, or one of the members beside them.
    enum Member: Sendable {
        case column(RegisterField)
        case mapping, residual, treatment

        var key: String {
            switch self {
            case .column(let field): field.rawValue
            case .mapping: "mapping"
            case .residual: "residual"
            case .treatment: "treatment"
            }
        }
    }

    /// The members of every risk, in sorted key order: the register's own columns (the plan's and the policy's are
    /// under `treatment`, `residual` and `mapping`), the mapping, and with a plan the treatment and residual risk.
    var members: [Member] {
        var members = RegisterSchema.own(importanceSource: assessment.inventory.hasImportanceColumn)
            .map { Member.column($0.field) } + [.mapping]
        if options.outcome != nil { members += [.residual, .treatment] }
        return members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Per variant of a threat by matched media (``MediaVariants``), what every risk of it writes the same,
    /// serialised once: the cells that depend on the threat alone or on the threat and the matched media and, for
    /// mapped risks, the whole mapping.
    struct ThreatFragments: Sendable {
        let variants: MediaVariants
        /// Per field that depends on the threat (and the matched media), per variant.
        let cells: [RegisterField: [JSON]]
        let mappings: [JSON]
    }

    func fragments(_ rows: RegisterRows) -> ThreatFragments {
        let variants = assessment.variants
        let all = 0..<variants.count
        func raw(_ json: JSON, indent: Int) -> JSON {
            var bytes: [UInt8] = []
            json.write(to: &bytes, indent: indent)
            return .raw(bytes)
        }
        var cells: [RegisterField: [JSON]] = [:]
        for column in RegisterSchema.columns {
            switch column.field.dependency {
            case .threat, .threatAndMedia:
                cells[column.field] = all.map {
                    raw(rows.json(rows.value(column.field, ofThreat: variants.threat[$0], concerning: variants.representative[$0])),
                        indent: 3)
                }
            default: continue
            }
        }
        let mappings = all.map { raw(mapping(ofThreat: variants.threat[$0], concerning: variants.representative[$0]), indent: 3) }
        return ThreatFragments(variants: variants, cells: cells, mappings: mappings)
    }

    /// Writes the whole register to `sink`.
    public func write(to sink: any ByteSink) throws(WriteError) {
        let rows = RegisterRows(assessment: assessment, language: options.language, outcome: options.outcome,
                                policy: options.policy)
        let fragments = self.fragments(rows)
        let members = self.members
        var output: [UInt8] = Array("{\n".utf8)
        let keys = ["assets", "catalog", "inputs", "method", "risks", "schema", "summary"]
        for (index, key) in keys.enumerated() {
            output.append(contentsOf: "  ".utf8)
            JSON.writeString(key, to: &output)
            output.append(contentsOf: ": ".utf8)
            switch key {
            case "assets":
                try writeList(count: assessment.inventory.assets.count, into: &output, sink: sink) { index, output in
                    asset(index).write(to: &output, indent: 2)
                }
            case "catalog": catalogJSON.write(to: &output, indent: 1)
            case "inputs": inputsJSON.write(to: &output, indent: 1)
            case "method": assessment.method.json.write(to: &output, indent: 1)
            case "risks":
                try writeList(count: assessment.risks.count, into: &output, sink: sink) { index, output in
                    JSON.writeObject(riskMembers(index, members: members, rows: rows, fragments: fragments),
                                     to: &output, indent: 2)
                }
            case "schema": JSON.string(Self.schema).write(to: &output, indent: 1)
            default: summary.write(to: &output, indent: 1)
            }
            output.append(contentsOf: (index < keys.count - 1 ? ",\n" : "\n").utf8)
        }
        output.append(contentsOf: "}\n".utf8)
        try sink.write(output)
    }

    private func writeList(count: Int, into output: inout [UInt8], sink: any ByteSink,
                           writing write: (Int, inout [UInt8]) -> Void) throws(WriteError) {
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

    /// A risk's members in sorted key order, so that writing them needs no dictionary and no sort: the same bytes
    /// as ``risk(_:)`` written as an object.
    func riskMembers(_ index: Int, members: [Member], rows: RegisterRows, fragments: ThreatFragments?) -> [(String, JSON)] {
        let risk = assessment.risks[index]
        let threatIndex = Int(risk.threat)
        let matched = assessment.matchedMedia(risk)
        let variant = fragments?.variants.variant(of: risk, matched: matched.bits) ?? -1
        var result: [(String, JSON)] = []
        result.reserveCapacity(members.count)
        for member in members {
            switch member {
            case .column(let field):
                let cached = variant < 0 ? nil : fragments?.cells[field]?[variant]
                result.append((field.rawValue, cached ?? rows.json(rows.value(field, at: index))))
            case .mapping:
                guard assessment.isMapped(risk, atOrAbove: options.mappingLevel(assessment.method)) else { continue }
                let cached = variant < 0 ? nil : fragments?.mappings[variant]
                result.append(("mapping", cached ?? mapping(ofThreat: threatIndex, concerning: matched)))
            case .residual:
                if let outcome = options.outcome { result.append(("residual", residualJSON(outcome, index))) }
            case .treatment:
                if let outcome = options.outcome { result.append(("treatment", treatmentJSON(outcome, index))) }
            }
        }
        return result
    }

    /// A risk as a JSON object.
    func risk(_ index: Int) -> JSON {
        let rows = RegisterRows(assessment: assessment, language: options.language, outcome: options.outcome,
                                policy: options.policy)
        var object: [String: JSON] = [:]
        for (key, value) in riskMembers(index, members: members, rows: rows, fragments: nil) { object[key] = value }
        return .object(object)
    }

    /// The inputs, then (when given) the report's organisation, author, date and departments as an input of role
    /// `report`.
    var inputsJSON: JSON { Self.inputsJSON(options) }

    /// The `inputs` array of a register or statement written with `options`.
    static func inputsJSON(_ options: RegisterOptions) -> JSON {
        var inputs = options.inputs.map(Self.inputJSON)
        let document = options.document
        if !document.isEmpty {
            var object: [String: JSON] = ["role": "report"]
            if let organization = document.organization { object["organization"] = .string(organization) }
            if let author = document.author { object["author"] = .string(author) }
            if let date = document.date { object["date"] = .string(date) }
            if !document.departments.isEmpty { object["departments"] = .array(document.departments.map { .string($0) }) }
            inputs.append(.object(object))
        }
        return .array(inputs)
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
            "level": assessment.level(ofAsset: index).map { .string(assessment.method.code($0)) } ?? .null,
            "risk_count": .int(summary.riskCount),
            "counts": levelObject { summary.count($0) },
            "top_threats": .strings(assessment.topThreats(ofAsset: index).map { assessment.catalog.threats[$0].id }),
            "extra": .object(extra),
        ]
        if assessment.method.aggregation == .sum { object["total_risk_value"] = .int(Int(summary.total)) }
        if inventory.hasImportanceColumn {
            object["importance"] = asset.givenImportance > 0 ? .int(Int(asset.givenImportance)) : .null
            object["importance_reason"] = .string(inventory.importanceReason(of: index))
        }
        return .object(object)
    }

    /// A count per level of the method, by level code.
    func levelObject(_ count: (RiskLevel) -> Int) -> JSON {
        var object: [String: JSON] = [:]
        for band in assessment.method.bands { object[band.code] = .int(count(band.level)) }
        return .object(object)
    }

    func treatmentJSON(_ outcome: TreatmentOutcome, _ index: Int) -> JSON {
        guard let treatment = outcome.plan.treatments[index] else { return .null }
        var members: [String: JSON] = [
            "type": .string(treatment.kind.rawValue),
            "controls": .strings(treatment.controls.map { assessment.catalog.controls[$0].id }),
            "owner": .string(treatment.owner), "due": .string(treatment.due), "note": .string(treatment.note),
            "accepted_by": .string(treatment.acceptedBy), "accepted_on": .string(treatment.acceptedOn),
            "review_by": .string(treatment.reviewBy),
            "review_overdue": .bool(treatment.reviewIsOverdue(on: options.document.date)),
        ]
        // The residual steps the plan row gives, under their column names.
        if let value = treatment.residualImportance { members["residual_importance"] = .int(value) }
        if let value = treatment.residualLikelihood { members["residual_likelihood"] = .int(value) }
        if let value = treatment.residualVulnerability { members["residual_vulnerability"] = .int(value) }
        return .object(members)
    }

    func residualJSON(_ outcome: TreatmentOutcome, _ index: Int) -> JSON {
        outcome.residual[index].map { residual -> JSON in
            ["importance": .int(residual.importance), "likelihood": .int(residual.likelihood),
             "vulnerability": .int(residual.vulnerability), "possibility": .int(residual.possibility),
             "risk_value": .int(residual.value), "level": .string(assessment.method.code(residual.level))]
        } ?? .null
    }

    /// The full mapping of a threat's risks with these matched media: the revision items that concern them with their
    /// policy text, and the controls that concern them with their status.
    func mapping(ofThreat index: Int, concerning media: MediaSet) -> JSON {
        let items = assessment.revisionItems(ofThreat: index, concerning: media).map { item -> JSON in
            var object: [String: JSON] = [
                "number": .int(item.number), "section": .string(item.section), "category": .string(item.category),
                "policy": .string(item.policy), "summary_en": .string(item.summaryEnglish),
            ]
            if let policy = options.policy { object["clauses"] = Self.clausesJSON(policy.clauses(forSection: item.section)) }
            return .object(object)
        }
        let controls = assessment.controlAdvice(ofThreat: index, concerning: media).map { advice -> JSON in
            let control = assessment.catalog.controls[advice.control]
            var object: [String: JSON] = [
                "id": .string(control.id), "text": .string(control.text[options.language]),
                "section": .string(control.section), "iso27001_2013": .strings(control.iso2013),
                "iso27001_2022": .strings(control.iso2022),
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
        var triggered: [Int: [String]] = [:]
        for trigger in triggers where triggered[trigger.item.item] == nil { triggered[trigger.item.item] = trigger.media }
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
            "levels": levelObject { assessment.levelCounts[$0] ?? 0 },
            "mapped_level": .string(assessment.method.code(options.mappingLevel(assessment.method))),
            "mapped_risks": .int(assessment.count(atOrAbove: options.mappingLevel(assessment.method))),
            "unassessed_assets": .strings(assessment.unassessedAssets.map { inventory.id(of: $0) }),
            "media_used": .strings(assessment.catalog.mediaCodes(assessment.mediaUsed)),
            "governance": .array(governance),
            "review_triggers": .array(triggers.map { trigger -> JSON in
                ["item": .int(trigger.item.item), "media": .strings(trigger.media)]
            }),
        ]
        object["control_priority"] = .array(assessment.controlPriority(mappingLevel: options.mappingLevel(assessment.method),
                                                                        outcome: options.outcome).map { entry -> JSON in
            let control = assessment.catalog.controls[entry.control]
            return ["id": .string(control.id), "text": .string(control.text[options.language]), "high": .int(entry.high),
                    "medium": .int(entry.medium), "assets": .strings(entry.assets.map { inventory.id(of: $0) })]
        })
        if let outcome = options.outcome {
            var kinds: [String: JSON] = [:]
            for kind in TreatmentKind.allCases {
                kinds[kind.rawValue] = .int(outcome.plan.treatments.values.filter { $0.kind == kind }.count)
            }
            object["residual_levels"] = levelObject { outcome.residualCounts[$0] ?? 0 }
            object["treatments"] = .object(kinds)
            object["untreated"] = .strings(outcome.untreated.map { assessment.riskID(assessment.risks[$0]) })
        }
        return .object(object)
    }
}
