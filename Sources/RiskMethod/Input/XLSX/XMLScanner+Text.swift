/// What is wrong with a part's XML.
enum XMLProblem: Equatable, Sendable {
    case unexpectedEnd
    case unclosedElement(String)
    case unexpectedEndTag(String)
    case mismatchedEndTag(expected: String, found: String)
    case badMarkup
    case doctype
    case badTag
    case badAttribute
    case badEntity(String)
    case tooDeep
    case badReference(String)
    case badSharedString(index: Int, count: Int)
}

extension XMLScanner {
    /// Appends the text of `range` to `output`, its entities and character references decoded; with
    /// `officeEscapes`, also the `_xHHHH_` escapes that Excel writes for control characters (`_x000D_` for a
    /// carriage return).
    func appendText(_ range: Range<Int>, cdata: Bool = false, officeEscapes: Bool = false,
                    to output: inout [UInt8]) throws(Failure) {
        let start = output.count
        if cdata {
            output.append(contentsOf: bytes[range])
        } else {
            let span = bytes.span.extracting(range)
            var index = range.lowerBound
            while index < range.upperBound {
                let amp = ByteScanner.firstIndex(of: UInt8(ascii: "&"), in: span, from: index - range.lowerBound)
                    .map { $0 + range.lowerBound } ?? range.upperBound
                if amp > index { output.append(contentsOf: bytes[index..<amp]) }
                guard amp < range.upperBound else { break }
                index = try appendEntity(at: amp, end: range.upperBound, to: &output)
            }
        }
        if officeEscapes { XMLScanner.decodeOfficeEscapes(&output, from: start) }
    }

    /// The text of `range` decoded, as a string.
    func decodedString(_ range: Range<Int>) throws(Failure) -> String {
        var output: [UInt8] = []
        try appendText(range, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes the entity or character reference at `offset` (an `&`) into `output`; the offset after its `;`.
    private func appendEntity(at offset: Int, end: Int, to output: inout [UInt8]) throws(Failure) -> Int {
        var semicolon = offset + 1
        while semicolon < end && semicolon - offset <= 10 && bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";") else {
            throw Failure(problem: .badEntity(string(offset..<min(end, offset + 10))), offset: offset)
        }
        let body = bytes[offset + 1..<semicolon]
        let named: [(String, UInt8)] = [("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27)]
        for (entity, byte) in named where body.elementsEqual(entity.utf8) {
            output.append(byte)
            return semicolon + 1
        }
        guard body.first == UInt8(ascii: "#"), let scalar = XMLScanner.characterReference(body.dropFirst()) else {
            throw Failure(problem: .badEntity(string(offset..<semicolon + 1)), offset: offset)
        }
        XMLScanner.appendUTF8(scalar, to: &output)
        return semicolon + 1
    }

    /// The scalar of `N` or `xH` (after `&#`), when it is one XML allows.
    static func characterReference(_ body: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var digits = body
        var radix: UInt32 = 10
        if digits.first == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            guard let digit = hexDigit(byte), digit < radix else { return nil }
            value = value * radix + digit
        }
        guard value == 0x9 || value == 0xA || value == 0xD || value >= 0x20 else { return nil }
        return Unicode.Scalar(value)
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        UTF8.encode(scalar) { output.append($0) }
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Replaces each `_xHHHH_` after `start` with its character (`_x005F_` is a plain `_`), as Excel reads them.
    static func decodeOfficeEscapes(_ output: inout [UInt8], from start: Int) {
        guard let first = output[start...].firstIndex(of: UInt8(ascii: "_")) else { return }
        var result = Array(output[start..<first])
        var index = first
        while index < output.count {
            if output[index] == UInt8(ascii: "_"), index + 6 < output.count, output[index + 1] == UInt8(ascii: "x"),
               output[index + 6] == UInt8(ascii: "_") {
                var value: UInt32 = 0
                var valid = true
                for byte in output[index + 2..<index + 6] {
                    if let digit = hexDigit(byte) { value = value << 4 | digit } else { valid = false }
                }
                if valid, let scalar = Unicode.Scalar(value) {
                    appendUTF8(scalar, to: &result)
                    index += 7
                    continue
                }
            }
            result.append(output[index])
            index += 1
        }
        output.replaceSubrange(start..., with: result)
    }
}
