import RiskCore

// The whole command lives in `Command`; this file only hands it the process and exits with its status.
// The arguments from their bytes: a file name that is not UTF-8 (Shift_JIS) keeps its bytes (see NativeText).
let status = Command(arguments: ProcessContext.argumentBytes.map(NativeText.decoded), environment: ProcessContext.environment).run()
ProcessContext.end(status.rawValue)
