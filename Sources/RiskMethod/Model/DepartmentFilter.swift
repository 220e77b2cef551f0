/// The departments (部署) a report is limited to (`--department`): names matched against the inventory's departments
/// with full-width forms folded and spaces trimmed.
public struct DepartmentFilter: Sendable, Hashable {
    /// The departments chosen, as the inventory spells them (its first spelling), in the order named.
    public var names: [String]
    /// The folded names, to match assets by.
    var keys: Set<String>

    /// The names of `values` (each option's value), split at `,` and `、`, trimmed, empty ones dropped, each once.
    public static func split(_ values: [String]) -> [String] {
        var names: [String] = []
        for value in values {
            for part in value.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" }) {
                let name = WidthFolding.fold(String(part))
                if !name.isEmpty && !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    /// What matching names against an inventory found: the filter, or the first name it does not have.
    public enum Match: Sendable {
        case found(DepartmentFilter)
        /// A name no asset has, with the inventory's departments and the one it may have meant (if any).
        case unknown(name: String, departments: [String], suggestion: String?)
    }

    /// Matches `names` (from ``split(_:)``) against the departments of `inventory`.
    public static func match(_ names: [String], in inventory: AssetInventory) -> Match {
        let departments = inventory.departments
        var byKey: [String: String] = [:]
        for department in departments { byKey[WidthFolding.fold(department)] = department }
        var filter = DepartmentFilter(names: [], keys: [])
        for name in names {
            let key = WidthFolding.fold(name)
            guard let department = byKey[key] else {
                let target = Array(key.lowercased().unicodeScalars)
                var best: (String, Int)?
                for department in departments {
                    let other = Array(WidthFolding.fold(department).lowercased().unicodeScalars)
                    let distance = MediaVocabulary.editDistance(target, other, limit: 2)
                    if distance <= max(1, min(2, target.count / 3)), distance < best?.1 ?? Int.max {
                        best = (department, distance)
                    }
                }
                return .unknown(name: name, departments: departments, suggestion: best?.0)
            }
            if filter.keys.insert(key).inserted { filter.names.append(department) }
        }
        return .found(filter)
    }

    /// Whether the asset at `index` of `inventory` is in one of the departments.
    public func contains(_ index: Int, of inventory: AssetInventory) -> Bool {
        keys.contains(WidthFolding.fold(inventory.text(.department, of: index)))
    }
}

extension AssetInventory {
    /// The departments of the assets, trimmed, each once (the first spelling of each folded name), in file order;
    /// an asset without a department adds none.
    public var departments: [String] {
        var seen = Set<String>()
        var result: [String] = []
        for index in assets.indices {
            let name = text(.department, of: index).trimmingSpaces
            if !name.isEmpty, seen.insert(WidthFolding.fold(name)).inserted { result.append(name) }
        }
        return result
    }

    /// A copy holding only the assets in `filter`'s departments, in file order; the text is shared, not copied.
    public func keeping(_ filter: DepartmentFilter) -> AssetInventory {
        var copy = self
        copy.assets = assets.indices.filter { filter.contains($0, of: self) }.map { assets[$0] }
        return copy
    }

    /// The ids of the assets not in `filter`'s departments.
    public func ids(outside filter: DepartmentFilter) -> Set<String> {
        Set(assets.indices.filter { !filter.contains($0, of: self) }.map { id(of: $0) })
    }
}
