/// A cell's stored value as Excel shows it: numbers as the General format writes them, date serials as dates.
enum CellValue {
    /// A non-negative decimal integer of at most nine digits, or nil.
    static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// A number in decimal: its sign, its significant digits (0–9 each, no leading or trailing zeros) and where
    /// the decimal point stands among them (`point` digits before it; negative or past the end for small and large
    /// numbers). Zero has no digits.
    struct Decimal: Equatable {
        var negative = false
        var digits: [UInt8] = []
        var point = 0

        /// Reads `123`, `-1.5`, `1.2345E-3`, `4.5e+10`; nil for anything else.
        init?(_ text: ArraySlice<UInt8>) {
            var index = text.startIndex
            if index < text.endIndex && (text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+")) {
                negative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            var seenPoint = false, seenDigit = false, leading = true
            while index < text.endIndex {
                let byte = text[index]
                if byte == UInt8(ascii: ".") && !seenPoint {
                    seenPoint = true
                } else if byte >= 0x30 && byte <= 0x39 {
                    seenDigit = true
                    if leading && byte == 0x30 {
                        if seenPoint { point -= 1 }
                    } else {
                        leading = false
                        digits.append(byte - 0x30)
                        if !seenPoint { point += 1 }
                    }
                } else {
                    break
                }
                index += 1
            }
            guard seenDigit else { return nil }
            if index < text.endIndex {
                guard text[index] | 0x20 == UInt8(ascii: "e") else { return nil }
                var exponentText = text[(index + 1)...]
                var exponentSign = 1
                if let first = exponentText.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                    exponentSign = first == UInt8(ascii: "-") ? -1 : 1
                    exponentText = exponentText.dropFirst()
                }
                guard exponentText.count <= 4, let exponent = CellValue.integer(exponentText) else { return nil }
                point += exponentSign * exponent
            }
            while digits.last == 0 { digits.removeLast() }
            if digits.isEmpty { negative = false; point = 0 }
        }

        /// Rounds to `significant` digits, half away from zero, as Excel keeps 15.
        mutating func round(to significant: Int) {
            guard digits.count > significant else { return }
            let up = digits[significant] >= 5
            digits.removeLast(digits.count - significant)
            if up {
                var index = significant - 1
                while index >= 0 && digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                }
                if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0); point += 1 }
            }
            while digits.last == 0 { digits.removeLast() }
        }
    }

    /// Appends a number as the General format shows it where that is plain: `3`, not `3.0`; `0.1`, not
    /// `0.10000000000000001`. Very large, very small or unreadable values are kept as they are stored.
    static func appendNumber(_ value: ArraySlice<UInt8>, to output: inout [UInt8]) {
        if value.count <= 15, value.first != UInt8(ascii: "0") || value.count == 1,
           value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            output.append(contentsOf: value)
            return
        }
        guard var decimal = Decimal(value) else {
            output.append(contentsOf: value)
            return
        }
        decimal.round(to: 15)
        guard !decimal.digits.isEmpty else {
            output.append(UInt8(ascii: "0"))
            return
        }
        guard decimal.point <= 15, decimal.point >= -8 else {
            output.append(contentsOf: value)
            return
        }
        if decimal.negative { output.append(UInt8(ascii: "-")) }
        if decimal.point <= 0 {
            output.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: ".")])
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -decimal.point))
            for digit in decimal.digits { output.append(digit + 0x30) }
            return
        }
        for (index, digit) in decimal.digits.enumerated() {
            if index == decimal.point { output.append(UInt8(ascii: ".")) }
            output.append(digit + 0x30)
        }
        if decimal.point > decimal.digits.count {
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimal.point - decimal.digits.count))
        }
    }
}
