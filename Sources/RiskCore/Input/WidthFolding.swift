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

    /// Whether `text` needs folding at all (it has a non-ASCII byte or surrounding spaces).
    @inline(__always)
    static func isPlainASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return false }
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}
