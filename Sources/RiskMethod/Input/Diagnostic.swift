/// Where a problem is: a file, a line and a column, 1-based as a spreadsheet user counts them; in a workbook, a
/// sheet, a row and a column, shown as Excel shows a cell (`台帳.xlsx:資産!G7`).
public struct SourceLocation: Sendable, Hashable {
    /// The file as the user named it.
    public var file: String
    /// The line (a workbook's row), 1-based; 0 when the problem is about the whole file.
    public var line: Int
    /// The column (the field number in a CSV file, the character in a JSON file, the column in a sheet, A = 1);
    /// 0 when unknown.
    public var column: Int
    /// The sheet, when the file is a workbook.
    public var sheet: String?

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column`, leaving out what is unknown; in a workbook `file:sheet!G7`, `file:sheet!7:7` (a row) or
    /// `file:sheet`.
    public var description: String {
        var text = file
        if let sheet {
            text += ":" + SourceLocation.quotedSheet(sheet)
            if line > 0 {
                text += "!" + (column > 0 ? SourceLocation.columnLetters(column) + String(line) : "\(line):\(line)")
            }
            return text
        }
        if line > 0 { text += ":\(line)" }
        if line > 0 && column > 0 { text += ":\(column)" }
        return text
    }

    /// A column's letters as Excel shows them: 1 → A, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters: [UInt8] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.insert(UInt8(65 + digit), at: 0)
            number = (number - 1) / 26
        }
        return String(decoding: letters, as: UTF8.self)
    }

    /// A sheet's name as a reference writes it: in single quotes (a quote doubled) when it holds anything but
    /// letters, digits, `_` and `.`.
    static func quotedSheet(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar == "_" || scalar == "." || (scalar.value >= 0x30 && scalar.value <= 0x39)
                || (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
                || (scalar.value >= 0x3040 && scalar.value <= 0x30FF && scalar.value != 0x30FB)
                || (scalar.value >= 0x3400 && scalar.value <= 0x9FFF)
        }
        if plain { return name }
        var quoted = "'"
        for character in name {
            quoted.append(character)
            if character == "'" { quoted.append("'") }
        }
        return quoted + "'"
    }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable {
    /// The input cannot be used: nothing is written.
    case error
    /// Worth knowing, but the input is used.
    case notice
}

/// A problem or notice about an input, with its place and a message in the user's language.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious it is.
    public var severity: Severity
    /// Where it is.
    public var location: SourceLocation
    /// What it is.
    public var problem: Problem

    /// Creates a diagnostic.
    public init(_ problem: Problem, at location: SourceLocation, severity: Severity = .error) {
        self.severity = severity
        self.problem = problem
        self.location = location
    }

    /// A stable code for the problem, such as `csv.unterminated-quote`.
    public var code: String { problem.code }

    /// The whole line as printed: `file:line:column: error: message [code]`.
    public func formatted(in language: Language) -> String {
        let word = severity == .error ? ProblemText.error(language) : ProblemText.notice(language)
        return "\(location.description): \(word): \(problem.message(in: language)) [\(code)]"
    }
}

/// A collection of diagnostics that keeps the first ones in full and counts the rest.
public struct DiagnosticLog: Error, Sendable {
    /// The diagnostics kept, in the order they were found.
    public private(set) var entries: [Diagnostic] = []
    /// How many errors were found, kept or not.
    public private(set) var errorCount = 0
    /// How many diagnostics were found but not kept, past `limit`.
    public private(set) var droppedCount = 0
    /// How many diagnostics are kept in full.
    public let limit: Int

    /// Creates an empty log that keeps up to `limit` diagnostics in full.
    public init(limit: Int = 1000) { self.limit = limit }

    /// Adds a diagnostic.
    public mutating func add(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 }
        if entries.count < limit { entries.append(diagnostic) } else { droppedCount += 1 }
    }

    /// Adds an error.
    public mutating func error(_ problem: Problem, at location: SourceLocation) {
        add(Diagnostic(problem, at: location))
    }

    /// Adds a notice.
    public mutating func notice(_ problem: Problem, at location: SourceLocation) {
        add(Diagnostic(problem, at: location, severity: .notice))
    }

    /// Whether any error was found.
    public var hasErrors: Bool { errorCount > 0 }

    /// The errors kept.
    public var errors: [Diagnostic] { entries.filter { $0.severity == .error } }

    /// The notices kept.
    public var notices: [Diagnostic] { entries.filter { $0.severity == .notice } }
}
