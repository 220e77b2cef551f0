/// A small pull tokenizer for the XML of a workbook's parts: elements, attributes (either quote), text, the five
/// entities and character references, CDATA; comments and processing instructions are skipped. A document type
/// declaration is refused outright, so that no entity is ever defined, let alone expanded. Elements must nest;
/// names are compared by their local part (`x:c` is `c`), since tools differ in the prefixes they write.
///
/// Nothing is copied while scanning: a token is ranges of the part's bytes, decoded only when asked.
struct XMLScanner {
    /// What is wrong with a part's XML, and where (a byte offset).
    struct Failure: Error, Equatable, Sendable {
        var problem: XMLProblem
        var offset: Int
    }

    /// A token.
    enum Token: Equatable { case start, end, text, endOfDocument }

    /// An attribute: its qualified name and its raw value, between the quotes.
    struct Attribute { var name: Range<Int>; var value: Range<Int> }

    let bytes: [UInt8]
    private(set) var position = 0
    /// The current element's qualified name (a start or end token).
    private(set) var name: Range<Int> = 0..<0
    /// The current start token's attributes: the first ``attributeCount`` of the storage, which is kept between
    /// tags so that a tag's attributes cost no allocation.
    private var attributeStorage: [Attribute] = []
    private(set) var attributeCount = 0

    /// The current start token's attributes.
    var attributes: ArraySlice<Attribute> { attributeStorage[..<attributeCount] }
    /// The current text token's raw bytes, and whether they come from CDATA (no entities).
    private(set) var text: Range<Int> = 0..<0
    private(set) var isCDATA = false
    /// The names of the open elements.
    private var open: [Range<Int>] = []
    /// Whether the last start tag closed itself: its end token comes next.
    private var pendingEnd = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
        attributeStorage.reserveCapacity(8)
        open.reserveCapacity(16)
    }

    /// How deep the current element is: 1 for the root.
    var depth: Int { open.count }

    /// The next token.
    mutating func next() throws(Failure) -> Token {
        if pendingEnd {
            pendingEnd = false
            open.removeLast()
            return .end
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let end = ByteScanner.firstIndex(of: UInt8(ascii: "<"), in: bytes.span, from: position) ?? bytes.count
                text = position..<end
                isCDATA = false
                position = end
                return .text
            }
            guard position + 1 < bytes.count else { throw Failure(problem: .unexpectedEnd, offset: position) }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                position = try skip(past: "?>", from: position + 2)
            case UInt8(ascii: "!"):
                if let token = try markup() { return token }
            case UInt8(ascii: "/"):
                return try endTag()
            default:
                return try startTag()
            }
        }
        if !open.isEmpty { throw Failure(problem: .unclosedElement(string(open[open.count - 1])), offset: bytes.count) }
        return .endOfDocument
    }

    /// `<!--…-->` (skipped), `<![CDATA[…]]>` (a text token) or a refused `<!DOCTYPE`.
    private mutating func markup() throws(Failure) -> Token? {
        if matches("<!--", at: position) {
            position = try skip(past: "-->", from: position + 4)
            return nil
        }
        if matches("<![CDATA[", at: position) {
            let end = try skip(past: "]]>", from: position + 9)
            text = position + 9..<end - 3
            isCDATA = true
            position = end
            return .text
        }
        if matches("<!DOCTYPE", at: position) || matches("<!doctype", at: position) {
            throw Failure(problem: .doctype, offset: position)
        }
        throw Failure(problem: .badMarkup, offset: position)
    }

    private mutating func startTag() throws(Failure) -> Token {
        let tagStart = position
        position += 1
        name = try readName()
        attributeCount = 0
        while true {
            skipSpace()
            guard position < bytes.count else { throw Failure(problem: .unexpectedEnd, offset: tagStart) }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw Failure(problem: .badTag, offset: position)
                }
                position += 2
                pendingEnd = true
                break
            }
            try readAttribute()
        }
        guard open.count < 256 else { throw Failure(problem: .tooDeep, offset: tagStart) }
        open.append(name)
        return .start
    }

    private mutating func readAttribute() throws(Failure) {
        let attributeName = try readName()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw Failure(problem: .badAttribute, offset: position) }
        position += 1
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw Failure(problem: .badAttribute, offset: position)
        }
        let quote = bytes[position]
        guard let end = ByteScanner.firstIndex(of: quote, in: bytes.span, from: position + 1) else {
            throw Failure(problem: .unexpectedEnd, offset: position)
        }
        let attribute = Attribute(name: attributeName, value: position + 1..<end)
        if attributeCount < attributeStorage.count {
            attributeStorage[attributeCount] = attribute
        } else {
            attributeStorage.append(attribute)
        }
        attributeCount += 1
        position = end + 1
    }

    private mutating func endTag() throws(Failure) -> Token {
        let tagStart = position
        position += 2
        name = try readName()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw Failure(problem: .badTag, offset: position) }
        position += 1
        guard let last = open.last else { throw Failure(problem: .unexpectedEndTag(string(name)), offset: tagStart) }
        guard bytes[last].elementsEqual(bytes[name]) else {
            throw Failure(problem: .mismatchedEndTag(expected: string(last), found: string(name)), offset: tagStart)
        }
        open.removeLast()
        return .end
    }

    /// A name: anything up to a space, `/`, `>`, `=` or a quote; at least one byte.
    private mutating func readName() throws(Failure) -> Range<Int> {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte <= 0x20 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<") { break }
            position += 1
        }
        guard position > start else {
            throw Failure(problem: position < bytes.count ? .badTag : .unexpectedEnd, offset: start)
        }
        return start..<position
    }

    private mutating func skipSpace() {
        while position < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D
                                          || bytes[position] == 0x09) { position += 1 }
    }

    /// The offset just past the first `terminator` at or after `start`.
    private func skip(past terminator: String, from start: Int) throws(Failure) -> Int {
        let first = terminator.utf8.first ?? 0
        var index = start
        let span = bytes.span
        while let found = ByteScanner.firstIndex(of: first, in: span, from: index) {
            if matches(terminator, at: found) { return found + terminator.utf8.count }
            index = found + 1
        }
        throw Failure(problem: .unexpectedEnd, offset: start)
    }

    private func matches(_ literal: String, at offset: Int) -> Bool {
        var index = offset
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// The bytes of `range` as a string, as they stand.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Whether the local part of `range` (after any prefix) is `local`.
    @inline(__always)
    func isLocal(_ range: Range<Int>, _ local: String) -> Bool {
        let utf8 = local.utf8
        guard range.count >= utf8.count else { return false }
        let start = range.upperBound - utf8.count
        if start > range.lowerBound && bytes[start - 1] != UInt8(ascii: ":") { return false }
        var index = start
        for byte in utf8 {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// Whether the current element's local name is `local`.
    @inline(__always)
    func named(_ local: String) -> Bool { isLocal(name, local) }

    /// The raw value of the current start tag's attribute whose local name is `local`.
    func attribute(_ local: String) -> Range<Int>? {
        for attribute in attributes where isLocal(attribute.name, local) { return attribute.value }
        return nil
    }

    /// The raw value of the attribute whose qualified name is exactly `qualified` (`r:id`, not `id`).
    func attribute(qualified: String) -> Range<Int>? {
        for attribute in attributes where bytes[attribute.name].elementsEqual(qualified.utf8) { return attribute.value }
        return nil
    }

    /// The line (1-based) of a byte offset, for a message.
    func line(of offset: Int) -> Int {
        1 + ByteScanner.count(of: 0x0A, in: bytes.span, range: 0..<min(max(offset, 0), bytes.count))
    }
}
