/// Folds full-width ASCII forms (`３`, `Ａ`, `（`) to their ASCII forms and trims white space, full-width space
/// included, so that values typed with a Japanese input method read the same as ASCII ones.
enum WidthFolding {
    /// `text` with full-width ASCII folded and surrounding white space removed.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E, let folded = Unicode.Scalar(value - 0xFEE0) {
                scalars.append(folded)
            } else if value == 0x3000 {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).trimmingSpaces
    }
}
