/// The classes and personal-data values as ledgers and policies write them, beside the plain codes.
///
/// A cell is read after width folding, with spaces removed and letters in upper case. The property's own name
/// before the level (`機密性3`, `自治体機密性3A`, `完全性2`), the word 情報 after it (`機密性2情報`) and a note in
/// brackets (`3(高)`) are dropped; 高/中/低 name the levels of a three-level scale. Integrity and availability have
/// two levels under the MIC method, where 高 is 2 and 低 is 1, and 中 is refused: it would have to be guessed.
enum ClassLabels {
    /// A level read from a cell: a level, or 中 on a two-level scale.
    enum Level: Equatable {
        case level(Int)
        case middleOfTwo
    }

    /// The confidentiality class written in `text` (width folded and trimmed), or nil.
    static func confidentiality(_ text: String) -> ConfidentialityClass? {
        let core = stripped(text, names: ["自治体機密性", "機密性"])
        if let parsed = ConfidentialityClass(text: core) { return parsed }
        switch core {
        case "高": return .three
        case "中": return .two
        case "低": return .one
        default: return nil
        }
    }

    /// The level of integrity or availability written in `text`, on a scale of `maximum` levels (2 or 3), or nil.
    static func level(_ text: String, property: SecurityProperty, maximum: Int) -> Level? {
        let names = property == .integrity ? ["自治体完全性", "完全性"] : ["自治体可用性", "可用性"]
        let core = stripped(text, names: names)
        if !core.isEmpty, core.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
            guard let level = Int(core), level >= 1, level <= maximum else { return nil }
            return .level(level)
        }
        switch core {
        case "高": return .level(maximum)
        case "低": return .level(1)
        case "中": return maximum >= 3 ? .level(2) : .middleOfTwo
        default: return nil
        }
    }

    /// The personal data written in `text` (width folded and trimmed), or nil.
    static func personalData(_ text: String) -> PersonalData? {
        if let parsed = PersonalData(text: text) { return parsed }
        let core = WidthFolding.fold(text).filter { !$0.isWhitespace }.lowercased()
        if let kind = personalWords[core] { return kind }
        // 有（マイナンバー）: the note says which kind.
        let bare = TableSchema.withoutNote(core)
        guard bare != core else { return nil }
        let note = String(core.dropFirst(bare.count).dropFirst().dropLast())
        if let kind = personalWords[note] ?? PersonalData(text: note), kind != .none, personalWords[bare] != PersonalData.none {
            return kind
        }
        return personalWords[bare] ?? PersonalData(text: bare)
    }

    /// The words for personal data, folded and in lower case.
    static let personalWords: [String: PersonalData] = {
        var words: [String: PersonalData] = [:]
        for word in ["無", "無し", "なし", "ナシ", "no", "n", "false", "×", "✕", "-", "ー", "−", "非該当", "該当なし", "個人情報なし",
                     "個人情報無し", "含まない"] { words[word] = PersonalData.none }
        for word in ["有", "有り", "あり", "アリ", "yes", "y", "true", "○", "〇", "◯", "●", "該当", "個人情報あり", "個人情報有り",
                     "個人情報有", "含む", "個人情報を含む"] { words[word] = .personal }
        for word in ["要配慮", "要配慮個人情報あり", "要配慮個人情報を含む", "要配慮情報"] { words[word] = .sensitive }
        for word in ["マイナンバー", "個人番号", "特定個人情報あり", "特定個人情報を含む", "マイナンバーあり", "個人番号あり", "mynumber"] {
            words[word] = .myNumber
        }
        return words
    }()

    /// `text` folded, without spaces, its property's name in front, 情報 or 相当 behind, or a note in brackets.
    static func stripped(_ text: String, names: [String]) -> String {
        var core = WidthFolding.fold(text).filter { !$0.isWhitespace }.uppercased()
        for name in names where core.hasPrefix(name) {
            core = String(core.dropFirst(name.count))
            break
        }
        let bare = TableSchema.withoutNote(core)
        if !bare.isEmpty { core = bare }
        for suffix in ["情報", "相当"] where core.hasSuffix(suffix) && core.count > suffix.count {
            core = String(core.dropLast(suffix.count))
        }
        return core
    }
}
