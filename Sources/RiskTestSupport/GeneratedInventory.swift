import Foundation
import RiskCore

/// Inventories made by the generator: what a user might write, including awkward text.
package struct GeneratedInventory: Sendable {
    package struct Row: Sendable {
        package var id: String, name: String, media: [String], c: String, i: String, a: String, personal: String
        package var department: String, extra: String
    }
    package var rows: [Row]
    package var outOfScope: [String]

    static let names = ["住民票", "課税台帳", "介護認定調査票", "議事録", "契約書", "Backup tapes", "職員名簿", "図面",
                        "\"quoted\" name", "comma, name", "=SUM(A1)", "-minus", "@at", "改行を\n含む名前", "  spaces  ", "ｶﾀｶﾅ", "😀 emoji"]
    static let departments = ["市民課", "税務課", "情報政策課", "", "総務課, 庶務係", "=cmd"]
    static let classes = ["1", "2", "3", "3A", "3B", "3C", "３", "２"]
    static let personal = ["", "なし", "none", "personal", "個人情報", "sensitive", "要配慮個人情報", "my-number", "特定個人情報"]

    package init(seed: UInt64, count: Int) {
        var random = SplitMix64(seed: seed)
        let catalog = Catalog.builtIn
        rows = (0..<count).map { index in
            let mediaCount = Int.random(in: 1...3, using: &random)
            let media = (0..<mediaCount).map { _ -> String in
                let medium = catalog.media[Int.random(in: 0..<catalog.media.count, using: &random)]
                return Bool.random(using: &random) ? medium.code : medium.name.ja
            }
            return Row(id: "G-\(seed)-\(index)", name: Self.names.randomElement(using: &random) ?? "",
                       media: media, c: Self.classes.randomElement(using: &random) ?? "1",
                       i: String(Int.random(in: 1...2, using: &random)), a: String(Int.random(in: 1...2, using: &random)),
                       personal: Self.personal.randomElement(using: &random) ?? "",
                       department: Self.departments.randomElement(using: &random) ?? "", extra: "x\(index % 7)")
        }
        // Sometimes take threats out of scope, so that some assets have none left.
        outOfScope = catalog.threats.map { $0.id }.filter { _ in Int.random(in: 0..<4, using: &random) == 0 }
    }

    static func cell(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == " " })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    package var csv: String {
        var text = "id,name,media,confidentiality,integrity,availability,personal_data,department,保存期間\r\n"
        for row in rows {
            text += [row.id, row.name, row.media.joined(separator: "|"), row.c, row.i, row.a, row.personal, row.department, row.extra]
                .map(Self.cell).joined(separator: ",") + "\r\n"
        }
        return text
    }

    package var json: String {
        func string(_ text: String) -> String { String(decoding: JSON.string(text).serialized().dropLast(), as: UTF8.self) }
        let objects = rows.map { row in
            "{\"id\": \(string(row.id)), \"name\": \(string(row.name)), \"media\": [\(row.media.map(string).joined(separator: ", "))], "
                + "\"confidentiality\": \(string(row.c)), \"integrity\": \(row.i), \"availability\": \(row.a), "
                + "\"personal_data\": \(string(row.personal)), \"department\": \(string(row.department)), \"保存期間\": \(string(row.extra))}"
        }
        return "{\"assets\": [\n" + objects.joined(separator: ",\n") + "\n]}\n"
    }

    package var settings: ThreatSettings {
        var settings = ThreatSettings(threatCount: Catalog.builtIn.threats.count)
        for id in outOfScope { if let index = Catalog.builtIn.threatIndex(id: id) { settings.inScope[index] = false } }
        return settings
    }
}

