/// Reads the catalog's `iso27001` section (ISO/IEC 27001:2022 Annex A with the 2013 numbers) and checks the Annex A
/// numbers that threats and controls cite.
extension CatalogReader {
    /// The `iso27001` section: `controls` (the 2022 controls: id, theme, title, from_2013) and `controls_2013` (the
    /// 2013 numbers). A catalog file without it uses the built-in annex.
    static func readAnnexA(_ node: JSONNode?, in parent: JSONNode, _ fields: inout JSONFields) -> AnnexA {
        guard let node else { return builtInAnnexA }
        guard fields.object(node, "iso27001") != nil else { return .empty }
        fields.rejectUnknownKeys(node, "iso27001", known: ["edition", "controls", "controls_2013"])
        if let edition = node["edition"] { _ = fields.string(edition, "iso27001.edition") }
        var numbers2013: [String] = []
        var known2013 = Set<String>()
        for (index, element) in (fields.array(node["controls_2013"], "iso27001.controls_2013", in: node) ?? []).enumerated() {
            let path = "iso27001.controls_2013[\(index)]"
            guard let id = fields.string(element, path) else { continue }
            guard known2013.insert(id).inserted else {
                fields.log.error(.catalogDuplicate(path: path, id: id), at: element.location(in: fields.file))
                continue
            }
            numbers2013.append(id)
        }
        var controls: [AnnexAControl] = []
        var seen = Set<String>()
        for (index, element) in (fields.array(node["controls"], "iso27001.controls", in: node) ?? []).enumerated() {
            let path = "iso27001.controls[\(index)]"
            guard fields.object(element, path) != nil else { continue }
            fields.rejectUnknownKeys(element, path, known: ["id", "theme", "title", "from_2013"])
            guard let id = fields.string(element["id"], path + ".id", in: element),
                  let themeName = fields.string(element["theme"], path + ".theme", in: element),
                  let title = fields.localized(element["title"], path + ".title", in: element),
                  let from2013 = fields.strings(element["from_2013"], path + ".from_2013", in: element) else { continue }
            guard let clause = annexAClause(id) else {
                fields.fail(element["id"], path + ".id", CatalogFieldText.annexAID.localized(id))
                continue
            }
            guard let theme = AnnexATheme(rawValue: themeName) else {
                fields.fail(element["theme"], path + ".theme", CatalogFieldText.unknownTheme.localized(themeName))
                continue
            }
            if theme.clause != clause {
                fields.fail(element["theme"], path + ".theme", CatalogFieldText.themeDisagrees.localized(themeName, id))
            }
            guard seen.insert(id).inserted else {
                fields.log.error(.catalogDuplicate(path: path + ".id", id: id), at: element.location(in: fields.file))
                continue
            }
            let unknown = from2013.filter { !known2013.contains($0) }
            if !unknown.isEmpty {
                fields.fail(element["from_2013"], path + ".from_2013",
                            CatalogFieldText.unknownAnnexA2013.localized(unknown.joined(separator: ", ")))
            }
            controls.append(AnnexAControl(id: id, theme: theme, title: title, from2013: from2013))
        }
        return AnnexA(controls: controls, controls2013: numbers2013)
    }

    /// The built-in annex (`Catalog/iso27001.json`), read on its own so that reading the built-in catalog never waits
    /// on itself.
    static let builtInAnnexA: AnnexA = {
        guard let file = EmbeddedFiles.catalog.first(where: { $0.name == "iso27001.json" }),
              case .success(let node) = JSONParser.parse(Array(file.text.utf8)) else { return .empty }
        var fields = JSONFields(file: "(built-in catalog)", log: DiagnosticLog()) { path, detail in
            .catalogInvalid(path: path, detail: detail)
        }
        let annex = readAnnexA(node, in: node, &fields)
        return fields.log.hasErrors ? .empty : annex
    }()

    /// The clause (5–8) of an Annex A number such as `8.34`, or nil when `id` is not one.
    static func annexAClause(_ id: String) -> Int? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let clause = Int(parts[0]), let number = Int(parts[1]), (5...8).contains(clause),
              number >= 1, String(clause) == parts[0], String(number) == parts[1] else { return nil }
        return clause
    }

    /// The Annex A numbers a threat or control cites: its 2013 numbers (each one of the annex's) and its 2022
    /// numbers; when the element has no `iso27001_2022`, those that continue its 2013 numbers.
    static func annexANumbers(_ element: JSONNode, _ path: String, iso2013: [String], annex: AnnexA,
                              _ fields: inout JSONFields) -> [String] {
        if !annex.controls2013.isEmpty {
            let unknown = iso2013.filter { !annex.controls2013.contains($0) }
            if !unknown.isEmpty {
                fields.fail(element["iso27001_2013"], path + ".iso27001_2013",
                            CatalogFieldText.unknownAnnexA2013.localized(unknown.joined(separator: ", ")))
            }
        }
        guard let node = element["iso27001_2022"] else {
            var derived: [String] = []
            for number in iso2013 {
                for index in annex.successors(of: number) where !derived.contains(annex.controls[index].id) {
                    derived.append(annex.controls[index].id)
                }
            }
            return derived
        }
        guard let numbers = fields.strings(node, path + ".iso27001_2022") else { return [] }
        let unknown = numbers.filter { annex.index(of: $0) == nil || $0.hasPrefix("A.") }
        if !unknown.isEmpty {
            fields.fail(node, path + ".iso27001_2022", CatalogFieldText.unknownAnnexA2022.localized(unknown.joined(separator: ", ")))
        }
        return numbers
    }
}
