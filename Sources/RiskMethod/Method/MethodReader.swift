/// Reads a method file (JSON): a base method and the values it changes.
///
/// Keys: `name`, `base` (`mic` or `ipa`), `importance` (`property` or `max`), `personal_data_raise`,
/// `personal_data_highest` (any personal data makes importance the highest step, as IPA 付録7 says),
/// `integrity_availability_3`, `possibility` (3 × 3, rows likelihood 3, 2, 1; columns vulnerability 3, 2, 1),
/// `levels` (`low`, `medium`, `high`, each with `min`, `max`, `label`, `acceptance`), `aggregation` (`max`, `sum`).
public enum MethodReader {
    static let keys: Set<String> = ["name", "base", "importance", "personal_data_raise", "personal_data_highest", "integrity_availability_3",
                                    "possibility", "levels", "aggregation", "schema"]

    /// Reads a method file's bytes.
    public static func read(_ bytes: [UInt8], file: String) -> ReadResult<ScoringMethod> {
        var log = DiagnosticLog()
        guard let root = JSONParser.document(bytes, file: file, log: &log) else { return ReadResult(value: nil, log: log) }
        var fields = JSONFields(file: file, log: log) { key, detail in .methodInvalid(key: key, detail: detail) }
        let method = read(root, &fields)
        return ReadResult(value: fields.log.hasErrors ? nil : method, log: fields.log)
    }

    static func read(_ root: JSONNode, _ fields: inout JSONFields) -> ScoringMethod? {
        guard fields.object(root, "(document)") != nil else { return nil }
        fields.rejectUnknownKeys(root, "", known: keys)
        var method = ScoringMethod.mic
        if let node = root["base"], let base = fields.string(node, "base") {
            guard let builtIn = ScoringMethod.builtIn(named: base) else {
                fields.fail(node, "base", FieldText.unknownBase.localized(base))
                return nil
            }
            method = builtIn
        }
        method.name = method.base
        if let node = root["name"], let name = fields.string(node, "name") { method.name = name }
        if let node = root["importance"], let text = fields.string(node, "importance") {
            if let rule = ImportanceRule(rawValue: text) { method.importance = rule } else {
                fields.fail(node, "importance", FieldText.unknownImportance.localized(text))
            }
        }
        if let node = root["personal_data_raise"], let value = fields.bool(node, "personal_data_raise") {
            method.personalDataRaise = value
        }
        if let node = root["personal_data_highest"], let value = fields.bool(node, "personal_data_highest") {
            method.personalDataHighest = value
        }
        if let node = root["integrity_availability_3"], let value = fields.bool(node, "integrity_availability_3") {
            method.allowsClassThreeForIntegrityAndAvailability = value
        }
        if let node = root["aggregation"], let text = fields.string(node, "aggregation") {
            if let aggregation = Aggregation(rawValue: text) { method.aggregation = aggregation } else {
                fields.fail(node, "aggregation", FieldText.unknownAggregation.localized(text))
            }
        }
        if let node = root["possibility"] {
            if let table = readTable(node, &fields) { method.possibility = table }
        }
        if let node = root["levels"] {
            if let bands = readBands(node, &fields) { method.bands = bands }
        }
        return method
    }

    private static func readTable(_ node: JSONNode, _ fields: inout JSONFields) -> [[Int]]? {
        guard let rows = node.array, rows.count == 3 else {
            let found = node.array.map { FieldText.rows.localized(String($0.count)) } ?? node.value.kindName
            fields.fail(node, "possibility", FieldText.possibilityShape.localized(found))
            return nil
        }
        var table: [[Int]] = []
        for (r, row) in rows.enumerated() {
            guard let cells = row.array, cells.count == 3 else {
                let found = row.array.map { FieldText.columns.localized(String($0.count)) } ?? row.value.kindName
                fields.fail(row, "possibility[\(r)]", FieldText.possibilityShape.localized(found))
                return nil
            }
            var values: [Int] = []
            for (c, cell) in cells.enumerated() {
                guard let value = fields.int(cell, "possibility[\(r)][\(c)]", range: 1...3) else { return nil }
                values.append(value)
            }
            table.append(values)
        }
        return table
    }

    private static func readBands(_ node: JSONNode, _ fields: inout JSONFields) -> [LevelBand]? {
        guard fields.object(node, "levels") != nil else { return nil }
        fields.rejectUnknownKeys(node, "levels", known: ["low", "medium", "high"])
        var bands: [LevelBand] = []
        for level in [RiskLevel.low, .medium, .high] {
            let path = "levels.\(level.code)"
            guard let band = node[level.code] else {
                fields.fail(node, path, FieldText.bandMissing.localized())
                return nil
            }
            guard fields.object(band, path) != nil else { return nil }
            fields.rejectUnknownKeys(band, path, known: ["min", "max", "label", "acceptance"])
            let fallback = ScoringMethod.defaultBands[level.rawValue - 1]
            guard let minimum = fields.int(band["min"], path + ".min", in: band, range: 1...9),
                  let maximum = fields.int(band["max"], path + ".max", in: band, range: 1...9) else { return nil }
            let label = band["label"] == nil ? fallback.label : fields.localized(band["label"], path + ".label")
            let acceptance = band["acceptance"] == nil ? fallback.acceptance : fields.localized(band["acceptance"], path + ".acceptance")
            guard let label, let acceptance else { return nil }
            if minimum > maximum {
                fields.fail(band, path, FieldText.bandMinAboveMax.localized(String(minimum), String(maximum)))
                return nil
            }
            bands.append(LevelBand(level: level, minimum: minimum, maximum: maximum, label: label, acceptance: acceptance))
        }
        // The bands must cover 1–9 in order, without gaps or overlaps.
        var next = 1
        for band in bands {
            if band.minimum != next {
                fields.fail(node[band.level.code]?["min"], "levels.\(band.level.code).min",
                            FieldText.bandGap.localized(String(next), String(band.minimum)))
                return nil
            }
            next = band.maximum + 1
        }
        if next != 10 {
            fields.fail(node["high"]?["max"], "levels.high.max", FieldText.bandsEnd.localized(String(next - 1)))
            return nil
        }
        return bands
    }
}

extension ScoringMethod {
    /// The method in full, as JSON: what every output records, and what a method file may say.
    public var json: JSON {
        var levels: [String: JSON] = [:]
        for band in bands {
            levels[band.level.code] = [
                "min": .int(band.minimum), "max": .int(band.maximum),
                "label": .localized(band.label), "acceptance": .localized(band.acceptance),
            ]
        }
        return [
            "name": .string(name), "base": .string(base), "importance": .string(importance.rawValue),
            "personal_data_raise": .bool(personalDataRaise), "personal_data_highest": .bool(personalDataHighest),
            "integrity_availability_3": .bool(allowsClassThreeForIntegrityAndAvailability),
            "possibility": .array(possibility.map { JSON.ints($0) }), "levels": .object(levels),
            "aggregation": .string(aggregation.rawValue),
        ]
    }
}
