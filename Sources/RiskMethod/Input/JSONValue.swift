/// A JSON value read from a file, with the line and column where it starts.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number, kept as written so that nothing is lost.
    case number(String)
    case string(String)
    case array([JSONNode])
    /// An object's members in the order written.
    case object([JSONMember])

    /// What kind of value this is, for messages, in both languages.
    public var kindName: Localized {
        switch self {
        case .null: FieldText.null.localized()
        case .bool: FieldText.boolean.localized()
        case .number: FieldText.number.localized()
        case .string: FieldText.string.localized()
        case .array: FieldText.array.localized()
        case .object: FieldText.object.localized()
        }
    }
}

/// A JSON value with its place in the file.
public struct JSONNode: Sendable, Hashable {
    /// The value.
    public var value: JSONValue
    /// The line where the value starts, 1-based.
    public var line: Int
    /// The column (character) where the value starts, 1-based.
    public var column: Int

    /// The member named `key`, if this is an object that has it.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The integer, if this is a number without fraction or exponent.
    public var int: Int? {
        if case .number(let text) = value { return Int(text) }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The members, if this is an object.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The location of this value in `file`.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// A member of a JSON object: its key (with the key's place) and its value.
public struct JSONMember: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSONNode
}
