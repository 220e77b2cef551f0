/// What each threat and each risk uses, by the rules of the method: scope, likelihood and vulnerability.
///
/// Precedence, the most specific first: the settings row of the asset and the threat, the asset's row of every
/// threat (`*`), the threat's row, the row of every threat; then the catalog (likelihood) or the checklist
/// (vulnerability, from the threat's controls that concern the risk's media); then the default.
extension Assessment {
    /// Each threat's scope, likelihood and vulnerability for an asset that has no settings rows of its own, with
    /// the checklist read over all the threat's controls.
    static func contexts(catalog: Catalog, method: ScoringMethod, settings: ThreatSettings,
                         checklist: Checklist) -> [ThreatContext] {
        let resolver = InputResolver(catalog: catalog, method: method, settings: settings, checklist: checklist)
        return catalog.threats.indices.map { index in
            let inputs = resolver.threatInputs(index)
            return ThreatContext(inScope: inputs.inScope, likelihood: inputs.likelihood,
                                 likelihoodSource: inputs.likelihoodSource, vulnerability: inputs.vulnerability,
                                 vulnerabilitySource: inputs.vulnerabilitySource,
                                 possibility: method.possibility(likelihood: inputs.likelihood,
                                                                 vulnerability: inputs.vulnerability))
        }
    }

    /// Vulnerability from the checklist over `controls` (control indices): all done gives the lowest step; all not
    /// done or unknown, the highest; any other mix, the middle one (2 of 3); nothing answered but n/a, nil.
    static func vulnerability(controls: [Int], method: ScoringMethod, checklist: Checklist) -> (Int, VulnerabilitySource)? {
        var done: [Int] = [], partial: [Int] = [], notDone: [Int] = [], unknown: [Int] = []
        for control in controls {
            guard let status = checklist.status[control] else { continue }
            switch status {
            case .done: done.append(control)
            case .partial: partial.append(control)
            case .notDone: notDone.append(control)
            case .unknown: unknown.append(control)
            case .notApplicable: break
            }
        }
        let highest = method.vulnerabilitySteps
        let answered = done.count + partial.count + notDone.count + unknown.count
        guard answered > 0 else { return nil }
        let source = VulnerabilitySource.checklist(done: done, partial: partial, notDone: notDone, unknown: unknown)
        if done.count == answered { return (1, source) }
        if notDone.count + unknown.count == answered { return (highest, source) }
        return ((highest + 1) / 2, source)
    }

    /// What the risk of the asset at `asset` and the threat at `threat` uses, with where each value came from.
    public func inputs(ofAsset asset: Int, threat: Int) -> RiskInputs {
        let resolver = InputResolver(catalog: catalog, method: method, settings: settings, checklist: checklist)
        let item = inventory.assets[asset]
        return resolver.inputs(threat: threat, media: item.media.intersection(catalog.threats[threat].media),
                               rows: settings.rows(ofAsset: inventory.id(of: asset)))
    }
}

/// What one risk's possibility of damage is made of: its scope, likelihood and vulnerability, with where each
/// came from.
public struct RiskInputs: Sendable, Hashable {
    /// Whether the threat is assessed for the asset.
    public var inScope: Bool
    /// The settings line that put the threat in or out of scope, if one did.
    public var scopeLine: Int?
    /// 脅威の起こりやすさ.
    public var likelihood: Int
    /// Where the likelihood came from.
    public var likelihoodSource: LikelihoodSource
    /// 脆弱性のつけ込みやすさ.
    public var vulnerability: Int
    /// Where the vulnerability came from.
    public var vulnerabilitySource: VulnerabilitySource
}

/// Resolves scope, likelihood and vulnerability by the precedence of the settings rows.
struct InputResolver {
    let catalog: Catalog
    let method: ScoringMethod
    let settings: ThreatSettings
    let checklist: Checklist

    /// The inputs of threat `index` from the rows for every asset: the threat's row, then `*`, then the catalog
    /// and the checklist (over all the threat's controls).
    func threatInputs(_ index: Int) -> RiskInputs {
        inputs(threat: index, media: nil, rows: [])
    }

    /// The inputs of threat `index` for an asset whose media the threat meets in `media` (nil: every control of
    /// the threat counts) and whose own settings rows are `rows`.
    func inputs(threat index: Int, media: MediaSet?, rows: [SettingsRow]) -> RiskInputs {
        var likelihood: (Int, LikelihoodSource)?
        var vulnerability: (Int, VulnerabilitySource)?
        var scope: (Bool, Int?)?
        func take(_ row: SettingsRow, _ match: SettingsMatch) {
            if likelihood == nil, let value = row.likelihood {
                likelihood = (value, match == .threat ? .settings(line: row.line) : .settingsRow(line: row.line, match: match))
            }
            if vulnerability == nil, let value = row.vulnerability {
                vulnerability = (value, match == .threat ? .settings(line: row.line) : .settingsRow(line: row.line, match: match))
            }
            if scope == nil, let value = row.inScope { scope = (value, row.line) }
        }
        for row in rows where row.threat == index { take(row, .assetAndThreat) }
        for row in rows where row.threat == nil { take(row, .assetAndAllThreats) }
        if let row = settings.threatRows[index] {
            take(row, .threat)
        } else {
            // Values set on the settings without a row of the file (a program's own settings).
            take(SettingsRow(threat: index, likelihood: settings.likelihood[index],
                             vulnerability: settings.vulnerability[index],
                             inScope: settings.inScope[index] ? nil : false, line: settings.lines[index] ?? 0), .threat)
        }
        if let row = settings.allThreats { take(row, .allThreats) }
        let threat = catalog.threats[index]
        let (likelihoodValue, likelihoodSource) = likelihood ?? (method.likelihoodStep(ofCatalog: threat.likelihood), .catalog)
        let (vulnerabilityValue, vulnerabilitySource) = vulnerability ?? checklistVulnerability(index, media: media)
        return RiskInputs(inScope: scope?.0 ?? true, scopeLine: scope?.1, likelihood: likelihoodValue,
                          likelihoodSource: likelihoodSource, vulnerability: vulnerabilityValue,
                          vulnerabilitySource: vulnerabilitySource)
    }

    /// The vulnerability the checklist gives over the threat's controls that concern `media` (all of them when
    /// nil); the highest step when none of them is answered.
    func checklistVulnerability(_ index: Int, media: MediaSet?) -> (Int, VulnerabilitySource) {
        let controls = media.map { catalog.controls(ofThreat: index, concerning: $0) }
            ?? catalog.controlIndices(ofThreat: index)
        return Assessment.vulnerability(controls: controls, method: method, checklist: checklist)
            ?? (method.vulnerabilitySteps, .none)
    }
}
