/// The formats `risk score` writes.
public enum RegisterFormat: String, Sendable, CaseIterable {
    case table, csv, json, md, html, xlsx

    /// Whether the format records the inputs with their SHA-256 (so the inventory must be hashed).
    public var recordsInputs: Bool {
        switch self {
        case .table, .csv: false
        case .json, .md, .html, .xlsx: true
        }
    }

    /// The format a file name's extension (lower-cased, without its dot) implies.
    public init?(fileExtension: String) {
        switch fileExtension {
        case "csv": self = .csv
        case "json": self = .json
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "xlsx": self = .xlsx
        case "txt": self = .table
        default: return nil
        }
    }
}
