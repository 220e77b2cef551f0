/// What a governance item (a revision item tied to no threat) asks of an assessment, and what this one does.
public struct GovernanceItem: Sendable, Hashable {
    /// The revision item number.
    public var item: Int
    /// What the item asks.
    public var asks: Localized
    /// What this assessment does for it.
    public var assessment: Localized
    /// Media whose presence in an inventory triggers the review the item asks for (codes).
    public var triggerMedia: [String]
}

/// The catalog: media, threats, controls, the 77 revision items and the governance items, with lookups.
///
/// The built-in catalog is compiled into the library (``Catalog/builtIn``); a user may replace it by a file of
/// the shape that ``CatalogWriter`` writes.
public struct Catalog: Sendable {
    /// The catalog's version.
    public var version: String
    /// Where its contents come from.
    public var source: Localized
    /// The media (at most 64).
    public var media: [Medium]
    /// The threats.
    public var threats: [Threat]
    /// The checklist controls.
    public var controls: [Control]
    /// The revision items.
    public var items: [RevisionItem]
    /// The governance items.
    public var governance: [GovernanceItem]
    /// ISO/IEC 27001:2022 Annex A, with the 2013 numbers and the crosswalk.
    public var annexA: AnnexA
    /// The edition of ISO/IEC 27001 whose Annex A numbers registers, reports and explanations cite (`--iso`).
    public var edition: ISOEdition = .iso2022

    private var mediumByName: [String: Int] = [:]
    private var threatByID: [String: Int] = [:]
    private var controlByID: [String: Int] = [:]
    private var itemByNumber: [Int: Int] = [:]
    /// Per threat: the indices of its controls, in the threat's order.
    private var threatControls: [[Int]] = []

    /// Creates a catalog and its lookups.
    public init(version: String, source: Localized, media: [Medium], threats: [Threat], controls: [Control],
                items: [RevisionItem], governance: [GovernanceItem], annexA: AnnexA = .empty) {
        self.version = version
        self.source = source
        self.media = media
        self.threats = threats
        self.controls = controls
        self.items = items
        self.governance = governance
        self.annexA = annexA
        for (index, medium) in media.enumerated() {
            for name in [medium.code, medium.name.ja, medium.shortJapaneseName, medium.name.en] {
                let key = Catalog.foldMediumName(name)
                if mediumByName[key] == nil { mediumByName[key] = index }
            }
        }
        for (index, threat) in threats.enumerated() { threatByID[threat.id.uppercased()] = index }
        for (index, control) in controls.enumerated() { controlByID[control.id.uppercased()] = index }
        for (index, item) in items.enumerated() { itemByNumber[item.number] = index }
        threatControls = threats.map { threat in threat.controls.compactMap { controlByID[$0.uppercased()] } }
    }

    /// The indices of the controls of threat `index`, in the threat's order.
    public func controlIndices(ofThreat index: Int) -> [Int] { threatControls[index] }

    /// The index of the medium named by its code, its Japanese name (with or without its parenthetical part) or its
    /// English name; case, width, spaces, hyphens and underscores do not matter (`smart_device`, `Smart Device`).
    public func mediumIndex(named name: String) -> Int? {
        mediumByName[Catalog.foldMediumName(name)]
    }

    /// The index of the threat with this id (case does not matter).
    public func threatIndex(id: String) -> Int? { threatByID[id.uppercased()] }

    /// The index of the control with this id (case does not matter).
    public func controlIndex(id: String) -> Int? { controlByID[id.uppercased()] }

    /// The revision item with this number.
    public func item(_ number: Int) -> RevisionItem? {
        itemByNumber[number].map { items[$0] }
    }

    /// The controls (indices) of threat `index` that concern at least one of `media`, in the threat's order.
    public func controls(ofThreat index: Int, concerning media: MediaSet) -> [Int] {
        threatControls[index].filter { controls[$0].concerns(media) }
    }

    /// The control with this id.
    public func control(id: String) -> Control? {
        controlIndex(id: id).map { controls[$0] }
    }

    /// The threat with this id.
    public func threat(id: String) -> Threat? {
        threatIndex(id: id).map { threats[$0] }
    }

    /// The codes of the media in `set`, in catalog order.
    public func mediaCodes(_ set: MediaSet) -> [String] {
        set.indices.map { media[$0].code }
    }

    /// The numbers of the governance items.
    public var governanceItemNumbers: [Int] { governance.map { $0.item } }

    static func foldMediumName(_ name: String) -> String {
        WidthFolding.fold(name).lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" }
    }
}
