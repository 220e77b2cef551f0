/// What the core needs of strings beyond the standard library, which it has without Foundation: searching for and
/// replacing text, and trimming white space. Texts compare by their Unicode scalars, as they are written.
extension String {
    /// The offset in UTF-8 bytes of the first occurrence of `text`, or nil.
    func firstOffset(of text: String) -> Int? {
        let haystack = Array(utf8), needle = Array(text.utf8)
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= haystack.count else { return nil }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `text` occurs in this string (byte for byte in UTF-8).
    func includes(_ text: String) -> Bool { firstOffset(of: text) != nil }

    /// This string with every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let haystack = Array(utf8), needle = Array(target.utf8)
        guard !needle.isEmpty else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(haystack.count)
        var index = 0
        while index < haystack.count {
            if index + needle.count <= haystack.count && haystack[index..<index + needle.count].elementsEqual(needle) {
                output.append(contentsOf: replacement.utf8)
                index += needle.count
            } else {
                output.append(haystack[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The string without leading and trailing white space, full-width space included.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" || $0 == "\u{00A0}" || $0 == "\u{FEFF}"
                || $0 == "\u{200B}"
        }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The string without leading and trailing ASCII spaces and tabs.
    var trimmingSpacesAndTabs: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
