/// Writes a register diff as a terminal report or Markdown.
public struct DiffWriter: Sendable {
    /// The diff.
    public var diff: RegisterDiff
    /// The language.
    public var language: Language
    /// The old and new file names.
    public var files: (old: String, new: String)

    /// Creates a writer.
    public init(diff: RegisterDiff, language: Language, files: (old: String, new: String)) {
        self.diff = diff
        self.language = language
        self.files = files
    }

    struct Section {
        let title: String
        let header: [String]
        let rows: [[String]]
    }

    var sections: [Section] {
        let ja = language == .ja
        func score(_ score: RegisterSnapshot.Score?) -> String {
            guard let score else { return "-" }
            return "\(score.value) \(RiskLevel(code: score.level).map { ScoringMethod.mic.label($0, in: language) } ?? score.level)"
        }
        func state(_ state: RegisterSnapshot.AssetState) -> String {
            "C\(state.confidentiality) I\(state.integrity) A\(state.availability) \(state.personalData) [\(state.media.joined(separator: "|"))]"
        }
        let riskHeader = ja ? ["リスクID", "前回", "今回"] : ["risk id", "before", "after"]
        var result = [
            Section(title: ja ? "新たなリスク" : "New risks", header: riskHeader,
                    rows: diff.new.map { [$0.riskID, "-", score($0.to)] }),
            Section(title: ja ? "なくなったリスク" : "Closed risks", header: riskHeader,
                    rows: diff.closed.map { [$0.riskID, score($0.from), "-"] }),
            Section(title: ja ? "変わったリスク" : "Changed risks", header: riskHeader,
                    rows: diff.changed.map { [$0.riskID, score($0.from), score($0.to)] }),
            Section(title: ja ? "追加された資産" : "Assets added", header: [ja ? "資産ID" : "asset id"],
                    rows: diff.assetsAdded.map { [$0] }),
            Section(title: ja ? "削除された資産" : "Assets removed", header: [ja ? "資産ID" : "asset id"],
                    rows: diff.assetsRemoved.map { [$0] }),
            Section(title: ja ? "格付け・媒体が変わった資産" : "Assets reclassified",
                    header: ja ? ["資産ID", "前回", "今回"] : ["asset id", "before", "after"],
                    rows: diff.assetsReclassified.map { [$0.assetID, state($0.from), state($0.to)] }),
        ]
        var notes: [[String]] = []
        if !diff.mediaAdded.isEmpty {
            notes.append([ja ? "初めて使われた媒体" : "media used for the first time", diff.mediaAdded.joined(separator: ", ")])
        }
        notes.append([ja ? "評価方法" : "method", diff.methodChanged ? (ja ? "変更あり" : "changed") : (ja ? "変更なし" : "unchanged")])
        if let catalog = diff.catalogChanged {
            notes.append([ja ? "カタログ" : "catalog", "\(catalog.from) → \(catalog.to)"])
        } else {
            notes.append([ja ? "カタログ" : "catalog", ja ? "変更なし" : "unchanged"])
        }
        for trigger in diff.reviewTriggers {
            notes.append([ja ? "見直しの契機（項番 \(trigger.item)）" : "review trigger (item \(trigger.item))",
                          trigger.media.joined(separator: ", ")])
        }
        result.append(Section(title: ja ? "評価の条件" : "Assessment", header: [ja ? "項目" : "what", ja ? "内容" : "detail"], rows: notes))
        return result
    }

    /// The diff for the terminal.
    public func text() -> String {
        var output = language == .ja ? "\(files.old) → \(files.new) の変化\n" : "Changes from \(files.old) to \(files.new)\n"
        for section in sections {
            output += "\n\(section.title) (\(section.rows.count))\n"
            if !section.rows.isEmpty { output += TextTable(header: section.header, rows: section.rows).render() }
        }
        return output
    }

    /// The diff as Markdown.
    public func markdown() -> String {
        var output = language == .ja ? "# リスク台帳の差分\n\n" : "# Risk register diff\n\n"
        output += "\(Markdown.escape(files.old)) → \(Markdown.escape(files.new))\n"
        for section in sections {
            output += "\n## \(Markdown.escape(section.title)) (\(section.rows.count))\n\n"
            output += section.rows.isEmpty ? (language == .ja ? "なし\n" : "None\n") : Markdown.table(section.header, section.rows)
        }
        return output
    }
}
