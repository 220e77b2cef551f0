/// The levels of a method file: a list of 3 to 5 levels, or the older object of `low`, `medium` and `high`.
extension MethodReader {
    static func readBands(_ node: JSONNode, maximum: Int, _ fields: inout JSONFields) -> [LevelBand]? {
        if node.array != nil { return readLevelList(node, maximum: maximum, &fields) }
        guard fields.object(node, "levels") != nil else { return nil }
        fields.rejectUnknownKeys(node, "levels", known: ["low", "medium", "high"])
        var bands: [LevelBand] = []
        for level in [RiskLevel.low, .medium, .high] {
            let code = LevelBand.builtInCodes[Int(level.rank) - 1]
            let path = "levels.\(code)"
            guard let band = node[code] else {
                fields.fail(node, path, FieldText.bandMissing.localized())
                return nil
            }
            guard fields.object(band, path) != nil else { return nil }
            fields.rejectUnknownKeys(band, path, known: ["min", "max", "label", "acceptance"])
            let fallback = ScoringMethod.defaultBands[Int(level.rank) - 1]
            guard let minimum = fields.int(band["min"], path + ".min", in: band, range: 1...maximum),
                  let maximumValue = fields.int(band["max"], path + ".max", in: band, range: 1...maximum) else { return nil }
            let label = band["label"] == nil ? fallback.label : fields.localized(band["label"], path + ".label")
            let acceptance = band["acceptance"] == nil ? fallback.acceptance : fields.localized(band["acceptance"], path + ".acceptance")
            guard let label, let acceptance else { return nil }
            if minimum > maximumValue {
                fields.fail(band, path, FieldText.bandMinAboveMax.localized(String(minimum), String(maximumValue)))
                return nil
            }
            bands.append(LevelBand(level: level, minimum: minimum, maximum: maximumValue, label: label, acceptance: acceptance))
        }
        let paths = LevelBand.builtInCodes.map { code in (node[code], "levels.\(code)") }
        return covers(bands, maximum: maximum, paths: paths, &fields) && distinct(bands, node, paths: paths, &fields) ? bands : nil
    }

    /// The list form: each level with its code, label, acceptance, colour and range, lowest first.
    private static func readLevelList(_ node: JSONNode, maximum: Int, _ fields: inout JSONFields) -> [LevelBand]? {
        guard let items = node.array, RiskLevel.allowedCounts.contains(items.count) else {
            fields.fail(node, "levels", FieldText.levelCount.localized(String(node.array?.count ?? 0)))
            return nil
        }
        var bands: [LevelBand] = []
        var paths: [(JSONNode?, String)] = []
        for (index, item) in items.enumerated() {
            let path = "levels[\(index)]"
            guard fields.object(item, path) != nil else { return nil }
            fields.rejectUnknownKeys(item, path, known: ["code", "label", "acceptance", "colour", "min", "max"])
            guard let code = fields.string(item["code"], path + ".code", in: item),
                  let label = fields.localized(item["label"], path + ".label", in: item),
                  let acceptance = fields.localized(item["acceptance"], path + ".acceptance", in: item),
                  let colourText = fields.string(item["colour"], path + ".colour", in: item),
                  let minimum = fields.int(item["min"], path + ".min", in: item, range: 1...maximum),
                  let maximumValue = fields.int(item["max"], path + ".max", in: item, range: 1...maximum) else { return nil }
            guard isCode(code) else {
                fields.fail(item["code"], path + ".code", FieldText.levelCode.localized(code))
                return nil
            }
            guard let colour = colour(colourText) else {
                fields.fail(item["colour"], path + ".colour", FieldText.levelColour.localized(colourText))
                return nil
            }
            if minimum > maximumValue {
                fields.fail(item, path, FieldText.bandMinAboveMax.localized(String(minimum), String(maximumValue)))
                return nil
            }
            bands.append(LevelBand(level: RiskLevel(rank: index + 1), minimum: minimum, maximum: maximumValue, label: label,
                                   acceptance: acceptance, code: code, colour: colour))
            paths.append((item, path))
        }
        return covers(bands, maximum: maximum, paths: paths, &fields) && distinct(bands, node, paths: paths, &fields) ? bands : nil
    }

    /// Whether the bands cover 1 to `maximum` in order, without gaps or overlaps; an error where they do not.
    private static func covers(_ bands: [LevelBand], maximum: Int, paths: [(JSONNode?, String)],
                               _ fields: inout JSONFields) -> Bool {
        var next = 1
        for (index, band) in bands.enumerated() {
            if band.minimum != next {
                fields.fail(paths[index].0?["min"], paths[index].1 + ".min",
                            FieldText.bandGap.localized(String(next), String(band.minimum), String(maximum)))
                return false
            }
            next = band.maximum + 1
        }
        if next != maximum + 1 {
            fields.fail(paths[paths.count - 1].0?["max"], paths[paths.count - 1].1 + ".max",
                        FieldText.bandsEnd.localized(String(maximum), String(next - 1)))
            return false
        }
        return true
    }

    /// Whether no two levels share a code or a label, which `--min-level` and the outputs tell them by.
    private static func distinct(_ bands: [LevelBand], _ node: JSONNode, paths: [(JSONNode?, String)],
                                 _ fields: inout JSONFields) -> Bool {
        for (index, band) in bands.enumerated() {
            for earlier in bands[..<index] {
                let names = [band.code.lowercased(), band.label.ja, band.label.en.lowercased()]
                let taken = [earlier.code.lowercased(), earlier.label.ja, earlier.label.en.lowercased()]
                if let name = names.first(where: { taken.contains($0) }) {
                    fields.fail(paths[index].0, paths[index].1, FieldText.levelTwice.localized(name))
                    return false
                }
            }
        }
        return true
    }

    /// Whether `code` is a level code: a lower-case ASCII letter, then letters, digits, `_` or `-`; at most 24.
    static func isCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard let first = bytes.first, (0x61...0x7A).contains(first), bytes.count <= 24 else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D }
    }

    /// The colour of `#RRGGBB`, or nil.
    static func colour(_ text: String) -> UInt32? {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[0] == 0x23 else { return nil }
        var value: UInt32 = 0
        for byte in bytes.dropFirst() {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

extension ScoringMethod {
    /// The method in full, as JSON: what every output records, and what a method file may say. A method of the
    /// classic form (IPA's 3 × 3 with three built-in levels) is written as before, its levels an object.
    public var json: JSON {
        var object: [String: JSON] = [
            "name": .string(name), "base": .string(base), "importance": .string(importance.rawValue),
            "personal_data_raise": .bool(personalDataRaise), "personal_data_highest": .bool(personalDataHighest),
            "integrity_availability_3": .bool(allowsClassThreeForIntegrityAndAvailability),
            "possibility": .array(possibility.map { JSON.ints($0) }), "aggregation": .string(aggregation.rawValue),
        ]
        guard !isClassic else {
            var levels: [String: JSON] = [:]
            for band in bands {
                levels[band.code] = [
                    "min": .int(band.minimum), "max": .int(band.maximum),
                    "label": .localized(band.label), "acceptance": .localized(band.acceptance),
                ]
            }
            object["levels"] = .object(levels)
            return .object(object)
        }
        let scales: [(String, [Localized], Int)] = [
            ("importance_scale", scaleLabels.importance, importanceSteps),
            ("likelihood_scale", scaleLabels.likelihood, likelihoodSteps),
            ("vulnerability_scale", scaleLabels.vulnerability, vulnerabilitySteps),
            ("possibility_scale", scaleLabels.possibility, possibilitySteps),
        ]
        for (key, labels, steps) in scales where !labels.isEmpty || steps != 3 {
            // A scale made in code without labels is written with its numbers.
            let written = labels.isEmpty ? (1...steps).map { Localized(ja: String($0), en: String($0)) } : labels
            object[key] = .array(written.map { JSON.localized($0) })
        }
        // The mappings as they apply, so that the method reads back the same.
        if !importanceFromClass.isEmpty || importanceSteps != 3 {
            object["importance_from_class"] = .ints((1...3).map { importanceStep(ofClass: $0) })
        }
        if !likelihoodFromCatalog.isEmpty || likelihoodSteps != 3 {
            object["likelihood_from_catalog"] = .ints((1...3).map { likelihoodStep(ofCatalog: $0) })
        }
        switch riskValue {
        case .product: object["risk_value"] = .string("product")
        case .table(let table): object["risk_value"] = .array(table.map { JSON.ints($0) })
        }
        object["levels"] = .array(bands.map { band in
            [
                "code": .string(band.code), "label": .localized(band.label), "acceptance": .localized(band.acceptance),
                "colour": .string(LevelBand.hex(band.colour).uppercased()), "min": .int(band.minimum), "max": .int(band.maximum),
            ]
        })
        return .object(object)
    }
}
