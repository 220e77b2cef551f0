/// The words of a report's heading and approval block (決裁欄): organisation, author, date, and the three roles.
public enum DocumentText: String, MessageCatalog {
    case organization = "document.organization"
    case author = "document.author"
    case date = "document.date"
    case approval = "document.approval"
    case prepared = "document.prepared"
    case reviewed = "document.reviewed"
    case approved = "document.approved"
    case nameRow = "document.name-row"
    case dateRow = "document.date-row"
    case badDate = "document.bad-date"
    case departments = "document.departments"
    case departmentSeparator = "document.department-separator"
    case unknownDepartment = "document.unknown-department"
    case unknownDepartmentSuggesting = "document.unknown-department-suggesting"

    public var templates: Localized {
        switch self {
        case .organization: Localized("団体名", "Organization")
        case .author: Localized("作成者", "Author")
        case .date: Localized("作成日", "Date")
        case .approval: Localized("決裁欄", "Approval")
        case .prepared: Localized("作成", "Prepared")
        case .reviewed: Localized("確認", "Reviewed")
        case .approved: Localized("承認", "Approved")
        case .nameRow: Localized("氏名", "Name")
        case .dateRow: Localized("日付", "Date")
        case .badDate: Localized("--date: 「{1}」は日付ではありません。YYYY-MM-DD で書いてください（例 2026-12-01）",
                                 "--date: \"{1}\" is not a date; write it YYYY-MM-DD (such as 2026-12-01)")
        case .departments: Localized("対象部署", "Departments")
        case .departmentSeparator: Localized("、", ", ")
        case .unknownDepartment: Localized("--department: 部署「{1}」の資産は台帳にありません（台帳の部署: {2}）",
                                           "--department: no asset of the inventory is in department \"{1}\" (its departments: {2})")
        case .unknownDepartmentSuggesting:
            Localized("--department: 部署「{1}」の資産は台帳にありません（もしかして: {3}。台帳の部署: {2}）",
                      "--department: no asset of the inventory is in department \"{1}\"; did you mean {3}? (its departments: {2})")
        }
    }
}

extension DocumentInfo {
    /// The heading's lines, as label and value: organisation, author and date, those given.
    public func headingLines(_ language: Language) -> [(String, String)] {
        var lines: [(String, String)] = []
        if let organization { lines.append((DocumentText.organization(language), organization)) }
        if let author { lines.append((DocumentText.author(language), author)) }
        if let date { lines.append((DocumentText.date(language), date)) }
        if !departments.isEmpty {
            lines.append((DocumentText.departments(language), departments.joined(separator: DocumentText.departmentSeparator(language))))
        }
        return lines
    }

    /// The approval block: the header row (the roles) and the rows of names and dates; the author is the preparer,
    /// dated with the report's date; the other boxes are left for hand and seal.
    public func approvalRows(_ language: Language) -> (header: [String], rows: [[String]]) {
        let header = ["", DocumentText.prepared(language), DocumentText.reviewed(language), DocumentText.approved(language)]
        return (header, [[DocumentText.nameRow(language), author ?? "", "", ""],
                         [DocumentText.dateRow(language), author == nil ? "" : date ?? "", "", ""]])
    }
}
