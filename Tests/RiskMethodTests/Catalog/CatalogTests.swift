import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The built-in catalog as a whole: counts, mapping coverage, controls, and the embedded copy.
struct CatalogTests {
    let catalog = Catalog.builtIn

    @Test func seventySevenItemsWithTheSeedsCategoryCounts() {
        #expect(catalog.items.map(\.number) == Array(1...77))
        let counts = Dictionary(grouping: catalog.items, by: \.category).mapValues(\.count)
        #expect(counts == ["明確化": 56, "管理強化": 16, "―": 5])
    }

    @Test func everyItemIsMappedByAThreatOrIsAGovernanceItem() {
        let mapped = Set(catalog.threats.flatMap(\.revisionItems))
        let governance = Set(catalog.governanceItemNumbers)
        #expect(governance == [1, 2, 3, 4, 5, 6, 7, 11, 69, 73, 74, 75, 76, 77])
        #expect(mapped.union(governance) == Set(1...77))
        #expect(mapped.isDisjoint(with: governance))
    }

    @Test func everyThreatHasTwoToFiveControlsAndTheyAgree() {
        for threat in catalog.threats {
            #expect((2...5).contains(threat.controls.count), "\(threat.id) has \(threat.controls.count) controls")
            for id in threat.controls {
                #expect(catalog.control(id: id)?.threats.contains(threat.id) == true)
            }
        }
        #expect(catalog.controls.map(\.id) == (1...catalog.controls.count).map { String(format: "M%02d", $0) })
    }

    @Test func controlsComeFromTheirThreatsItems() {
        for control in catalog.controls {
            let threatItems = Set(control.threats.compactMap { catalog.threat(id: $0) }.flatMap(\.revisionItems))
            #expect(Set(control.revisionItems).isSubset(of: threatItems), "\(control.id)")
            #expect(!control.iso2013.isEmpty, "\(control.id)")
            #expect(!control.iso2022.isEmpty, "\(control.id)")
            for number in control.iso2013 {
                #expect(number.range(of: #"^A\.\d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "\(control.id): \(number)")
            }
            #expect(!control.text.ja.isEmpty && !control.text.en.isEmpty)
            // The section is one the seed gives for an item.
            #expect(catalog.items.contains { $0.section == control.section }, "\(control.id): \(control.section)")
        }
        // Every item a threat maps to has a concrete action among that threat's controls.
        for threat in catalog.threats {
            let covered = Set(threat.controls.compactMap { catalog.control(id: $0) }.flatMap(\.revisionItems))
            #expect(Set(threat.revisionItems).isSubset(of: covered), "\(threat.id)")
        }
    }

    @Test func mediumLookupByCodeAndNames() {
        #expect(catalog.mediumIndex(named: "smart-device") == catalog.mediumIndex(named: "スマートデバイス（スマートフォン・タブレット）"))
        #expect(catalog.mediumIndex(named: "支給以外の端末") == catalog.media.firstIndex { $0.code == "private-device" })
        #expect(catalog.mediumIndex(named: "fax") == nil)
    }

    @Test func sectionNumbers() throws {
        #expect(try #require(catalog.item(32)).sectionNumber == "3.6.2")
        #expect(try #require(catalog.item(32)).sectionTitle == "3.6.2 アクセス制御")
        #expect(try #require(catalog.item(75)).sectionNumber == "")
    }
}

/// The generated copies of `Catalog/` and `Templates/` must equal the files: run `python3 scripts/embed.py`.
struct EmbeddedFilesTests {
    func files(in folder: String, where keep: (String) -> Bool) throws -> [String: [UInt8]] {
        let url = packageRoot.appendingPathComponent(folder)
        var result: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where keep(name) && !name.hasPrefix(".") {
            result[name] = try [UInt8](Data(contentsOf: url.appendingPathComponent(name)))
        }
        return result
    }

    @Test func catalogIsNotStale() throws {
        let onDisk = try files(in: "Catalog") { $0.hasSuffix(".json") }
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedFiles.catalog.map { ($0.name, $0.bytes) })
        #expect(Set(onDisk.keys) == Set(embedded.keys), "run python3 scripts/embed.py")
        for (name, bytes) in onDisk {
            #expect(embedded[name] == bytes, "\(name) changed: run python3 scripts/embed.py")
        }
    }

    @Test func templatesAreNotStale() throws {
        let onDisk = try files(in: "Templates") { _ in true }
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedFiles.templates.map { ($0.name, $0.bytes) })
        #expect(Set(onDisk.keys) == Set(embedded.keys), "run python3 scripts/embed.py")
        for (name, bytes) in onDisk {
            #expect(embedded[name] == bytes, "\(name) changed: run python3 scripts/embed.py")
        }
    }

    @Test func templatesListEveryThreatAndControl() throws {
        for language in Language.allCases {
            let files = Templates.files(for: language)
            let threats = try #require(files.first { $0.name == "threats.csv" })
            let settings = try #require(ThreatSettingsReader(catalog: .builtIn).read(threats.bytes, file: "threats.csv").value)
            #expect(settings.lines.allSatisfy { $0 != nil })
            let checklist = try #require(files.first { $0.name == "checklist.csv" })
            let read = try #require(ChecklistReader(catalog: .builtIn).read(checklist.bytes, file: "checklist.csv").value)
            #expect(read.lines.allSatisfy { $0 != nil })
            #expect(Set(files.map(\.name)).isSuperset(of: ["inventory.csv", "threats.csv", "checklist.csv", "method.json", "sample-inventory.csv"]))
        }
    }

    @Test func sampleInventoryUsesEveryMediumAndHasTwentyAssets() throws {
        let sample = try #require(Templates.all.first { $0.name == "sample-inventory.csv" })
        let inventory = try #require(InventoryReader(catalog: .builtIn, method: .mic).read(sample.bytes, file: "sample").value)
        #expect(inventory.assets.count >= 20)
        let used = inventory.assets.reduce(UInt64(0)) { $0 | $1.media.bits }
        #expect(used == (UInt64(1) << UInt64(Catalog.builtIn.media.count)) - 1)
    }

    @Test func methodTemplateIsTheMicMethodInFull() throws {
        let file = try #require(Templates.all.first { $0.name == "method.json" })
        let method = try #require(MethodReader.read(file.bytes, file: "method.json").value)
        #expect(method == ScoringMethod.mic)
    }
}
