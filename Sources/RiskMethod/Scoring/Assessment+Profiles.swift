/// Scoring by profile: assets with the same media, classes, given importance and settings rows have the same
/// risks, so each such profile is scored once and its risks are copied to each of its assets, straight into their
/// places in the sorted register.
struct ProfileScores {
    /// Per profile, its risks one after the other, in threat id order: threat, value and packed steps.
    var profileRisks: [(threat: UInt8, value: UInt8, steps: UInt16)] = []
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
         order: [Int], levelByValue: [RiskLevel], resolver: InputResolver, variants: MediaVariants) {
        let assets = inventory.assets
        slots = method.maximumValue + 1
        assetProfile = [Int32](repeating: 0, count: assets.count)
        summaries = [AssetSummary](repeating: .none, count: assets.count)
        countByValue = [Int](repeating: 0, count: slots)
        halfway = assets.count >= 20_000 ? assets.count / 2 : assets.count
        var scorer = ProfileScorer(catalog: catalog, threats: threats, order: order,
                                   levels: levelByValue.map { $0.rank }, method: method, resolver: resolver,
                                   variants: variants)
        let settings = resolver.settings
        var table = ProfileTable()
        for (index, asset) in assets.enumerated() {
            mediaUsed.bits |= asset.media.bits
            // An asset with settings rows of its own is a profile of its own.
            let rows = settings.assetRows.isEmpty ? [] : settings.rows(ofAsset: inventory.id(of: index))
            let key = ProfileKey(asset, own: rows.isEmpty ? 0 : UInt32(truncatingIfNeeded: index + 1))
            let profile: Int32
            if let known = table[key] {
                profile = known
            } else {
                profile = Int32(assetsPerProfile.count)
                table[key] = profile
                scorer.score(asset, rows: rows, into: &self)
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
                        let risk = Risk(asset: Int32(index), threat: item.threat, value: item.value, steps: item.steps)
                        output.unsafeWrite(risk, at: next[Int(item.value)])
                        next[Int(item.value)] += 1
                    }
                }
            }
        }
    }
}

/// Scores one profile: every threat in scope whose media meet the asset's.
struct ProfileScorer {
    let catalog: Catalog
    /// The threats in id order.
    let order: [Int]
    /// Per threat: its media.
    let masks: [UInt64]
    /// Per threat: what the asset uses when it has no settings rows of its own and the threat's vulnerability does
    /// not depend on the media: scope, likelihood and vulnerability.
    let inScope: [Bool]
    let likelihood: [Int]
    let vulnerability: [Int]
    /// Per threat: whether its vulnerability comes from the checklist over controls of which some concern only
    /// some media, so that it depends on the media the threat meets.
    let mediaDependent: [Bool]
    /// Per value: its level's rank (1 the lowest).
    let levels: [UInt8]
    let method: ScoringMethod
    let resolver: InputResolver
    let variants: MediaVariants
    /// The vulnerability of a threat for the media it meets, found once per threat and media.
    var vulnerabilityMemo: [MediaKey: Int] = [:]

    struct MediaKey: Hashable {
        let threat: Int
        let media: UInt64
    }

    init(catalog: Catalog, threats: [ThreatContext], order: [Int], levels: [UInt8], method: ScoringMethod,
         resolver: InputResolver, variants: MediaVariants) {
        self.variants = variants
        self.catalog = catalog
        self.order = order
        masks = catalog.threats.map { $0.media.bits }
        inScope = threats.map { $0.inScope }
        likelihood = threats.map { $0.likelihood }
        vulnerability = threats.map { $0.vulnerability }
        mediaDependent = catalog.threats.indices.map { index in
            guard case .checklist = threats[index].vulnerabilitySource else { return false }
            return catalog.threats[index].controls.contains { id in
                catalog.controlIndex(id: id).map { !catalog.controls[$0].media.isEmpty } ?? false
            }
        }
        self.levels = levels
        self.method = method
        self.resolver = resolver
    }

    mutating func score(_ asset: Asset, rows: [SettingsRow], into scores: inout ProfileScores) {
        var summary = AssetSummary.none
        var counts = [Int](repeating: 0, count: scores.slots)
        for threat in order where masks[threat] & asset.media.bits != 0 {
            let matched = MediaSet(bits: masks[threat] & asset.media.bits)
            var likelihood = self.likelihood[threat], vulnerability = self.vulnerability[threat]
            if !rows.isEmpty {
                let inputs = resolver.inputs(threat: threat, media: matched, rows: rows)
                guard inputs.inScope else { continue }
                (likelihood, vulnerability) = (inputs.likelihood, inputs.vulnerability)
            } else {
                guard inScope[threat] else { continue }
                if mediaDependent[threat] { vulnerability = memoVulnerability(threat, matched) }
            }
            let possibility = method.possibility(likelihood: likelihood, vulnerability: vulnerability)
            let importance = method.importance(of: asset, for: catalog.threats[threat].affects)
            let value = method.value(importance: importance, possibility: possibility)
            let steps = Risk.pack(importance: UInt8(importance), possibility: UInt8(possibility),
                                  likelihood: UInt8(likelihood), vulnerability: UInt8(vulnerability),
                                  importanceGiven: asset.givenImportance > 0,
                                  variant: variants.offset(ofThreat: threat, matched: matched.bits))
            scores.profileRisks.append((UInt8(threat), UInt8(value), steps))
            counts[value] += 1
            summary.maximum = max(summary.maximum, UInt8(value))
            summary.total &+= UInt16(value)
            summary.add(rank: levels[value])
        }
        scores.add(summary: summary, counts: counts)
    }

    /// The vulnerability the checklist gives threat `threat` over its controls that concern `media`.
    private mutating func memoVulnerability(_ threat: Int, _ media: MediaSet) -> Int {
        let key = MediaKey(threat: threat, media: media.bits)
        if let known = vulnerabilityMemo[key] { return known }
        let value = resolver.checklistVulnerability(threat, media: media).0
        vulnerabilityMemo[key] = value
        return value
    }
}

/// What decides an asset's risks: its media, the levels that importance reads, the importance given in the
/// ledger, and whether it has settings rows of its own (then its index + 1, else 0).
struct ProfileKey: Hashable {
    let media: UInt64
    let classes: UInt32
    let own: UInt32

    init(_ asset: Asset, own: UInt32) {
        media = asset.media.bits
        classes = UInt32(asset.confidentiality.level) | UInt32(asset.integrity) << 8 | UInt32(asset.availability) << 16
            | UInt32(asset.personalData.rawValue) << 24 | UInt32(asset.givenImportance & 15) << 28
        self.own = own
    }
}

/// Profiles by key: open addressing with a multiplicative hash, cheaper per asset than `Dictionary`'s SipHash.
struct ProfileTable {
    private var keys: [ProfileKey?] = Array(repeating: nil, count: 64)
    private var values: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0

    private func slot(of key: ProfileKey) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: ((key.media ^ UInt64(key.classes) << 40 ^ UInt64(key.own) << 8) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
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
