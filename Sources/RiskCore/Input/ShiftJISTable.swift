import Foundation

/// CP932 (Shift_JIS with Microsoft's extensions) to UTF-8 by table: every single byte and every lead–trail pair,
/// decoded once by Foundation the first time a Shift_JIS file is read, so that a file decodes at table speed and as
/// Foundation decodes its characters. Bytes 0x00–0x7F are ASCII, as CP932 defines them (and as Python's `cp932`
/// reads them): Foundation's converter, in Japanese text, turns 0x1A, 0x1C and 0x7F into one another.
enum ShiftJISTable {
    /// Per single byte (index 0–255) and per pair (index 256 + (lead − 0x80) × 256 + trail): the UTF-8 bytes, up to 3,
    /// packed low byte first with the length in the top byte; 0 when Foundation cannot decode it.
    static let entries: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256 + 128 * 256)
        /// Decodes `sequences` (each a code's bytes) with Foundation, one call for all of them when it can, one
        /// call for each when a sequence in the group has no character (Foundation then refuses the whole call).
        func learn(_ sequences: [(code: Int, bytes: [UInt8])]) {
            var input: [UInt8] = []
            for sequence in sequences { input += sequence.bytes + [0x0A] }
            if let text = String(data: Data(input), encoding: .shiftJIS) {
                // Split on the line feed byte: a CR before it would make one Character "\r\n" with it.
                let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
                if lines.count >= sequences.count {
                    for (sequence, line) in zip(sequences, lines) { store(sequence.code, Array(line)) }
                    return
                }
            }
            guard sequences.count > 1 else { return }
            for sequence in sequences { learn([sequence]) }
        }
        func store(_ code: Int, _ utf8: [UInt8]) {
            // U+FFFD (EF BF BD) is Foundation giving up on the code.
            guard !utf8.isEmpty, utf8.count <= 3, utf8 != [0xEF, 0xBF, 0xBD] else { return }
            var packed = UInt32(utf8.count) << 24
            for (index, byte) in utf8.enumerated() { packed |= UInt32(byte) << (8 * UInt32(index)) }
            table[code] = packed
        }
        learn((0..<256).filter { $0 != 0x0A && ($0 < 0x80 || (0xA1...0xDF).contains($0)) }.map { ($0, [UInt8($0)]) })
        for lead in 0x81...0xFC where lead <= 0x9F || lead >= 0xE0 {
            learn((0x40...0xFC).filter { $0 != 0x7F }.map { (256 + (lead - 0x80) * 256 + $0, [UInt8(lead), UInt8($0)]) })
        }
        for byte in 0..<0x80 { table[byte] = 1 << 24 | UInt32(byte) }
        return table
    }()

    /// Decodes CP932 bytes to UTF-8, or nil when a byte or pair has no character.
    static func decode(_ bytes: [UInt8]) -> [UInt8]? {
        var census = TextDecoder.ShiftJISCensus()
        return decode(bytes, census: &census)
    }

    /// Decodes CP932 bytes to UTF-8, counting the characters as ``TextDecoder/ShiftJISCensus`` does (a byte or pair
    /// with no character, and so any that breaks the structure, makes it nil).
    static func decode(_ bytes: [UInt8], census: inout TextDecoder.ShiftJISCensus) -> [UInt8]? {
        let table = entries
        var counted = TextDecoder.ShiftJISCensus()
        guard table[Int(UInt8(ascii: "A"))] != 0 else { return nil }
        var written = 0
        var ok = false
        // Room for the longest decoding (two bytes to three), written once: no zero fill before.
        let output = [UInt8](unsafeUninitializedCapacity: bytes.count * 3 / 2 + 16) { out, initialized in
            ok = table.withUnsafeBufferPointer { table -> Bool in
                bytes.withUnsafeBufferPointer { input -> Bool in
                    var i = 0
                    let count = input.count
                    while i < count {
                        let byte = input[i]
                        let packed: UInt32
                        if byte < 0x80 {
                            if written >= out.count { return false }
                            out[written] = byte
                            written += 1
                            i += 1
                            continue
                        } else if byte >= 0xA1 && byte <= 0xDF {
                            packed = table[Int(byte)]
                            counted.common += 1
                            i += 1
                        } else {
                            guard i + 1 < count else { return false }
                            packed = table[256 + (Int(byte) - 0x80) * 256 + Int(input[i + 1])]
                            counted.countPair(lead: byte)
                            i += 2
                        }
                        let length = Int(packed >> 24)
                        guard length > 0, written + length <= out.count else { return false }
                        for k in 0..<length { out[written + k] = UInt8(truncatingIfNeeded: packed >> (8 * UInt32(k))) }
                        written += length
                    }
                    return true
                }
            }
            initialized = written
        }
        guard ok else { return nil }
        census.add(counted)
        return output
    }
}
