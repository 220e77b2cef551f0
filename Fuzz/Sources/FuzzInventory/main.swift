// The libFuzzer target for the inventory reader: built only by scripts/fuzz.sh (RISK_FUZZ=1, -sanitize=fuzzer,address).
#if canImport(Glibc)
import Glibc
#endif
import RiskCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzEntries.inventory(Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: FuzzCallback) -> CInt

/// The entry point SwiftPM gives this executable when it is built as a library (as -sanitize=fuzzer does).
@_cdecl("FuzzInventory_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv, fuzzOneInput)
}
