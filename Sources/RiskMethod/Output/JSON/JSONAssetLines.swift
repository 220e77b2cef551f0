/// An asset's line of a JSON register, written straight into bytes: the same bytes as its members
/// (``JSONRegisterWriter/assetMembers(_:)``) written as a compact object, which the tests hold it to, without making
/// a value per member. Keys in sorted order; the level codes and extra columns sorted once.
struct JSONAssetLines: Sendable {
    let writer: JSONRegisterWriter
    /// The method's bands, by code in key order.
    let bands: [(code: [UInt8], level: RiskLevel)]
    /// The extra columns' positions, by header in key order (the last of equal headers, as an object keeps it).
    let extra: [(key: String, column: Int)]
    /// Per medium, its code as a JSON string; per threat, its id as one.
    let mediumCodes: [[UInt8]]
    let threatIDs: [[UInt8]]

    init(writer: JSONRegisterWriter) {
        self.writer = writer
        bands = writer.assessment.method.bands.map { (Array($0.code.utf8), $0.level) }
            .sorted { $0.code.lexicographicallyPrecedes($1.code) }
        var last: [String: Int] = [:]
        for (column, key) in writer.assessment.inventory.extraColumns.enumerated() { last[key] = column }
        extra = last.map { (key: $0.key, column: $0.value) }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        func quoted(_ text: String) -> [UInt8] {
            var bytes: [UInt8] = []
            JSON.writeString(text, to: &bytes)
            return bytes
        }
        mediumCodes = writer.assessment.catalog.media.map { quoted($0.code) }
        threatIDs = writer.assessment.catalog.threats.map { quoted($0.id) }
    }

    /// Appends the line of the asset at `index`.
    func append(_ index: Int, to out: inout [UInt8]) {
        let assessment = writer.assessment
        let inventory = assessment.inventory
        let asset = inventory.assets[index]
        let summary = assessment.summaries[index]
        out.append(contentsOf: #"{"availability":"#.utf8)
        out.append(contentsOf: String(asset.availability).utf8)
        out.append(contentsOf: #","confidentiality":"#.utf8)
        JSON.writeString(asset.confidentiality.text, to: &out)
        out.append(contentsOf: #","counts":{"#.utf8)
        for (position, band) in bands.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out.append(0x22)
            out.append(contentsOf: band.code)
            out.append(contentsOf: #"":"#.utf8)
            out.append(contentsOf: String(summary.count(band.level)).utf8)
        }
        out.append(contentsOf: #"},"department":"#.utf8)
        inventory.withText(asset.ref(.department)) { JSON.writeString(utf8: $0, to: &out) }
        out.append(contentsOf: #","extra":{"#.utf8)
        if !extra.isEmpty {
            let values = inventory.extra(of: index)
            for (position, column) in extra.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                JSON.writeString(column.key, to: &out)
                out.append(UInt8(ascii: ":"))
                JSON.writeString(column.column < values.count ? values[column.column] : "", to: &out)
            }
        }
        out.append(contentsOf: #"},"id":"#.utf8)
        inventory.withText(asset.ref(.id)) { JSON.writeString(utf8: $0, to: &out) }
        if inventory.hasImportanceColumn {
            out.append(contentsOf: #","importance":"#.utf8)
            out.append(contentsOf: (asset.givenImportance > 0 ? String(asset.givenImportance) : "null").utf8)
            out.append(contentsOf: #","importance_reason":"#.utf8)
            JSON.writeString(inventory.importanceReason(of: index), to: &out)
        }
        appendRest(index, asset: asset, summary: summary, to: &out)
    }

    /// The members from `integrity` on.
    private func appendRest(_ index: Int, asset: Asset, summary: AssetSummary, to out: inout [UInt8]) {
        let assessment = writer.assessment
        let inventory = assessment.inventory
        out.append(contentsOf: #","integrity":"#.utf8)
        out.append(contentsOf: String(asset.integrity).utf8)
        out.append(contentsOf: #","level":"#.utf8)
        if let level = assessment.level(ofAsset: index) {
            JSON.writeString(assessment.method.code(level), to: &out)
        } else {
            out.append(contentsOf: "null".utf8)
        }
        out.append(contentsOf: #","line":"#.utf8)
        out.append(contentsOf: String(asset.line).utf8)
        out.append(contentsOf: #","max_risk_value":"#.utf8)
        out.append(contentsOf: String(summary.maximum).utf8)
        out.append(contentsOf: #","media":"#.utf8)
        out.append(UInt8(ascii: "["))
        var first = true
        for medium in asset.media.indices {
            if !first { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: mediumCodes[medium])
            first = false
        }
        out.append(UInt8(ascii: "]"))
        out.append(contentsOf: #","name":"#.utf8)
        inventory.withText(asset.ref(.name)) { JSON.writeString(utf8: $0, to: &out) }
        out.append(contentsOf: #","notes":"#.utf8)
        inventory.withText(asset.ref(.notes)) { JSON.writeString(utf8: $0, to: &out) }
        out.append(contentsOf: #","owner":"#.utf8)
        inventory.withText(asset.ref(.owner)) { JSON.writeString(utf8: $0, to: &out) }
        out.append(contentsOf: #","personal_data":"#.utf8)
        JSON.writeString(asset.personalData.code, to: &out)
        out.append(contentsOf: #","risk_count":"#.utf8)
        out.append(contentsOf: String(summary.riskCount).utf8)
        out.append(contentsOf: #","top_threats":"#.utf8)
        out.append(UInt8(ascii: "["))
        for (position, threat) in assessment.topThreats(ofAsset: index).enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: threatIDs[threat])
        }
        out.append(UInt8(ascii: "]"))
        if assessment.method.aggregation == .sum {
            out.append(contentsOf: #","total_risk_value":"#.utf8)
            out.append(contentsOf: String(summary.total).utf8)
        }
        out.append(UInt8(ascii: "}"))
    }
}
