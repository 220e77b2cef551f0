extension ScoringMethod {
    /// 重要度 of an asset for a threat that harms `affects`: the importance given in the ledger when there is one,
    /// else the one its classes give (``computedImportance(of:for:)``).
    @inline(__always)
    public func importance(of asset: Asset, for affects: PropertySet) -> Int {
        asset.givenImportance > 0 ? Int(asset.givenImportance) : computedImportance(of: asset, for: affects)
    }

    /// 重要度 of an asset for a threat that harms `affects`, from its classes and personal data alone.
    ///
    /// Rule `property` (method `mic`): the highest level among the properties the threat harms; where it harms
    /// confidentiality, sensitive or My Number data raise it to 3 and personal data to at least 2 (when the raise
    /// is on). Rule `max` (method `ipa`): the asset's highest level whatever the threat. With
    /// `personalDataHighest` (method `ipa`, IPA 付録7: 「個人情報を含む場合は…算定結果に関わらず重要度は3」), any
    /// personal data makes it the highest step whatever the threat.
    @inline(__always)
    public func computedImportance(of asset: Asset, for affects: PropertySet) -> Int {
        importance(confidentiality: asset.confidentiality.level, integrity: Int(asset.integrity),
                   availability: Int(asset.availability), personalData: asset.personalData, affects: affects)
    }

    /// 重要度 (1–3) from the levels of the three properties, the personal data and what the threat harms.
    public func importance(confidentiality: Int, integrity: Int, availability: Int, personalData: PersonalData,
                           affects: PropertySet) -> Int {
        if personalDataHighest && personalData != .none { return importanceSteps }
        switch importance {
        case .max:
            var result = max(confidentiality, integrity, availability)
            if personalDataRaise && affects.contains(.confidentiality) { result = raised(result, personalData) }
            return importanceStep(ofClass: result)
        case .property:
            var result = 1
            if affects.contains(.confidentiality) { result = max(result, confidentiality) }
            if affects.contains(.integrity) { result = max(result, integrity) }
            if affects.contains(.availability) { result = max(result, availability) }
            if personalDataRaise && affects.contains(.confidentiality) { result = raised(result, personalData) }
            return importanceStep(ofClass: result)
        }
    }

    /// Which property set the importance, for explanations: the properties whose level equals the result.
    public func decidingProperties(of asset: Asset, for affects: PropertySet) -> [SecurityProperty] {
        let result = computedImportance(of: asset, for: affects)
        let candidates = importance == .max ? SecurityProperty.allCases : affects.properties
        return candidates.filter { importanceStep(ofClass: asset.level($0)) == result }
    }

    /// Whether personal data raised the importance above what the classes give.
    public func personalDataRaised(_ asset: Asset, for affects: PropertySet) -> Bool {
        guard personalDataRaise, affects.contains(.confidentiality), asset.personalData != .none else { return false }
        var plain = self
        plain.personalDataRaise = false
        return computedImportance(of: asset, for: affects) > plain.computedImportance(of: asset, for: affects)
    }

    /// Whether personal data made the importance the highest step (method `ipa`) above what the classes give.
    public func personalDataMadeHighest(_ asset: Asset, for affects: PropertySet) -> Bool {
        guard personalDataHighest, asset.personalData != .none else { return false }
        var plain = self
        plain.personalDataHighest = false
        return computedImportance(of: asset, for: affects) > plain.computedImportance(of: asset, for: affects)
    }

    private func raised(_ value: Int, _ personalData: PersonalData) -> Int {
        switch personalData {
        case .none: value
        case .personal: max(value, 2)
        case .sensitive, .myNumber: 3
        }
    }
}
