/// The language of messages, labels and headers: Japanese or English.
public enum Language: String, Sendable, CaseIterable {
    /// 日本語.
    case ja
    /// English.
    case en

    /// The language a locale environment asks for: `ja*` means Japanese, anything else English.
    ///
    /// `LC_ALL` wins over `LC_MESSAGES`, which wins over `LANG`, as POSIX orders them.
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("ja") ? .ja : .en
            }
        }
        return .en
    }

    /// What a CSV file in this language starts with: a UTF-8 byte order mark in Japanese, so that Excel opens it as
    /// UTF-8; nothing in English.
    public var csvByteOrderMark: [UInt8] { self == .ja ? [0xEF, 0xBB, 0xBF] : [] }
}

/// A text in Japanese and in English.
public struct Localized: Sendable, Hashable {
    /// The Japanese text.
    public var ja: String
    /// The English text.
    public var en: String

    /// Creates a text from its Japanese and English forms.
    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    /// Creates a text from its Japanese and English forms, as the message catalog writes them.
    public init(_ ja: String, _ en: String) {
        self.ja = ja
        self.en = en
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        language == .ja ? ja : en
    }
}
