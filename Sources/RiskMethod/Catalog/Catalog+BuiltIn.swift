extension Catalog {
    /// The catalog compiled into the library, assembled from `Catalog/*.json` of the source tree.
    public static let builtIn: Catalog = {
        switch CatalogReader.read(builtInDocument, file: "(built-in catalog)") {
        case .success(let catalog):
            return catalog
        case .failure(let log):
            // The tests read the built-in catalog; a broken one never ships.
            let messages = log.entries.map { $0.formatted(in: .en) }.joined(separator: "\n")
            fatalError("the built-in catalog is invalid:\n\(messages)")
        }
    }()

    /// The built-in catalog as one JSON document, the shape a catalog file has.
    static var builtInDocument: JSONNode {
        var members: [JSONMember] = []
        for file in EmbeddedFiles.catalog {
            let key = String(file.name.dropLast(".json".count))
            guard case .success(let node) = JSONParser.parse(Array(file.text.utf8)) else {
                fatalError("the built-in catalog file \(file.name) is not valid JSON")
            }
            if key == "meta", let meta = node.members {
                members.append(contentsOf: meta)
            } else {
                members.append(JSONMember(key: key, value: node))
            }
        }
        return JSONNode(value: .object(members), line: 1, column: 1)
    }
}
