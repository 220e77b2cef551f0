extension CellValue {
    /// Appends the date (and time) of a serial number: `YYYY-MM-DD`, with ` HH:MM:SS` when the serial has a time
    /// part; a time format's serial under one day is `HH:MM:SS` alone. False (nothing appended) when the value is
    /// not a serial Excel would show as a date: negative, past 9999-12-31, or not a number.
    ///
    /// In the 1900 system serial 1 is 1900-01-01 and serial 60 the 1900-02-29 that Excel keeps from Lotus 1-2-3
    /// although it never was, so serials from 61 on count from 1899-12-30; in the 1904 system serial 0 is
    /// 1904-01-01.
    static func appendDate(_ value: ArraySlice<UInt8>, kind: NumberKind, date1904: Bool, to output: inout [UInt8]) -> Bool {
        guard let decimal = Decimal(value), !decimal.negative, decimal.point <= 7 else { return false }
        var days = 0
        for index in 0..<max(decimal.point, 0) { days = days * 10 + Int(index < decimal.digits.count ? decimal.digits[index] : 0) }
        // The fraction of a day to the nearest second, from at most 12 of its digits.
        var numerator: Int64 = 0, denominator: Int64 = 1
        var position = decimal.point
        while position < decimal.point + 12 && position < decimal.digits.count {
            numerator = numerator * 10 + Int64(position >= 0 ? decimal.digits[position] : 0)
            denominator *= 10
            position += 1
        }
        var seconds = Int((numerator * 86_400 + denominator / 2) / denominator)
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        if kind == .time && days == 0 {
            appendTime(seconds, to: &output)
            return true
        }
        guard let date = civilDate(serial: days, date1904: date1904), date.year <= 9999 else { return false }
        appendDigits(date.year, 4, to: &output)
        output.append(UInt8(ascii: "-"))
        appendDigits(date.month, 2, to: &output)
        output.append(UInt8(ascii: "-"))
        appendDigits(date.day, 2, to: &output)
        if seconds > 0 {
            output.append(UInt8(ascii: " "))
            appendTime(seconds, to: &output)
        }
        return true
    }

    /// The year, month and day of a whole serial; day 0 of January 1900 and the fictitious 1900-02-29 as Excel
    /// shows them.
    static func civilDate(serial: Int, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        if date1904 { return civil(daysSince1970: serial - 24_107) }
        switch serial {
        case 0: return (1900, 1, 0)
        case 1..<60: return civil(daysSince1970: serial - 25_568)
        case 60: return (1900, 2, 29)
        default: return civil(daysSince1970: serial - 25_569)
        }
    }

    /// The proleptic Gregorian date of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func appendTime(_ seconds: Int, to output: inout [UInt8]) {
        appendDigits(seconds / 3600, 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendDigits(seconds / 60 % 60, 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendDigits(seconds % 60, 2, to: &output)
    }

    /// `value` in decimal, padded with zeros to `width` digits.
    static func appendDigits(_ value: Int, _ width: Int, to output: inout [UInt8]) {
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(UInt8(truncatingIfNeeded: rest % 10) + 0x30)
            rest /= 10
        } while rest > 0
        if digits.count < width { output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits.count)) }
        output.append(contentsOf: digits.reversed())
    }

    /// Appends an ISO 8601 date of a `t="d"` cell: the date, and the time when it is not midnight.
    static func appendISODate(_ value: ArraySlice<UInt8>, to output: inout [UInt8]) {
        guard let separator = value.firstIndex(of: UInt8(ascii: "T")) else {
            output.append(contentsOf: value)
            return
        }
        output.append(contentsOf: value[..<separator])
        let time = value[(separator + 1)...].prefix(8)
        if !time.elementsEqual("00:00:00".utf8) && !time.isEmpty {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: time)
        }
    }
}
