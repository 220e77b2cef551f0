import RiskMethod

/// How an inventory is read: whole on one core, in two halves on two cores, or streamed in chunks from its file.
public enum ReadStrategy: String, Sendable, CaseIterable {
    /// Decoded and parsed in one pass.
    case whole
    /// A CSV text parsed in two halves at once, then joined.
    case halves
    /// Read twice in chunks, in bounded memory: only for a CSV register written to a file (see ``StreamedRegister``).
    case streamed
}

/// Reads an inventory file's bytes the fastest way its size and kind allow, with the plain reader's result.
///
/// A large file that looks like UTF-8 is parsed while another core checks every byte of it (most inventories are
/// UTF-8, and the check then costs no time); a large CSV text is parsed in two halves, one on each core. Any problem
/// sends the text to the plain reader, so that every message is the one a plain read gives. The tests run every
/// inventory through every strategy and compare the results.
public struct InventoryReading: Sendable {
    /// The reader: catalog and method.
    public let reader: InventoryReader
    /// Texts at least this large are read in halves (when the strategy is left to the size).
    public var halvesThreshold = 4 << 20
    /// Files at least this large that look like UTF-8 are parsed while they are checked.
    public var speculationThreshold = 1 << 16
    /// The strategy to use whatever the size (`.whole` or `.halves`); nil: by the size.
    public var strategy: ReadStrategy?

    /// Creates a reading.
    public init(reader: InventoryReader, strategy: ReadStrategy? = nil) {
        self.reader = reader
        self.strategy = strategy
    }

    /// Reads an inventory file's bytes.
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<AssetInventory> {
        // A workbook (or another binary file, refused with what it is) is read the one way.
        if InventoryReader.isBinary(bytes) { return reader.read(bytes, file: file) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let speculate = strategy != .whole && bytes.count > speculationThreshold
            && TextDecoder.headLooksLikeUTF8(Array(bytes.prefix(1 << 16)), from: start)
        if speculate {
            let check = Background { TextDecoder.decode(bytes, file: file) }
            let speculative = parse(bytes, from: start, encoding: start == 3 ? .utf8BOM : .utf8, file: file)
            switch check.value {
            case .success(let text) where text.encoding != .shiftJIS:
                return speculative
            case .success(let text):
                return parse(text.storage, from: text.start, encoding: text.encoding, file: file)
            case .failure:
                return reader.read(bytes, file: file)
            }
        }
        switch TextDecoder.decode(bytes, file: file) {
        case .success(let text): return parse(text.storage, from: text.start, encoding: text.encoding, file: file)
        case .failure: return reader.read(bytes, file: file)
        }
    }

    /// Reads decoded text: a large CSV text in two halves, anything else, or a text with any problem, in one go.
    func parse(_ text: [UInt8], from start: Int, encoding: TextEncoding, file: String) -> ReadResult<AssetInventory> {
        let inHalves = strategy == .halves || (strategy == nil && text.count - start >= halvesThreshold)
        if inHalves, let halves = InventoryHalves(reader: reader, text: text, from: start, encoding: encoding, file: file) {
            let second = Background { halves.read(half: 1) }
            let first = halves.read(half: 0)
            let other = second.value
            if first.isClean && other.isClean {
                // The ids are checked on the other core while the halves are joined.
                let hashes = [first.idHashes, other.idHashes]
                let repeated = Background { containsRepeatedHash(in: hashes) }
                if let joined = halves.join(first, other), !repeated.value { return joined }
            }
        }
        return reader.parse(text, from: start, encoding: encoding, file: file)
    }
}
