/// Reads a catalog from JSON: the built-in one, or a file of the shape ``CatalogWriter`` writes.
///
/// Every problem is reported with its place: unknown keys, ids given twice, references to media, threats, controls
/// or items that do not exist, and a threat whose `controls` disagree with the controls' `threats`.
public enum CatalogReader {
    /// The categories (改定分類) an item may have.
    public static let categories: Set<String> = ["明確化", "管理強化", "推奨", "―"]

    /// Reads a catalog file's bytes (any encoding ``TextDecoder`` accepts).
    public static func read(_ bytes: [UInt8], file: String) -> Result<Catalog, DiagnosticLog> {
        var log = DiagnosticLog()
        guard let root = JSONParser.document(bytes, file: file, log: &log) else { return .failure(log) }
        return read(root, file: file)
    }

    /// Reads a catalog from a parsed document.
    public static func read(_ document: JSONNode, file: String) -> Result<Catalog, DiagnosticLog> {
        var fields = JSONFields(file: file, log: DiagnosticLog()) { path, detail in .catalogInvalid(path: path, detail: detail) }
        guard fields.object(document, "(document)") != nil else { return .failure(fields.log) }
        fields.rejectUnknownKeys(document, "",
                                 known: ["schema", "version", "source", "media", "threats", "controls", "items", "governance",
                                        "iso27001"])
        if let schema = document["schema"], let text = fields.string(schema, "schema"), !text.hasPrefix("risk-catalog/") {
            fields.fail(schema, "schema", CatalogFieldText.wrongSchema.localized(text))
        }
        let version = fields.string(document["version"], "version", in: document) ?? ""
        let source = fields.localized(document["source"], "source", in: document) ?? Localized(ja: "", en: "")

        let annex = readAnnexA(document["iso27001"], in: document, &fields)
        let items = readItems(document["items"], in: document, &fields)
        let itemNumbers = Set(items.map { $0.number })
        let media = readMedia(document["media"], in: document, &fields)
        var mediumIndex: [String: Int] = [:]
        for (index, medium) in media.enumerated() { mediumIndex[medium.code] = index }
        let (threats, listedControls) = readThreats(document["threats"], in: document, media: mediumIndex,
                                                     items: itemNumbers, annex: annex, &fields)
        // Ids written in the file count as known even when their entry has another problem, so that one mistake
        // gives one error, not one more for everything that refers to it.
        let threatIDs = Set(threats.map { $0.id }).union(writtenIDs(document["threats"], key: "id"))
        let controls = readControls(document["controls"], in: document, threats: threatIDs, items: itemNumbers,
                                    media: mediumIndex, annex: annex, &fields)
        let controlIDs = Set(controls.map { $0.id }).union(writtenIDs(document["controls"], key: "id"))
        let governance = readGovernance(document["governance"], in: document, media: mediumIndex, items: itemNumbers,
                                        &fields)

        // Each threat's controls are the controls that name it; a file that also lists them must agree.
        var finished = threats
        for index in finished.indices {
            let id = finished[index].id
            let derived = controls.filter { $0.threats.contains(id) }.map { $0.id }
            if let (listed, node) = listedControls[id] {
                let unknown = listed.filter { !controlIDs.contains($0) }
                if !unknown.isEmpty {
                    let names = unknown.joined(separator: ", ")
                    fields.fail(node, "threats[\(index)].controls", CatalogFieldText.unknownControl.localized(names))
                } else if listed != derived {
                    let expected = derived.joined(separator: ", "), found = listed.joined(separator: ", ")
                    fields.fail(node, "threats[\(index)].controls",
                                CatalogFieldText.controlsDisagree.localized(id, expected, found))
                }
            }
            finished[index].controls = derived
        }
        guard !fields.log.hasErrors else { return .failure(fields.log) }
        return .success(Catalog(version: version, source: source, media: media, threats: finished, controls: controls,
                                items: items, governance: governance, annexA: annex))
    }

    /// The string values of `key` in the elements of a list, as written.
    private static func writtenIDs(_ node: JSONNode?, key: String) -> Set<String> {
        Set((node?.array ?? []).compactMap { $0[key]?.string })
    }

    private static func readMedia(_ node: JSONNode?, in parent: JSONNode, _ fields: inout JSONFields) -> [Medium] {
        guard let elements = fields.array(node, "media", in: parent) else { return [] }
        if elements.count > 64 {
            fields.fail(node, "media", CatalogFieldText.tooManyMedia.localized(String(elements.count)))
        }
        var result: [Medium] = []
        var seen = Set<String>()
        for (index, element) in elements.enumerated() {
            let path = "media[\(index)]"
            guard fields.object(element, path) != nil else { continue }
            fields.rejectUnknownKeys(element, path, known: ["code", "name"])
            guard let code = fields.string(element["code"], path + ".code", in: element),
                  let name = fields.localized(element["name"], path + ".name", in: element) else { continue }
            guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                fields.fail(element["code"], path + ".code", CatalogFieldText.mediumCode.localized(code))
                continue
            }
            guard seen.insert(code).inserted else {
                fields.log.error(.catalogDuplicate(path: path + ".code", id: code), at: element.location(in: fields.file))
                continue
            }
            result.append(Medium(code: code, name: name))
        }
        return result
    }

    private static func readThreats(_ node: JSONNode?, in parent: JSONNode, media: [String: Int], items: Set<Int>,
                                    annex: AnnexA, _ fields: inout JSONFields) -> ([Threat], [String: ([String], JSONNode)]) {
        guard let elements = fields.array(node, "threats", in: parent) else { return ([], [:]) }
        if elements.count > 255 {
            fields.fail(node, "threats", CatalogFieldText.tooManyThreats.localized(String(elements.count)))
        }
        var result: [Threat] = []
        var listed: [String: ([String], JSONNode)] = [:]
        var seen = Set<String>()
        for (index, element) in elements.enumerated() {
            let path = "threats[\(index)]"
            guard fields.object(element, path) != nil else { continue }
            fields.rejectUnknownKeys(element, path, known: ["id", "name", "affects", "media", "likelihood", "revision_items",
                                                             "revision_item_media", "iso27001_2013", "iso27001_2022", "controls"])
            guard let id = fields.string(element["id"], path + ".id", in: element),
                  let name = fields.localized(element["name"], path + ".name", in: element),
                  let affectsText = fields.strings(element["affects"], path + ".affects", in: element),
                  let mediaCodes = fields.strings(element["media"], path + ".media", in: element),
                  let likelihood = fields.int(element["likelihood"], path + ".likelihood", in: element, range: 1...3),
                  let itemNumbers = fields.ints(element["revision_items"], path + ".revision_items", in: element, range: 1...9999),
                  let iso = fields.strings(element["iso27001_2013"], path + ".iso27001_2013", in: element) else { continue }
            guard seen.insert(id).inserted else {
                fields.log.error(.catalogDuplicate(path: path + ".id", id: id), at: element.location(in: fields.file))
                continue
            }
            var affects = PropertySet()
            for letter in affectsText {
                guard let property = SecurityProperty(rawValue: letter) else {
                    fields.fail(element["affects"], path + ".affects", CatalogFieldText.unknownProperty.localized(letter))
                    continue
                }
                affects.insert(PropertySet(property))
            }
            if affects.isEmpty {
                fields.fail(element["affects"], path + ".affects", CatalogFieldText.noProperty.localized())
            }
            var set = MediaSet()
            for code in mediaCodes {
                if let mediumIndex = media[code] { set.insert(mediumIndex) } else {
                    fields.fail(element["media"], path + ".media", CatalogFieldText.unknownMedium.localized(code))
                }
            }
            if mediaCodes.isEmpty {
                fields.fail(element["media"], path + ".media", CatalogFieldText.noMedium.localized())
            }
            for number in itemNumbers where !items.contains(number) {
                fields.fail(element["revision_items"], path + ".revision_items",
                            CatalogFieldText.unknownItem.localized(String(number)))
            }
            if let controlsNode = element["controls"], let controls = fields.strings(controlsNode, path + ".controls") {
                listed[id] = (controls, controlsNode)
            }
            let itemMedia = readItemMedia(element["revision_item_media"], path + ".revision_item_media", items: itemNumbers,
                                          media: media, &fields)
            let iso2022 = annexANumbers(element, path, iso2013: iso, annex: annex, &fields)
            result.append(Threat(id: id, name: name, affects: affects, media: set, likelihood: likelihood,
                                 revisionItems: itemNumbers, iso2013: iso, iso2022: iso2022, controls: [],
                                 revisionItemMedia: itemMedia))
        }
        return (result, listed)
    }

    /// A threat's `revision_item_media`: an object whose keys are item numbers of its `revision_items` and whose
    /// values list the media the link concerns; a link it does not name, or names with no media, concerns every medium.
    /// The result is parallel to `items`.
    private static func readItemMedia(_ node: JSONNode?, _ path: String, items: [Int], media: [String: Int],
                                      _ fields: inout JSONFields) -> [MediaSet] {
        var result = Array(repeating: MediaSet(), count: items.count)
        guard let node, let members = fields.object(node, path) else { return result }
        var seen = Set<Int>()
        for member in members {
            let memberPath = path + "." + member.key
            guard let number = Int(member.key), number > 0, String(number) == member.key else {
                fields.fail(member.value, memberPath, CatalogFieldText.itemMediaKey.localized(member.key))
                continue
            }
            guard let position = items.firstIndex(of: number) else {
                fields.fail(member.value, memberPath, CatalogFieldText.itemMediaUnlisted.localized(member.key))
                continue
            }
            guard seen.insert(number).inserted else {
                fields.log.error(.catalogDuplicate(path: memberPath, id: member.key), at: member.value.location(in: fields.file))
                continue
            }
            guard let codes = fields.strings(member.value, memberPath) else { continue }
            result[position] = mediaSet(codes, node: member.value, memberPath, media: media, &fields)
        }
        return result
    }

    /// The set of media named by `codes`, with an error that lists the catalog's media for each unknown code.
    private static func mediaSet(_ codes: [String], node: JSONNode, _ path: String, media: [String: Int],
                                 _ fields: inout JSONFields) -> MediaSet {
        var set = MediaSet()
        for code in codes {
            if let index = media[code] { set.insert(index); continue }
            let known = media.sorted { $0.value < $1.value }.map { $0.key }.joined(separator: ", ")
            fields.fail(node, path, CatalogFieldText.unknownMediumOf.localized(code, known))
        }
        return set
    }

    private static func readControls(_ node: JSONNode?, in parent: JSONNode, threats: Set<String>, items: Set<Int>,
                                     media: [String: Int], annex: AnnexA, _ fields: inout JSONFields) -> [Control] {
        guard let elements = fields.array(node, "controls", in: parent) else { return [] }
        var result: [Control] = []
        var seen = Set<String>()
        for (index, element) in elements.enumerated() {
            let path = "controls[\(index)]"
            guard fields.object(element, path) != nil else { continue }
            fields.rejectUnknownKeys(element, path,
                                     known: ["id", "text", "threats", "media", "section", "revision_items", "iso27001_2013",
                                             "iso27001_2022"])
            guard let id = fields.string(element["id"], path + ".id", in: element),
                  let text = fields.localized(element["text"], path + ".text", in: element),
                  let threatIDs = fields.strings(element["threats"], path + ".threats", in: element),
                  let section = fields.string(element["section"], path + ".section", in: element),
                  let itemNumbers = fields.ints(element["revision_items"], path + ".revision_items", in: element, range: 1...9999),
                  let iso = fields.strings(element["iso27001_2013"], path + ".iso27001_2013", in: element) else { continue }
            guard seen.insert(id).inserted else {
                fields.log.error(.catalogDuplicate(path: path + ".id", id: id), at: element.location(in: fields.file))
                continue
            }
            for threat in threatIDs where !threats.contains(threat) {
                fields.fail(element["threats"], path + ".threats", CatalogFieldText.unknownThreat.localized(threat))
            }
            for number in itemNumbers where !items.contains(number) {
                fields.fail(element["revision_items"], path + ".revision_items",
                            CatalogFieldText.unknownItem.localized(String(number)))
            }
            var concerned = MediaSet()
            if let mediaNode = element["media"], let codes = fields.strings(mediaNode, path + ".media") {
                concerned = mediaSet(codes, node: mediaNode, path + ".media", media: media, &fields)
            }
            let iso2022 = annexANumbers(element, path, iso2013: iso, annex: annex, &fields)
            result.append(Control(id: id, text: text, threats: threatIDs, section: section, revisionItems: itemNumbers,
                                  iso2013: iso, iso2022: iso2022, media: concerned))
        }
        return result
    }

    private static func readItems(_ node: JSONNode?, in parent: JSONNode, _ fields: inout JSONFields) -> [RevisionItem] {
        guard let elements = fields.array(node, "items", in: parent) else { return [] }
        var result: [RevisionItem] = []
        var seen = Set<Int>()
        let keys = ["section", "reason", "origin", "requester", "background", "category", "pages", "policy", "direction",
                    "summary_en"]
        for (index, element) in elements.enumerated() {
            let path = "items[\(index)]"
            guard fields.object(element, path) != nil else { continue }
            fields.rejectUnknownKeys(element, path, known: Set(keys + ["number"]))
            guard let number = fields.int(element["number"], path + ".number", in: element, range: 1...9999) else { continue }
            var values: [String: String] = [:]
            for key in keys {
                let allowEmpty = key != "section" && key != "category"
                if let value = fields.string(element[key], "\(path).\(key)", in: element, allowEmpty: allowEmpty) {
                    values[key] = value
                }
            }
            guard values.count == keys.count else { continue }
            guard seen.insert(number).inserted else {
                fields.log.error(.catalogDuplicate(path: path + ".number", id: String(number)), at: element.location(in: fields.file))
                continue
            }
            let category = values["category", default: ""]
            if !categories.contains(category) {
                fields.fail(element["category"], path + ".category", CatalogFieldText.unknownCategory.localized(category))
            }
            result.append(RevisionItem(
                number: number, section: values["section", default: ""], reason: values["reason", default: ""],
                origin: values["origin", default: ""], requester: values["requester", default: ""],
                background: values["background", default: ""], category: category, pages: values["pages", default: ""],
                policy: values["policy", default: ""], direction: values["direction", default: ""],
                summaryEnglish: values["summary_en", default: ""]))
        }
        return result
    }

    private static func readGovernance(_ node: JSONNode?, in parent: JSONNode, media: [String: Int], items: Set<Int>,
                                       _ fields: inout JSONFields) -> [GovernanceItem] {
        guard let node else { return [] }
        guard let elements = fields.array(node, "governance") else { return [] }
        var result: [GovernanceItem] = []
        var seen = Set<Int>()
        for (index, element) in elements.enumerated() {
            let path = "governance[\(index)]"
            guard fields.object(element, path) != nil else { continue }
            fields.rejectUnknownKeys(element, path, known: ["item", "asks", "assessment", "trigger_media"])
            guard let item = fields.int(element["item"], path + ".item", in: element, range: 1...9999),
                  let asks = fields.localized(element["asks"], path + ".asks", in: element),
                  let assessment = fields.localized(element["assessment"], path + ".assessment", in: element),
                  let trigger = fields.strings(element["trigger_media"], path + ".trigger_media", in: element) else { continue }
            if !items.contains(item) {
                fields.fail(element["item"], path + ".item", CatalogFieldText.governanceItem.localized(String(item)))
            }
            guard seen.insert(item).inserted else {
                fields.log.error(.catalogDuplicate(path: path + ".item", id: String(item)), at: element.location(in: fields.file))
                continue
            }
            for code in trigger where media[code] == nil {
                fields.fail(element["trigger_media"], path + ".trigger_media",
                            CatalogFieldText.unknownMedium.localized(code))
            }
            result.append(GovernanceItem(item: item, asks: asks, assessment: assessment, triggerMedia: trigger))
        }
        return result
    }
}
