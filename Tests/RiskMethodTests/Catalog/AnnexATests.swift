import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// ISO/IEC 27001:2022 Annex A in the catalog: the 93 controls, the crosswalk from the 114 of 2013 (ISO/IEC
/// 27002:2022 Annex B) in both directions, and the 2022 numbers of the catalog's threats and controls.
struct AnnexATests {
    let annex = Catalog.builtIn.annexA
    let catalog = Catalog.builtIn

    @Test func ninetyThreeControlsInFourThemes() {
        #expect(annex.controls.count == 93)
        var counts: [AnnexATheme: Int] = [:]
        for control in annex.controls { counts[control.theme, default: 0] += 1 }
        #expect(counts == [.organizational: 37, .people: 8, .physical: 14, .technological: 34])
        // Numbered 5.1 … 5.37, 6.1 … 6.8, 7.1 … 7.14, 8.1 … 8.34, in order.
        let expected = [(5, 37), (6, 8), (7, 14), (8, 34)].flatMap { clause, last in (1...last).map { "\(clause).\($0)" } }
        #expect(annex.controls.map(\.id) == expected)
        for control in annex.controls {
            #expect(control.id.hasPrefix("\(control.theme.clause)."), "\(control.id)")
            #expect(!control.title.ja.isEmpty && !control.title.en.isEmpty, "\(control.id)")
        }
    }

    @Test func theHundredAndFourteenControlsOf2013() {
        #expect(annex.controls2013.count == 114)
        #expect(Set(annex.controls2013).count == 114)
        var perClause: [Int: Int] = [:]
        for id in annex.controls2013 {
            let clause = Int(id.dropFirst(2).split(separator: ".")[0])!
            perClause[clause, default: 0] += 1
        }
        #expect(perClause == [5: 2, 6: 7, 7: 6, 8: 10, 9: 14, 10: 2, 11: 15, 12: 14, 13: 7, 14: 13, 15: 5, 16: 7, 17: 4,
                              18: 8])
        #expect(annex.controls2013.first == "A.5.1.1" && annex.controls2013.last == "A.18.2.3")
    }

    /// Every 2013 control continues in at least one 2022 control; every source named is a 2013 control.
    @Test func theCrosswalkCoversEvery2013Control() {
        let sources = annex.controls.flatMap(\.from2013)
        #expect(Set(sources) == Set(annex.controls2013))
        for id in annex.controls2013 { #expect(!annex.successors(of: id).isEmpty, "\(id)") }
        // Only A.18.2.3 continues in two controls (5.36 and 8.8).
        let twice = Dictionary(grouping: sources, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(Array(twice) == ["A.18.2.3"])
    }

    @Test func theElevenNewControlsContinueNothing() {
        let new = annex.controls.filter(\.isNew).map(\.id)
        #expect(new == ["5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"])
    }

    /// Known rows of ISO/IEC 27002:2022 Annex B, among them the nine a peer's mapping misses.
    @Test(arguments: [
        ("A.12.6.1", ["8.8"]), ("A.9.4.1", ["8.3"]), ("A.12.7.1", ["8.34"]), ("A.18.2.3", ["5.36", "8.8"]),
        ("A.5.1.2", ["5.1"]), ("A.6.2.1", ["8.1"]), ("A.11.2.8", ["8.1"]), ("A.6.2.2", ["6.7"]), ("A.7.2.1", ["5.4"]),
        ("A.11.2.9", ["7.7"]), ("A.16.1.2", ["6.8"]), ("A.16.1.3", ["6.8"]), ("A.13.2.4", ["6.6"]),
        ("A.12.1.1", ["5.37"]), ("A.8.3.3", ["7.10"]), ("A.11.2.5", ["7.10"]), ("A.9.4.3", ["5.17"]),
        ("A.9.3.1", ["5.17"]), ("A.17.2.1", ["8.14"]), ("A.12.4.4", ["8.17"]), ("A.11.1.6", ["7.2"]),
        ("A.12.1.4", ["8.31"]), ("A.14.2.6", ["8.31"]), ("A.14.1.3", ["8.26"]), ("A.18.1.5", ["5.31"]),
        ("A.6.1.3", ["5.5"]), ("A.6.1.4", ["5.6"]), ("A.6.1.5", ["5.8"]), ("A.14.1.1", ["5.8"]), ("A.9.2.5", ["5.18"]),
        ("A.9.2.6", ["5.18"]), ("A.12.6.2", ["8.19"]), ("A.12.5.1", ["8.19"]), ("A.14.2.3", ["8.32"]),
        ("A.14.2.4", ["8.32"]), ("A.12.1.2", ["8.32"]), ("A.17.1.3", ["5.29"]), ("A.16.1.7", ["5.28"]),
    ])
    func knownRows(from2013 id: String, to expected: [String]) {
        #expect(annex.successors(of: id).map { annex.controls[$0].id } == expected)
    }

    /// What the catalog's controls cite beyond the crosswalk of their 2013 numbers: the 2022 controls their text
    /// also carries out, most of them new in 2022.
    static let beyondTheCrosswalk: [String: [String]] = [
        "M10": ["8.10"], "M11": ["8.10"], "M18": ["8.16"], "M19": ["5.7"], "M24": ["8.9"], "M30": ["5.34"],
        "M35": ["8.16"], "M38": ["5.23"], "M39": ["5.23", "8.9"], "M40": ["5.23", "8.9"], "M41": ["8.9"],
        "M55": ["5.23"], "M57": ["5.23"], "M59": ["5.23"], "M61": ["5.23"], "M64": ["8.9"], "M66": ["5.30"],
        "M69": ["5.30"], "M70": ["5.35"], "M72": ["8.28", "8.30"], "M75": ["8.30"],
    ]

    /// A control's 2022 numbers are the successors of its 2013 numbers, in their order, then the table's.
    @Test func everyControlCitesTheSuccessorsOfIts2013Numbers() {
        for control in catalog.controls {
            #expect(control.iso2022 == crosswalk(control.iso2013) + Self.beyondTheCrosswalk[control.id, default: []],
                    "\(control.id)")
        }
    }

    /// A threat's 2022 numbers are the successors of its 2013 numbers, then the new controls its controls cite.
    @Test func everyThreatCitesTheSuccessorsAndItsControlsNewOnes() throws {
        for threat in catalog.threats {
            var expected = crosswalk(threat.iso2013)
            for id in threat.controls {
                let control = try #require(catalog.control(id: id))
                for number in control.iso2022 where !expected.contains(number) {
                    if annex.controls[annex.index(of: number)!].isNew { expected.append(number) }
                }
            }
            #expect(threat.iso2022 == expected, "\(threat.id)")
        }
    }

    /// The 2022 controls the catalog serves: every one a catalog control cites, and no number outside the annex.
    @Test func theCatalogServesOnlyAnnexControls() {
        let cited = Set(catalog.controls.flatMap(\.iso2022) + catalog.threats.flatMap(\.iso2022))
        for id in cited { #expect(annex.index(of: id) != nil, "\(id)") }
        #expect(cited.count == 60)
    }

    private func crosswalk(_ numbers: [String]) -> [String] {
        var result: [String] = []
        for number in numbers {
            for index in annex.successors(of: number) where !result.contains(annex.controls[index].id) {
                result.append(annex.controls[index].id)
            }
        }
        return result
    }

    // MARK: Catalog files

    /// A catalog file without 2022 numbers gets them from the crosswalk; one without the section uses the built-in.
    @Test func aCatalogFileWithoutThe2022NumbersDerivesThem() throws {
        var text = String(decoding: CatalogWriter(catalog: catalog, language: .en).document.serialized(), as: UTF8.self)
        text = text.replacingOccurrences(of: #"(?m)^ *"iso27001_2022": \[[^\]]*\],?\n"#, with: "",
                                         options: .regularExpression)
        #expect(!text.contains("iso27001_2022"))
        let read = try CatalogReader.read(Array(text.utf8), file: "old.json").get()
        let m30 = try #require(read.control(id: "M30"))
        #expect(m30.iso2022 == ["5.36"])
        #expect(read.annexA.controls.count == 93)
    }

    /// Wrong Annex A numbers, themes and sources are errors at their place.
    @Test func wrongAnnexANumbersAreErrors() throws {
        var text = String(decoding: CatalogWriter(catalog: catalog, language: .en).document.serialized(), as: UTF8.self)
        text = text.replacingOccurrences(of: #""iso27001_2013": ["A.6.2.1", "A.11.2.6"]"#,
                                         with: #""iso27001_2013": ["A.6.2.1", "A.11.2.10"]"#)
        text = text.replacingOccurrences(of: #""iso27001_2022": ["8.1", "7.9"]"#, with: #""iso27001_2022": ["8.1", "8.35"]"#)
        text = text.replacingOccurrences(of: "\"id\": \"5.3\",\n        \"theme\": \"organizational\"",
                                         with: "\"id\": \"5.3\",\n        \"theme\": \"people\"")
        text = text.replacingOccurrences(of: "\"id\": \"5.4\",", with: "\"id\": \"9.4\",")
        guard case .failure(let log) = CatalogReader.read(Array(text.utf8), file: "bad.json") else {
            Issue.record("a bad catalog was read")
            return
        }
        let messages = log.entries.map { $0.formatted(in: .en) }
        #expect(messages.contains { $0.contains("controls[0].iso27001_2013: names no control of ISO/IEC 27001:2013 Annex A: A.11.2.10") })
        #expect(messages.contains { $0.contains("controls[0].iso27001_2022: names no control of ISO/IEC 27001:2022 Annex A: 8.35") })
        #expect(messages.contains { $0.contains("iso27001.controls[2].theme: theme people does not fit number 5.3") })
        #expect(messages.contains { $0.contains("iso27001.controls[3].id: must be an Annex A number such as 5.1, found 9.4") })
    }
}
