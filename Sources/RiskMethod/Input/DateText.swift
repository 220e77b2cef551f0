/// Dates as Japanese offices write them, read into `YYYY-MM-DD`.
///
/// Accepted (after width folding): `2027-03-31`, `2027-3-31`, `2027/3/31` (how Japanese Excel saves a date in CSV,
/// with ` 0:00` or ` 0:00:00` after it when the cell held a time), `2027.3.31`, `2027年3月31日`, and the Japanese
/// eras: `令和9年3月31日`, `令和元年5月1日`, `R9.3.31`, `R9/3/31`, `平成31年4月30日`, `H31.4.30`, `昭和64年1月7日`. A
/// date must exist in the calendar and in its era (令和 from 2019-05-01, 平成 1989-01-08 to 2019-04-30).
enum DateText {
    /// The eras: names, letter, the year before year 1, and the first and last days.
    private static let eras: [(names: [String], letter: String, offset: Int, first: Int, last: Int)] = [
        (["令和"], "R", 2018, 2019_05_01, 9999_12_31),
        (["平成"], "H", 1988, 1989_01_08, 2019_04_30),
        (["昭和"], "S", 1925, 1926_12_25, 1989_01_07),
    ]

    /// The date in `text` as `YYYY-MM-DD`, or nil when it is not one of the accepted forms or not a real date.
    static func normalized(_ text: String) -> String? {
        var rest = WidthFolding.fold(text).filter { $0 != " " }
        for time in ["0:00:00", "00:00:00", "0:00", "00:00"] where rest.hasSuffix(time) && rest.count > time.count + 5 {
            rest = String(rest.dropLast(time.count))
            break
        }
        var era: (offset: Int, first: Int, last: Int)?
        for candidate in eras {
            for prefix in candidate.names + [candidate.letter, candidate.letter.lowercased()] where rest.hasPrefix(prefix) {
                era = (candidate.offset, candidate.first, candidate.last)
                rest = String(rest.dropFirst(prefix.count))
                break
            }
            if era != nil { break }
        }
        if era != nil, rest.hasPrefix("元") { rest = "1" + rest.dropFirst() }
        guard let parts = fields(rest, kanji: true) ?? fields(rest, kanji: false) else { return nil }
        var year = parts.0
        if let era {
            guard parts.yearDigits <= 2, year >= 1 else { return nil }
            year += era.offset
        } else if parts.yearDigits != 4 {
            return nil
        }
        let month = parts.1, day = parts.2
        guard year >= 1, month >= 1, month <= 12, day >= 1, day <= daysIn(month, of: year) else { return nil }
        if let era {
            let key = year * 10_000 + month * 100 + day
            guard key >= era.first && key <= era.last else { return nil }
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Year, month and day of `text` written with 年月日 (`kanji`) or one of `-`, `/`, `.` between the numbers.
    private static func fields(_ text: String, kanji: Bool) -> (Int, Int, Int, yearDigits: Int)? {
        var numbers: [String] = []
        if kanji {
            guard text.hasSuffix("日") else { return nil }
            let parts = text.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
            guard parts.count == 3, text.firstIndex(of: "年") ?? text.endIndex < text.firstIndex(of: "月") ?? text.startIndex
            else { return nil }
            numbers = parts.map(String.init)
        } else {
            for separator in ["-", "/", "."] as [Character] where text.contains(separator) {
                numbers = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
                break
            }
        }
        guard numbers.count == 3, numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]),
              numbers[1].count <= 2, numbers[2].count <= 2 else { return nil }
        return (year, month, day, numbers[0].count)
    }

    /// The days of `month` in `year`.
    static func daysIn(_ month: Int, of year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// `number` in decimal, zero-padded to `width` digits.
    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
