/// Reads typed fields out of JSON objects, reporting each problem with its place.
struct JSONFields {
    let file: String
    var log: DiagnosticLog
    /// Which problem to report: the catalog and method files each have their own code.
    let problem: @Sendable (_ path: String, _ detail: Localized) -> Problem

    init(file: String, log: DiagnosticLog, problem: @escaping @Sendable (String, Localized) -> Problem) {
        self.file = file
        self.log = log
        self.problem = problem
    }

    /// Reports a problem at `node` (or, when it is missing, at its parent): `detail`, a sentence of the message
    /// catalog that follows the field's path.
    mutating func fail(_ node: JSONNode?, _ path: String, _ detail: Localized) {
        log.error(problem(path, detail), at: SourceLocation(file: file, line: node?.line ?? 0, column: node?.column ?? 0))
    }

    private mutating func missing(_ parent: JSONNode?, _ path: String) {
        fail(parent, path, FieldText.missing.localized())
    }

    /// Reports that `node` is not of the kind `expected`, naming the kind it is.
    private mutating func wrongKind(_ node: JSONNode, _ path: String, _ expected: FieldText) {
        fail(node, path, FieldText.mustBe.localized(expected.localized(), node.value.kindName))
    }

    /// The members of an object, or nil with an error.
    mutating func object(_ node: JSONNode?, _ path: String) -> [JSONMember]? {
        guard let node else { missing(nil, path); return nil }
        guard let members = node.members else { wrongKind(node, path, .object); return nil }
        return members
    }

    /// The elements of an array, or nil with an error.
    mutating func array(_ node: JSONNode?, _ path: String, in parent: JSONNode? = nil) -> [JSONNode]? {
        guard let node else { missing(parent, path); return nil }
        guard let elements = node.array else { wrongKind(node, path, .array); return nil }
        return elements
    }

    /// A string, or nil with an error.
    mutating func string(_ node: JSONNode?, _ path: String, in parent: JSONNode? = nil, allowEmpty: Bool = false) -> String? {
        guard let node else { missing(parent, path); return nil }
        guard let text = node.string else { wrongKind(node, path, .string); return nil }
        if !allowEmpty && text.trimmingSpaces.isEmpty { fail(node, path, FieldText.empty.localized()); return nil }
        return text
    }

    /// An integer within `range`, or nil with an error.
    mutating func int(_ node: JSONNode?, _ path: String, in parent: JSONNode? = nil, range: ClosedRange<Int>) -> Int? {
        guard let node else { missing(parent, path); return nil }
        guard let value = node.int else { wrongKind(node, path, .wholeNumber); return nil }
        guard range.contains(value) else {
            fail(node, path, FieldText.outOfRange.localized(String(range.lowerBound), String(range.upperBound), String(value)))
            return nil
        }
        return value
    }

    /// A boolean, or nil with an error.
    mutating func bool(_ node: JSONNode?, _ path: String, in parent: JSONNode? = nil) -> Bool? {
        guard let node else { missing(parent, path); return nil }
        guard case .bool(let value) = node.value else { wrongKind(node, path, .trueOrFalse); return nil }
        return value
    }

    /// A text in Japanese and English (`{"ja": …, "en": …}`), or nil with an error.
    mutating func localized(_ node: JSONNode?, _ path: String, in parent: JSONNode? = nil) -> Localized? {
        guard let node else { missing(parent, path); return nil }
        guard node.members != nil else { wrongKind(node, path, .jaAndEn); return nil }
        guard let ja = string(node["ja"], path + ".ja", in: node), let en = string(node["en"], path + ".en", in: node) else { return nil }
        return Localized(ja: ja, en: en)
    }

    /// A list of strings, or nil with an error.
    mutating func strings(_ node: JSONNode?, _ path: String, in parent: JSONNode? = nil) -> [String]? {
        guard let elements = array(node, path, in: parent) else { return nil }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard let text = string(element, "\(path)[\(index)]") else { return nil }
            result.append(text)
        }
        return result
    }

    /// A list of integers within `range`, or nil with an error.
    mutating func ints(_ node: JSONNode?, _ path: String, in parent: JSONNode? = nil, range: ClosedRange<Int>) -> [Int]? {
        guard let elements = array(node, path, in: parent) else { return nil }
        var result: [Int] = []
        for (index, element) in elements.enumerated() {
            guard let value = int(element, "\(path)[\(index)]", range: range) else { return nil }
            result.append(value)
        }
        return result
    }

    /// Reports every member of `node` whose key is not in `known`; `path` is empty for the document itself.
    mutating func rejectUnknownKeys(_ node: JSONNode, _ path: String, known: Set<String>) {
        let list = known.sorted().joined(separator: ", ")
        for member in node.members ?? [] where !known.contains(member.key) {
            fail(member.value, path.isEmpty ? member.key : "\(path).\(member.key)", FieldText.unknownKey.localized(list))
        }
    }
}
