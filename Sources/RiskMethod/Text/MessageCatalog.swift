/// One part of the message catalog: every sentence a user reads, each under a key, in Japanese and in English.
///
/// A sentence names its values by numbered slots, `{1}`, `{2}`, …, filled in the order given:
///
///     CommandText.cannotRead(.en, "台帳.csv", "No such file")   // "cannot read 台帳.csv: No such file"
///
/// The catalog is the one place that chooses between the languages: code elsewhere asks it for a sentence in the
/// user's language. A test checks that every key has both languages, with the same slots.
public protocol MessageCatalog: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The sentence in Japanese and in English, with the same slots.
    var templates: Localized { get }
}

extension MessageCatalog {
    /// The key, such as `command.cannot-read`.
    public var key: String { rawValue }

    /// The sentence in `language`, its slots filled with `values`.
    public func callAsFunction(_ language: Language, _ values: String...) -> String {
        Message.fill(templates[language], values)
    }

    /// The sentence in both languages, its slots filled with `values`.
    public func localized(_ values: String...) -> Localized {
        Localized(ja: Message.fill(templates.ja, values), en: Message.fill(templates.en, values))
    }

    /// The sentence in both languages, each language's slots filled with that language's form of the values: for a
    /// value that is itself a word of the catalog, such as the kind of a JSON value.
    public func localized(_ first: Localized, _ more: Localized...) -> Localized {
        let values = [first] + more
        return Localized(ja: Message.fill(templates.ja, values.map { $0.ja }), en: Message.fill(templates.en, values.map { $0.en }))
    }
}

/// How a sentence's slots are filled.
public enum Message {
    /// `template` with each slot `{n}` replaced by `values[n - 1]`; a value is inserted as it is, never read for
    /// slots of its own. A slot with no value stays as written.
    public static func fill(_ template: String, _ values: [String]) -> String {
        guard !values.isEmpty else { return template }
        var output: [UInt8] = []
        let bytes = Array(template.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let (slot, end) = slot(in: bytes, at: index), slot >= 1, slot <= values.count {
                output.append(contentsOf: values[slot - 1].utf8)
                index = end
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The slots of a template, in the order they appear.
    public static func slots(in template: String) -> [Int] {
        let bytes = Array(template.utf8)
        var result: [Int] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let (slot, end) = slot(in: bytes, at: index) {
                result.append(slot)
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The number of the slot `{n}` that starts at `index`, and where it ends.
    private static func slot(in bytes: [UInt8], at index: Int) -> (Int, Int)? {
        var end = index + 1
        var number = 0
        while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, end - index <= 2 {
            number = number * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        guard end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: "}") else { return nil }
        return (number, end + 1)
    }
}
