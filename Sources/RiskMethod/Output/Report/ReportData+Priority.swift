/// The control priority of the reports: the controls to do first, with their text.
extension ReportData {
    /// The most controls a report lists; the JSON register has them all.
    static let priorityLimit = 10

    /// The level just below the mapping level, if the method has one.
    var levelBelowMapping: RiskLevel? {
        let levels = method.levels
        guard let position = levels.firstIndex(of: options.mappingLevel(method)), position > 0 else { return nil }
        return levels[position - 1]
    }

    /// The header: rank, control, text, the untreated risks at the mapping level and above and at the level below,
    /// and the number of assets.
    var priorityHeader: [String] {
        var header = [PriorityText.rank(language), PriorityText.control(language), PriorityText.text(language),
                      PriorityText.untreatedAt(language, label(options.mappingLevel(method)))]
        if let below = levelBelowMapping { header.append(PriorityText.untreatedAt(language, label(below))) }
        header.append(PriorityText.assets(language))
        return header
    }

    /// The first rows of the priority, in the columns of `priorityHeader`.
    var priorityRows: [[String]] {
        priority.prefix(Self.priorityLimit).enumerated().map { rank, entry in
            let control = assessment.catalog.controls[entry.control]
            var row = [String(rank + 1), control.id, control.text[language], String(entry.high)]
            if levelBelowMapping != nil { row.append(String(entry.medium)) }
            row.append(String(entry.assets.count))
            return row
        }
    }

    /// The sentence that explains the table, and one for the controls left out.
    var priorityNotes: (explanation: String, more: String?) {
        let below = levelBelowMapping.map(label) ?? "—"
        let explanation = PriorityText.explanation(language, label(options.mappingLevel(method)), below)
        let left = priority.count - Self.priorityLimit
        return (explanation, left > 0 ? PriorityText.more(language, String(left)) : nil)
    }
}
