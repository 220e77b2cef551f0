/// What a threat's risks refer to: its policy clauses, controls and media labels.
extension Assessment {
    /// The organisation's clauses that answer the revision items and controls of a threat that concern at least one
    /// of `media` (a risk's matched media), in order, without repeats.
    public func clauses(ofThreat index: Int, concerning media: MediaSet, policy: PolicyClauses) -> [PolicyClauses.Clause] {
        var sections = revisionItems(ofThreat: index, concerning: media).map { $0.section }
        sections += controlAdvice(ofThreat: index, concerning: media).map { catalog.controls[$0.control].section }
        var seen = Set<PolicyClauses.Clause>()
        return sections.flatMap { policy.clauses(forSection: $0) }.filter { seen.insert($0).inserted }
    }

    /// The `controls` cell of a risk with these matched media: the threat's Annex A numbers of the cited edition
    /// (`A.8.1`; `A.6.2.1` for 2013), then the ids of its checklist controls that concern at least one of `media`.
    public func controlReferences(ofThreat index: Int, concerning media: MediaSet) -> [String] {
        isoReferences(ofThreat: index, concerning: media)
            + catalog.controls(ofThreat: index, concerning: media).map { catalog.controls[$0].id }
    }

    /// The threat's Annex A numbers of the cited edition (``Catalog/edition``) for a risk with these matched media,
    /// as cited (`A.8.1`): every one but those that only controls concerning none of `media` give (a number no
    /// control of the threat gives stays), in the threat's order.
    public func isoReferences(ofThreat index: Int, concerning media: MediaSet) -> [String] {
        let edition = catalog.edition
        let controls = catalog.controlIndices(ofThreat: index)
        return catalog.threats[index].iso(edition).filter { number in
            var given = false
            for control in controls where catalog.controls[control].iso(edition).contains(number) {
                if catalog.controls[control].concerns(media) { return true }
                given = true
            }
            return !given
        }.map { edition.citation($0) }
    }

    /// The name of a medium in `language`: its code in English, its Japanese name in Japanese.
    public func mediumLabel(_ index: Int, in language: Language) -> String {
        Localized(ja: catalog.media[index].name.ja, en: catalog.media[index].code)[language]
    }
}
