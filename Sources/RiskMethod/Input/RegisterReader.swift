/// A JSON risk register read back, as much of it as comparing two registers needs.
public struct RegisterSnapshot: Sendable {
    /// A risk's value and level.
    public struct Score: Sendable, Hashable {
        /// The risk value.
        public var value: Int
        /// The level code, such as high, medium, low.
        public var level: String
        /// The level's label in the register's method, when the method names it.
        public var label: Localized? = nil

        /// Scores are the same when their value and level code are: a label is how the method names the level.
        public static func == (lhs: Score, rhs: Score) -> Bool { lhs.value == rhs.value && lhs.level == rhs.level }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(value)
            hasher.combine(level)
        }
    }

    /// An asset's classes and media.
    public struct AssetState: Sendable, Hashable {
        /// The name.
        public var name: String
        /// 機密性 as written.
        public var confidentiality: String
        /// 完全性.
        public var integrity: Int
        /// 可用性.
        public var availability: Int
        /// 個人情報 code.
        public var personalData: String
        /// Media codes.
        public var media: [String]
    }

    /// The file it was read from.
    public var file: String
    /// The risks by id, and their ids in register order.
    public var risks: [String: Score]
    /// Risk ids in register order.
    public var riskOrder: [String]
    /// The assets by id.
    public var assets: [String: AssetState]
    /// Asset ids in register order.
    public var assetOrder: [String]
    /// The method, as canonical JSON text.
    public var method: String
    /// The catalog's version.
    public var catalogVersion: String
    /// The media the inventory used.
    public var mediaUsed: [String]
}

/// Reads JSON registers that `risk score --format json` wrote.
public enum RegisterReader {
    /// Reads a register file's bytes: a register that `risk score` could not have written (another schema, a
    /// value the method does not give, a level it does not have) is refused at the field.
    public static func read(_ bytes: [UInt8], file: String) -> ReadResult<RegisterSnapshot> {
        var log = DiagnosticLog()
        guard let root = JSONParser.document(bytes, file: file, log: &log) else { return ReadResult(value: nil, log: log) }
        var fields = JSONFields(file: file, log: log) { path, detail in .registerInvalid(path: path, detail: detail) }
        guard fields.object(root, "(document)") != nil else { return ReadResult(value: nil, log: fields.log) }
        if let schema = fields.string(root["schema"], "schema", in: root), !JSONRegisterWriter.readableSchemas.contains(schema) {
            fields.fail(root["schema"], "schema",
                        FieldText.registerSchema.localized(JSONRegisterWriter.readableSchemas.joined(separator: ", "), schema))
        }
        var snapshot = RegisterSnapshot(file: file, risks: [:], riskOrder: [], assets: [:], assetOrder: [], method: "",
                                        catalogVersion: "", mediaUsed: [])
        var scoring: ScoringMethod?
        if let method = root["method"] {
            snapshot.method = String(decoding: canonical(method).serialized(), as: UTF8.self)
            // The levels' labels, from the method as recorded (a method file's form); none when it does not read.
            var methodFields = JSONFields(file: file, log: DiagnosticLog()) { key, detail in .methodInvalid(key: key, detail: detail) }
            if let read = MethodReader.read(method, &methodFields), !methodFields.log.hasErrors { scoring = read }
        } else {
            fields.fail(root, "method", FieldText.missing.localized())
        }
        readRisks(root, scoring: scoring, into: &snapshot, &fields)
        readAssets(root, into: &snapshot, &fields)
        snapshot.catalogVersion = root["catalog"]?["version"]?.string ?? ""
        if let used = root["summary"]?["media_used"], let media = fields.strings(used, "summary.media_used") {
            snapshot.mediaUsed = media
        } else {
            snapshot.mediaUsed = Array(Set(snapshot.assets.values.flatMap { $0.media })).sorted()
        }
        return ReadResult(value: fields.log.hasErrors ? nil : snapshot, log: fields.log)
    }

    /// The risks, each with a value `scoring` gives (0 for a risk not scored) and one of its levels, with its label.
    static func readRisks(_ root: JSONNode, scoring: ScoringMethod?, into snapshot: inout RegisterSnapshot,
                          _ fields: inout JSONFields) {
        var values: Set<Int> = [0]
        if let scoring {
            for importance in 1...scoring.importanceSteps {
                for possibility in 1...scoring.possibilitySteps {
                    values.insert(scoring.value(importance: importance, possibility: possibility))
                }
            }
        }
        let shownValues = values.sorted().map { String($0) }.joined(separator: ", ")
        let shownLevels = scoring.map { method in method.bands.map { $0.code }.joined(separator: ", ") } ?? ""
        for (index, node) in (fields.array(root["risks"], "risks", in: root) ?? []).enumerated() {
            let path = "risks[\(index)]"
            guard let id = fields.string(node["risk_id"], path + ".risk_id", in: node),
                  let value = fields.int(node["risk_value"], path + ".risk_value", in: node, range: 0...MethodReader.highestValue),
                  let level = fields.string(node["level"], path + ".level", in: node) else { continue }
            if snapshot.risks[id] != nil {
                fields.fail(node, path + ".risk_id", FieldText.riskTwice.localized(id))
                continue
            }
            var score = RegisterSnapshot.Score(value: value, level: level)
            if let scoring {
                guard values.contains(value) else {
                    fields.fail(node["risk_value"], path + ".risk_value",
                                FieldText.registerValue.localized(String(value), shownValues))
                    continue
                }
                guard let named = scoring.level(named: level) else {
                    fields.fail(node["level"], path + ".level", FieldText.registerLevel.localized(level, shownLevels))
                    continue
                }
                score.label = scoring.band(named).label
            }
            snapshot.risks[id] = score
            snapshot.riskOrder.append(id)
        }
    }

    /// The assets.
    static func readAssets(_ root: JSONNode, into snapshot: inout RegisterSnapshot, _ fields: inout JSONFields) {
        for (index, node) in (fields.array(root["assets"], "assets", in: root) ?? []).enumerated() {
            let path = "assets[\(index)]"
            guard let id = fields.string(node["id"], path + ".id", in: node),
                  let name = fields.string(node["name"], path + ".name", in: node, allowEmpty: true),
                  let confidentiality = fields.string(node["confidentiality"], path + ".confidentiality", in: node),
                  let integrity = fields.int(node["integrity"], path + ".integrity", in: node, range: 1...3),
                  let availability = fields.int(node["availability"], path + ".availability", in: node, range: 1...3),
                  let media = fields.strings(node["media"], path + ".media", in: node) else { continue }
            let personal = node["personal_data"]?.string ?? "none"
            snapshot.assets[id] = RegisterSnapshot.AssetState(name: name, confidentiality: confidentiality, integrity: integrity,
                                                              availability: availability, personalData: personal, media: media)
            snapshot.assetOrder.append(id)
        }
    }

    /// A parsed value as a value to write, so that two methods compare by content, not layout.
    static func canonical(_ node: JSONNode) -> JSON {
        switch node.value {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .number(let text): return Int(text).map(JSON.int) ?? .string(text)
        case .string(let text): return .string(text)
        case .array(let elements): return .array(elements.map(canonical))
        case .object(let members):
            var object: [String: JSON] = [:]
            for member in members where object[member.key] == nil { object[member.key] = canonical(member.value) }
            return .object(object)
        }
    }
}
