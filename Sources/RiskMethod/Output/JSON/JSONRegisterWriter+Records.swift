/// The records of a JSON register: an asset, a risk's treatment and residual risk, and the summary.
extension JSONRegisterWriter {
    /// An asset's members, in key order (so that writing them needs no dictionary and no sort).
    func assetMembers(_ index: Int) -> [(String, JSON)] {
        let inventory = assessment.inventory
        let asset = inventory.assets[index]
        let summary = assessment.summaries[index]
        var extra: [String: JSON] = [:]
        for (column, value) in zip(inventory.extraColumns, inventory.extra(of: index)) { extra[column] = .string(value) }
        var members: [(String, JSON)] = [
            ("availability", .int(Int(asset.availability))),
            ("confidentiality", .string(asset.confidentiality.text)),
            ("counts", levelObject { summary.count($0) }),
            ("department", .string(inventory.text(.department, of: index))),
            ("extra", .object(extra)),
            ("id", .string(inventory.id(of: index))),
        ]
        if inventory.hasImportanceColumn {
            members.append(("importance", asset.givenImportance > 0 ? .int(Int(asset.givenImportance)) : .null))
            members.append(("importance_reason", .string(inventory.importanceReason(of: index))))
        }
        members += [
            ("integrity", .int(Int(asset.integrity))),
            ("level", assessment.level(ofAsset: index).map { .string(assessment.method.code($0)) } ?? .null),
            ("line", .int(asset.line)),
            ("max_risk_value", .int(Int(summary.maximum))),
            ("media", .strings(assessment.catalog.mediaCodes(asset.media))),
            ("name", .string(inventory.name(of: index))),
            ("notes", .string(inventory.text(.notes, of: index))),
            ("owner", .string(inventory.text(.owner, of: index))),
            ("personal_data", .string(asset.personalData.code)),
            ("risk_count", .int(summary.riskCount)),
            ("top_threats", .strings(assessment.topThreats(ofAsset: index).map { assessment.catalog.threats[$0].id })),
        ]
        if assessment.method.aggregation == .sum { members.append(("total_risk_value", .int(Int(summary.total)))) }
        return members
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
        let mappingLevel = options.mappingLevel(assessment.method)
        var object: [String: JSON] = [
            "assets": .int(inventory.assets.count),
            "risks": .int(assessment.risks.count),
            "levels": levelObject { assessment.levelCounts[$0] ?? 0 },
            "mapped_level": .string(assessment.method.code(mappingLevel)),
            "mapped_risks": .int(assessment.count(atOrAbove: mappingLevel)),
            "unassessed_assets": .strings(assessment.unassessedAssets.map { inventory.id(of: $0) }),
            "media_used": .strings(assessment.catalog.mediaCodes(assessment.mediaUsed)),
            "governance": .array(governance),
            "review_triggers": .array(triggers.map { trigger -> JSON in
                ["item": .int(trigger.item.item), "media": .strings(trigger.media)]
            }),
        ]
        object["control_priority"] = .array(assessment.controlPriority(mappingLevel: mappingLevel, outcome: options.outcome)
            .map { entry -> JSON in
                let control = assessment.catalog.controls[entry.control]
                return ["id": .string(control.id), "text": .string(control.text[options.language]), "high": .int(entry.high),
                        "medium": .int(entry.medium), "assets": .int(entry.assets.count)]
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

/// The revision items, controls and threats a register's risks refer to, each once, in the catalog's order: the
/// sections `revision_items`, `controls` and `threats` of a JSON register.
struct JSONReferences {
    let items: [RevisionItem]
    let controls: [Int]
    let threats: [Int]
    let writer: JSONRegisterWriter

    /// What the risks of `writer`'s assessment refer to: every pair of a threat and matched media is looked at once.
    init(writer: JSONRegisterWriter) {
        self.writer = writer
        let assessment = writer.assessment
        let catalog = assessment.catalog
        var seen = Array(repeating: Set<UInt64>(), count: catalog.threats.count)
        var usedThreats = Array(repeating: false, count: catalog.threats.count)
        var usedItems: Set<Int> = [], usedControls = Array(repeating: false, count: catalog.controls.count)
        for risk in assessment.risks {
            let matched = assessment.inventory.assets[Int(risk.asset)].media.bits & catalog.threats[Int(risk.threat)].media.bits
            guard seen[Int(risk.threat)].insert(matched).inserted else { continue }
            usedThreats[Int(risk.threat)] = true
            let media = MediaSet(bits: matched)
            for item in catalog.threats[Int(risk.threat)].revisionItems(concerning: media) { usedItems.insert(item) }
            for control in catalog.controls(ofThreat: Int(risk.threat), concerning: media) { usedControls[control] = true }
        }
        items = catalog.items.filter { usedItems.contains($0.number) }
        controls = catalog.controls.indices.filter { usedControls[$0] }
        threats = catalog.threats.indices.filter { usedThreats[$0] }
    }

    var itemsJSON: JSON {
        .array(items.map { item -> JSON in
            var object: [String: JSON] = [
                "number": .int(item.number), "section": .string(item.section), "category": .string(item.category),
                "policy": .string(item.policy), "summary_en": .string(item.summaryEnglish),
            ]
            if let policy = writer.options.policy {
                object["clauses"] = JSONRegisterWriter.clausesJSON(policy.clauses(forSection: item.section))
            }
            return .object(object)
        })
    }

    var controlsJSON: JSON {
        let assessment = writer.assessment
        return .array(controls.map { index -> JSON in
            let control = assessment.catalog.controls[index]
            let advice = ControlAdvice(control: index, status: assessment.checklist.status[index])
            var object: [String: JSON] = [
                "id": .string(control.id), "text": .string(control.text[writer.options.language]),
                "section": .string(control.section), "iso27001_2013": .strings(control.iso2013),
                "iso27001_2022": .strings(control.iso2022),
                "status": advice.status.map { .string($0.rawValue) } ?? .null,
                "recommended": .bool(advice.isRecommended),
            ]
            if let policy = writer.options.policy {
                object["clauses"] = JSONRegisterWriter.clausesJSON(policy.clauses(forSection: control.section))
            }
            return .object(object)
        })
    }

    var threatsJSON: JSON {
        let assessment = writer.assessment
        return .array(threats.map { index -> JSON in
            let threat = assessment.catalog.threats[index]
            return ["id": .string(threat.id), "name": .string(threat.name[writer.options.language]),
                    "media": .strings(assessment.catalog.mediaCodes(threat.media)),
                    "iso27001_2013": .strings(threat.iso2013), "iso27001_2022": .strings(threat.iso2022)]
        })
    }
}
