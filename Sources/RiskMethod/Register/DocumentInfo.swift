/// Who a report is from and when (`--organization`, `--author`, `--date`): shown in the heading, the workbook's
/// properties and the JSON inputs. None by default, so that the same inputs give the same bytes.
public struct DocumentInfo: Sendable, Hashable {
    /// The organisation (団体名), such as 〇〇市.
    public var organization: String?
    /// The author (作成者).
    public var author: String?
    /// The report date, as YYYY-MM-DD.
    public var date: String?
    /// The departments the report is limited to (`--department`), as the inventory spells them; empty: all.
    public var departments: [String] = []

    /// Creates the information.
    public init(organization: String? = nil, author: String? = nil, date: String? = nil) {
        self.organization = organization
        self.author = author
        self.date = date
    }

    /// Whether nothing is given.
    public var isEmpty: Bool { organization == nil && author == nil && date == nil && departments.isEmpty }

    /// Whether `text` is a calendar date written YYYY-MM-DD (a real day: 2027-02-29 is not one).
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
