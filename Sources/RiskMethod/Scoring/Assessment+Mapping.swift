/// A control that answers a risk, with what the checklist says of it.
public struct ControlAdvice: Sendable, Hashable {
    /// The control's index in the catalog.
    public var control: Int
    /// The checklist's answer, or nil when the checklist does not list it.
    public var status: ControlStatus?

    /// Whether the control is a recommended action: anything but done or not applicable.
    public var isRecommended: Bool {
        switch status {
        case .done, .notApplicable: false
        case .partial, .notDone, .unknown, nil: true
        }
    }
}

extension Assessment {
    /// Every revision item of a threat, whatever media its links concern, in the catalog's order. A risk lists only
    /// those of its media: ``revisionItems(ofThreat:concerning:)``.
    public func revisionItems(ofThreat index: Int) -> [RevisionItem] {
        catalog.threats[index].revisionItems.compactMap { catalog.item($0) }
    }

    /// Every checklist control of a threat, whatever media it concerns, with its answer. A risk lists only those of
    /// its media: ``controlAdvice(ofThreat:concerning:)``.
    public func controlAdvice(ofThreat index: Int) -> [ControlAdvice] {
        catalog.controlIndices(ofThreat: index).map { ControlAdvice(control: $0, status: checklist.status[$0]) }
    }

    /// The revision items of a threat whose link concerns at least one of `media` (a link for every medium always
    /// does), in the catalog's order: what a risk with these matched media maps to.
    public func revisionItems(ofThreat index: Int, concerning media: MediaSet) -> [RevisionItem] {
        catalog.threats[index].revisionItems(concerning: media).compactMap { catalog.item($0) }
    }

    /// The checklist controls of a threat that concern at least one of `media`, with their answers: what a risk
    /// with these matched media is advised.
    public func controlAdvice(ofThreat index: Int, concerning media: MediaSet) -> [ControlAdvice] {
        catalog.controls(ofThreat: index, concerning: media).map { ControlAdvice(control: $0, status: checklist.status[$0]) }
    }

    /// The revision items of a risk: those of its threat that concern its matched media.
    public func revisionItems(of risk: Risk) -> [RevisionItem] {
        revisionItems(ofThreat: Int(risk.threat), concerning: matchedMedia(risk))
    }

    /// The controls of a risk, with their answers: those of its threat that concern its matched media.
    public func controlAdvice(of risk: Risk) -> [ControlAdvice] {
        controlAdvice(ofThreat: Int(risk.threat), concerning: matchedMedia(risk))
    }

    /// Whether a risk is at or above `level`, and so mapped in full.
    public func isMapped(_ risk: Risk, atOrAbove level: RiskLevel) -> Bool {
        self.level(risk) >= level
    }

    /// The number of risks at or above `level`.
    public func count(atOrAbove level: RiskLevel) -> Int {
        levelCounts.filter { $0.key >= level }.map { $0.value }.reduce(0, +)
    }
}
