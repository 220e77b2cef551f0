/// A part of the catalog, as `risk catalog` names it.
public enum CatalogPart: String, Sendable, CaseIterable {
    case items, threats, controls, media, iso27001, all
}

/// Writes the catalog, or one part of it, as JSON, CSV or a table; filters by a search text.
///
/// `all` as JSON is a catalog file that ``CatalogReader`` reads back.
public struct CatalogWriter: Sendable {
    /// The catalog.
    public var catalog: Catalog
    /// The language of tables and CSV headers.
    public var language: Language

    /// Creates a writer.
    public init(catalog: Catalog, language: Language) {
        self.catalog = catalog
        self.language = language
    }

    // MARK: JSON

    /// The whole catalog as a catalog file.
    public var document: JSON {
        [
            "schema": "risk-catalog/1", "version": .string(catalog.version), "source": .localized(catalog.source),
            "media": .array(catalog.media.map(Self.json)), "threats": .array(catalog.threats.map(json)),
            "controls": .array(catalog.controls.map(json)), "items": .array(catalog.items.map(Self.json)),
            "governance": .array(catalog.governance.map(Self.json)), "iso27001": annexADocument,
        ]
    }

    static func json(_ medium: Medium) -> JSON {
        ["code": .string(medium.code), "name": .localized(medium.name)]
    }

    func json(_ threat: Threat) -> JSON {
        [
            "id": .string(threat.id), "name": .localized(threat.name), "affects": .strings(threat.affects.letters),
            "media": .strings(catalog.mediaCodes(threat.media)), "likelihood": .int(threat.likelihood),
            "revision_items": .ints(threat.revisionItems), "revision_item_media": itemMedia(threat),
            "iso27001_2013": .strings(threat.iso2013), "iso27001_2022": .strings(threat.iso2022),
            "controls": .strings(threat.controls),
        ]
    }

    /// A threat's `revision_item_media`: the links that concern only some media, by item number.
    func itemMedia(_ threat: Threat) -> JSON {
        var members: [String: JSON] = [:]
        for (number, media) in zip(threat.revisionItems, threat.revisionItemMedia) where !media.isEmpty {
            members[String(number)] = .strings(catalog.mediaCodes(media))
        }
        return .object(members)
    }

    func json(_ control: Control) -> JSON {
        [
            "id": .string(control.id), "text": .localized(control.text), "threats": .strings(control.threats),
            "media": .strings(catalog.mediaCodes(control.media)), "section": .string(control.section),
            "revision_items": .ints(control.revisionItems), "iso27001_2013": .strings(control.iso2013),
            "iso27001_2022": .strings(control.iso2022),
        ]
    }

    static func json(_ item: RevisionItem) -> JSON {
        [
            "number": .int(item.number), "section": .string(item.section), "reason": .string(item.reason),
            "origin": .string(item.origin), "requester": .string(item.requester), "background": .string(item.background),
            "category": .string(item.category), "pages": .string(item.pages), "policy": .string(item.policy),
            "direction": .string(item.direction), "summary_en": .string(item.summaryEnglish),
        ]
    }

    static func json(_ item: GovernanceItem) -> JSON {
        ["item": .int(item.item), "asks": .localized(item.asks), "assessment": .localized(item.assessment),
         "trigger_media": .strings(item.triggerMedia)]
    }

    /// A part as JSON: `all` is the catalog file; the others are lists.
    public func json(_ part: CatalogPart, search: String? = nil) -> JSON {
        switch part {
        case .all:
            guard search != nil else { return document }
            return [
                "media": .array(media(matching: search).map(Self.json)),
                "threats": .array(threats(matching: search).map(json)),
                "controls": .array(controls(matching: search).map(json)),
                "items": .array(items(matching: search).map(Self.json)),
                "iso27001": .array(annexA(matching: search).map(annexAEntry)),
            ]
        case .items: return .array(items(matching: search).map(Self.json))
        case .threats: return .array(threats(matching: search).map(json))
        case .controls: return .array(controls(matching: search).map(json))
        case .media: return .array(media(matching: search).map(Self.json))
        case .iso27001: return .array(annexA(matching: search).map(annexAEntry))
        }
    }

    // MARK: Search

    /// Whether any of `texts` holds `search` (case, width and surrounding spaces do not matter).
    static func matches(_ search: String?, _ texts: [String]) -> Bool {
        guard let search else { return true }
        let needle = WidthFolding.fold(search).lowercased()
        guard !needle.isEmpty else { return true }
        return texts.contains { WidthFolding.fold($0).lowercased().includes(needle) }
    }

    func items(matching search: String?) -> [RevisionItem] {
        catalog.items.filter {
            Self.matches(search, [String($0.number), $0.section, $0.reason, $0.origin, $0.requester, $0.background,
                                  $0.category, $0.pages, $0.policy, $0.direction, $0.summaryEnglish])
        }
    }

    func threats(matching search: String?) -> [Threat] {
        catalog.threats.filter {
            Self.matches(search, [$0.id, $0.name.ja, $0.name.en] + $0.iso2013 + annexACitations($0.iso2022) + catalog.mediaCodes($0.media))
        }
    }

    func controls(matching search: String?) -> [Control] {
        catalog.controls.filter {
            Self.matches(search, [$0.id, $0.text.ja, $0.text.en, $0.section] + $0.iso2013 + annexACitations($0.iso2022)
                + $0.threats + catalog.mediaCodes($0.media))
        }
    }

    func media(matching search: String?) -> [Medium] {
        catalog.media.filter { Self.matches(search, [$0.code, $0.name.ja, $0.name.en]) }
    }

    // MARK: Rows for CSV and tables

    /// The header and rows of a part (not `all`).
    public func rows(_ part: CatalogPart, search: String? = nil, full: Bool) -> (header: [String], rows: [[String]]) {
        func headers(_ keys: [OutputText]) -> [String] { keys.map { $0(language) } }
        func cut(_ text: String, _ width: Int) -> String { full ? text : DisplayWidth.truncate(text, to: width) }
        switch part {
        case .items, .all:
            let header = headers([.itemNumber, .itemSection, .itemReason, .itemOrigin, .itemRequester, .itemBackground,
                                 .itemCategory, .itemPages, .itemPolicy, .itemDirection, .itemSummary])
            let rows = items(matching: search).map { item in
                [String(item.number), item.section, cut(item.reason, 30), item.origin, cut(item.requester, 20),
                 cut(item.background, 30), item.category, item.pages, cut(item.policy, 40), cut(item.direction, 30),
                 cut(item.summaryEnglish, 40)]
            }
            if full { return (header, rows) }
            // The terminal shows the columns that fit.
            let pick = [0, 1, 6, 7, 8, 10]
            return (pick.map { header[$0] }, rows.map { row in pick.map { row[$0] } })
        case .threats:
            let header = headers([.threatID, .threatName, .threatAffects, .threatMedia, .threatLikelihood, .threatItems,
                                 .threatISO, .threatISO2022, .threatControls])
            let rows = threats(matching: search).map { threat in
                [threat.id, cut(threat.name[language], 28), threat.affects.letters.joined(separator: " "),
                 catalog.mediaCodes(threat.media).joined(separator: "|"), String(threat.likelihood),
                 threat.revisionItems.map(String.init).joined(separator: "|"), threat.iso2013.joined(separator: "|"),
                 threat.iso2022.joined(separator: "|"), threat.controls.joined(separator: "|")]
            }
            return (header, rows)
        case .controls:
            let header = headers([.controlID, .controlText, .controlThreats, .controlMedia, .controlSection, .controlItems,
                                 .controlISO, .controlISO2022])
            let rows = controls(matching: search).map { control in
                [control.id, cut(control.text[language], 48), control.threats.joined(separator: "|"),
                 cut(mediaLabels(control.media), 24), control.section,
                 control.revisionItems.map(String.init).joined(separator: "|"), control.iso2013.joined(separator: "|"),
                 control.iso2022.joined(separator: "|")]
            }
            return (header, rows)
        case .iso27001:
            return annexARows(search: search, full: full)
        case .media:
            return (headers([.mediumCode, .mediumName, .mediumEnglish]), media(matching: search).map { [$0.code, $0.name.ja, $0.name.en] })
        }
    }

    /// The short labels of `media` joined by `|` (codes in English, Japanese names without their parenthetical part in
    /// Japanese), or the word for every medium when the set is empty.
    func mediaLabels(_ media: MediaSet) -> String {
        guard !media.isEmpty else { return OutputText.everyMedium(language) }
        return media.indices.map { Localized(ja: catalog.media[$0].shortJapaneseName, en: catalog.media[$0].code)[language] }
            .joined(separator: "|")
    }

    /// A part as CSV (with a BOM in Japanese); `all` writes the items.
    public func csv(_ part: CatalogPart, search: String? = nil) -> [UInt8] {
        let (header, rows) = self.rows(part, search: search, full: true)
        var output = language.csvByteOrderMark
        output.append(contentsOf: CSVCell.row(header))
        for row in rows { output.append(contentsOf: CSVCell.row(row)) }
        return output
    }

    /// A part as a terminal table; `all` shows every part in turn.
    public func table(_ part: CatalogPart, search: String? = nil) -> String {
        if part == .all {
            return [CatalogPart.media, .threats, .controls, .items, .iso27001].map { table($0, search: search) }.joined(separator: "\n")
        }
        let (header, rows) = self.rows(part, search: search, full: false)
        return TextTable(header: header, rows: rows).render()
    }
}
