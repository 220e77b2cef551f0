/// A place in an inventory's text storage: where one cell's bytes are.
public struct TextRef: Sendable, Hashable {
    /// The offset in the storage.
    public var offset: UInt32
    /// The length in bytes.
    public var length: UInt32

    /// The empty text.
    public static let empty = TextRef(offset: 0, length: 0)
}

/// The text fields every asset has.
public enum AssetField: Int, Sendable, CaseIterable {
    case id, name, department, owner, notes
}

/// An information asset of the inventory (情報資産台帳): its classes and media, with its text kept in the
/// inventory's storage so that a large inventory costs little memory.
public struct Asset: Sendable {
    /// The line of the inventory where the asset's row starts.
    public var line: Int
    /// The media the asset is kept on, as catalog indices.
    public var media: MediaSet
    /// 機密性.
    public var confidentiality: ConfidentialityClass
    /// 完全性, 1–2 (3 under method `ipa`).
    public var integrity: UInt8
    /// 可用性, 1–2 (3 under method `ipa`).
    public var availability: UInt8
    /// 個人情報.
    public var personalData: PersonalData
    /// 重要度 as given in the ledger (by judgement), on the method's scale; 0 when not given (computed from the
    /// classes).
    public var givenImportance: UInt8 = 0
    var text: (TextRef, TextRef, TextRef, TextRef, TextRef)
    var extraStart: UInt32

    /// The level of `property` used for scoring: 3A, 3B and 3C count as 3.
    @inline(__always)
    public func level(_ property: SecurityProperty) -> Int {
        switch property {
        case .confidentiality: confidentiality.level
        case .integrity: Int(integrity)
        case .availability: Int(availability)
        }
    }

    @inline(__always)
    func ref(_ field: AssetField) -> TextRef {
        switch field {
        case .id: text.0
        case .name: text.1
        case .department: text.2
        case .owner: text.3
        case .notes: text.4
        }
    }
}

/// The asset inventory: the assets in file order, their text, and the columns `risk` does not use.
public struct AssetInventory: Sendable {
    /// The file name as the user gave it.
    public var file: String
    /// The encoding the file was read in.
    public var encoding: TextEncoding
    /// The assets in file order.
    public var assets: [Asset]
    /// The names of the columns that are not part of the format, kept in every asset's `extra`.
    public var extraColumns: [String]
    /// Whether the inventory has an importance column (重要度): the register then says where each importance came
    /// from.
    public var hasImportanceColumn = false
    /// The index in `extraColumns` of the importance reason (重要度の理由), if the inventory has one.
    public var importanceReasonColumn: Int?
    /// The text the inventory was read from, shared rather than copied: most cells are where they stand in it.
    /// Offsets below its count point into it.
    var source: [UInt8]
    /// The text of cells that are not in `source` as they are (unescaped quotes, a JSON inventory's strings):
    /// offsets from `source.count` on point into it.
    var storage: [UInt8]
    var extraRefs: [TextRef]

    /// An empty inventory.
    public init(file: String, encoding: TextEncoding = .utf8) {
        self.file = file
        self.encoding = encoding
        assets = []
        extraColumns = []
        source = []
        storage = []
        extraRefs = []
    }

    /// The text of `field` of the asset at `index`.
    public func text(_ field: AssetField, of index: Int) -> String {
        string(assets[index].ref(field))
    }

    /// The asset's id.
    public func id(of index: Int) -> String { text(.id, of: index) }

    /// The asset's name.
    public func name(of index: Int) -> String { text(.name, of: index) }

    /// The reason the ledger gives for the asset's importance (重要度の理由), empty when none.
    public func importanceReason(of index: Int) -> String {
        guard let column = importanceReasonColumn else { return "" }
        return string(extraRefs[Int(assets[index].extraStart) + column])
    }

    /// The values of the extra columns of the asset at `index`, in `extraColumns` order.
    public func extra(of index: Int) -> [String] {
        let start = Int(assets[index].extraStart)
        return (0..<extraColumns.count).map { string(extraRefs[start + $0]) }
    }

    @inline(__always)
    func bytes(_ ref: TextRef) -> ArraySlice<UInt8> {
        let offset = Int(ref.offset)
        if offset < source.count { return source[offset..<offset + Int(ref.length)] }
        return storage[offset - source.count..<offset - source.count + Int(ref.length)]
    }

    /// The bytes held, in `source` and in `storage`: what a text's offset must stay below.
    var byteCount: Int { source.count + storage.count }

    /// Runs `body` with the bytes of `ref`, wherever they are kept.
    @inline(__always)
    func withText<Result>(_ ref: TextRef, _ body: (Span<UInt8>) -> Result) -> Result {
        let offset = Int(ref.offset), end = offset + Int(ref.length)
        if offset < source.count { return body(source.span.extracting(offset..<end)) }
        return body(storage.span.extracting(offset - source.count..<end - source.count))
    }

    @inline(__always)
    func bytes(_ field: AssetField, of index: Int) -> ArraySlice<UInt8> {
        bytes(assets[index].ref(field))
    }

    func string(_ ref: TextRef) -> String {
        String(decoding: bytes(ref), as: UTF8.self)
    }

    /// Stores text and returns where it is.
    mutating func store<C: Collection>(_ content: C) -> TextRef where C.Element == UInt8 {
        let offset = source.count + storage.count
        storage.append(contentsOf: content)
        return TextRef(offset: UInt32(truncatingIfNeeded: offset), length: UInt32(truncatingIfNeeded: content.count))
    }
}
