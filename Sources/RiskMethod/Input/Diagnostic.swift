/// Where a problem is: a file, a line and a column, 1-based as a spreadsheet user counts them.
public struct SourceLocation: Sendable, Hashable {
    /// The file as the user named it.
    public var file: String
    /// The line, 1-based; 0 when the problem is about the whole file.
    public var line: Int
    /// The column (the field number in a CSV file, the character in a JSON file); 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if line > 0 && column > 0 { text += ":\(column)" }
        return text
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
