/// The words of the control priority (対策の優先順位) in the reports.
public enum PriorityText: String, MessageCatalog {
    case heading = "priority.heading"
    case explanation = "priority.explanation"
    case rank = "priority.rank"
    case control = "priority.control"
    case text = "priority.text"
    case untreatedAt = "priority.untreated-at"
    case assets = "priority.assets"
    case more = "priority.more"
    case nothing = "priority.nothing"

    public var templates: Localized {
        switch self {
        case .heading: Localized("対策の優先順位", "Controls to do first")
        case .explanation: Localized("未対応のリスクのうち{1}以上と{2}のものが推奨する対策を、解消するリスクの多い順に示します。",
                                     "The controls that untreated risks at {1} and above, and at {2}, recommend, by how many of those risks each would close.")
        case .rank: Localized("順位", "Rank")
        case .control: Localized("対策ID", "Control")
        case .text: Localized("対策", "Text")
        case .untreatedAt: Localized("{1}", "{1}")
        case .assets: Localized("資産数", "Assets")
        case .more: Localized("ほか {1} 件の対策は JSON の summary.control_priority にあります。",
                              "{1} more controls are listed in the JSON register's summary.control_priority.")
        case .nothing: Localized("推奨する対策のある未対応のリスクはありません。", "No untreated risk recommends a control.")
        }
    }
}
