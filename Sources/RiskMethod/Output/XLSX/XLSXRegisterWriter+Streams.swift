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
        if let known = shared.assetNumbers { return known }
        let inventory = assessment.inventory
        var numbers: [Int32] = []
        numbers.reserveCapacity(inventory.assets.count * 3)
        for (index, asset) in inventory.assets.enumerated() {
            for field in XLSXRiskRows.assetFields {
                // A plain text (the usual kind) escapes to itself: added from the inventory's bytes, no text made.
                var plain = true
                let number = inventory.withText(asset.ref(field)) { bytes -> Int? in
                    plain = XLSXRiskRows.isPlain(bytes)
                    guard plain else { return nil }
                    var text: [UInt8] = []
                    text.append(bytes)
                    return shared.add(escaped: text[...])
                }
                numbers.append((plain ? number : shared.add(inventory.text(field, of: index))).map { Int32($0) } ?? -1)
            }
        }
        shared.assetNumbers = numbers
        return numbers
    }

    /// The assets' rows, their ids, names and departments shared.
    func assetSource() -> XLSXRowSource {
        let writer = self
        var source = XLSXRowSource(count: assessment.inventory.assets.count, styles: levelStyles) { range in writer.assetRows(range) }
        source.sharedColumns = [true, true, true]
        source.table = 1
        source.prepare = { shared, styles in
            let assets = writer.shareAssetTexts(&shared)
            return XLSXRowFormatter { range, firstRow, sheet, output, shared, cut in
                writer.formatAssetRows(range, firstRow: firstRow, sheet: sheet, styles: styles, shared: shared,
                                       assets: assets, into: output, cut: &cut)
            }
        }
        return source
    }

    /// The revision items' rows: where each mapped risk's rows start is counted first (a pass over the risks, with
    /// the items per threat and matched media looked up once, and what each risk's rows depend on numbered), so
    /// that any range of rows can be made alone. All but the risk id, the value and the item's number are shared
    /// texts; the rows are made of each risk's id and asset name and, per threat, matched media and value, its item
    /// rows' bytes (``XLSXItemRows``).
    func itemSource() -> XLSXRowSource {
        let level = options.mappingLevel(assessment.method)
        let values = assessment.levelByValue.count
        var mapped: [Int32] = [], keyOf: [Int32] = []
        var starts: [Int] = [0]
        // Per threat and matched media: its number and how many items it maps to.
        var known: [ThreatAndMedia: (number: Int, items: Int)] = [:]
        // Per threat and matched media (by number) and value: the key's index, or -1.
        var slots: [Int32] = []
        var keys: [ItemKey] = []
        for (index, risk) in assessment.risks.enumerated() where assessment.isMapped(risk, atOrAbove: level) {
            let media = assessment.matchedMedia(risk)
            let pair = ThreatAndMedia(threat: Int(risk.threat), media: media.bits)
            let found: (number: Int, items: Int)
            if let seen = known[pair] {
                found = seen
            } else {
                found = (known.count, assessment.revisionItems(ofThreat: pair.threat, concerning: media).count)
                known[pair] = found
                slots += [Int32](repeating: -1, count: values)
            }
            guard found.items > 0 else { continue }
            let slot = found.number * values + Int(risk.value)
            if slots[slot] < 0 {
                slots[slot] = Int32(keys.count)
                keys.append(ItemKey(threat: pair.threat, media: pair.media, value: Int(risk.value)))
            }
            mapped.append(Int32(index))
            keyOf.append(slots[slot])
            starts.append(starts[starts.count - 1] + found.items)
        }
        let items = XLSXItemRows(writer: self, mapped: mapped, starts: starts, keyOf: keyOf, keys: keys)
        var source = XLSXRowSource(count: starts[starts.count - 1], styles: levelStyles) { range in items.rows(range) }
        source.sharedColumns = XLSXItemRows.sharedColumns
        source.table = 2
        source.prepare = { shared, styles in
            let prepared = items.prepared(styles: styles, shared: &shared)
            return XLSXRowFormatter { range, firstRow, sheet, output, shared, cut in
                items.format(range, firstRow: firstRow, sheet: sheet, styles: styles, shared: shared, prepared: prepared,
                             into: output, cut: &cut)
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
