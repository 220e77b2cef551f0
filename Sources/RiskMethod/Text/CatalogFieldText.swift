/// The sentences about what is wrong with a catalog file's fields: its schema, references to media, threats, controls
/// or items the catalog does not have, and values out of bounds. Each sentence follows the field's path, as
/// ``ProblemText`` places it; the problems every JSON file shares are in ``FieldText``.
public enum CatalogFieldText: String, MessageCatalog {
    case wrongSchema = "catalog.wrong-schema"
    case tooManyMedia = "catalog.too-many-media"
    case mediumCode = "catalog.medium-code"
    case tooManyThreats = "catalog.too-many-threats"
    case unknownProperty = "catalog.unknown-property"
    case noProperty = "catalog.no-property"
    case unknownMedium = "catalog.unknown-medium"
    case noMedium = "catalog.no-medium"
    case unknownMediumOf = "catalog.unknown-medium-of"
    case itemMediaKey = "catalog.item-media-key"
    case itemMediaUnlisted = "catalog.item-media-unlisted"
    case unknownThreat = "catalog.unknown-threat"
    case unknownControl = "catalog.unknown-control"
    case controlsDisagree = "catalog.controls-disagree"
    case unknownItem = "catalog.unknown-item"
    case unknownCategory = "catalog.unknown-category"
    case governanceItem = "catalog.governance-unknown-item"
    case annexAID = "catalog.annex-a-id"
    case unknownAnnexA2013 = "catalog.unknown-annex-a-2013"
    case unknownAnnexA2022 = "catalog.unknown-annex-a-2022"
    case unknownTheme = "catalog.unknown-theme"
    case themeDisagrees = "catalog.theme-disagrees"

    public var templates: Localized {
        switch self {
        case .wrongSchema: Localized("は risk-catalog/1 です（{1} でした）", "must be risk-catalog/1, found {1}")
        case .tooManyMedia: Localized("に {1} 件あります（64 件まで）", "holds {1} media; at most 64 are supported")
        case .mediumCode: Localized("は半角英数字と - で書いてください（{1} でした）", "must be ASCII letters, digits and '-', found {1}")
        case .tooManyThreats: Localized("に {1} 件あります（255 件まで）", "holds {1} threats; at most 255 are supported")
        case .unknownProperty: Localized("は C、I、A のいずれかです（{1} でした）", "must hold C, I or A, found {1}")
        case .noProperty: Localized("には C、I、A の少なくとも一つが必要です", "must name at least one of C, I, A")
        case .unknownMedium: Localized("にカタログにない媒体があります: {1}", "names no medium of the catalog: {1}")
        case .noMedium: Localized("には媒体が一つ以上必要です", "must name at least one medium")
        case .unknownMediumOf: Localized("にカタログにない媒体があります: {1}（使える媒体: {2}）",
                                         "names no medium: {1} (media: {2})")
        case .itemMediaKey: Localized("のキーは項番（1 以上の整数）です（{1} でした）",
                                      "must have item numbers (whole numbers from 1) as keys, found {1}")
        case .itemMediaUnlisted: Localized("の項番 {1} は revision_items にありません",
                                           "names item {1}, which revision_items does not list")
        case .unknownThreat: Localized("にカタログにない脅威があります: {1}", "names no threat of the catalog: {1}")
        case .unknownControl: Localized("にカタログにない対策があります: {1}", "names no control of the catalog: {1}")
        case .controlsDisagree: Localized("は {1} を対象とする対策と一致する必要があります: [{2}]（[{3}] でした）",
                                          "must list the controls whose threats name {1}: [{2}], found [{3}]")
        case .unknownItem: Localized("にカタログにない項番があります: {1}", "names no item of the catalog: {1}")
        case .unknownCategory: Localized("は 明確化、管理強化、推奨、― のいずれかです（{1} でした）",
                                         "must be one of 明確化, 管理強化, 推奨, ―; found {1}")
        case .governanceItem: Localized("はカタログにない項番です: {1}", "names no item of the catalog: {1}")
        case .annexAID: Localized("は 5.1 のような附属書Aの番号です（{1} でした）",
                                  "must be an Annex A number such as 5.1, found {1}")
        case .unknownAnnexA2013: Localized("に ISO/IEC 27001:2013 附属書Aにない管理策があります: {1}",
                                           "names no control of ISO/IEC 27001:2013 Annex A: {1}")
        case .unknownAnnexA2022: Localized("に ISO/IEC 27001:2022 附属書Aにない管理策があります: {1}",
                                           "names no control of ISO/IEC 27001:2022 Annex A: {1}")
        case .unknownTheme: Localized("は organizational、people、physical、technological のいずれかです（{1} でした）",
                                      "must be one of organizational, people, physical, technological; found {1}")
        case .themeDisagrees: Localized("のテーマ {1} は番号 {2} と合いません（5 組織、6 人、7 物理、8 技術）",
                                        "theme {1} does not fit number {2} (5 organizational, 6 people, 7 physical, 8 technological)")
        }
    }
}
