/// Writes the risk register as JSON, schema `risk-register/2`: keys sorted, no timestamps, byte-identical for
/// identical inputs.
///
/// Each revision item, control and threat the risks refer to is written once, in a section of its own, and the
/// assets once in theirs; a risk refers to them by id (`asset_id`, `threat_id`, `revision_items`, `controls`) and
/// holds what is its own: its matched media, steps, value and level, and with a plan its treatment and residual
/// risk. Assets and risks are written one to a line, as compact objects, so that the register streams out in
/// bounded memory, in chunks that several threads can format (``JSONRegisterLines``); the rest is indented. The
/// file `docs/risk-register.schema.json` describes it as a JSON Schema.
public struct JSONRegisterWriter: Sendable {
    /// The version of the register's shape.
    public static let schema = "risk-register/2"
    /// The shapes `risk diff` reads: this one and the first (each risk with its mapping in full).
    public static let readableSchemas = ["risk-register/1", schema]

    /// The assessment to write.
    public var assessment: Assessment
    /// Language, mapping level and inputs.
    public var options: RegisterOptions

    /// Creates a writer.
    public init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        self.options = options
    }

    /// The bytes of the whole register.
    public func bytes() -> [UInt8] {
        let buffer = ByteBuffer()
        do { try write(to: buffer) } catch { return [] }
        return buffer.bytes
    }

    /// The rows the writer formats in one go, for a writer that hands chunks to several threads.
    public static let chunkSize = 2_048

    /// Writes the whole register to `sink`, on the calling thread. (The system layer writes a large one with a
    /// thread per core formatting chunks of the same ``lines()``.)
    public func write(to sink: any ByteSink) throws(WriteError) {
        let lines = self.lines()
        try sink.write(lines.head)
        let buffer = ByteWriter(capacity: 1 << 16)
        var start = 0
        while start < lines.lineCount {
            let end = min(lines.lineCount, start + Self.chunkSize)
            buffer.removeAll()
            lines.format(start..<end, into: buffer)
            try buffer.withBytes { bytes throws(WriteError) in try sink.write(bytes) }
            start = end
        }
        try sink.write(lines.tail)
    }

    /// What formats the register: its head, its lines (the assets', then the risks') and its tail.
    public func lines() -> JSONRegisterLines { JSONRegisterLines(writer: self) }

    /// The sections between the assets and the risks, each indented one level: `catalog`, `controls`, `inputs`,
    /// `method` and `revision_items`, then the key of the risks; the risks' opening bracket follows.
    func middle(references: JSONReferences) -> [UInt8] {
        var output: [UInt8] = []
        let sections: [(String, JSON)] = [
            ("catalog", catalogJSON), ("controls", references.controlsJSON), ("inputs", inputsJSON),
            ("method", assessment.method.json), ("revision_items", references.itemsJSON),
        ]
        for (key, value) in sections { Self.member(key, value, into: &output) }
        output.append(contentsOf: ",\n  \"risks\": ".utf8)
        return output
    }

    /// The sections after the risks: `schema`, `summary` and `threats`, and the closing brace.
    func tail(references: JSONReferences) -> [UInt8] {
        var output: [UInt8] = []
        Self.member("schema", .string(Self.schema), into: &output)
        Self.member("summary", summary, into: &output)
        Self.member("threats", references.threatsJSON, into: &output)
        output.append(contentsOf: "\n}\n".utf8)
        return output
    }

    /// Appends `,\n  "key": value` at the first level of indentation.
    private static func member(_ key: String, _ value: JSON, into output: inout [UInt8]) {
        output.append(contentsOf: ",\n  ".utf8)
        JSON.writeString(key, to: &output)
        output.append(contentsOf: ": ".utf8)
        value.write(to: &output, indent: 1)
    }

    /// The inputs, then (when given) the report's organisation, author, date and departments as an input of role
    /// `report`.
    var inputsJSON: JSON { Self.inputsJSON(options) }

    /// The `inputs` array of a register or statement written with `options`.
    static func inputsJSON(_ options: RegisterOptions) -> JSON {
        var inputs = options.inputs.map(Self.inputJSON)
        let document = options.document
        if !document.isEmpty {
            var object: [String: JSON] = ["role": "report"]
            if let organization = document.organization { object["organization"] = .string(organization) }
            if let author = document.author { object["author"] = .string(author) }
            if let date = document.date { object["date"] = .string(date) }
            if !document.departments.isEmpty { object["departments"] = .array(document.departments.map { .string($0) }) }
            inputs.append(.object(object))
        }
        return .array(inputs)
    }

    static func inputJSON(_ input: InputDescription) -> JSON {
        var object: [String: JSON] = ["role": .string(input.role), "file": .string(input.file), "sha256": .string(input.sha256)]
        if let encoding = input.encoding { object["encoding"] = .string(encoding) }
        return .object(object)
    }

    var catalogJSON: JSON {
        ["version": .string(assessment.catalog.version), "source": .localized(assessment.catalog.source)]
    }

    static func clausesJSON(_ clauses: [PolicyClauses.Clause]) -> JSON {
        .array(clauses.map { ["section": .string($0.section), "clause": .string($0.clause), "title": .string($0.title)] })
    }
}
