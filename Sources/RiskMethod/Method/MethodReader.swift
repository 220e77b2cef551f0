/// Reads a method file (JSON): a base method and the values it changes.
///
/// Keys: `name`, `base` (`mic` or `ipa`), `importance` (`property` or `max`), `personal_data_raise`,
/// `personal_data_highest` (any personal data makes importance the highest step, as IPA 付録7 says),
/// `integrity_availability_3`, `aggregation` (`max`, `sum`); the scales `importance_scale`, `likelihood_scale`,
/// `vulnerability_scale` and `possibility_scale` (each 2 to 5 labels `{ja, en}`, from step 1 up; a scale not given
/// is IPA's 3 steps); `importance_from_class` (the importance step of class levels 1, 2, 3; needed when importance
/// has other than 3 steps) and `likelihood_from_catalog` (the likelihood step of the catalog's likelihoods 1, 2, 3;
/// needed when likelihood has other than 3 steps); `possibility` (the full table: a row per likelihood step from
/// the highest down, a column per vulnerability step from the highest down); `risk_value` (`product`, or the full
/// table: a row per importance step from the highest down, a column per possibility step from 1 up; values 1–255,
/// never falling as importance or possibility rises); `levels`: 3 to 5 levels, lowest first, each with `code`,
/// `label`, `acceptance`, `colour` (`#RRGGBB`), `min` and `max`, covering every value from 1 to the highest without
/// gap or overlap; or the older object form `{low, medium, high}`, each with `min`, `max` and optionally `label`
/// and `acceptance`.
public enum MethodReader {
    static let keys: Set<String> = ["name", "base", "importance", "personal_data_raise", "personal_data_highest",
                                    "integrity_availability_3",
                                    "possibility", "levels", "aggregation", "schema", "importance_scale",
                                    "likelihood_scale", "vulnerability_scale", "possibility_scale",
                                    "importance_from_class", "likelihood_from_catalog", "risk_value"]

    /// The fewest and the most steps of a scale.
    public static let allowedSteps = 2...5
    /// The highest risk value a method may give: a risk holds its value in a byte.
    public static let highestValue = 255

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
        guard readScales(root, &method, &fields), readTables(root, &method, &fields) else { return nil }
        if let node = root["levels"] {
            if let bands = readBands(node, maximum: method.maximumValue, &fields) { method.bands = bands }
        } else if method.maximumValue != 9 {
            fields.fail(root, "levels", FieldText.levelsNeeded.localized(String(method.maximumValue)))
        }
        return method
    }

    /// The four scales and the mappings of the IPA 3-step inputs onto them; false when any is wrong.
    private static func readScales(_ root: JSONNode, _ method: inout ScoringMethod, _ fields: inout JSONFields) -> Bool {
        var labels = ScaleLabels()
        var good = true
        func scale(_ key: String) -> [Localized] {
            guard let node = root[key] else { return [] }
            guard let steps = node.array, allowedSteps.contains(steps.count) else {
                let found = node.array.map { FieldText.steps.localized(String($0.count)) } ?? node.value.kindName
                fields.fail(node, key, FieldText.scaleShape.localized(found))
                good = false
                return []
            }
            var result: [Localized] = []
            for (index, step) in steps.enumerated() {
                guard let label = fields.localized(step, "\(key)[\(index)]") else { good = false; return [] }
                result.append(label)
            }
            return result
        }
        labels.importance = scale("importance_scale")
        labels.likelihood = scale("likelihood_scale")
        labels.vulnerability = scale("vulnerability_scale")
        labels.possibility = scale("possibility_scale")
        guard good else { return false }
        method.scaleLabels = labels
        method.importanceSteps = labels.importance.isEmpty ? 3 : labels.importance.count
        method.possibilitySteps = labels.possibility.isEmpty ? 3 : labels.possibility.count
        let likelihoodSteps = labels.likelihood.isEmpty ? 3 : labels.likelihood.count
        guard let importance = mapping(root, "importance_from_class", steps: method.importanceSteps, &fields),
              let likelihood = mapping(root, "likelihood_from_catalog", steps: likelihoodSteps, &fields) else { return false }
        method.importanceFromClass = importance
        method.likelihoodFromCatalog = likelihood
        return good
    }

    /// A mapping of the IPA levels 1, 2, 3 onto a scale of `steps`: three steps that never fall; empty when not
    /// given (allowed for a scale of 3 steps only); nil when wrong.
    private static func mapping(_ root: JSONNode, _ key: String, steps: Int, _ fields: inout JSONFields) -> [Int]? {
        guard let node = root[key] else {
            if steps == 3 { return [] }
            fields.fail(root, key, FieldText.mappingNeeded.localized(String(steps)))
            return nil
        }
        guard let values = fields.ints(node, key, range: 1...steps) else { return nil }
        guard values.count == 3, values[0] <= values[1], values[1] <= values[2] else {
            fields.fail(node, key, FieldText.mappingShape.localized(String(steps)))
            return nil
        }
        return values
    }

    /// The possibility table and the risk value; false when either is wrong or does not fit the scales.
    private static func readTables(_ root: JSONNode, _ method: inout ScoringMethod, _ fields: inout JSONFields) -> Bool {
        let likelihood = method.scaleLabels.likelihood.isEmpty ? 3 : method.scaleLabels.likelihood.count
        let vulnerability = method.scaleLabels.vulnerability.isEmpty ? 3 : method.scaleLabels.vulnerability.count
        if let node = root["possibility"] {
            let shape = TableShape(rows: likelihood, columns: vulnerability, rowNames: .axisLikelihood, columnNames: .axisVulnerability)
            guard let table = readTable(node, "possibility", shape: shape, values: 1...method.possibilitySteps, &fields)
            else { return false }
            method.possibility = table
        } else if likelihood != 3 || vulnerability != 3 || method.possibilitySteps != 3 {
            fields.fail(root, "possibility", FieldText.tableNeeded.localized())
            return false
        }
        guard let node = root["risk_value"] else { return true }
        if let text = node.string {
            guard text == "product" else {
                fields.fail(node, "risk_value", FieldText.unknownRiskValue.localized(text))
                return false
            }
            method.riskValue = .product
            return true
        }
        let shape = TableShape(rows: method.importanceSteps, columns: method.possibilitySteps, rowNames: .axisImportance,
                               columnNames: .axisPossibility)
        guard let table = readTable(node, "risk_value", shape: shape, values: 1...highestValue, &fields) else { return false }
        // The value never falls as importance (up the rows) or possibility (along a row) rises.
        for row in table.indices {
            for column in table[row].indices {
                let below = row + 1 < table.count ? table[row + 1][column] : 1
                let left = column > 0 ? table[row][column - 1] : 1
                if table[row][column] < max(below, left) {
                    fields.fail(node.array?[row].array?[column], "risk_value[\(row)][\(column)]",
                                FieldText.valueFalls.localized(String(max(below, left)), String(table[row][column])))
                    return false
                }
            }
        }
        method.riskValue = .table(table)
        return true
    }

    /// The size of a table and what its rows and columns are, for the messages.
    struct TableShape {
        let rows: Int
        let columns: Int
        let rowNames: FieldText
        let columnNames: FieldText
    }

    private static func readTable(_ node: JSONNode, _ key: String, shape: TableShape, values: ClosedRange<Int>,
                                  _ fields: inout JSONFields) -> [[Int]]? {
        let rowSteps = shape.rowNames == .axisPossibility ? Array(1...shape.rows) : Array((1...shape.rows).reversed())
        let columnSteps = shape.columnNames == .axisPossibility ? Array(1...shape.columns) : Array((1...shape.columns).reversed())
        func wrong(_ node: JSONNode, _ path: String, _ found: Localized) {
            fields.fail(node, path, FieldText.tableShape.localized(
                Localized(ja: String(shape.rows), en: String(shape.rows)), Localized(ja: String(shape.columns), en: String(shape.columns)),
                shape.rowNames.localized(), Localized(ja: steps(rowSteps), en: steps(rowSteps)),
                shape.columnNames.localized(), Localized(ja: steps(columnSteps), en: steps(columnSteps)), found))
        }
        guard let rows = node.array, rows.count == shape.rows else {
            wrong(node, key, node.array.map { FieldText.rows.localized(String($0.count)) } ?? node.value.kindName)
            return nil
        }
        var table: [[Int]] = []
        for (r, row) in rows.enumerated() {
            guard let cells = row.array, cells.count == shape.columns else {
                wrong(row, "\(key)[\(r)]", row.array.map { FieldText.columns.localized(String($0.count)) } ?? row.value.kindName)
                return nil
            }
            var line: [Int] = []
            for (c, cell) in cells.enumerated() {
                guard let value = fields.int(cell, "\(key)[\(r)][\(c)]", range: values) else { return nil }
                line.append(value)
            }
            table.append(line)
        }
        return table
    }

    private static func steps(_ values: [Int]) -> String { values.map { String($0) }.joined(separator: ", ") }
}
