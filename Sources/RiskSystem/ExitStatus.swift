import RiskMethod

/// The exit status of `risk`, after sysexits.h.
public enum ExitStatus: Int32, Sendable {
    /// Done.
    case ok = 0
    /// `--fail-on`: a risk at or above the level is untreated.
    case riskFound = 1
    /// Wrong usage.
    case usage = 64
    /// Bad input data.
    case dataError = 65
    /// An input file cannot be read.
    case noInput = 66
    /// An internal error.
    case software = 70
    /// The output cannot be written.
    case cannotCreate = 73
}

/// A failure that ends the command with a status and a message.
public struct CommandFailure: Error, Sendable {
    /// The exit status.
    public let status: ExitStatus
    /// The message, in the user's language; empty when everything was said before (the diagnostics).
    public let message: String

    /// Creates a failure.
    public init(status: ExitStatus, message: String) {
        self.status = status
        self.message = message
    }
}
