/// Scoring by profile: assets with the same media and classes have the same risks, so each such profile is scored
/// once and its risks are copied to each of its assets, straight into their places in the sorted register.
struct ProfileScores {
    /// Per profile, its risks one after the other: threat, importance, possibility, value.
    var profileRisks: [(threat: UInt8, importance: UInt8, possibility: UInt8, value: UInt8)] = []
    /// Where each profile's risks start in `profileRisks`, and one more for the end.
    var profileStart: [Int] = [0]
    /// Per profile and value (`slots * profile + value`): how many of its risks have the value.
    var profileCounts: [Int] = []
    /// Per profile: its summary.
    var profileSummaries: [AssetSummary] = []
    /// Per asset: its profile.
    var assetProfile: [Int32]
    /// Per asset: its summary.
    var summaries: [AssetSummary]
    /// The assets no threat applies to.
    var unassessed: [Int] = []
    /// Every medium of the inventory.
    var mediaUsed = MediaSet()
    /// The number of risks of each value (0 to the method's highest).
    var countByValue: [Int]
    /// Where the second part's assets start: the risks are written in two parts when there are many, each for
    /// one part of the assets.
    let halfway: Int
    /// Per profile: its assets in the first part and in the second.
    var assetsPerProfile: [(Int, Int)] = []
    /// The number of risk values, 0 included.
    let slots: Int

    init(inventory: AssetInventory, catalog: Catalog, method: ScoringMethod, threats: [ThreatContext],
         order: [Int], levelByValue: [RiskLevel]) {
        let assets = inventory.assets
        slots = method.maximumValue + 1
        assetProfile = [Int32](repeating: 0, count: assets.count)
        summaries = [AssetSummary](repeating: .none, count: assets.count)
        countByValue = [Int](repeating: 0, count: slots)
        halfway = assets.count >= 20_000 ? assets.count / 2 : assets.count
        // The threats that are in scope, in id order, with what they need per asset.
        let active = order.filter { threats[$0].inScope }
        let scorer = ProfileScorer(
            threats: active.map { UInt8($0) }, masks: active.map { catalog.threats[$0].media.bits },
            affects: active.map { catalog.threats[$0].affects }, possibilities: active.map { threats[$0].possibility },
            levels: levelByValue.map { $0.rank }, method: method)
        var table = ProfileTable()
        for (index, asset) in assets.enumerated() {
            mediaUsed.bits |= asset.media.bits
            let key = ProfileKey(asset)
            let profile: Int32
            if let known = table[key] {
                profile = known
            } else {
                profile = Int32(assetsPerProfile.count)
                table[key] = profile
                scorer.score(asset, into: &self)
            }
            assetProfile[index] = profile
            let summary = profileSummaries[Int(profile)]
            if summary.maximum == 0 { unassessed.append(index) }
            summaries[index] = summary
            if index < halfway { assetsPerProfile[Int(profile)].0 += 1 } else { assetsPerProfile[Int(profile)].1 += 1 }
        }
        for (profile, (first, second)) in assetsPerProfile.enumerated() {
            for value in 1..<slots { countByValue[value] += (first + second) * profileCounts[slots * profile + value] }
        }
    }

    /// Adds a scored profile.
    mutating func add(summary: AssetSummary, counts: [Int]) {
        profileStart.append(profileRisks.count)
        profileSummaries.append(summary)
        profileCounts += counts
        assetsPerProfile.append((0, 0))
    }

    /// The risks of every asset in register order: highest value first, then inventory order, then threat id
    /// (each profile's risks are in threat id order). Each part of the assets writes its risks of every value at
    /// the place where that part's share of the value starts.
    func risks<Runner: PartRunner>(runner: Runner) -> [Risk] {
        let assetCount = assetProfile.count
        var firstHalfByValue = [Int](repeating: 0, count: slots)
        for (profile, (first, _)) in assetsPerProfile.enumerated() {
            for value in 1..<slots { firstHalfByValue[value] += first * profileCounts[slots * profile + value] }
        }
        var start = [Int](repeating: 0, count: slots)
        var offset = 0
        for value in stride(from: slots - 1, through: 1, by: -1) {
            start[value] = offset
            offset += countByValue[value]
        }
        let secondStart = (0..<slots).map { start[$0] + firstHalfByValue[$0] }
        let parts = [(0..<halfway, start), (halfway..<assetCount, secondStart)].filter { !$0.0.isEmpty }
        let (profileRisks, profileStart, assetProfile) = (self.profileRisks, self.profileStart, self.assetProfile)
        return SharedOutput<Risk>.array(count: offset) { output in
            runner.run(parts: parts.count) { part in
                var next = parts[part].1
                for index in parts[part].0 {
                    let profile = Int(assetProfile[index])
                    for item in profileStart[profile]..<profileStart[profile + 1] {
                        let item = profileRisks[item]
                        let risk = Risk(asset: Int32(index), threat: item.threat, importance: item.importance,
                                        possibility: item.possibility, value: item.value)
                        output.unsafeWrite(risk, at: next[Int(item.value)])
                        next[Int(item.value)] += 1
                    }
                }
            }
        }
    }
}

/// Scores one profile: every active threat whose media meet the asset's.
struct ProfileScorer {
    let threats: [UInt8]
    let masks: [UInt64]
    let affects: [PropertySet]
    let possibilities: [Int]
    /// Per value: its level's rank (1 the lowest).
    let levels: [UInt8]
    let method: ScoringMethod

    func score(_ asset: Asset, into scores: inout ProfileScores) {
        var summary = AssetSummary.none
        var counts = [Int](repeating: 0, count: scores.slots)
        for slot in threats.indices where masks[slot] & asset.media.bits != 0 {
            let importance = method.importance(of: asset, for: affects[slot])
            let value = method.value(importance: importance, possibility: possibilities[slot])
            scores.profileRisks.append((threats[slot], UInt8(importance), UInt8(possibilities[slot]), UInt8(value)))
            counts[value] += 1
            summary.maximum = max(summary.maximum, UInt8(value))
            summary.total &+= UInt16(value)
            summary.add(rank: levels[value])
        }
        scores.add(summary: summary, counts: counts)
    }
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
