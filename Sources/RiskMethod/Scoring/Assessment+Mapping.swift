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
    /// The revision items a threat's risks map to, in number order.
    public func revisionItems(ofThreat index: Int) -> [RevisionItem] {
        catalog.threats[index].revisionItems.compactMap { catalog.item($0) }
    }

    /// The checklist controls of a threat, with their answers.
    public func controlAdvice(ofThreat index: Int) -> [ControlAdvice] {
        catalog.threats[index].controls.compactMap { id in
            catalog.controlIndex(id: id).map { ControlAdvice(control: $0, status: checklist.status[$0]) }
        }
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
