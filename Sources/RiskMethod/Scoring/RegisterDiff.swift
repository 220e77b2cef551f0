/// What changed between two risk registers: this year's analysis against last year's.
public struct RegisterDiff: Sendable {
    /// A risk that appeared, closed or changed: its score before and after (nil where it did not exist).
    public struct Change: Sendable, Hashable {
        /// The risk id.
        public var riskID: String
        /// The old score.
        public var from: RegisterSnapshot.Score?
        /// The new score.
        public var to: RegisterSnapshot.Score?
    }

    /// An asset whose classes or media changed.
    public struct Reclassification: Sendable, Hashable {
        /// The asset id.
        public var assetID: String
        /// Before.
        public var from: RegisterSnapshot.AssetState
        /// After.
        public var to: RegisterSnapshot.AssetState
    }

    /// A governance item whose review a newly used medium calls for.
    public struct Trigger: Sendable, Hashable {
        /// The revision item.
        public var item: Int
        /// The media that appear for the first time.
        public var media: [String]
    }

    /// Risks only in the new register, in its order.
    public var new: [Change]
    /// Risks only in the old register, in its order.
    public var closed: [Change]
    /// Risks in both whose value or level changed, in the new register's order.
    public var changed: [Change]
    /// Assets only in the new register.
    public var assetsAdded: [String]
    /// Assets only in the old register.
    public var assetsRemoved: [String]
    /// Assets in both whose classes or media changed.
    public var assetsReclassified: [Reclassification]
    /// Media used for the first time.
    public var mediaAdded: [String]
    /// Whether the method differs.
    public var methodChanged: Bool
    /// The catalog versions, old and new, when they differ.
    public var catalogChanged: (from: String, to: String)?
    /// The review items the new media trigger.
    public var reviewTriggers: [Trigger]

    /// Compares `old` with `new`; `catalog` names the governance items and their trigger media. Ids compare as the
    /// inventory compares asset ids, width folded: `Ａ１` and `A1` are one asset, as they would be duplicates in one
    /// inventory; a risk or asset is named as the register that has it (the new one, when both do) writes it.
    public init(old: RegisterSnapshot, new: RegisterSnapshot, catalog: Catalog) {
        let oldRisks = RegisterDiff.folded(old.risks), newRisks = RegisterDiff.folded(new.risks)
        let oldAssets = RegisterDiff.folded(old.assets), newAssets = RegisterDiff.folded(new.assets)
        let key = ThreatSettings.assetKey
        self.new = new.riskOrder.filter { oldRisks[key($0)] == nil }.map { Change(riskID: $0, from: nil, to: new.risks[$0]) }
        closed = old.riskOrder.filter { newRisks[key($0)] == nil }.map { Change(riskID: $0, from: old.risks[$0], to: nil) }
        changed = new.riskOrder.compactMap { id in
            guard let before = oldRisks[key(id)], let after = new.risks[id], before != after else { return nil }
            return Change(riskID: id, from: before, to: after)
        }
        assetsAdded = new.assetOrder.filter { oldAssets[key($0)] == nil }
        assetsRemoved = old.assetOrder.filter { newAssets[key($0)] == nil }
        assetsReclassified = new.assetOrder.compactMap { id in
            guard let before = oldAssets[key(id)], let after = new.assets[id] else { return nil }
            var a = before, b = after
            a.name = ""
            b.name = ""
            return a == b ? nil : Reclassification(assetID: id, from: before, to: after)
        }
        let oldMedia = Set(old.mediaUsed)
        mediaAdded = new.mediaUsed.filter { !oldMedia.contains($0) }
        methodChanged = old.method != new.method
        catalogChanged = old.catalogVersion == new.catalogVersion ? nil : (old.catalogVersion, new.catalogVersion)
        let added = Set(mediaAdded)
        reviewTriggers = catalog.governance.compactMap { item in
            let media = item.triggerMedia.filter(added.contains)
            return media.isEmpty ? nil : Trigger(item: item.item, media: media)
        }
    }

    /// `entries` by their width-folded ids (the first of any two that fold alike, which one inventory refuses).
    static func folded<Value>(_ entries: [String: Value]) -> [String: Value] {
        var result: [String: Value] = [:]
        for (id, value) in entries.sorted(by: { $0.key < $1.key }) where result[ThreatSettings.assetKey(id)] == nil {
            result[ThreatSettings.assetKey(id)] = value
        }
        return result
    }

    /// The diff as JSON: `new`, `closed`, `changed` (objects with `risk_id`, `from`, `to`), `assets_added`,
    /// `assets_removed`, `assets_reclassified`, `media_added`, `method_changed`, `catalog_changed`, `review_triggers`.
    public var json: JSON {
        func score(_ score: RegisterSnapshot.Score?) -> JSON {
            score.map { ["risk_value": .int($0.value), "level": .string($0.level)] } ?? .null
        }
        func change(_ change: Change) -> JSON {
            ["risk_id": .string(change.riskID), "from": score(change.from), "to": score(change.to)]
        }
        func state(_ state: RegisterSnapshot.AssetState) -> JSON {
            ["confidentiality": .string(state.confidentiality), "integrity": .int(state.integrity),
             "availability": .int(state.availability), "personal_data": .string(state.personalData),
             "media": .strings(state.media)]
        }
        return [
            "new": .array(new.map(change)), "closed": .array(closed.map(change)), "changed": .array(changed.map(change)),
            "assets_added": .strings(assetsAdded), "assets_removed": .strings(assetsRemoved),
            "assets_reclassified": .array(assetsReclassified.map {
                ["asset_id": .string($0.assetID), "from": state($0.from), "to": state($0.to)]
            }),
            "media_added": .strings(mediaAdded), "method_changed": .bool(methodChanged),
            "catalog_changed": catalogChanged.map { ["from": .string($0.from), "to": .string($0.to)] } ?? .null,
            "review_triggers": .array(reviewTriggers.map { ["item": .int($0.item), "media": .strings($0.media)] }),
        ]
    }
}
