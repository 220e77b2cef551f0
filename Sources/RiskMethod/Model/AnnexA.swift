/// An edition of ISO/IEC 27001 whose Annex A controls the outputs cite.
public enum ISOEdition: String, Sendable, CaseIterable {
    /// ISO/IEC 27001:2013, 114 controls numbered `A.5.1.1` … `A.18.2.3`.
    case iso2013 = "2013"
    /// ISO/IEC 27001:2022, 93 controls numbered `5.1` … `8.34` in four themes.
    case iso2022 = "2022"

    /// The edition's name, such as `ISO/IEC 27001:2022`.
    public var name: String { "ISO/IEC 27001:" + rawValue }

    /// How a risk or a catalog control cites a control of this edition: 2013 numbers as written (`A.12.6.1`),
    /// 2022 numbers with the Annex's letter (`8.8` → `A.8.8`), so that a cell never reads like a guideline section.
    public func citation(_ id: String) -> String {
        switch self {
        case .iso2013: id
        case .iso2022: "A." + id
        }
    }
}

/// The four themes of ISO/IEC 27001:2022 Annex A.
public enum AnnexATheme: String, Sendable, CaseIterable {
    /// Clause 5: organizational controls.
    case organizational
    /// Clause 6: people controls.
    case people
    /// Clause 7: physical controls.
    case physical
    /// Clause 8: technological controls.
    case technological

    /// The theme's name: 組織的管理策 … in Japanese, its code in English.
    public var name: Localized {
        switch self {
        case .organizational: Localized(ja: "組織的管理策", en: rawValue)
        case .people: Localized(ja: "人的管理策", en: rawValue)
        case .physical: Localized(ja: "物理的管理策", en: rawValue)
        case .technological: Localized(ja: "技術的管理策", en: rawValue)
        }
    }

    /// The theme's clause number in Annex A (5–8).
    public var clause: Int {
        switch self {
        case .organizational: 5
        case .people: 6
        case .physical: 7
        case .technological: 8
        }
    }
}

/// A control of ISO/IEC 27001:2022 Annex A: its number, theme, a short title of ours, and the 2013 controls it
/// continues (from ISO/IEC 27002:2022 Annex B; none for the eleven controls new in 2022).
public struct AnnexAControl: Sendable, Hashable {
    /// The number, such as `8.8`.
    public var id: String
    /// The theme, which the number's first part gives.
    public var theme: AnnexATheme
    /// A short title in our own words, in Japanese and English.
    public var title: Localized
    /// The ISO/IEC 27001:2013 controls it continues, such as `A.12.6.1`.
    public var from2013: [String]

    /// Creates a control.
    public init(id: String, theme: AnnexATheme, title: Localized, from2013: [String]) {
        self.id = id
        self.theme = theme
        self.title = title
        self.from2013 = from2013
    }

    /// Whether the control is new in 2022 (continues no 2013 control).
    public var isNew: Bool { from2013.isEmpty }
}

/// Annex A of ISO/IEC 27001:2022 with the numbers of the 2013 edition it replaced, and the crosswalk between them.
public struct AnnexA: Sendable {
    /// The 93 controls of 2022, in the Annex's order.
    public var controls: [AnnexAControl]
    /// The 114 control numbers of 2013, in that Annex's order.
    public var controls2013: [String]
    private var indexByID: [String: Int] = [:]

    /// Creates the annex and its lookup.
    public init(controls: [AnnexAControl], controls2013: [String]) {
        self.controls = controls
        self.controls2013 = controls2013
        for (index, control) in controls.enumerated() { indexByID[control.id] = index }
    }

    /// An annex with no controls.
    public static let empty = AnnexA(controls: [], controls2013: [])

    /// The index of the 2022 control numbered `id` (`8.8`, or `A.8.8`).
    public func index(of id: String) -> Int? {
        indexByID[id] ?? (id.hasPrefix("A.") ? indexByID[String(id.dropFirst(2))] : nil)
    }

    /// The 2022 controls that continue the 2013 control `id`, in the Annex's order.
    public func successors(of id: String) -> [Int] {
        controls.indices.filter { controls[$0].from2013.contains(id) }
    }
}
