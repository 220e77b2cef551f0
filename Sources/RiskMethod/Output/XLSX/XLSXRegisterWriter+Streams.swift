/// The workbook's long tables as rows made a chunk at a time: the register (a row per risk), the assets (a row per
/// asset) and the revision items (a row per mapped risk and item), each on as many sheets as it needs.
extension XLSXRegisterWriter {
    /// The formats the long tables use besides the default: each level's fill.
    var levelStyles: [XLSXStyle] {
        assessment.method.bands.map { .filled(XLSXRegisterWriter.fill($0)) }
    }

    /// The register's rows.
    func registerSource() -> XLSXRowSource {
        let writer = self
        var source = XLSXRowSource(count: assessment.risks.count, styles: levelStyles) { range in writer.registerRows(range) }
        source.register = self
        return source
    }

    /// The assets' rows.
    func assetSource() -> XLSXRowSource {
        let writer = self
        return XLSXRowSource(count: assessment.inventory.assets.count, styles: levelStyles) { range in writer.assetRows(range) }
    }

    /// The revision items' rows: where each mapped risk's rows start is counted first (a pass over the risks, with
    /// the items per threat and matched media looked up once), so that any range of rows can be made alone.
    func itemSource() -> XLSXRowSource {
        let level = options.mappingLevel(assessment.method)
        var mapped: [Int32] = []
        var starts: [Int] = [0]
        var counts: [ThreatAndMedia: Int] = [:]
        for (index, risk) in assessment.risks.enumerated() where assessment.isMapped(risk, atOrAbove: level) {
            let media = assessment.matchedMedia(risk)
            let key = ThreatAndMedia(threat: Int(risk.threat), media: media.bits)
            let count = counts[key] ?? assessment.revisionItems(ofThreat: Int(risk.threat), concerning: media).count
            counts[key] = count
            guard count > 0 else { continue }
            mapped.append(Int32(index))
            starts.append(starts[starts.count - 1] + count)
        }
        let writer = self, mappedRisks = mapped, rowStarts = starts
        return XLSXRowSource(count: starts[starts.count - 1], styles: levelStyles) { range in
            let mapped = mappedRisks, starts = rowStarts
            // The first mapped risk with a row in the range, by bisection of where their rows start.
            var low = 0, high = mapped.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle + 1] <= range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var last = low
            while last < mapped.count && starts[last] < range.upperBound { last += 1 }
            let rows = writer.itemRows(ofRisks: mapped[low..<last].map { Int($0) })
            let skip = range.lowerBound - (low < starts.count ? starts[low] : 0)
            return Array(rows.dropFirst(skip).prefix(range.count))
        }
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
