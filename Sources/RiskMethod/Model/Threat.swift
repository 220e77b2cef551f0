/// A threat (脅威) of the catalog: what it harms, the media it applies to and what it maps to.
public struct Threat: Sendable, Hashable {
    /// The id, such as `T01`.
    public var id: String
    /// The name in Japanese and English.
    public var name: Localized
    /// The properties the threat harms.
    public var affects: PropertySet
    /// The media the threat applies to, as catalog indices.
    public var media: MediaSet
    /// The default likelihood, 1–3.
    public var likelihood: Int
    /// The revision items (項番) a risk of this threat maps to.
    public var revisionItems: [Int]
    /// Per revision item (parallel to `revisionItems`): the media the link concerns; empty for every medium.
    public var revisionItemMedia: [MediaSet]
    /// The ISO/IEC 27001:2013 Annex A controls the threat maps to, such as `A.6.2.1`.
    public var iso2013: [String]
    /// The ISO/IEC 27001:2022 Annex A controls the threat maps to, such as `8.1`.
    public var iso2022: [String]
    /// The checklist controls that lower the threat, by id.
    public var controls: [String]

    /// Creates a threat.
    public init(id: String, name: Localized, affects: PropertySet, media: MediaSet, likelihood: Int,
                revisionItems: [Int], iso2013: [String], iso2022: [String] = [], controls: [String],
                revisionItemMedia: [MediaSet]? = nil) {
        self.id = id
        self.name = name
        self.affects = affects
        self.media = media
        self.likelihood = likelihood
        self.revisionItems = revisionItems
        self.revisionItemMedia = revisionItemMedia ?? Array(repeating: MediaSet(), count: revisionItems.count)
        self.iso2013 = iso2013
        self.iso2022 = iso2022
        self.controls = controls
    }

    /// The Annex A controls of `edition` the threat maps to, as the catalog numbers them.
    public func iso(_ edition: ISOEdition) -> [String] { edition == .iso2013 ? iso2013 : iso2022 }

    /// The revision items whose link concerns at least one of `media`, in the catalog's order.
    public func revisionItems(concerning media: MediaSet) -> [Int] {
        revisionItems.indices.filter { revisionItemMedia[$0].isEmpty || !revisionItemMedia[$0].intersection(media).isEmpty }
            .map { revisionItems[$0] }
    }
}

/// A control of the checklist (対策): one thing an organisation does, or not, against threats.
public struct Control: Sendable, Hashable {
    /// The id, such as `M01`.
    public var id: String
    /// The checkable statement in Japanese and English.
    public var text: Localized
    /// The threats the control lowers, by id.
    public var threats: [String]
    /// The guideline section the control comes from, as the seed writes it.
    public var section: String
    /// The revision items the control comes from.
    public var revisionItems: [Int]
    /// Its ISO/IEC 27001:2013 Annex A numbers.
    public var iso2013: [String]
    /// Its ISO/IEC 27001:2022 Annex A numbers.
    public var iso2022: [String]
    /// The media the control concerns; empty for every medium.
    public var media: MediaSet

    /// Creates a control.
    public init(id: String, text: Localized, threats: [String], section: String, revisionItems: [Int], iso2013: [String],
                iso2022: [String] = [], media: MediaSet = MediaSet()) {
        self.id = id
        self.text = text
        self.threats = threats
        self.section = section
        self.revisionItems = revisionItems
        self.iso2013 = iso2013
        self.iso2022 = iso2022
        self.media = media
    }

    /// Its Annex A numbers of `edition`, as the catalog numbers them.
    public func iso(_ edition: ISOEdition) -> [String] { edition == .iso2013 ? iso2013 : iso2022 }

    /// Whether the control concerns at least one of `media` (a control for every medium concerns any).
    public func concerns(_ media: MediaSet) -> Bool { self.media.isEmpty || !self.media.intersection(media).isEmpty }
}

/// One of the 77 revision items (項番) of the MIC table of 2014, word for word.
public struct RevisionItem: Sendable, Hashable {
    /// 項番, 1–77.
    public var number: Int
    /// ガイドライン等の対象箇所, such as `「3.6.5　不正アクセス対策」`.
    public var section: String
    /// 改定の理由.
    public var reason: String
    /// 区分 of 改定の要求元とその背景.
    public var origin: String
    /// 要求元, with its clause where given.
    public var requester: String
    /// 改定の背景.
    public var background: String
    /// 改定分類: 明確化, 管理強化, 推奨 or ―.
    public var category: String
    /// 対象ページ, as written.
    public var pages: String
    /// 改定方針（改定是非、改定レベル）.
    public var policy: String
    /// 改定の方向性.
    public var direction: String
    /// A short English summary (ours, not the seed's).
    public var summaryEnglish: String

    /// Creates an item.
    public init(number: Int, section: String, reason: String, origin: String, requester: String, background: String,
                category: String, pages: String, policy: String, direction: String, summaryEnglish: String) {
        self.number = number
        self.section = section
        self.reason = reason
        self.origin = origin
        self.requester = requester
        self.background = background
        self.category = category
        self.pages = pages
        self.policy = policy
        self.direction = direction
        self.summaryEnglish = summaryEnglish
    }

    /// The section number without brackets or title, such as `3.6.5`; empty for items that name a document.
    public var sectionNumber: String {
        RevisionItem.sectionNumber(of: section)
    }

    /// The section as people read it: `3.6.5 不正アクセス対策`.
    public var sectionTitle: String {
        RevisionItem.plainSection(section)
    }

    /// The section number at the start of a section text such as `「3.6.5　不正アクセス対策」`.
    public static func sectionNumber(of section: String) -> String {
        let plain = plainSection(section)
        var number = String(plain.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
        while number.hasSuffix(".") { number.removeLast() }
        return number
    }

    /// A section text without its 「」 and with its full-width space made one ASCII space.
    public static func plainSection(_ section: String) -> String {
        var text = section
        if text.hasPrefix("「") { text.removeFirst() }
        if text.hasSuffix("」") { text.removeLast() }
        return text.replacingAll("\u{3000}", with: " ")
    }
}
