import RiskCore

// The whole command lives in `Command`; this file only hands it the process and exits with its status.
let status = Command(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessContext.environment,
                     argumentBytes: ProcessContext.argumentBytes).run()
ProcessContext.end(status.rawValue)
