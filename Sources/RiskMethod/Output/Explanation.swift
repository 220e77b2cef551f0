/// Explains, step by step, how one risk was scored and what it maps to (`risk explain`).
public struct Explanation: Sendable {
    /// The assessment.
    public var assessment: Assessment
    /// The language of the text.
    public var language: Language

    /// The treatment plan applied to the assessment (`--plan`), if any: each risk's treatment and residual risk
    /// are explained after its mapping.
    public var outcome: TreatmentOutcome?

    /// Creates an explainer.
    public init(assessment: Assessment, language: Language, outcome: TreatmentOutcome? = nil) {
        self.assessment = assessment
        self.language = language
        self.outcome = outcome
    }

    /// The outcome of looking a risk id up.
    public enum Lookup: Sendable {
        /// The risk, explained.
        case found(String)
        /// The asset and threat exist but the threat does not apply; the text says why.
        case notApplicable(String)
        /// No such asset or threat.
        case unknown
    }

    /// Explains the risk `id` (`ASSET_ID/THREAT_ID`; the asset id may itself hold `/`).
    public func explain(_ id: String) -> Lookup {
        guard let slash = id.lastIndex(of: "/") else { return .unknown }
        let assetID = String(id[..<slash])
        let threatID = String(id[id.index(after: slash)...])
        let inventory = assessment.inventory
        guard let threatIndex = assessment.catalog.threatIndex(id: threatID),
              let assetIndex = inventory.assets.indices.first(where: { inventory.id(of: $0) == assetID }) else {
            return .unknown
        }
        let threat = assessment.catalog.threats[threatIndex]
        let asset = inventory.assets[assetIndex]
        if asset.media.intersection(threat.media).isEmpty {
            let assetMedia = assessment.catalog.mediaCodes(asset.media).joined(separator: ", ")
            let threatMedia = assessment.catalog.mediaCodes(threat.media).joined(separator: ", ")
            return .notApplicable(ExplainText.mediaDoNotMatch(language, id, threat.id, assetMedia, threatMedia))
        }
        if !assessment.inputs(ofAsset: assetIndex, threat: threatIndex).inScope {
            return .notApplicable(ExplainText.outOfScope(language, id, threat.id, threat.name[language]))
        }
        guard let risk = assessment.risks.first(where: { Int($0.asset) == assetIndex && Int($0.threat) == threatIndex }) else {
            return .unknown
        }
        return .found(text(risk))
    }

    /// The explanation of a risk of the assessment: a heading, then one step per line.
    public func text(_ risk: Risk) -> String {
        let threat = assessment.catalog.threats[Int(risk.threat)]
        var lines: [String] = []
        lines.append("\(assessment.riskID(risk))  \(assessment.inventory.name(of: Int(risk.asset))) × \(threat.name[language])")
        lines.append(assetStep(risk))
        lines.append(threatStep(risk))
        lines.append(importanceStep(risk))
        let inputs = assessment.inputs(ofAsset: Int(risk.asset), threat: Int(risk.threat))
        lines.append(likelihoodStep(risk, inputs))
        lines.append(vulnerabilityStep(risk, inputs))
        lines += valueSteps(risk)
        lines += mappingSteps(risk)
        lines += treatmentSteps(risk)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text in the language of the explanation.
    private func say(_ key: ExplainText) -> String { key(language) }

    /// 1. The asset's classes and media, and where the inventory gives them.
    private func assetStep(_ risk: Risk) -> String {
        let catalog = assessment.catalog
        let inventory = assessment.inventory
        let asset = inventory.assets[Int(risk.asset)]
        let c = asset.confidentiality
        let cText = c.text == String(c.level) ? c.text : ExplainText.scoredAs(language, c.text, String(c.level))
        let media = catalog.mediaCodes(asset.media).map { code -> String in
            guard let index = catalog.media.firstIndex(where: { $0.code == code }) else { return code }
            return Localized(ja: catalog.media[index].name.ja, en: code)[language]
        }.joined(separator: ", ")
        return ExplainText.asset(language, cText, String(asset.integrity), String(asset.availability),
                                 asset.personalData.label(in: language), media, inventory.file, String(asset.line))
    }

    /// 2. The threat, the properties it harms and the media it met.
    private func threatStep(_ risk: Risk) -> String {
        let catalog = assessment.catalog
        let threat = catalog.threats[Int(risk.threat)]
        let matched = catalog.mediaCodes(assessment.matchedMedia(risk)).joined(separator: ", ")
        let affects = threat.affects.properties.map { $0.name(in: language) }.joined(separator: say(.propertySeparator))
        return ExplainText.threat(language, threat.id, threat.name[language], affects, matched)
    }

    /// 3. The importance: given in the ledger (with the computed one and the reason), or the method's rule, the
    /// properties that decide it, and what personal data did.
    private func importanceStep(_ risk: Risk) -> String {
        let method = assessment.method
        let asset = assessment.inventory.assets[Int(risk.asset)]
        let threat = assessment.catalog.threats[Int(risk.threat)]
        if asset.givenImportance > 0 {
            let reason = assessment.inventory.importanceReason(of: Int(risk.asset))
            return ExplainText.importanceGiven(language, String(risk.importance),
                                               String(method.computedImportance(of: asset, for: threat.affects)),
                                               reason.isEmpty ? say(.noReason) : reason)
        }
        let deciding = method.decidingProperties(of: asset, for: threat.affects).map { $0.name(in: language) }
        let decidingText = deciding.joined(separator: say(.propertySeparator))
        var text: String
        switch method.importance {
        case .property:
            text = ExplainText.importanceByProperty(language, String(risk.importance),
                                                    deciding.isEmpty ? say(.personalData) : decidingText)
        case .max:
            text = ExplainText.importanceByAsset(language, String(risk.importance),
                                                 deciding.isEmpty ? say(.personalData) : decidingText, method.name)
        }
        if method.personalDataMadeHighest(asset, for: threat.affects) {
            text += ExplainText.madeHighestByPersonalData(language, asset.personalData.label(in: language),
                                                          String(risk.importance))
        } else if method.personalDataRaised(asset, for: threat.affects) {
            text += ExplainText.raisedByPersonalData(language, asset.personalData.label(in: language))
        }
        if !method.importanceFromClass.isEmpty {
            // The class level the rule gives, before the method's mapping onto its steps.
            var classes = method
            classes.importanceFromClass = []
            classes.importanceSteps = 3
            text += ExplainText.importanceStep(language, String(classes.importance(of: asset, for: threat.affects)),
                                               String(risk.importance))
        }
        return text
    }

    /// Which settings row a value came from, in words.
    private func matchText(_ match: SettingsMatch) -> String {
        switch match {
        case .assetAndThreat: say(.matchAssetAndThreat)
        case .assetAndAllThreats: say(.matchAssetAndAllThreats)
        case .allThreats, .threat: say(.matchAllThreats)
        }
    }

    /// 4. The likelihood: the catalog's default, or the settings row that won.
    private func likelihoodStep(_ risk: Risk, _ inputs: RiskInputs) -> String {
        let threat = assessment.catalog.threats[Int(risk.threat)]
        let file = assessment.settings.file ?? ""
        switch inputs.likelihoodSource {
        case .catalog:
            let text = ExplainText.likelihoodFromCatalog(language, String(inputs.likelihood))
            guard !assessment.method.likelihoodFromCatalog.isEmpty else { return text }
            return text + ExplainText.likelihoodStep(language, String(threat.likelihood), String(inputs.likelihood))
        case .settings(let line):
            return ExplainText.likelihoodFromSettings(language, String(inputs.likelihood), file, String(line),
                                                      String(threat.likelihood))
        case .settingsRow(let line, let match):
            return ExplainText.likelihoodFromRow(language, String(inputs.likelihood), file, String(line),
                                                 matchText(match), String(threat.likelihood))
        }
    }

    /// 5. The vulnerability: the settings row that won, the checklist's answers over the controls that concern the
    /// risk's media, or no answer at all.
    private func vulnerabilityStep(_ risk: Risk, _ inputs: RiskInputs) -> String {
        let vulnerability = String(inputs.vulnerability)
        let file = assessment.settings.file ?? ""
        switch inputs.vulnerabilitySource {
        case .settings(let line):
            return ExplainText.vulnerabilityFromSettings(language, vulnerability, file, String(line))
        case .settingsRow(let line, let match):
            return ExplainText.vulnerabilityFromRow(language, vulnerability, file, String(line), matchText(match))
        case .checklist(let done, let partial, let notDone, let unknown):
            let ids = { (list: [Int]) in list.map { self.assessment.catalog.controls[$0].id }.joined(separator: ", ") }
            var parts: [String] = []
            if !done.isEmpty { parts.append(ExplainText.controlsDone(language, ids(done))) }
            if !partial.isEmpty { parts.append(ExplainText.controlsPartial(language, ids(partial))) }
            if !notDone.isEmpty { parts.append(ExplainText.controlsNotDone(language, ids(notDone))) }
            if !unknown.isEmpty { parts.append(ExplainText.controlsUnknown(language, ids(unknown))) }
            let rule: ExplainText
            switch inputs.vulnerability {
            case 1: rule = .allDone
            case assessment.method.vulnerabilitySteps: rule = .noneDone
            default: rule = .someDone
            }
            return ExplainText.vulnerabilityFromChecklist(language, vulnerability,
                                                          parts.joined(separator: say(.checklistSeparator)), say(rule))
                + otherMediaNote(risk)
        case .none:
            return ExplainText.vulnerabilityUnanswered(language, vulnerability) + otherMediaNote(risk)
        }
    }

    /// The threat's controls that were not counted because they concern none of the risk's media, if any.
    private func otherMediaNote(_ risk: Risk) -> String {
        let catalog = assessment.catalog
        let counted = Set(catalog.controls(ofThreat: Int(risk.threat), concerning: assessment.matchedMedia(risk)))
        let others = catalog.controlIndices(ofThreat: Int(risk.threat)).filter { !counted.contains($0) }.map { catalog.controls[$0].id }
        return others.isEmpty ? "" : ExplainText.otherMediaControls(language, others.joined(separator: ", "))
    }

    /// 6 and 7. The possibility of damage from the table, then the value and its level.
    private func valueSteps(_ risk: Risk) -> [String] {
        let band = assessment.method.band(assessment.level(risk))
        return [
            ExplainText.possibility(language, String(risk.possibility), String(risk.likelihood), String(risk.vulnerability)),
            (assessment.method.riskValue == .product ? ExplainText.value : ExplainText.valueFromTable)(language, String(risk.value), String(risk.importance), String(risk.possibility),
                              band.label[language], String(band.minimum), String(band.maximum), band.acceptance[language]),
        ]
    }

    /// 8. What the risk maps to: the threat's revision items, then its controls with their status, those that
    /// concern the risk's matched media.
    private func mappingSteps(_ risk: Risk) -> [String] {
        let catalog = assessment.catalog
        let threatIndex = Int(risk.threat)
        let media = assessment.matchedMedia(risk)
        var lines = [say(.revisionItems)]
        let items = assessment.revisionItems(ofThreat: threatIndex, concerning: media)
        for item in items {
            lines.append("   \(item.number) \(item.sectionTitle) [\(item.category)]")
            lines.append("      " + Localized(ja: item.policy, en: item.summaryEnglish)[language])
        }
        if items.isEmpty { lines.append("   " + say(.noItemForMedia)) }
        let iso = assessment.isoReferences(ofThreat: threatIndex, concerning: media)
        lines.append("   " + ExplainText.controls(language, catalog.edition.name,
                                                         iso.isEmpty ? "—" : iso.joined(separator: ", ")))
        let advice = assessment.controlAdvice(ofThreat: threatIndex, concerning: media)
        if advice.isEmpty { lines.append("   " + say(.noControlForMedia)) }
        for advice in advice {
            let control = catalog.controls[advice.control]
            let status = advice.status?.label(in: language) ?? say(.noAnswer)
            let mark = advice.isRecommended ? " ← " + say(.recommended) : ""
            lines.append("   \(control.id) [\(status)] \(control.text[language])\(mark)")
        }
        return lines
    }

    /// The plan's treatment of the risk and its residual risk, when a plan was given.
    private func treatmentSteps(_ risk: Risk) -> [String] {
        guard let outcome, let index = assessment.risks.firstIndex(of: risk) else { return [] }
        guard let treatment = outcome.plan.treatments[index] else { return [ExplainText.untreated(language, outcome.plan.file)] }
        let none = "—"
        let controls = treatment.controls.map { assessment.catalog.controls[$0].id }.joined(separator: ", ")
        var lines = [ExplainText.treatment(language, outcome.plan.file, String(treatment.line), treatment.kind.label(in: language)),
                     ExplainText.treatmentDetails(language, controls.isEmpty ? none : controls,
                                                  treatment.owner.isEmpty ? none : treatment.owner,
                                                  treatment.due.isEmpty ? none : treatment.due,
                                                  treatment.note.isEmpty ? none : treatment.note)]
        if let residual = outcome.residual[index] {
            lines.append(ExplainText.residual(language, String(residual.vulnerability), String(residual.possibility),
                                              String(residual.value), assessment.method.label(residual.level, in: language)))
            if treatment.givesResidual { lines.append(givenResidual(risk, treatment)) }
        } else {
            lines.append(say(.avoided))
        }
        return lines
    }

    /// The residual steps the plan gives, beside what the treatment alone derives.
    private func givenResidual(_ risk: Risk, _ treatment: Treatment) -> String {
        var plain = treatment
        (plain.residualImportance, plain.residualLikelihood, plain.residualVulnerability) = (nil, nil, nil)
        guard let derived = TreatmentOutcome.residual(of: risk, in: assessment, treatment: plain) else { return "" }
        var given: [String] = [], alone: [String] = []
        if let value = treatment.residualImportance {
            given.append(ExplainText.stepImportance(language, String(value)))
            alone.append(ExplainText.stepImportance(language, String(derived.importance)))
        }
        if let value = treatment.residualLikelihood {
            given.append(ExplainText.stepLikelihood(language, String(value)))
            alone.append(ExplainText.stepLikelihood(language, String(derived.likelihood)))
        }
        if let value = treatment.residualVulnerability {
            given.append(ExplainText.stepVulnerability(language, String(value)))
            alone.append(ExplainText.stepVulnerability(language, String(derived.vulnerability)))
        }
        let separator = say(.checklistSeparator)
        return ExplainText.residualGiven(language, given.joined(separator: separator), alone.joined(separator: separator))
    }
}
