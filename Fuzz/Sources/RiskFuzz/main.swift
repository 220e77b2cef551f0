// The libFuzzer target for every reader: built only by scripts/fuzz.sh (RISK_FUZZ=1, -sanitize=fuzzer,address),
// which names the reader in RISK_FUZZ_TARGET (csv, inventory, method, catalog). libFuzzer's own main drives it.
#if canImport(Glibc)
import Glibc
#endif
import RiskCore

/// The reader named by RISK_FUZZ_TARGET; a wrong name stops the run at once.
let fuzzEntry: @Sendable ([UInt8]) -> Void = {
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
    fuzzEntry(Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}
