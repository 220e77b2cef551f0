/// Explains, step by step, how one risk was scored and what it maps to (`risk explain`).
public struct Explanation: Sendable {
    /// The assessment.
    public var assessment: Assessment
    /// The language of the text.
    public var language: Language

    /// Creates an explainer.
    public init(assessment: Assessment, language: Language) {
        self.assessment = assessment
        self.language = language
    }

    /// The outcome of looking a risk id up.
    public enum Lookup: Sendable {
        /// The risk, explained.
        case found(String)
        /// The asset and threat exist but the threat does not apply; the text says why.
        case notApplicable(String)
        /// No such asset or threat.
        case unknown
    }

    /// Explains the risk `id` (`ASSET_ID/THREAT_ID`; the asset id may itself hold `/`).
    public func explain(_ id: String) -> Lookup {
        guard let slash = id.lastIndex(of: "/") else { return .unknown }
        let assetID = String(id[..<slash])
        let threatID = String(id[id.index(after: slash)...])
        let inventory = assessment.inventory
        guard let threatIndex = assessment.catalog.threatIndex(id: threatID),
              let assetIndex = inventory.assets.indices.first(where: { inventory.id(of: $0) == assetID }) else {
            return .unknown
        }
        let ja = language == .ja
        let threat = assessment.catalog.threats[threatIndex]
        let asset = inventory.assets[assetIndex]
        if !assessment.threats[threatIndex].inScope {
            return .notApplicable(ja ? "\(id): 脅威 \(threat.id)（\(threat.name.ja)）は脅威の状況ファイルで対象外とされています"
                                     : "\(id): threat \(threat.id) (\(threat.name.en)) is out of scope in the threat settings")
        }
        if asset.media.intersection(threat.media).isEmpty {
            let assetMedia = assessment.catalog.mediaCodes(asset.media).joined(separator: ", ")
            let threatMedia = assessment.catalog.mediaCodes(threat.media).joined(separator: ", ")
            return .notApplicable(ja
                ? "\(id): 脅威 \(threat.id) は資産の媒体（\(assetMedia)）に当てはまりません（脅威の媒体: \(threatMedia)）"
                : "\(id): threat \(threat.id) does not apply to the asset's media (\(assetMedia)); it applies to \(threatMedia)")
        }
        guard let risk = assessment.risks.first(where: { Int($0.asset) == assetIndex && Int($0.threat) == threatIndex }) else {
            return .unknown
        }
        return .found(text(risk))
    }

    /// The explanation of a risk of the assessment.
    public func text(_ risk: Risk) -> String {
        let ja = language == .ja
        let catalog = assessment.catalog
        let method = assessment.method
        let inventory = assessment.inventory
        let assetIndex = Int(risk.asset)
        let threatIndex = Int(risk.threat)
        let asset = inventory.assets[assetIndex]
        let threat = catalog.threats[threatIndex]
        let context = assessment.threats[threatIndex]
        let level = assessment.level(risk)
        let band = method.band(level)
        var lines: [String] = []
        lines.append("\(assessment.riskID(risk))  \(inventory.name(of: assetIndex)) × \(threat.name[language])")

        // 1. The asset.
        let c = asset.confidentiality
        let cText = c.text == String(c.level) ? c.text : (ja ? "\(c.text)（\(c.level) として評価）" : "\(c.text) (scored as \(c.level))")
        let media = assessment.catalog.mediaCodes(asset.media).map { code -> String in
            guard let index = catalog.media.firstIndex(where: { $0.code == code }) else { return code }
            return ja ? catalog.media[index].name.ja : code
        }.joined(separator: ", ")
        lines.append(ja
            ? "1. 資産の格付け: 機密性 \(cText)、完全性 \(asset.integrity)、可用性 \(asset.availability)、個人情報 \(asset.personalData.japaneseName)。媒体: \(media)（\(inventory.file) \(asset.line) 行目）"
            : "1. Asset classes: confidentiality \(cText), integrity \(asset.integrity), availability \(asset.availability), personal data \(asset.personalData.code); media: \(media) (\(inventory.file) line \(asset.line))")

        // 2. The threat and the matched media.
        let matched = catalog.mediaCodes(assessment.matchedMedia(risk)).joined(separator: ", ")
        let affects = threat.affects.properties.map { $0.name(in: language) }.joined(separator: ja ? "・" : ", ")
        lines.append(ja
            ? "2. 脅威 \(threat.id) \(threat.name.ja) は \(affects) を害する。一致した媒体: \(matched)"
            : "2. Threat \(threat.id) \(threat.name.en) harms \(affects); matched media: \(matched)")

        // 3. Importance.
        let deciding = method.decidingProperties(of: asset, for: threat.affects).map { $0.name(in: language) }
        var importanceText: String
        switch method.importance {
        case .property:
            importanceText = ja
                ? "3. 重要度 \(risk.importance): 脅威が害する性質のうち最も高い格付け（\(deciding.isEmpty ? "個人情報" : deciding.joined(separator: "・"))）"
                : "3. Importance \(risk.importance): the highest class among the properties the threat harms (\(deciding.isEmpty ? "personal data" : deciding.joined(separator: ", ")))"
        case .max:
            importanceText = ja
                ? "3. 重要度 \(risk.importance): 資産の格付けの最大（\(deciding.joined(separator: "・"))、方法 \(method.name)）"
                : "3. Importance \(risk.importance): the asset's highest class (\(deciding.joined(separator: ", ")); method \(method.name))"
        }
        if method.personalDataRaised(asset, for: threat.affects) {
            importanceText += ja ? "。個人情報（\(asset.personalData.japaneseName)）により引き上げ"
                                 : "; raised by personal data (\(asset.personalData.code))"
        }
        lines.append(importanceText)

        // 4. Likelihood.
        switch context.likelihoodSource {
        case .catalog:
            lines.append(ja ? "4. 脅威の起こりやすさ \(context.likelihood): カタログの既定値"
                            : "4. Likelihood \(context.likelihood): the catalog's default")
        case .settings(let line):
            let file = assessment.settings.file ?? ""
            lines.append(ja ? "4. 脅威の起こりやすさ \(context.likelihood): 脅威の状況 \(file) \(line) 行目（既定値 \(threat.likelihood)）"
                            : "4. Likelihood \(context.likelihood): threat settings \(file) line \(line) (default \(threat.likelihood))")
        }

        // 5. Vulnerability.
        switch context.vulnerabilitySource {
        case .settings(let line):
            let file = assessment.settings.file ?? ""
            lines.append(ja ? "5. 脆弱性のつけ込みやすさ \(context.vulnerability): 脅威の状況 \(file) \(line) 行目"
                            : "5. Vulnerability \(context.vulnerability): threat settings \(file) line \(line)")
        case .checklist(let done, let partial, let notDone, let unknown):
            let ids = { (list: [Int]) in list.map { catalog.controls[$0].id }.joined(separator: ", ") }
            var parts: [String] = []
            if !done.isEmpty { parts.append((ja ? "実施 " : "done ") + ids(done)) }
            if !partial.isEmpty { parts.append((ja ? "一部実施 " : "partial ") + ids(partial)) }
            if !notDone.isEmpty { parts.append((ja ? "未実施 " : "not done ") + ids(notDone)) }
            if !unknown.isEmpty { parts.append((ja ? "不明 " : "unknown ") + ids(unknown)) }
            let rule: String
            switch context.vulnerability {
            case 1: rule = ja ? "すべて実施" : "all done"
            case 3: rule = ja ? "すべて未実施または不明" : "none done"
            default: rule = ja ? "一部のみ" : "a mix"
            }
            lines.append(ja ? "5. 脆弱性のつけ込みやすさ \(context.vulnerability): 対策状況チェック（\(parts.joined(separator: "、"))）→ \(rule)"
                            : "5. Vulnerability \(context.vulnerability): checklist (\(parts.joined(separator: "; "))) → \(rule)")
        case .none:
            lines.append(ja ? "5. 脆弱性のつけ込みやすさ 3: 脅威の状況にも対策状況チェックにも回答がないため（対策前の固有リスク）"
                            : "5. Vulnerability 3: neither the threat settings nor the checklist answer it (inherent risk, before controls)")
        }

        // 6. Possibility, value, level.
        lines.append(ja
            ? "6. 被害発生可能性 \(risk.possibility): 変換表の 起こりやすさ \(context.likelihood) の行、つけ込みやすさ \(context.vulnerability) の列"
            : "6. Possibility of damage \(risk.possibility): the table's row likelihood \(context.likelihood), column vulnerability \(context.vulnerability)")
        lines.append(ja
            ? "7. リスク値 \(risk.value) = 重要度 \(risk.importance) × 被害発生可能性 \(risk.possibility) → \(band.label.ja)（\(band.minimum)–\(band.maximum): \(band.acceptance.ja)）"
            : "7. Risk value \(risk.value) = importance \(risk.importance) × possibility \(risk.possibility) → \(band.label.en) (\(band.minimum)–\(band.maximum): \(band.acceptance.en))")

        // 8. Mapping.
        lines.append(ja ? "8. 改定項番:" : "8. Revision items:")
        for item in assessment.revisionItems(ofThreat: threatIndex) {
            lines.append("   \(item.number) \(item.sectionTitle) [\(item.category)]")
            lines.append("      " + (ja ? item.policy : item.summaryEnglish))
        }
        lines.append(ja ? "   対策（ISO/IEC 27001:2013 \(threat.iso27001.joined(separator: ", "))）:"
                        : "   Controls (ISO/IEC 27001:2013 \(threat.iso27001.joined(separator: ", "))):")
        for advice in assessment.controlAdvice(ofThreat: threatIndex) {
            let control = catalog.controls[advice.control]
            let status = advice.status?.label(in: language) ?? (ja ? "未回答" : "no answer")
            let mark = advice.isRecommended ? (ja ? " ← 推奨" : " ← recommended") : ""
            lines.append("   \(control.id) [\(status)] \(control.text[language])\(mark)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
