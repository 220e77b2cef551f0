/// Why bytes could not be written: the system's error number (errno), or a format's own limit.
public enum WriteError: Error, Sendable, Equatable {
    /// The operating system refused the write; `code` is its error number.
    case system(code: Int32)
    /// The output is too large for its format (an XLSX workbook over 4 GiB zipped).
    case tooLarge(String)
    /// The text holds a character the output's encoding (CP932) cannot hold.
    case notEncodable(character: String)
}

/// Where a writer sends its bytes: a file, standard output, or memory.
public protocol ByteSink: AnyObject {
    /// Writes `bytes` whole, or throws.
    func write(_ bytes: Span<UInt8>) throws(WriteError)
}

extension ByteSink {
    /// Writes an array of bytes.
    public func write(_ bytes: [UInt8]) throws(WriteError) {
        try write(bytes.span)
    }
}

/// A sink that keeps everything in memory.
public final class ByteBuffer: ByteSink {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    public init() {}

    public func write(_ bytes: Span<UInt8>) throws(WriteError) {
        self.bytes.reserveCapacity(self.bytes.count + bytes.count)
        for index in bytes.indices { self.bytes.append(bytes[index]) }
    }

    /// The bytes as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
