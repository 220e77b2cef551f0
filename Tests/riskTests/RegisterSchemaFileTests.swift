import Foundation
import RiskCore
import Testing

/// The JSON Schema of the register (docs/risk-register.schema.json) describes what `risk score --format json`
/// writes: the sample's register, with a plan and a policy and without, is valid against it, and a register with a
/// member too many, one missing or of the wrong type is not (so the check can fail).
struct RegisterSchemaFileTests {
    static func schema() throws -> JSONNode {
        let bytes = try Data(contentsOf: Runner.packageRoot.appendingPathComponent("docs/risk-register.schema.json"))
        return try JSONParser.parse(Array(bytes)).get()
    }

    @Test func theSamplesRegisterIsValid() throws {
        let schema = try Self.schema()
        #expect(schema["properties"]?["schema"]?["const"]?.string == JSONRegisterWriter.schema)
        let folder = try Runner.temporaryFolder()
        let plan = folder.appendingPathComponent("plan.csv"), policy = folder.appendingPathComponent("policy.csv")
        try Data("risk_id,treatment,owner,due,note\nA-001/T05,mitigate,市民課長,2027-03-31,M13\nA-003/T01,accept,課長,2027-03-31,保管庫で施錠\n".utf8).write(to: plan)
        try Data("section,clause,title\n3.5.1,第8条,職員等の遵守事項\n3.6,第10条,技術的対策\n".utf8).write(to: policy)
        for extra in [[], ["--plan", plan.path, "--policy", policy.path, "--min-level", "medium"]] {
            let result = try Runner.run(["score", Runner.sampleInventory.path, "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let register = try JSONParser.parse(Array(result.stdout)).get()
            let errors = SchemaCheck(root: schema).errors(register)
            #expect(errors.isEmpty, "\(extra): \(errors.prefix(5))")
        }
    }

    @Test func aWrongRegisterIsNot() throws {
        let schema = try Self.schema()
        let result = try Runner.run(["score", Runner.sampleInventory.path, "--format", "json"])
        var text = String(decoding: result.stdout, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"risk_value\":9,", with: "\"risk_value\":\"9\",")
            .replacingOccurrences(of: "{\"asset_id\":\"A-001\",", with: "{\"asset_id\":\"A-001\",\"mapping\":{},")
            .replacingOccurrences(of: "\"schema\": \"risk-register/2\"", with: "\"schema\": \"risk-register/1\"")
        let errors = SchemaCheck(root: schema).errors(try JSONParser.parse(Array(text.utf8)).get())
        #expect(errors.contains { $0.hasPrefix("$.risks[0].mapping") })
        #expect(errors.contains { $0.hasPrefix("$.risks[0].risk_value") })
        #expect(errors.contains { $0.hasPrefix("$.schema") })
    }
}

/// The part of JSON Schema (2020-12) the register's schema uses: type, const, enum, properties, required,
/// additionalProperties, items, minimum, maximum, minLength, maxLength and local `$ref`s.
struct SchemaCheck {
    let root: JSONNode

    func errors(_ value: JSONNode) -> [String] {
        var errors: [String] = []
        check(value, against: root, at: "$", into: &errors)
        return errors
    }

    private func resolve(_ schema: JSONNode) -> JSONNode {
        guard let reference = schema["$ref"]?.string, reference.hasPrefix("#/") else { return schema }
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") { node = node[String(part)] ?? node }
        return node
    }

    private func typeName(_ value: JSONNode) -> String {
        switch value.value {
        case .null: "null"
        case .bool: "boolean"
        case .number(let text): text.contains(".") || text.contains("e") ? "number" : "integer"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    private func check(_ value: JSONNode, against given: JSONNode, at path: String, into errors: inout [String]) {
        let schema = resolve(given)
        if let type = schema["type"] {
            let allowed = type.array?.compactMap(\.string) ?? [type.string ?? ""]
            let actual = typeName(value)
            guard allowed.contains(actual) || (actual == "integer" && allowed.contains("number")) else {
                return errors.append("\(path): \(actual), not \(allowed)")
            }
        }
        if let constant = schema["const"], constant.value != value.value { errors.append("\(path): not the constant") }
        if let options = schema["enum"]?.array, !options.contains(where: { $0.value == value.value }) {
            errors.append("\(path): not one of the enum")
        }
        if let number = value.int {
            if let minimum = schema["minimum"]?.int, number < minimum { errors.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"]?.int, number > maximum { errors.append("\(path): above \(maximum)") }
        }
        if let text = value.string {
            if let minimum = schema["minLength"]?.int, text.count < minimum { errors.append("\(path): shorter than \(minimum)") }
            if let maximum = schema["maxLength"]?.int, text.count > maximum { errors.append("\(path): longer than \(maximum)") }
        }
        if let elements = value.array, let items = schema["items"] {
            for (index, element) in elements.enumerated() { check(element, against: items, at: "\(path)[\(index)]", into: &errors) }
        }
        guard let members = value.members else { return }
        for key in schema["required"]?.array?.compactMap(\.string) ?? [] where !members.contains(where: { $0.key == key }) {
            errors.append("\(path).\(key): missing")
        }
        for member in members {
            if let property = schema["properties"]?[member.key] {
                check(member.value, against: property, at: "\(path).\(member.key)", into: &errors)
            } else if let additional = schema["additionalProperties"] {
                if case .bool(false) = additional.value {
                    errors.append("\(path).\(member.key): not allowed")
                } else if additional.members != nil {
                    check(member.value, against: additional, at: "\(path).\(member.key)", into: &errors)
                }
            }
        }
    }
}
