/// The assets sheet (one row per asset with its summary) and the revision items sheet (one row per mapped risk
/// and revision item) of the workbook.
extension XLSXRegisterWriter {
    /// The assets sheet's columns, then the inventory's extra columns as they were headed.
    var assetHeader: [String] {
        let labels = assessment.method.levelsDescending.map { assessment.method.label($0, in: language) }
        var keys: [WorkbookText] = [.assetID, .assetName, .assetDepartment, .assetOwner, .assetMedia, .assetConfidentiality,
                                    .assetIntegrity, .assetAvailability, .assetPersonalData, .assetMaximum]
        if assessment.method.aggregation == .sum { keys.append(.assetTotal) }
        keys += [.assetLevel, .assetRiskCount]
        var header = keys.map(say)
        header += labels.map { WorkbookText.assetRisksAtLevel(language, $0) }
        header.append(say(.assetTopThreats))
        return header + assessment.inventory.extraColumns
    }

    /// One row per asset at `range` of the inventory, in order; an asset no threat applies to has no value or level.
    func assetRows(_ range: Range<Int>) -> [[XLSXCell]] {
        let inventory = assessment.inventory
        let catalog = assessment.catalog
        return range.map { index in
            let asset = inventory.assets[index]
            let summary = assessment.summaries[index]
            let media = asset.media.indices.map { assessment.mediumLabel($0, in: language) }.joined(separator: "|")
            var row: [XLSXCell] = [
                text(inventory.id(of: index)), text(inventory.name(of: index)), text(inventory.text(.department, of: index)),
                text(inventory.text(.owner, of: index)), text(media), .text(asset.confidentiality.text),
                .number(Int(asset.integrity)), .number(Int(asset.availability)),
                .text(asset.personalData.label(in: language)),
                summary.maximum == 0 ? .empty() : .number(Int(summary.maximum)),
            ]
            if assessment.method.aggregation == .sum { row.append(.number(Int(summary.total))) }
            row.append(assessment.level(ofAsset: index).map(levelCell) ?? .empty())
            row.append(.number(summary.riskCount))
            row += assessment.method.levelsDescending.map { XLSXCell.number(summary.count($0)) }
            row.append(text(assessment.topThreats(ofAsset: index).map { catalog.threats[$0].id }.joined(separator: "|")))
            row += inventory.extra(of: index).map(text)
            return row
        }
    }

    /// The revision items sheet's columns.
    var itemHeader: [String] {
        var header = [WorkbookText.itemRiskID, .itemAssetName, .itemThreat, .itemRiskValue, .itemLevel, .itemNumber,
                      .itemSection, .itemCategory, .itemPolicy, .itemSummary, .itemControls].map(say)
        if options.policy != nil { header.append(RegisterSchema.clauseColumn.header[language]) }
        return header
    }

    /// The rows of the risks at or above the mapping level whose indices are `risks`, one per risk and revision
    /// item of its threat, in register order then item order. The recommended controls are the threat's controls
    /// that the checklist does not mark done.
    func itemRows(ofRisks risks: some Sequence<Int>) -> [[XLSXCell]] {
        let inventory = assessment.inventory
        let catalog = assessment.catalog
        // What a risk maps to depends on its threat and matched media: kept per pair.
        var perThreat: [ThreatAndMedia: (items: [RevisionItem], recommended: XLSXCell)] = [:]
        var rows: [[XLSXCell]] = []
        for index in risks {
            let risk = assessment.risks[index]
            let threatIndex = Int(risk.threat)
            let media = assessment.matchedMedia(risk)
            let key = ThreatAndMedia(threat: threatIndex, media: media.bits)
            let mapping: (items: [RevisionItem], recommended: XLSXCell)
            if let known = perThreat[key] {
                mapping = known
            } else {
                let recommended = assessment.controlAdvice(ofThreat: threatIndex, concerning: media).filter { $0.isRecommended }
                    .map { catalog.controls[$0.control].id }
                mapping = (assessment.revisionItems(ofThreat: threatIndex, concerning: media),
                           text(recommended.joined(separator: "|")))
                perThreat[key] = mapping
            }
            let head: [XLSXCell] = [
                text(assessment.riskID(risk)), text(inventory.name(of: Int(risk.asset))),
                text(catalog.threats[threatIndex].name[language]), .number(Int(risk.value)), levelCell(assessment.level(risk)),
            ]
            for item in mapping.items {
                var row = head + [
                    .number(item.number), text(item.sectionTitle), text(item.category), text(item.policy),
                    text(item.summaryEnglish), mapping.recommended,
                ]
                if let policy = options.policy {
                    row.append(text(policy.clauses(forSection: item.section).map { $0.clause }.joined(separator: "|")))
                }
                rows.append(row)
            }
        }
        return rows
    }
}

/// A threat and a risk's matched media, as a key.
struct ThreatAndMedia: Hashable {
    let threat: Int
    let media: UInt64
}
