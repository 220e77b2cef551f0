/// Where a CSV text can be cut so that each part holds whole records: at a line feed outside quotes.
///
/// Quotes toggle between inside and outside (a doubled quote toggles twice), so the parity of the quotes before a
/// line feed, counted from a record boundary, says whether it ends a record. A stray quote breaks this, but it is an
/// error, and a part that holds one fails to read and the text is read again in one go.
enum RecordBoundary {
    /// The offset just after a line feed outside quotes at or after the middle of `text[start...]`, or nil.
    static func middle(of text: Span<UInt8>, from start: Int) -> Int? {
        let end = text.count
        guard end - start >= 2 else { return nil }
        let middle = start + (end - start) / 2
        var inside = ByteScanner.count(of: 0x22, in: text, range: start..<middle) % 2 == 1
        var index = middle
        while index < end {
            let byte = text[index]
            if byte == 0x22 {
                inside.toggle()
            } else if byte == 0x0A && !inside {
                return index + 1 < end ? index + 1 : nil
            }
            index += 1
        }
        return nil
    }

    /// The offset just after the last line feed outside quotes in `text` (which starts at a record boundary), or
    /// nil when there is none.
    static func last(in text: Span<UInt8>) -> Int? {
        var position = text.count - 1
        while position >= 0 && text[position] != 0x0A { position -= 1 }
        guard position >= 0 else { return nil }
        var quotes = ByteScanner.count(of: 0x22, in: text, range: 0..<position)
        // Back from the last line feed to one with an even number of quotes before it.
        while position >= 0 {
            if text[position] == 0x0A && quotes % 2 == 0 { return position + 1 }
            if position > 0 && text[position - 1] == 0x22 { quotes -= 1 }
            position -= 1
        }
        return nil
    }
}
