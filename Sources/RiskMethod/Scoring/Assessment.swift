/// The assessment of an inventory: every risk scored and sorted, per-asset summaries and what each threat used.
public struct Assessment: Sendable {
    /// The inventory.
    public let inventory: AssetInventory
    /// The catalog.
    public let catalog: Catalog
    /// The method.
    public let method: ScoringMethod
    /// The threat settings (defaults when no file was given).
    public let settings: ThreatSettings
    /// The checklist (empty when no file was given).
    public let checklist: Checklist
    /// Per threat index: what was used for it.
    public let threats: [ThreatContext]
    /// The risks, sorted by value (highest first), then inventory order, then threat id.
    public let risks: [Risk]
    /// Per asset index: its summary.
    public let summaries: [AssetSummary]
    /// The indices of assets that no threat applies to, in inventory order.
    public let unassessedAssets: [Int]
    /// The number of risks per level.
    public let levelCounts: [RiskLevel: Int]
    /// The threat indices in id order.
    public let threatOrder: [Int]
    /// Every medium used in the inventory.
    public let mediaUsed: MediaSet
    /// The level of every risk value, from 0 to the method's highest.
    let levelByValue: [RiskLevel]
    /// The variants of the threats by the media a risk meets (which controls and items concern them).
    public let variants: MediaVariants
    /// Per asset: its profile (the assets with the same risks share one).
    let assetProfile: [Int32]
    /// Per profile, its risks' threats and values one after the other, in threat id order.
    let profileThreats: [(threat: UInt8, value: UInt8)]
    /// Where each profile's risks start in `profileThreats`, and one more for the end.
    let profileStart: [Int]

    /// Scores `inventory`, on the calling thread.
    public init(inventory: AssetInventory, catalog: Catalog, method: ScoringMethod,
                settings: ThreatSettings? = nil, checklist: Checklist? = nil) {
        self.init(inventory: inventory, catalog: catalog, method: method, settings: settings, checklist: checklist,
                  runner: SerialRunner())
    }

    /// Scores `inventory`; a large one is scored in two parts, which `runner` may run at once.
    public init<Runner: PartRunner>(inventory: AssetInventory, catalog: Catalog, method: ScoringMethod,
                                    settings: ThreatSettings? = nil, checklist: Checklist? = nil, runner: Runner) {
        self.inventory = inventory
        self.catalog = catalog
        self.method = method
        let settings = settings ?? ThreatSettings(threatCount: catalog.threats.count)
        let checklist = checklist ?? Checklist(controlCount: catalog.controls.count)
        self.settings = settings
        self.checklist = checklist
        threats = Assessment.contexts(catalog: catalog, method: method, settings: settings, checklist: checklist)
        levelByValue = (0...method.maximumValue).map { method.level(of: $0) }
        threatOrder = catalog.threats.indices.sorted {
            Array(catalog.threats[$0].id.utf8).lexicographicallyPrecedes(Array(catalog.threats[$1].id.utf8))
        }
        let resolver = InputResolver(catalog: catalog, method: method, settings: settings, checklist: checklist)
        variants = MediaVariants(catalog: catalog)
        let profiles = ProfileScores(inventory: inventory, catalog: catalog, method: method, threats: threats,
                                     order: threatOrder, levelByValue: levelByValue, resolver: resolver,
                                     variants: variants)
        risks = profiles.risks(runner: runner)
        summaries = profiles.summaries
        assetProfile = profiles.assetProfile
        profileThreats = profiles.profileRisks.map { ($0.threat, $0.value) }
        profileStart = profiles.profileStart
        unassessedAssets = profiles.unassessed
        mediaUsed = profiles.mediaUsed
        var counts: [RiskLevel: Int] = [:]
        for level in method.levels { counts[level] = 0 }
        for value in 1..<profiles.countByValue.count { counts[levelByValue[value], default: 0] += profiles.countByValue[value] }
        levelCounts = counts
    }

    /// The level of a risk value.
    @inline(__always)
    public func level(of value: Int) -> RiskLevel { levelByValue[min(max(value, 0), levelByValue.count - 1)] }

    /// The level of `risk`.
    @inline(__always)
    public func level(_ risk: Risk) -> RiskLevel { levelByValue[Int(risk.value)] }

    /// The media of the asset that the threat applies through.
    public func matchedMedia(_ risk: Risk) -> MediaSet {
        inventory.assets[Int(risk.asset)].media.intersection(catalog.threats[Int(risk.threat)].media)
    }

    /// The risk id: `ASSET_ID/THREAT_ID`.
    public func riskID(_ risk: Risk) -> String {
        inventory.id(of: Int(risk.asset)) + "/" + catalog.threats[Int(risk.threat)].id
    }

    /// The threats with the asset's highest value, in id order.
    public func topThreats(ofAsset index: Int) -> [Int] {
        let maximum = summaries[index].maximum
        guard maximum > 0 else { return [] }
        let profile = Int(assetProfile[index])
        return profileThreats[profileStart[profile]..<profileStart[profile + 1]].filter { $0.value == maximum }
            .map { Int($0.threat) }
    }

    /// The level of an asset: the level of its highest risk, nil when no threat applies.
    public func level(ofAsset index: Int) -> RiskLevel? {
        let maximum = summaries[index].maximum
        return maximum == 0 ? nil : level(of: Int(maximum))
    }

    /// The governance items whose trigger media appear in the inventory.
    public var reviewTriggers: [(item: GovernanceItem, media: [String])] {
        catalog.governance.compactMap { item in
            let present = item.triggerMedia.filter { code in
                catalog.media.firstIndex { $0.code == code }.map { mediaUsed.contains($0) } ?? false
            }
            return present.isEmpty ? nil : (item, present)
        }
    }
}
