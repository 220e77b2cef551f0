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
        return range.map { index in
            XLSXRiskRows.assetFields.map { text(inventory.text($0, of: index)) } + assetSummaryCells(index)
        }
    }

    /// An asset's row after its id, name and department: its owner, media and classes, then its summary.
    func assetSummaryCells(_ index: Int) -> [XLSXCell] {
        let inventory = assessment.inventory
        let asset = inventory.assets[index]
        let summary = assessment.summaries[index]
        let media = asset.media.indices.map { assessment.mediumLabel($0, in: language) }.joined(separator: "|")
        var row: [XLSXCell] = [
            text(inventory.text(.owner, of: index)), text(media), .text(asset.confidentiality.text),
            .number(Int(asset.integrity)), .number(Int(asset.availability)),
            .text(asset.personalData.label(in: language)),
            summary.maximum == 0 ? .empty() : .number(Int(summary.maximum)),
        ]
        if assessment.method.aggregation == .sum { row.append(.number(Int(summary.total))) }
        row.append(assessment.level(ofAsset: index).map { levelCell($0) } ?? .empty())
        row.append(.number(summary.riskCount))
        row += assessment.method.levelsDescending.map { XLSXCell.number(summary.count($0)) }
        row.append(text(assessment.topThreats(ofAsset: index).map { assessment.catalog.threats[$0].id }.joined(separator: "|")))
        row += inventory.extra(of: index).map { text($0) }
        return row
    }

    /// Appends the assets' rows at `range` (row numbers from `firstRow`, for the texts cut) to `output`: an id,
    /// name or department that is plain (``XLSXRiskRows/isPlain(_:)``) by its number in `assets`
    /// (``shareAssetTexts(_:)``), without a text made or looked up; the rest cell by cell. The tests hold this to
    /// the cells' bytes.
    func formatAssetRows(_ range: Range<Int>, firstRow: Int, sheet: String, styles: XLSXStyleTable,
                         shared: XLSXSharedStrings, assets: [Int32], into output: ByteWriter, cut: inout [XLSXCutCell]) {
        let inventory = assessment.inventory
        let tags = XLSXCellTags(styles)
        var bytes: [UInt8] = [], escaped: [UInt8] = []
        for index in range {
            let asset = inventory.assets[index], row = firstRow + index - range.lowerBound
            bytes.removeAll(keepingCapacity: true)
            bytes += tags.openRow
            for (slot, field) in XLSXRiskRows.assetFields.enumerated() {
                if inventory.withText(asset.ref(field), { XLSXRiskRows.isPlain($0) }) {
                    XLSXRiskRows.appendSharedCell(assets[index * 3 + slot], to: &bytes)
                } else {
                    XLSXWorksheetWriter.appendCell(text(inventory.text(field, of: index)), at: (sheet, slot, row), styles: styles,
                                                   tags: tags, shared: shared, escaped: &escaped, to: &bytes, cut: &cut)
                }
            }
            for (offset, cell) in assetSummaryCells(index).enumerated() {
                XLSXWorksheetWriter.appendCell(cell, at: (sheet, offset + 3, row), styles: styles, tags: tags,
                                               escaped: &escaped, to: &bytes, cut: &cut)
            }
            bytes += tags.closeRow
            output.append(bytes)
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
        // What a risk maps to depends on its threat, matched media and value: kept per key.
        var tails: [ItemKey: [[XLSXCell]]] = [:]
        var rows: [[XLSXCell]] = []
        for index in risks {
            let risk = assessment.risks[index]
            let key = ItemKey(risk, in: assessment)
            let tail = tails[key] ?? itemTails(key)
            tails[key] = tail
            let head = itemHead(risk)
            for cells in tail { rows.append(head + cells) }
        }
        return rows
    }

    /// The first cells of a risk's item rows: its id and its asset's name.
    func itemHead(_ risk: Risk) -> [XLSXCell] {
        [text(assessment.riskID(risk)), text(assessment.inventory.name(of: Int(risk.asset)))]
    }

    /// The rest of the item rows of a risk of `key`, one per revision item: the threat, value and level, then the
    /// item's texts and the recommended controls (and, with a policy, its clauses).
    func itemTails(_ key: ItemKey) -> [[XLSXCell]] {
        let catalog = assessment.catalog
        let media = MediaSet(bits: key.media)
        let recommended = text(assessment.controlAdvice(ofThreat: key.threat, concerning: media).filter { $0.isRecommended }
            .map { catalog.controls[$0.control].id }.joined(separator: "|"))
        let head: [XLSXCell] = [
            text(catalog.threats[key.threat].name[language]), .number(key.value),
            levelCell(assessment.levelByValue[key.value]),
        ]
        return assessment.revisionItems(ofThreat: key.threat, concerning: media).map { item in
            var row = head + [
                .number(item.number), text(item.sectionTitle), text(item.category), text(item.policy),
                text(item.summaryEnglish), recommended,
            ]
            if let policy = options.policy {
                row.append(text(policy.clauses(forSection: item.section).map { $0.clause }.joined(separator: "|")))
            }
            return row
        }
    }
}

/// What a mapped risk's item rows depend on besides its id and asset: its threat, matched media and value.
struct ItemKey: Hashable {
    let threat: Int
    let media: UInt64
    let value: Int

    init(threat: Int, media: UInt64, value: Int) {
        self.threat = threat
        self.media = media
        self.value = value
    }

    init(_ risk: Risk, in assessment: Assessment) {
        self.init(threat: Int(risk.threat), media: assessment.matchedMedia(risk).bits, value: Int(risk.value))
    }
}

/// A threat and a risk's matched media, as a key.
struct ThreatAndMedia: Hashable {
    let threat: Int
    let media: UInt64
}
