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
    /// Reads a register file's bytes.
    public static func read(_ bytes: [UInt8], file: String) -> ReadResult<RegisterSnapshot> {
        var log = DiagnosticLog()
        guard let root = JSONParser.document(bytes, file: file, log: &log) else { return ReadResult(value: nil, log: log) }
        var fields = JSONFields(file: file, log: log) { path, detail in .registerInvalid(path: path, detail: detail) }
        guard fields.object(root, "(document)") != nil else { return ReadResult(value: nil, log: fields.log) }
        if let schema = fields.string(root["schema"], "schema", in: root), !schema.hasPrefix("risk-register/") {
            fields.fail(root["schema"], "schema", FieldText.registerSchema.localized(JSONRegisterWriter.schema, schema))
        }
        var snapshot = RegisterSnapshot(file: file, risks: [:], riskOrder: [], assets: [:], assetOrder: [], method: "",
                                        catalogVersion: "", mediaUsed: [])
        for (index, node) in (fields.array(root["risks"], "risks", in: root) ?? []).enumerated() {
            let path = "risks[\(index)]"
            guard let id = fields.string(node["risk_id"], path + ".risk_id", in: node),
                  let value = fields.int(node["risk_value"], path + ".risk_value", in: node, range: 0...MethodReader.highestValue),
                  let level = fields.string(node["level"], path + ".level", in: node) else { continue }
            if snapshot.risks[id] != nil {
                fields.fail(node, path + ".risk_id", FieldText.riskTwice.localized(id))
                continue
            }
            snapshot.risks[id] = RegisterSnapshot.Score(value: value, level: level)
            snapshot.riskOrder.append(id)
        }
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
        if let method = root["method"] {
            snapshot.method = String(decoding: canonical(method).serialized(), as: UTF8.self)
            // The levels' labels, from the method as recorded (a method file's form); none when it does not read.
            var methodFields = JSONFields(file: file, log: DiagnosticLog()) { key, detail in .methodInvalid(key: key, detail: detail) }
            if let scoring = MethodReader.read(method, &methodFields), !methodFields.log.hasErrors {
                for id in snapshot.riskOrder {
                    guard let score = snapshot.risks[id], let level = scoring.level(named: score.level) else { continue }
                    snapshot.risks[id]?.label = scoring.band(level).label
                }
            }
        } else {
            fields.fail(root, "method", FieldText.missing.localized())
        }
        snapshot.catalogVersion = root["catalog"]?["version"]?.string ?? ""
        if let used = root["summary"]?["media_used"], let media = fields.strings(used, "summary.media_used") {
            snapshot.mediaUsed = media
        } else {
            snapshot.mediaUsed = Array(Set(snapshot.assets.values.flatMap { $0.media })).sorted()
        }
        return ReadResult(value: fields.log.hasErrors ? nil : snapshot, log: fields.log)
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
