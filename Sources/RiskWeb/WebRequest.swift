import RiskMethod

/// What the page asks the module for: the files by role (their names and bytes) and the choices, as the page
/// packs them into one buffer: records of a key and a value, each a 32-bit little-endian length and its bytes.
///
/// Keys: `lang` (`ja`, `en`), `format` (`csv`, `json`, `html`, `md`, `xlsx`), `method` (a built-in method's
/// name), `date` (YYYY-MM-DD); and for each file role (`inventory`, `threats`, `checklist`, `plan`, `method`)
/// `ROLE.name` and `ROLE.data`.
public struct WebRequest: Sendable, Equatable {
    /// The values by key.
    public var values: [String: [UInt8]] = [:]

    /// An empty request.
    public init() {}

    /// The request packed in `bytes`; nil when they are not records as described.
    public init?(packed bytes: [UInt8]) {
        var offset = 0
        /// The next length-prefixed field.
        func field() -> [UInt8]? {
            guard bytes.count - offset >= 4 else { return nil }
            var length = 0
            for shift in 0..<4 { length |= Int(bytes[offset + shift]) << (8 * shift) }
            offset += 4
            guard length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return Array(bytes[offset..<offset + length])
        }
        while offset < bytes.count {
            guard let key = field(), let value = field() else { return nil }
            values[String(decoding: key, as: UTF8.self)] = value
        }
    }

    /// The request packed into one buffer (what the page's script does).
    public var packed: [UInt8] {
        var bytes: [UInt8] = []
        for key in values.keys.sorted() {
            WebRequest.append(Array(key.utf8), to: &bytes)
            WebRequest.append(values[key] ?? [], to: &bytes)
        }
        return bytes
    }

    /// Sets the choice `key`.
    public mutating func set(_ key: String, _ value: String) { values[key] = Array(value.utf8) }

    /// Sets the file of `role`: its name and bytes.
    public mutating func set(file role: String, name: String, bytes: [UInt8]) {
        set(role + ".name", name)
        values[role + ".data"] = bytes
    }

    /// The choice `key`, if given.
    public func option(_ key: String) -> String? { values[key].map { String(decoding: $0, as: UTF8.self) } }

    /// The file of `role`, if given: its name and bytes.
    public func file(_ role: String) -> (name: String, bytes: [UInt8])? {
        guard let name = option(role + ".name"), let bytes = values[role + ".data"] else { return nil }
        return (name, bytes)
    }

    /// Appends `field` with its length.
    static func append(_ field: [UInt8], to bytes: inout [UInt8]) {
        WebResult.appendLength(field.count, to: &bytes)
        bytes += field
    }
}

/// What the module answers: the command's exit status, the register or report, and the lines the command would
/// print on standard error (each diagnostic as `file:line:column: error: message [code]`, then the summary).
public struct WebResult: Sendable, Equatable {
    /// 0 when the output was written; otherwise the command's status (64 usage, 65 data).
    public var status: Int32
    /// The register or report.
    public var output: [UInt8] = []
    /// The diagnostics and messages, one a line.
    public var lines: [String] = []
    /// The numbers of assets and risks scored.
    public var assets = 0
    public var risks = 0

    /// Creates a result.
    public init(status: Int32, output: [UInt8] = [], lines: [String] = []) {
        self.status = status
        self.output = output
        self.lines = lines
    }

    /// Packed for the page: status, assets, risks, the output's length and bytes, the text's length and bytes, each
    /// number 32-bit little-endian.
    public var packed: [UInt8] {
        var bytes: [UInt8] = []
        let text = Array(lines.map { $0 + "\n" }.joined().utf8)
        bytes.reserveCapacity(output.count + text.count + 20)
        for number in [Int(status), assets, risks] { WebResult.appendLength(number, to: &bytes) }
        WebResult.appendLength(output.count, to: &bytes)
        bytes += output
        WebResult.appendLength(text.count, to: &bytes)
        bytes += text
        return bytes
    }

    /// Appends `value` as 32 bits, little-endian.
    static func appendLength(_ value: Int, to bytes: inout [UInt8]) {
        for shift in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * shift))) }
    }
}
