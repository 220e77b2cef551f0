/// What each threat uses, by the rules of the method: scope, likelihood and vulnerability.
extension Assessment {
    /// Each threat's scope, likelihood (the settings file, else the catalog's default) and vulnerability.
    static func contexts(catalog: Catalog, method: ScoringMethod, settings: ThreatSettings,
                         checklist: Checklist) -> [ThreatContext] {
        catalog.threats.enumerated().map { index, threat in
            var likelihood = method.likelihoodStep(ofCatalog: threat.likelihood)
            var likelihoodSource = LikelihoodSource.catalog
            if let given = settings.likelihood[index] {
                likelihood = given
                likelihoodSource = .settings(line: settings.lines[index] ?? 0)
            }
            let (vulnerability, vulnerabilitySource) = Assessment.vulnerability(
                of: index, threat: threat, catalog: catalog, method: method, settings: settings, checklist: checklist)
            return ThreatContext(inScope: settings.inScope[index], likelihood: likelihood,
                                 likelihoodSource: likelihoodSource, vulnerability: vulnerability,
                                 vulnerabilitySource: vulnerabilitySource,
                                 possibility: method.possibility(likelihood: likelihood, vulnerability: vulnerability))
        }
    }

    /// Vulnerability, first match wins: the settings file; the checklist (all done: the lowest step; all not done
    /// or unknown: the highest; any other mix: the middle one, 2 of 3; nothing but n/a falls through); otherwise the
    /// highest step, the inherent risk before controls.
    static func vulnerability(of index: Int, threat: Threat, catalog: Catalog, method: ScoringMethod,
                              settings: ThreatSettings, checklist: Checklist) -> (Int, VulnerabilitySource) {
        if let given = settings.vulnerability[index] {
            return (given, .settings(line: settings.lines[index] ?? 0))
        }
        var done: [Int] = [], partial: [Int] = [], notDone: [Int] = [], unknown: [Int] = []
        for id in threat.controls {
            guard let control = catalog.controlIndex(id: id), let status = checklist.status[control] else { continue }
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
        guard answered > 0 else { return (highest, .none) }
        let source = VulnerabilitySource.checklist(done: done, partial: partial, notDone: notDone, unknown: unknown)
        if done.count == answered { return (1, source) }
        if notDone.count + unknown.count == answered { return (highest, source) }
        return ((highest + 1) / 2, source)
    }
}
