import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The README lists every name a column goes by, from the one table in the code.
struct ColumnNamesTests {
    /// The README's table, as the code's table renders it.
    static func rendered() -> String {
        var lines = ["| input | column | English names | 日本語の名前 | required |", "|---|---|---|---|---|"]
        for (input, schema) in ColumnNames.all {
            for column in schema.columns {
                let english = column.english.map { "`\($0)`" }.joined(separator: ", ")
                lines.append("| \(input) | `\(column.key)` | \(english) | \(column.japanese.joined(separator: "、")) | "
                             + (column.required ? "yes" : column.carried && !column.read ? "no (kept as an extra column for now)" : "no") + " |")
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func theReadmeListsEveryColumnName() throws {
        let readme = String(decoding: try sourceFile("README.md"), as: UTF8.self)
        let start = try #require(readme.range(of: "<!-- column-names:"))
        let end = try #require(readme.range(of: "<!-- end column-names -->"))
        let body = readme[start.upperBound..<end.lowerBound].split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        let expected = Self.rendered()
        #expect(body.trimmingCharacters(in: .whitespacesAndNewlines) == expected,
                "README.md's column names are stale; replace the table between the column-names markers with:\n\(expected)")
    }

    @Test func everyNameFindsItsColumnAndNoNameTwo() {
        for (_, schema) in ColumnNames.all {
            var seen: [String: String] = [:]
            for (index, column) in schema.columns.enumerated() {
                for name in column.english + column.japanese {
                    #expect(schema.spec(forHeader: name) == index, "\(name)")
                    #expect(schema.spec(forHeader: name.uppercased()) == index, "\(name)")
                    let normalised = TableSchema.normalised(name)
                    #expect(seen[normalised] == nil, "\(name) names both \(seen[normalised] ?? "") and \(column.key)")
                    seen[normalised] = column.key
                }
            }
        }
    }
}
