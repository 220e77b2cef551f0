/// How a media cell is folded before it is compared with the words of a ``MediaVocabulary``.
extension MediaVocabulary {
    /// A folded text, and where separators were taken out of it.
    struct Folded: Sendable {
        var scalars: [Unicode.Scalar] = []
        /// For each position (0 through `scalars.count`), whether a space, hyphen or ・ was taken out there.
        var separated: [Bool] = [false]

        /// Whether the position between `position - 1` and `position` lies inside a run of ASCII letters: a word
        /// of ASCII letters must not begin or end there (`mail` is not in `gmail`; it is in `g mail`).
        func joinsLetters(at position: Int) -> Bool {
            guard position > 0, position < scalars.count, !separated[position] else { return false }
            return Folded.isLetter(scalars[position - 1]) && Folded.isLetter(scalars[position])
        }

        static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        }
    }

    /// Folds a text for comparison: full-width ASCII to ASCII, half-width katakana to full-width (ｻｰﾊﾞｰ is サーバー),
    /// a separate voiced mark joined to its kana, ASCII letters to lower case; spaces, tabs, line breaks, `-`, `_`,
    /// dashes and ・ taken out.
    ///
    /// The long vowel mark ー is taken out everywhere, so that サーバ and サーバー, コンピュータ and コンピューター,
    /// プリンタ and プリンター are one word. Writing it at a word's end or not is a house style (JIS Z 8301 drops it,
    /// the 1991 cabinet notice on loanwords keeps it), both are common in one town hall, and it only lengthens the
    /// vowel before it: no two words for different media differ by it alone (a test checks that the table has no
    /// two words of different media that fold alike). Taking it out inside a word too (サーバールーム, メール) keeps
    /// the rule simple and also forgives a ー typed as a dash (サ－バ), which is taken out as well.
    static func fold(_ text: String) -> Folded {
        var folded = Folded()
        folded.scalars.reserveCapacity(text.utf8.count)
        var pendingSeparator = false
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E {
                value -= 0xFEE0
            } else if value >= 0xFF61 && value <= 0xFF9D {
                value = halfWidthKana[Int(value - 0xFF61)].value
            } else if value == 0xFF9E || value == 0x3099 || value == 0x309B || value == 0xFF9F || value == 0x309A || value == 0x309C {
                let semi = value == 0xFF9F || value == 0x309A || value == 0x309C
                if let last = folded.scalars.last, let marked = (semi ? semiVoiced : voiced)[last] {
                    folded.scalars[folded.scalars.count - 1] = marked
                }
                continue
            }
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            if isSeparator(value) {
                pendingSeparator = true
                continue
            }
            guard let kept = Unicode.Scalar(value) else { continue }
            folded.separated[folded.scalars.count] = pendingSeparator
            folded.scalars.append(kept)
            folded.separated.append(false)
            pendingSeparator = false
        }
        return folded
    }

    /// The folded form of a text, as a string: what the words of a vocabulary are compared by.
    public static func folded(_ text: String) -> String { string(fold(text).scalars) }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Whether a scalar is taken out: white space, `-`, `_`, dashes, the minus sign, ・ and ー.
    private static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2D, 0x5F, 0x3000, 0x30FB, 0x30FC, 0x2010...0x2015, 0x2212: true
        default: false
        }
    }

    /// The full-width forms of U+FF61 through U+FF9D.
    private static let halfWidthKana: [Unicode.Scalar] = Array(
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
            .unicodeScalars)

    /// Katakana and their voiced forms (カ and ガ).
    private static let voiced: [Unicode.Scalar: Unicode.Scalar] = pairs(
        "カガキギクグケゲコゴサザシジスズセゼソゾタダチヂツヅテデトドハバヒビフブヘベホボウヴ")

    /// Katakana and their semi-voiced forms (ハ and パ).
    private static let semiVoiced: [Unicode.Scalar: Unicode.Scalar] = pairs("ハパヒピフプヘペホポ")

    private static func pairs(_ text: String) -> [Unicode.Scalar: Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        var result: [Unicode.Scalar: Unicode.Scalar] = [:]
        var index = 0
        while index + 1 < scalars.count {
            result[scalars[index]] = scalars[index + 1]
            index += 2
        }
        return result
    }
}
