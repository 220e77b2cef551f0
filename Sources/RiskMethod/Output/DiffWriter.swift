/// Writes a register diff as a terminal report or Markdown.
public struct DiffWriter: Sendable {
    /// The diff.
    public var diff: RegisterDiff
    /// The language.
    public var language: Language
    /// The old and new file names.
    public var files: (old: String, new: String)

    /// Creates a writer.
    /// Who the comparison is from and when, if given.
    public var document = DocumentInfo()

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

    /// A text of the diff, in its language.
    private func say(_ key: OutputText) -> String { key(language) }

    var sections: [Section] {
        func score(_ score: RegisterSnapshot.Score?) -> String {
            guard let score else { return "-" }
            return "\(score.value) \(score.label?[language] ?? score.level)"
        }
        func state(_ state: RegisterSnapshot.AssetState) -> String {
            "C\(state.confidentiality) I\(state.integrity) A\(state.availability) \(state.personalData) [\(state.media.joined(separator: "|"))]"
        }
        let riskHeader = [say(.diffRiskID), say(.diffBefore), say(.diffAfter)]
        var result = [
            Section(title: say(.newRisks), header: riskHeader,
                    rows: diff.new.map { [$0.riskID, "-", score($0.to)] }),
            Section(title: say(.closedRisks), header: riskHeader,
                    rows: diff.closed.map { [$0.riskID, score($0.from), "-"] }),
            Section(title: say(.changedRisks), header: riskHeader,
                    rows: diff.changed.map { [$0.riskID, score($0.from), score($0.to)] }),
            Section(title: say(.assetsAdded), header: [say(.diffAssetID)],
                    rows: diff.assetsAdded.map { [$0] }),
            Section(title: say(.assetsRemoved), header: [say(.diffAssetID)],
                    rows: diff.assetsRemoved.map { [$0] }),
            Section(title: say(.assetsReclassified),
                    header: [say(.diffAssetID), say(.diffBefore), say(.diffAfter)],
                    rows: diff.assetsReclassified.map { [$0.assetID, state($0.from), state($0.to)] }),
        ]
        var notes: [[String]] = []
        if !diff.mediaAdded.isEmpty {
            notes.append([say(.newMedia), diff.mediaAdded.joined(separator: ", ")])
        }
        notes.append([say(.method), say(diff.methodChanged ? .changed : .unchanged)])
        if let catalog = diff.catalogChanged {
            notes.append([say(.catalog), "\(catalog.from) → \(catalog.to)"])
        } else {
            notes.append([say(.catalog), say(.unchanged)])
        }
        for trigger in diff.reviewTriggers {
            notes.append([OutputText.diffReviewTrigger(language, String(trigger.item)), trigger.media.joined(separator: ", ")])
        }
        result.append(Section(title: say(.conditions), header: [say(.conditionWhat), say(.conditionDetail)], rows: notes))
        return result
    }

    /// The diff for the terminal.
    public func text() -> String {
        var output = OutputText.diffTitle(language, files.old, files.new) + "\n"
        for (label, value) in document.headingLines(language) { output += "\(label): \(value)\n" }
        for section in sections {
            output += "\n\(section.title) (\(section.rows.count))\n"
            if !section.rows.isEmpty { output += TextTable(header: section.header, rows: section.rows).render() }
        }
        return output
    }

    /// The diff as Markdown.
    public func markdown() -> String {
        var output = "# \(say(.diffHeading))\n\n"
        output += "\(Markdown.escape(files.old)) → \(Markdown.escape(files.new))\n"
        if !document.isEmpty { output += "\n" }
        output += Markdown.documentLines(document, language)
        for section in sections {
            output += "\n## \(Markdown.escape(section.title)) (\(section.rows.count))\n\n"
            output += section.rows.isEmpty ? say(.diffNone) + "\n" : Markdown.table(section.header, section.rows)
        }
        return output
    }
}
