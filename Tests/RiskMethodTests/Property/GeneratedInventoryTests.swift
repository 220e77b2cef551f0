import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// Properties that hold for every valid inventory: nothing lost, deterministic, and the same whatever the format.
struct GeneratedInventoryTests {
    static let seeds: [UInt64] = Array(1...24)

    func assessment(_ text: String, file: String, settings: ThreatSettings) throws -> Assessment {
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(Array(text.utf8), file: file)
        let inventory = try #require(result.value, "\(errorSummary(result.log))")
        return Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: settings)
    }

    @Test(arguments: seeds)
    func everyAssetIsAccountedFor(seed: UInt64) throws {
        let generated = GeneratedInventory(seed: seed, count: 60)
        let assessment = try self.assessment(generated.csv, file: "g.csv", settings: generated.settings)
        #expect(assessment.inventory.assets.count == generated.rows.count)
        let withRisks = Set(assessment.risks.map { Int($0.asset) })
        let unassessed = Set(assessment.unassessedAssets)
        #expect(withRisks.isDisjoint(with: unassessed))
        #expect(withRisks.union(unassessed) == Set(0..<generated.rows.count))
        // Every risk is one (asset, threat) pair whose media meet, and every such pair in scope is a risk.
        var expected = 0
        let scope = generated.settings
        for asset in assessment.inventory.assets {
            for (index, threat) in Catalog.builtIn.threats.enumerated() where scope.inScope[index] && !asset.media.intersection(threat.media).isEmpty {
                expected += 1
            }
        }
        #expect(assessment.risks.count == expected)
        #expect(Set(assessment.risks.map { assessment.riskID($0) }).count == expected)
        // Names come back as written but for spaces around them (half- and full-width), extra columns too.
        func trimmed(_ text: String) -> String {
            let space: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            guard let first = text.firstIndex(where: { !space($0) }), let last = text.lastIndex(where: { !space($0) }) else { return "" }
            return String(text[first...last])
        }
        for (index, row) in generated.rows.enumerated() {
            #expect(assessment.inventory.name(of: index) == trimmed(row.name))
            #expect(assessment.inventory.extra(of: index) == [trimmed(row.extra)])
        }
    }

    @Test(arguments: seeds)
    func deterministicAndTheSameFromCSVAndJSON(seed: UInt64) throws {
        let generated = GeneratedInventory(seed: seed, count: 60)
        let fromCSV = try assessment(generated.csv, file: "g", settings: generated.settings)
        let again = try assessment(generated.csv, file: "g", settings: generated.settings)
        let fromJSON = try assessment(generated.json, file: "g", settings: generated.settings)
        let options = RegisterOptions(language: .en)
        let csv = CSVRegisterWriter(assessment: fromCSV, language: .en).bytes()
        let same = csv == CSVRegisterWriter(assessment: again, language: .en).bytes()
        #expect(same, "two runs gave different CSV")
        let sameFromJSON = csv == CSVRegisterWriter(assessment: fromJSON, language: .en).bytes()
        #expect(sameFromJSON, "the JSON inventory gave another CSV register")
        // The JSON register records each asset's line, which differs between the two inventories; two runs agree.
        let json = JSONRegisterWriter(assessment: fromCSV, options: options).bytes()
        let sameJSON = json == JSONRegisterWriter(assessment: again, options: options).bytes()
        #expect(sameJSON, "two runs gave different JSON")
    }

    /// The CSV register, rebuilt from the JSON register's risks, is the CSV register: CSV → JSON → CSV.
    @Test(arguments: seeds)
    func csvJSONCSVRoundTrip(seed: UInt64) throws {
        let generated = GeneratedInventory(seed: seed, count: 40)
        let assessment = try self.assessment(generated.csv, file: "g", settings: generated.settings)
        let csv = String(decoding: CSVRegisterWriter(assessment: assessment, language: .en).bytes(), as: UTF8.self)
        let json = try JSONParser.parse(JSONRegisterWriter(assessment: assessment, options: RegisterOptions(language: .en)).bytes()).get()
        let risks = try #require(json["risks"]?.array)
        // Schema 2: the asset's and the threat's cells come from their records, each written once.
        var assets: [String: JSONNode] = [:], threats: [String: JSONNode] = [:], controls: [String: JSONNode] = [:]
        for asset in json["assets"]?.array ?? [] { assets[asset["id"]?.string ?? ""] = asset }
        for threat in json["threats"]?.array ?? [] { threats[threat["id"]?.string ?? ""] = threat }
        for control in json["controls"]?.array ?? [] { controls[control["id"]?.string ?? ""] = control }
        var rebuilt = String(decoding: CSVRegisterWriter(assessment: assessment, language: .en).header, as: UTF8.self)
        let csvRows = MediaAwareMappingTests.csvRows(csv)
        let controlsColumn = try #require(csvRows.first?.firstIndex(of: "controls"))
        var rebuiltCount = 0
        for risk in risks {
            func text(_ node: JSONNode?) -> String {
                guard let node else { return "" }
                switch node.value {
                case .string(let value): return value
                case .number(let value): return value
                case .array(let elements): return elements.map { $0.string ?? $0.int.map(String.init) ?? "" }.joined(separator: "|")
                default: return ""
                }
            }
            let asset = assets[risk["asset_id"]?.string ?? ""], threat = threats[risk["threat_id"]?.string ?? ""]
            // The controls' ids are the column's; its Annex A numbers are the threat's that concern the media
            // (checked below against the threat's list).
            let ids = risk["controls"]?.array?.compactMap(\.string) ?? []
            let threatNumbers = Set(threat?["iso27001_2022"]?.array?.compactMap { $0.string.map { "A." + $0 } } ?? [])
            let csvControls = csvRows[rebuiltCount + 1][controlsColumn].split(separator: "|").map(String.init)
            #expect(csvControls.filter { !$0.hasPrefix("A.") } == ids)
            #expect(Set(csvControls.filter { $0.hasPrefix("A.") }).isSubset(of: threatNumbers))
            rebuiltCount += 1
            let cells = RegisterSchema.columns.map { column -> String in
                switch column.field {
                case .assetName: text(asset?["name"])
                case .department: text(asset?["department"])
                case .confidentiality: text(asset?["confidentiality"])
                case .integrity: text(asset?["integrity"])
                case .availability: text(asset?["availability"])
                case .threat: text(threat?["name"])
                case .controls: csvControls.joined(separator: "|")
                default: text(risk[column.key])
                }
            }
            rebuilt += String(decoding: CSVCell.row(cells), as: UTF8.self)
        }
        #expect(rebuilt == csv)
    }
}

/// The CSV register of a large inventory, formatted in many chunks on several threads, is row for row what the
/// assessment says, cell by cell through the general cell encoder: the fast path for plain rows, the path for cells
/// that need quotes or a formula guard, and the order of chunks all agree.
struct CSVRegisterChunkTests {
    static func referenceRow(_ assessment: Assessment, _ risk: Risk, _ language: Language) -> [UInt8] {
        let inventory = assessment.inventory, index = Int(risk.asset), threatIndex = Int(risk.threat)
        let threat = assessment.catalog.threats[threatIndex], context = assessment.threats[threatIndex]
        let asset = inventory.assets[index]
        let matched = assessment.matchedMedia(risk)
        let media = assessment.catalog.media.indices.filter { matched.contains($0) }.map { assessment.mediumLabel($0, in: language) }
        return CSVCell.row([
            assessment.riskID(risk), inventory.id(of: index), inventory.name(of: index), inventory.text(.department, of: index),
            media.joined(separator: "|"), threat.id, threat.name[language], asset.confidentiality.text, String(asset.integrity),
            String(asset.availability), String(risk.importance), String(context.likelihood), String(context.vulnerability),
            String(context.possibility), String(risk.value), assessment.method.label(assessment.level(risk), in: language),
            threat.revisionItems(concerning: matched).map(String.init).joined(separator: "|"),
            assessment.controlReferences(ofThreat: threatIndex, concerning: matched).joined(separator: "|"),
        ])
    }

    @Test(arguments: [Language.en, .ja])
    func manyChunksMatchTheRowByRowReference(language: Language) throws {
        let generated = GeneratedInventory(seed: 4242, count: 2_500)
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        let inventory = try #require(result.value, "\(errorSummary(result.log))")
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic, settings: generated.settings)
        #expect(assessment.risks.count > 3 * 4_096)
        let writer = CSVRegisterWriter(assessment: assessment, language: language)
        var expected: [UInt8] = language == .ja ? [0xEF, 0xBB, 0xBF] : []
        expected += writer.header
        for risk in assessment.risks { expected += Self.referenceRow(assessment, risk, language) }
        let written = writer.bytes()
        #expect(written.count == expected.count)
        // The first differing byte, rather than both registers, when they differ.
        let firstDifference = zip(written, expected).enumerated().first { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(firstDifference == nil)
    }

    /// A sink that fails part way: the error comes back, and the formatting threads stop.
    final class FailingSink: ByteSink {
        var written = 0
        func write(_ bytes: Span<UInt8>) throws(WriteError) {
            if written > 100_000 { throw .system(code: 28) }
            written += bytes.count
        }
    }

    @Test func aFailingSinkStopsTheWriter() throws {
        let generated = GeneratedInventory(seed: 7, count: 4_000)
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        let assessment = Assessment(inventory: try #require(result.value), catalog: .builtIn, method: .mic)
        let sink = FailingSink()
        #expect(throws: WriteError.system(code: 28)) { try CSVRegisterWriter(assessment: assessment, language: .en).write(to: sink) }
        #expect(sink.written > 100_000 && sink.written < 100_000 + 2 * 4_096 * 400)
    }
}

/// The assessment of an inventory large enough to be scored by two threads (profiles shared, each half of the
/// assets writing its share of every value) is the one a naive scoring of every pair and a sort give.
struct LargeAssessmentTests {
    @Test func twoThreadsGiveTheNaiveOrderAndCounts() throws {
        let generated = GeneratedInventory(seed: 2026, count: 24_000)
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        let inventory = try #require(result.value, "\(errorSummary(result.log))")
        let catalog = Catalog.builtIn
        let assessment = Assessment(inventory: inventory, catalog: catalog, method: .mic, settings: generated.settings)
        var rank = [Int](repeating: 0, count: catalog.threats.count)
        for (position, threat) in assessment.threatOrder.enumerated() { rank[threat] = position }
        var expected: [Risk] = []
        var maxima = [UInt8](repeating: 0, count: inventory.assets.count)
        for (index, asset) in inventory.assets.enumerated() {
            for threat in catalog.threats.indices
            where assessment.threats[threat].inScope && catalog.threats[threat].media.bits & asset.media.bits != 0 {
                let importance = MethodImportance.mic(asset, catalog.threats[threat].affects)
                let context = assessment.threats[threat]
                let risk = Risk(asset: Int32(index), threat: UInt8(threat), importance: UInt8(importance),
                                possibility: UInt8(context.possibility), value: UInt8(importance * context.possibility),
                                likelihood: UInt8(context.likelihood), vulnerability: UInt8(context.vulnerability))
                expected.append(risk)
                maxima[index] = max(maxima[index], risk.value)
            }
        }
        expected.sort { ($1.value, $0.asset, rank[Int($0.threat)]) < ($0.value, $1.asset, rank[Int($1.threat)]) }
        // Compared element by element, so that a failure names one place instead of printing both arrays.
        #expect(assessment.risks.count == expected.count)
        // Compared without the media variant a risk records for the register writers.
        func same(_ a: Risk, _ b: Risk) -> Bool { a.asset == b.asset && a.threat == b.threat && a.value == b.value && a.scoreBits == b.scoreBits }
        let firstDifference = zip(assessment.risks, expected).enumerated().first { !same($0.element.0, $0.element.1) }.map(\.offset)
        #expect(firstDifference == nil)
        #expect(assessment.summaries.map { $0.maximum }.elementsEqual(maxima))
        #expect(assessment.unassessedAssets.elementsEqual(maxima.indices.filter { maxima[$0] == 0 }))
        let high = expected.filter { $0.value >= 6 }.count
        #expect(assessment.levelCounts[.high] == high)
    }
}

/// Importance as method `mic` defines it (the README's method in brief, step 1), written out independently of the library.
enum MethodImportance {
    static func mic(_ asset: Asset, _ affects: PropertySet) -> Int {
        var importance = 1
        if affects.contains(.confidentiality) {
            importance = max(importance, asset.confidentiality.level)
            switch asset.personalData {
            case .sensitive, .myNumber: importance = 3
            case .personal: importance = max(importance, 2)
            default: break
            }
        }
        if affects.contains(.integrity) { importance = max(importance, Int(asset.integrity)) }
        if affects.contains(.availability) { importance = max(importance, Int(asset.availability)) }
        return importance
    }
}
