/// What a threat's risks refer to: its policy clauses, controls and media labels.
extension Assessment {
    /// The organisation's clauses that answer a threat's revision items and controls, in order, without repeats.
    public func clauses(ofThreat index: Int, policy: PolicyClauses) -> [PolicyClauses.Clause] {
        var sections = revisionItems(ofThreat: index).map { $0.section }
        sections += controlAdvice(ofThreat: index).map { catalog.controls[$0.control].section }
        var seen = Set<PolicyClauses.Clause>()
        return sections.flatMap { policy.clauses(forSection: $0) }.filter { seen.insert($0).inserted }
    }

    /// The `controls` cell of a threat: its Annex A numbers, then its checklist control ids.
    public func controlReferences(ofThreat index: Int) -> [String] {
        let threat = catalog.threats[index]
        return threat.iso27001 + threat.controls
    }

    /// The name of a medium in `language`: its code in English, its Japanese name in Japanese.
    public func mediumLabel(_ index: Int, in language: Language) -> String {
        Localized(ja: catalog.media[index].name.ja, en: catalog.media[index].code)[language]
    }
}
