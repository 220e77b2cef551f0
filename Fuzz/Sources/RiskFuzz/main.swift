// The libFuzzer target for every reader: built only by scripts/fuzz.sh (RISK_FUZZ=1, -sanitize=fuzzer,address),
// which names the reader in RISK_FUZZ_TARGET (csv, inventory, method, catalog, xlsx). libFuzzer's own main drives it.
// An input that breaks an invariant stops the run (abort), so that libFuzzer keeps it as a crash.
#if canImport(Glibc)
import Glibc
#endif
import RiskTestSupport

/// The reader named by RISK_FUZZ_TARGET; a wrong name stops the run at once.
let fuzzEntry: @Sendable ([UInt8]) -> [String] = {
    let name = getenv("RISK_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let entry = FuzzEntries.targets[name] else {
        let message = "RISK_FUZZ_TARGET must be one of \(FuzzEntries.targets.keys.sorted().joined(separator: ", "))\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        exit(64)
    }
    return entry
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let broken = fuzzEntry(Array(UnsafeBufferPointer(start: start, count: count)))
    if !broken.isEmpty {
        let message = broken.joined(separator: "\n") + "\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        abort()
    }
    return 0
}
