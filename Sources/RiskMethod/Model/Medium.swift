/// A medium or place where information is kept (媒体・保存先), such as paper or a cloud service.
public struct Medium: Sendable, Hashable {
    /// The code used in files, such as `paper` or `smart-device`.
    public var code: String
    /// The name in Japanese and English.
    public var name: Localized

    /// Creates a medium.
    public init(code: String, name: Localized) {
        self.code = code
        self.name = name
    }

    /// The Japanese name without its parenthetical part, such as `紙` for `紙（書類）`.
    var shortJapaneseName: String {
        guard let open = name.ja.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return name.ja }
        return String(name.ja[..<open])
    }
}

/// A set of media, as indices into a catalog's media (at most 64).
public struct MediaSet: Sendable, Hashable {
    /// One bit per medium index.
    public var bits: UInt64

    /// The empty set.
    public init() { bits = 0 }

    /// The set with the given bits.
    public init(bits: UInt64) { self.bits = bits }

    /// Adds the medium at `index`.
    public mutating func insert(_ index: Int) { bits |= 1 << UInt64(index) }

    /// Whether the medium at `index` is in the set.
    public func contains(_ index: Int) -> Bool { bits & (1 << UInt64(index)) != 0 }

    /// The media both sets hold.
    public func intersection(_ other: MediaSet) -> MediaSet { MediaSet(bits: bits & other.bits) }

    /// Whether the set is empty.
    public var isEmpty: Bool { bits == 0 }

    /// The indices in ascending order.
    public var indices: [Int] {
        var result: [Int] = []
        var rest = bits
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            result.append(index)
            rest &= rest - 1
        }
        return result
    }
}
