import RiskMethod

// The module's functions for the page's script (Web/risk.js): memory for the request, the run, the page's words.
// A result is a buffer that starts with its length (32 bits, little-endian); the script frees it with risk_free.

/// `size` bytes for the script to fill.
@_cdecl("risk_alloc")
public func riskAlloc(_ size: Int) -> UnsafeMutableRawPointer {
    UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 16)
}

/// Gives back a buffer of `risk_alloc`, `risk_run` or `risk_labels`.
@_cdecl("risk_free")
public func riskFree(_ pointer: UnsafeMutableRawPointer) {
    pointer.deallocate()
}

/// Runs the request packed in the `count` bytes at `request` (see ``WebRequest``); the result packed (see
/// ``WebResult``).
@_cdecl("risk_run")
public func riskRun(_ request: UnsafeRawPointer, _ count: Int) -> UnsafeMutableRawPointer {
    let bytes = Array(UnsafeRawBufferPointer(start: request, count: count))
    guard let parsed = WebRequest(packed: bytes) else { return handOver(WebResult(status: 64).packed) }
    return handOver(WebScoring.run(parsed).packed)
}

/// The page's words in the language of index `language` in ``Language/allCases`` (0 Japanese, 1 English).
@_cdecl("risk_labels")
public func riskLabels(_ language: Int) -> UnsafeMutableRawPointer {
    let languages = Language.allCases
    return handOver(Array(WebScoring.labels(languages[languages.indices.contains(language) ? language : 0]).utf8))
}

/// `bytes` in a new buffer after their length.
func handOver(_ bytes: [UInt8]) -> UnsafeMutableRawPointer {
    let pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes.count + 4, alignment: 16)
    for shift in 0..<4 { pointer.storeBytes(of: UInt8(truncatingIfNeeded: bytes.count >> (8 * shift)), toByteOffset: shift, as: UInt8.self) }
    bytes.withUnsafeBytes { buffer in
        if let base = buffer.baseAddress { pointer.advanced(by: 4).copyMemory(from: base, byteCount: buffer.count) }
    }
    return pointer
}

/// Bytes kept in memory, grown by doubling, each write appended whole.
final class GrowingBuffer: ByteSink {
    var bytes: [UInt8] = []

    func write(_ bytes: Span<UInt8>) throws(WriteError) {
        bytes.withUnsafeBufferPointer { self.bytes.append(contentsOf: $0) }
    }
}
