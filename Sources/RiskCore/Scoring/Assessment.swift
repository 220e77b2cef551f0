import Foundation

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
    let levelByValue: [RiskLevel]

    /// Scores `inventory`.
    public init(inventory: AssetInventory, catalog: Catalog, method: ScoringMethod,
                settings: ThreatSettings? = nil, checklist: Checklist? = nil) {
        self.inventory = inventory
        self.catalog = catalog
        self.method = method
        let settings = settings ?? ThreatSettings(threatCount: catalog.threats.count)
        let checklist = checklist ?? Checklist(controlCount: catalog.controls.count)
        self.settings = settings
        self.checklist = checklist
        let contexts = Assessment.contexts(catalog: catalog, method: method, settings: settings, checklist: checklist)
        threats = contexts
        levelByValue = (0...9).map { method.level(of: $0) }
        let order = catalog.threats.indices.sorted {
            Array(catalog.threats[$0].id.utf8).lexicographicallyPrecedes(Array(catalog.threats[$1].id.utf8))
        }
        threatOrder = order

        // The threats that are in scope, in id order, with what they need per asset.
        let active = order.filter { contexts[$0].inScope }
        let masks = active.map { catalog.threats[$0].media.bits }
        let affects = active.map { catalog.threats[$0].affects }
        let possibilities = active.map { UInt8(contexts[$0].possibility) }

        // Assets with the same media and classes have the same risks: each such profile is scored once.
        let assets = inventory.assets
        var profileIndex = ProfileTable()
        var profileRisks: [(threat: UInt8, importance: UInt8, possibility: UInt8)] = []
        var profileStart: [Int] = [0]
        var profileSummary: [AssetSummary] = []
        var profileCounts: [Int] = []   // 10 per profile: its risks by value
        var assetProfile = [Int32](repeating: 0, count: assets.count)
        var summaries = [AssetSummary](repeating: AssetSummary(maximum: 0, counts: (0, 0, 0), total: 0), count: assets.count)
        var unassessed: [Int] = []
        var used = MediaSet()
        var levelTable = [UInt8](repeating: 0, count: 10)
        for value in 0...9 { levelTable[value] = UInt8(levelByValue[value].rawValue) }
        // The risks are written by two threads when there are many, each for one half of the assets: the halves'
        // assets per profile say where each half's share of every value starts.
        let halfway = assets.count >= 20_000 ? assets.count / 2 : assets.count
        var assetsPerProfile: [(Int, Int)] = []
        for (index, asset) in assets.enumerated() {
            used.bits |= asset.media.bits
            let key = ProfileKey(asset)
            let profile: Int32
            if let known = profileIndex[key] {
                profile = known
            } else {
                profile = Int32(profileSummary.count)
                profileIndex[key] = profile
                var summary = AssetSummary(maximum: 0, counts: (0, 0, 0), total: 0)
                var counts = [Int](repeating: 0, count: 10)
                for slot in active.indices where masks[slot] & asset.media.bits != 0 {
                    let importance = method.importance(of: asset, for: affects[slot])
                    let value = importance * Int(possibilities[slot])
                    profileRisks.append((UInt8(active[slot]), UInt8(importance), possibilities[slot]))
                    counts[value] += 1
                    summary.maximum = max(summary.maximum, UInt8(value))
                    summary.total &+= UInt16(value)
                    switch levelTable[value] {
                    case 3: summary.counts.2 &+= 1
                    case 2: summary.counts.1 &+= 1
                    default: summary.counts.0 &+= 1
                    }
                }
                profileStart.append(profileRisks.count)
                profileSummary.append(summary)
                profileCounts += counts
                assetsPerProfile.append((0, 0))
            }
            assetProfile[index] = profile
            let summary = profileSummary[Int(profile)]
            if summary.maximum == 0 { unassessed.append(index) }
            summaries[index] = summary
            if index < halfway { assetsPerProfile[Int(profile)].0 += 1 } else { assetsPerProfile[Int(profile)].1 += 1 }
        }
        var countByValue = [Int](repeating: 0, count: 10), firstHalfByValue = [Int](repeating: 0, count: 10)
        for (profile, (first, second)) in assetsPerProfile.enumerated() {
            for value in 1...9 {
                firstHalfByValue[value] += first * profileCounts[10 * profile + value]
                countByValue[value] += (first + second) * profileCounts[10 * profile + value]
            }
        }
        var start = [Int](repeating: 0, count: 10)
        var offset = 0
        for value in stride(from: 9, through: 1, by: -1) {
            start[value] = offset
            offset += countByValue[value]
        }
        let total = offset
        let secondStart = (0...9).map { start[$0] + firstHalfByValue[$0] }
        let (profileRisksRead, profileStartRead, assetProfileRead) = (profileRisks, profileStart, assetProfile)
        let risks = [Risk](unsafeUninitializedCapacity: total) { buffer, initialized in
            let target = UnsafeSendableBuffer(buffer: buffer)
            let parts = [(0..<halfway, start), (halfway..<assets.count, secondStart)].filter { !$0.0.isEmpty }
            DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                // Raw views: a slice per asset would cost two atomic reference counts.
                profileRisksRead.withUnsafeBufferPointer { profileRisks in
                    profileStartRead.withUnsafeBufferPointer { profileStart in
                        assetProfileRead.withUnsafeBufferPointer { assetProfile in
                            var next = parts[part].1
                            for index in parts[part].0 {
                                let profile = Int(assetProfile[index])
                                for item in profileStart[profile]..<profileStart[profile + 1] {
                                    let item = profileRisks[item]
                                    let risk = Risk(asset: Int32(index), threat: item.threat, importance: item.importance,
                                                    possibility: item.possibility)
                                    target.buffer[next[Int(risk.value)]] = risk
                                    next[Int(risk.value)] += 1
                                }
                            }
                        }
                    }
                }
            }
            initialized = total
        }
        self.risks = risks
        self.summaries = summaries
        unassessedAssets = unassessed
        mediaUsed = used
        var counts: [RiskLevel: Int] = [.low: 0, .medium: 0, .high: 0]
        for value in 1...9 { counts[levelByValue[value], default: 0] += countByValue[value] }
        levelCounts = counts
    }

    /// What decides an asset's risks: its media and the levels that importance reads.
    struct ProfileKey: Hashable {
        let media: UInt64
        let classes: UInt32

        init(_ asset: Asset) {
            media = asset.media.bits
            classes = UInt32(asset.confidentiality.level) | UInt32(asset.integrity) << 8 | UInt32(asset.availability) << 16
                | UInt32(asset.personalData.rawValue) << 24
        }
    }

    /// Profiles by key: open addressing with a multiplicative hash, cheaper per asset than `Dictionary`'s SipHash.
    struct ProfileTable {
        private var keys: [ProfileKey?] = Array(repeating: nil, count: 64)
        private var values: [Int32] = Array(repeating: 0, count: 64)
        private var count = 0

        private func slot(of key: ProfileKey) -> Int {
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: ((key.media ^ UInt64(key.classes) << 40) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while let stored = keys[slot], stored != key { slot = (slot + 1) & mask }
            return slot
        }

        subscript(key: ProfileKey) -> Int32? {
            get {
                let slot = slot(of: key)
                return keys[slot] == nil ? nil : values[slot]
            }
            set {
                guard let newValue else { return }
                if (count + 1) * 2 > keys.count {
                    let old = zip(keys, values)
                    keys = Array(repeating: nil, count: keys.count * 2)
                    values = Array(repeating: 0, count: keys.count)
                    for case let (key?, value) in old {
                        let slot = slot(of: key)
                        keys[slot] = key
                        values[slot] = value
                    }
                }
                let slot = slot(of: key)
                if keys[slot] == nil { count += 1 }
                keys[slot] = key
                values[slot] = newValue
            }
        }
    }

    /// A buffer that threads write disjoint parts of.
    struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }

    /// What each threat uses: scope, likelihood and vulnerability by the rules of METHOD.md sections 3 and 4.
    static func contexts(catalog: Catalog, method: ScoringMethod, settings: ThreatSettings,
                         checklist: Checklist) -> [ThreatContext] {
        catalog.threats.enumerated().map { index, threat in
            var likelihood = threat.likelihood
            var likelihoodSource = LikelihoodSource.catalog
            if let given = settings.likelihood[index] {
                likelihood = given
                likelihoodSource = .settings(line: settings.lines[index] ?? 0)
            }
            let (vulnerability, vulnerabilitySource) = Assessment.vulnerability(
                of: index, threat: threat, catalog: catalog, settings: settings, checklist: checklist)
            return ThreatContext(inScope: settings.inScope[index], likelihood: likelihood,
                                 likelihoodSource: likelihoodSource, vulnerability: vulnerability,
                                 vulnerabilitySource: vulnerabilitySource,
                                 possibility: method.possibility(likelihood: likelihood, vulnerability: vulnerability))
        }
    }

    /// Vulnerability, first match wins: the settings file; the checklist (all done 1, all not done or unknown 3,
    /// any other mix 2, nothing but n/a falls through); otherwise 3.
    static func vulnerability(of index: Int, threat: Threat, catalog: Catalog, settings: ThreatSettings,
                              checklist: Checklist) -> (Int, VulnerabilitySource) {
        if let given = settings.vulnerability[index] {
            return (given, .settings(line: settings.lines[index] ?? 0))
        }
        var done: [Int] = [], partial: [Int] = [], notDone: [Int] = [], unknown: [Int] = []
        for id in threat.controls {
            guard let control = catalog.controlIndex(id: id), let status = checklist.status[control] else { continue }
            switch status {
            case .done: done.append(control)
            case .partial: partial.append(control)
            case .notDone: notDone.append(control)
            case .unknown: unknown.append(control)
            case .notApplicable: break
            }
        }
        let answered = done.count + partial.count + notDone.count + unknown.count
        guard answered > 0 else { return (3, .none) }
        let source = VulnerabilitySource.checklist(done: done, partial: partial, notDone: notDone, unknown: unknown)
        if done.count == answered { return (1, source) }
        if notDone.count + unknown.count == answered { return (3, source) }
        return (2, source)
    }

    /// The level of a risk value.
    @inline(__always)
    public func level(of value: Int) -> RiskLevel { levelByValue[min(max(value, 0), 9)] }

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
        let asset = inventory.assets[index]
        return threatOrder.filter { threat in
            guard threats[threat].inScope, catalog.threats[threat].media.bits & asset.media.bits != 0 else { return false }
            let value = method.importance(of: asset, for: catalog.threats[threat].affects) * threats[threat].possibility
            return value == Int(maximum)
        }
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
