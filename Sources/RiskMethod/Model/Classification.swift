/// One of the three security properties: confidentiality, integrity, availability.
public enum SecurityProperty: String, Sendable, CaseIterable {
    /// 機密性.
    case confidentiality = "C"
    /// 完全性.
    case integrity = "I"
    /// 可用性.
    case availability = "A"

    /// The property's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.confidentiality, .ja): "機密性"
        case (.integrity, .ja): "完全性"
        case (.availability, .ja): "可用性"
        case (.confidentiality, .en): "confidentiality"
        case (.integrity, .en): "integrity"
        case (.availability, .en): "availability"
        }
    }
}

/// A set of security properties, such as the ones a threat harms.
public struct PropertySet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Confidentiality.
    public static let confidentiality = PropertySet(rawValue: 1)
    /// Integrity.
    public static let integrity = PropertySet(rawValue: 2)
    /// Availability.
    public static let availability = PropertySet(rawValue: 4)

    /// The set holding `property`.
    public init(_ property: SecurityProperty) {
        switch property {
        case .confidentiality: self = .confidentiality
        case .integrity: self = .integrity
        case .availability: self = .availability
        }
    }

    /// The properties in C, I, A order.
    public var properties: [SecurityProperty] {
        SecurityProperty.allCases.filter { contains(PropertySet($0)) }
    }

    /// The letters of the properties, such as `["C", "A"]`.
    public var letters: [String] { properties.map { $0.rawValue } }
}

/// The confidentiality class of the MIC classification: 3 (with 3A, 3B, 3C of the 2024 revision), 2 or 1.
public enum ConfidentialityClass: UInt8, Sendable, CaseIterable {
    case one, two, three, threeA, threeB, threeC

    /// The level used for scoring: 3A, 3B and 3C count as 3.
    public var level: Int {
        switch self {
        case .one: 1
        case .two: 2
        case .three, .threeA, .threeB, .threeC: 3
        }
    }

    /// The class as written in outputs: `1`, `2`, `3`, `3A`, `3B` or `3C`.
    public var text: String {
        switch self {
        case .one: "1"
        case .two: "2"
        case .three: "3"
        case .threeA: "3A"
        case .threeB: "3B"
        case .threeC: "3C"
        }
    }

    /// Reads a class from its text after width folding, such as `3`, `3a` or `３Ａ`.
    public init?(text: String) {
        switch text.uppercased() {
        case "1": self = .one
        case "2": self = .two
        case "3": self = .three
        case "3A": self = .threeA
        case "3B": self = .threeB
        case "3C": self = .threeC
        default: return nil
        }
    }
}

/// Whether an asset holds personal data, and of which kind.
public enum PersonalData: UInt8, Sendable, CaseIterable {
    /// No personal data (なし).
    case none
    /// Personal information (個人情報).
    case personal
    /// Sensitive personal information (要配慮個人情報).
    case sensitive
    /// Specific personal information under the My Number Act (特定個人情報).
    case myNumber

    /// The code used in files: `none`, `personal`, `sensitive`, `my-number`.
    public var code: String {
        switch self {
        case .none: "none"
        case .personal: "personal"
        case .sensitive: "sensitive"
        case .myNumber: "my-number"
        }
    }

    /// The Japanese name: なし, 個人情報, 要配慮個人情報, 特定個人情報.
    public var japaneseName: String {
        switch self {
        case .none: "なし"
        case .personal: "個人情報"
        case .sensitive: "要配慮個人情報"
        case .myNumber: "特定個人情報"
        }
    }

    /// The label in `language`.
    public func label(in language: Language) -> String {
        Localized(ja: japaneseName, en: code)[language]
    }

    /// Reads a value given as its code or its Japanese name; empty means none.
    public init?(text: String) {
        switch text.lowercased() {
        case "", "none", "なし", "無", "無し": self = .none
        case "personal", "個人情報": self = .personal
        case "sensitive", "要配慮個人情報": self = .sensitive
        case "my-number", "my_number", "mynumber", "特定個人情報": self = .myNumber
        default: return nil
        }
    }

    /// The accepted values, for messages.
    static let allowedText = "none/なし/無, personal/個人情報/有/あり/○, sensitive/要配慮個人情報/要配慮, my-number/特定個人情報/マイナンバー"
}
