import RiskCore

/// The command line split into positional arguments and options, with the options each command accepts.
struct Arguments {
    /// Positional arguments in order.
    var positional: [String] = []
    /// Options with a value, by name without dashes; the last one given wins.
    var values: [String: String] = [:]
    /// The values of the options that may be given more than once, in order (also in `values`, the last one).
    var multiValues: [String: [String]] = [:]
    /// Flags given.
    var flags: Set<String> = []

    /// The options that take a value, and their short forms.
    static let valueOptions: Set<String> = ["lang", "threats", "checklist", "method", "format", "output", "min-level",
                                            "catalog", "search", "plan", "policy", "fail-on", "encoding", "sheet", "media-map",
                                            "iso", "organization", "author", "date", "department"]
    /// The value options that may be given more than once, each adding to the last.
    static let repeatableOptions: Set<String> = ["department"]
    static let flagOptions: Set<String> = ["help", "version", "force", "timestamp"]
    static let shortOptions: [Character: String] = ["o": "output", "f": "format", "h": "help", "V": "version"]

    /// Splits `arguments`; throws a usage failure for an unknown option or a missing value.
    init(_ arguments: [String], messages: Messages) throws(CommandFailure) {
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || argument == "-" || !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositional = true
                continue
            }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                let letters = Array(argument.dropFirst())
                guard letters.count == 1, let long = Arguments.shortOptions[letters[0]] else {
                    throw CommandFailure(status: .usage, message: messages.unknownOption(argument))
                }
                name = long
            }
            if Arguments.flagOptions.contains(name) {
                if inlineValue != nil { throw CommandFailure(status: .usage, message: messages.flagTakesNoValue(name)) }
                flags.insert(name)
            } else if Arguments.valueOptions.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw CommandFailure(status: .usage, message: messages.missingValue(name))
                    }
                    value = arguments[index]
                    index += 1
                }
                // An empty value (`--output=`) is no value; an option given twice is a mistake, not a choice.
                guard !value.isEmpty else { throw CommandFailure(status: .usage, message: messages.missingValue(name)) }
                if Arguments.repeatableOptions.contains(name) {
                    multiValues[name, default: []].append(value)
                } else if let first = values[name] {
                    throw CommandFailure(status: .usage, message: messages.optionTwice(name, first, value))
                }
                values[name] = value
            } else {
                throw CommandFailure(status: .usage, message: messages.unknownOption(argument))
            }
        }
    }

    /// Throws a usage failure if any option given is not in `allowed`.
    func check(allowed: Set<String>, command: String, messages: Messages) throws(CommandFailure) {
        for name in Set(values.keys).union(flags).sorted() where !allowed.contains(name) && name != "lang" && name != "help" {
            throw CommandFailure(status: .usage, message: messages.optionNotFor(name, command: command))
        }
    }
}
