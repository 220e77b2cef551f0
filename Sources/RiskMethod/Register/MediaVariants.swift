/// The ways the references of a threat's risks (its revision items, controls and clauses) differ with their matched
/// media, so that writers that prepare a threat's cells once can prepare them once per variant instead.
///
/// A control or an item link for every medium is listed by every risk of the threat; one for some media splits the
/// threat's risks by whether their matched media meet it. A threat's filters are the distinct media sets of its
/// controls and links that some but not all of its media meet; a risk's key has bit `i` when its matched media meet
/// filter `i`, and keys that list the same controls and items share a variant. A threat with more than
/// ``maximumFilters`` filters has no variants: its risks are written cell by cell.
public struct MediaVariants: Sendable {
    /// The most filters a threat's variants are prepared for (a table of `2^n` keys).
    public static let maximumFilters = 8

    /// Per threat: the index of its first variant, or -1 when it has too many filters.
    let base: [Int]
    /// Per threat: where its filters start in `filters`, and how many it has.
    let filterStart: [Int]
    let filterCount: [Int]
    /// The filters of every threat, one after the other, as media bits.
    let filters: [UInt64]
    /// Per threat: where its keys start in `keys`; per key, the variant's offset from the threat's first.
    let keyStart: [Int]
    let keys: [Int32]
    /// Per variant: its threat, and matched media that give it.
    public let threat: [Int]
    public let representative: [MediaSet]

    /// The variants of every threat of `catalog`.
    public init(catalog: Catalog) {
        var base: [Int] = [], filterStart: [Int] = [], filterCount: [Int] = [], filters: [UInt64] = []
        var keyStart: [Int] = [], keys: [Int32] = [], threat: [Int] = [], representative: [MediaSet] = []
        for index in catalog.threats.indices {
            let own = Self.filters(of: index, in: catalog)
            filterStart.append(filters.count)
            filterCount.append(own.count)
            filters += own
            keyStart.append(keys.count)
            guard own.count <= Self.maximumFilters else {
                base.append(-1)
                continue
            }
            base.append(threat.count)
            let first = threat.count
            var outcomes: [([Int], [Int])] = []
            for key in 0..<(1 << own.count) {
                guard let media = Self.media(ofKey: key, filters: own, threatMedia: catalog.threats[index].media) else {
                    keys.append(0)
                    continue
                }
                let outcome = (catalog.controls(ofThreat: index, concerning: media),
                               catalog.threats[index].revisionItems(concerning: media))
                if let known = outcomes.firstIndex(where: { $0.0 == outcome.0 && $0.1 == outcome.1 }) {
                    keys.append(Int32(known))
                } else {
                    keys.append(Int32(outcomes.count))
                    outcomes.append(outcome)
                    threat.append(index)
                    representative.append(media)
                }
            }
            if threat.count == first {
                // A threat with no media has no risk; one variant keeps the tables whole.
                threat.append(index)
                representative.append(catalog.threats[index].media)
            }
        }
        self.base = base
        self.filterStart = filterStart
        self.filterCount = filterCount
        self.filters = filters
        self.keyStart = keyStart
        self.keys = keys
        self.threat = threat
        self.representative = representative
    }

    /// The number of variants of all threats.
    public var count: Int { threat.count }

    /// The variant of a risk of threat `index` whose matched media are `matched`, or -1 when the threat has none.
    @inline(__always)
    public func variant(ofThreat index: Int, matched: UInt64) -> Int {
        let first = base[index]
        guard first >= 0 else { return -1 }
        let start = filterStart[index]
        var key = 0
        for filter in 0..<filterCount[index] where filters[start + filter] & matched != 0 { key |= 1 << filter }
        return first + Int(keys[keyStart[index] + key])
    }

    /// The variant of a risk of threat `index` as an offset from the threat's first (0–6), 7 when there is none or
    /// it is further: what a risk records (``Risk/variantOffset``).
    public func offset(ofThreat index: Int, matched: UInt64) -> Int {
        let variant = variant(ofThreat: index, matched: matched)
        return variant < 0 || variant - base[index] > 6 ? 7 : variant - base[index]
    }

    /// The variant of `risk`: the one it recorded, else looked up from its `matched` media.
    @inline(__always)
    public func variant(of risk: Risk, matched: UInt64) -> Int {
        let offset = risk.variantOffset
        return offset < 7 ? base[Int(risk.threat)] + offset : variant(ofThreat: Int(risk.threat), matched: matched)
    }

    /// The distinct media sets of a threat's controls and item links that meet some but not all of its media.
    static func filters(of index: Int, in catalog: Catalog) -> [UInt64] {
        let threat = catalog.threats[index]
        let sets = threat.controls.compactMap { catalog.control(id: $0)?.media } + threat.revisionItemMedia
        var result: [UInt64] = []
        for set in sets {
            let within = set.bits & threat.media.bits
            guard within != 0, within != threat.media.bits, !result.contains(within) else { continue }
            result.append(within)
        }
        return result
    }

    /// The most matched media whose key is `key`, or nil when no matched media have this key.
    static func media(ofKey key: Int, filters: [UInt64], threatMedia: MediaSet) -> MediaSet? {
        var media = MediaSet(), met = 0
        for medium in threatMedia.indices {
            var signature = 0
            for (filter, bits) in filters.enumerated() where bits & (1 << UInt64(medium)) != 0 { signature |= 1 << filter }
            guard signature & ~key == 0 else { continue }
            media.insert(medium)
            met |= signature
        }
        return media.isEmpty || met != key ? nil : media
    }
}
