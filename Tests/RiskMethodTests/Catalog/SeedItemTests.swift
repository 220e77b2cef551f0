import Testing
@testable import RiskMethod
import RiskTestSupport

/// Items pinned field by field against the seed text: each literal below is the seed's own text for the cell,
/// line breaks as the PDF extraction wrapped them; the catalog holds it with the line breaks removed.
struct SeedItemTests {
    /// A cell of the seed as the catalog keeps it: line breaks removed, nothing added.
    static func cell(_ text: String) -> String { text.split(separator: "\n").joined() }

    struct Pin: Sendable, CustomTestStringConvertible {
        let number: Int
        let fields: [String: String]
        /// Pages and requester: the seed's separate parts (a clause stands on its own after a blank line).
        let parts: [String: [String]]
        var testDescription: String { "item \(number)" }
    }

    @Test(arguments: pins)
    func itemMatchesTheSeed(_ pin: Pin) throws {
        let item = try #require(Catalog.builtIn.item(pin.number))
        let values: [String: String] = [
            "section": item.section, "reason": item.reason, "origin": item.origin, "requester": item.requester,
            "background": item.background, "category": item.category, "pages": item.pages, "policy": item.policy,
            "direction": item.direction,
        ]
        #expect(pin.fields.count == 7 && pin.parts.count == 2)
        for (field, seedText) in pin.fields {
            #expect(values[field] == SeedItemTests.cell(seedText), "item \(pin.number) \(field)")
        }
        for (field, parts) in pin.parts {
            #expect(values[field] == SeedItemTests.joinParts(parts.map(SeedItemTests.cell)), "item \(pin.number) \(field)")
        }
    }

    /// Separate parts of a cell (a page list on two lines, a requester and its clause) are joined by one space,
    /// except after a full-width 、, as in `26、28-29`.
    static func joinParts(_ parts: [String]) -> String {
        var result = ""
        for part in parts {
            if let last = result.last, last != "、" { result += " " }
            result += part
        }
        return result
    }
}
