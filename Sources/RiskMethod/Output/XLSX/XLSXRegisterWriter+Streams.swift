/// The workbook's long tables as rows made a chunk at a time: the register (a row per risk), the assets (a row per
/// asset) and the revision items (a row per mapped risk and item), each on as many sheets as it needs.
extension XLSXRegisterWriter {
    /// The formats the long tables use besides the default: each level's fill.
    var levelStyles: [XLSXStyle] {
        assessment.method.bands.map { .filled(XLSXRegisterWriter.fill($0)) }
    }

    /// The register's rows: the assets' texts and the catalog's shared (not the risk ids and matched media, which
    /// seldom recur), made of pieces (``XLSXRiskRows``) when they can be.
    func registerSource() -> XLSXRowSource {
        let writer = self
        var source = XLSXRowSource(count: assessment.risks.count, styles: levelStyles) { range in writer.registerRows(range) }
        source.sharedColumns = registerSharedColumns
        source.table = 0
        source.prepare = { shared, styles in
            let assets = writer.shareAssetTexts(&shared)
            guard let pieces = XLSXRiskRows(writer: writer, styles: styles, shared: &shared, assets: assets) else { return nil }
            return XLSXRowFormatter { range, firstRow, sheet, output, shared, cut in
                pieces.format(range, firstRow: firstRow, sheet: sheet, styles: styles, shared: shared, into: output, cut: &cut)
            }
        }
        return source
    }

    /// Which of the register's columns share their texts: all but the risk id and the matched media.
    var registerSharedColumns: [Bool] { rows.columns.map { $0.field != .riskID && $0.field != .media } }

    /// Adds every asset's id, name and department to `shared`; returns their numbers, three per asset in that order,
    /// -1 for an empty text.
    func shareAssetTexts(_ shared: inout XLSXSharedStrings) -> [Int32] {
        let inventory = assessment.inventory
        var numbers: [Int32] = []
        numbers.reserveCapacity(inventory.assets.count * 3)
        for index in inventory.assets.indices {
            for field in XLSXRiskRows.assetFields {
                numbers.append(shared.add(inventory.text(field, of: index)).map { Int32($0) } ?? -1)
            }
        }
        return numbers
    }

    /// The assets' rows, their ids, names and departments shared.
    func assetSource() -> XLSXRowSource {
        let writer = self
        var source = XLSXRowSource(count: assessment.inventory.assets.count, styles: levelStyles) { range in writer.assetRows(range) }
        source.sharedColumns = [true, true, true]
        source.table = 1
        return source
    }

    /// The revision items' rows: where each mapped risk's rows start is counted first (a pass over the risks, with
    /// the items per threat and matched media looked up once), so that any range of rows can be made alone. All
    /// but the risk id, the value and the item's number are shared texts; the rows are made of each risk's id and
    /// asset name and, per threat, matched media and value, its item rows' bytes (``XLSXItemRows``).
    func itemSource() -> XLSXRowSource {
        let level = options.mappingLevel(assessment.method)
        var mapped: [Int32] = []
        var starts: [Int] = [0]
        var counts: [ThreatAndMedia: Int] = [:]
        var keys: [ThreatAndMedia] = []
        for (index, risk) in assessment.risks.enumerated() where assessment.isMapped(risk, atOrAbove: level) {
            let media = assessment.matchedMedia(risk)
            let key = ThreatAndMedia(threat: Int(risk.threat), media: media.bits)
            let count: Int
            if let known = counts[key] {
                count = known
            } else {
                count = assessment.revisionItems(ofThreat: Int(risk.threat), concerning: media).count
                counts[key] = count
                keys.append(key)
            }
            guard count > 0 else { continue }
            mapped.append(Int32(index))
            starts.append(starts[starts.count - 1] + count)
        }
        let items = XLSXItemRows(writer: self, mapped: mapped, starts: starts)
        var source = XLSXRowSource(count: starts[starts.count - 1], styles: levelStyles) { range in items.rows(range) }
        source.sharedColumns = XLSXItemRows.sharedColumns
        source.table = 2
        let threatsAndMedia = keys
        source.prepare = { shared, styles in
            items.share(threatsAndMedia, into: &shared)
            return XLSXRowFormatter { range, firstRow, sheet, output, shared, cut in
                items.format(range, firstRow: firstRow, sheet: sheet, styles: styles, shared: shared, into: output, cut: &cut)
            }
        }
        return source
    }

    /// A table as one sheet, or as several with the header repeated when it has more rows than a sheet holds
    /// (`perSheet`, a sheet's rows less the header); the rows streamed.
    static func pages(named name: String, header: [String], source: XLSXRowSource,
                      perSheet: Int = XLSXSheet.maximumRows - 1) -> [XLSXSheet] {
        let headerRow = header.map { XLSXCell.text($0, .bold) }
        guard source.count > perSheet, perSheet > 0 else {
            var sheet = XLSXSheet(name: name, rows: [headerRow])
            sheet.stream = source
            return [sheet]
        }
        return stride(from: 0, to: source.count, by: perSheet).enumerated().map { page, start in
            var sheet = XLSXSheet(name: page == 0 ? name : "\(name) (\(page + 1))", rows: [headerRow])
            sheet.stream = source.slice(start..<min(start + perSheet, source.count))
            return sheet
        }
    }
}
