import Foundation
import Testing
@testable import RiskCore

/// Inventories made by the generator: what a user might write, including awkward text.
struct GeneratedInventory {
    struct Row {
        var id: String, name: String, media: [String], c: String, i: String, a: String, personal: String
        var department: String, extra: String
    }
    var rows: [Row]
    var outOfScope: [String]

    static let names = ["住民票", "課税台帳", "介護認定調査票", "議事録", "契約書", "Backup tapes", "職員名簿", "図面",
                        "\"quoted\" name", "comma, name", "=SUM(A1)", "-minus", "@at", "改行を\n含む名前", "  spaces  ", "ｶﾀｶﾅ", "😀 emoji"]
    static let departments = ["市民課", "税務課", "情報政策課", "", "総務課, 庶務係", "=cmd"]
    static let classes = ["1", "2", "3", "3A", "3B", "3C", "３", "２"]
    static let personal = ["", "なし", "none", "personal", "個人情報", "sensitive", "要配慮個人情報", "my-number", "特定個人情報"]

    init(seed: UInt64, count: Int) {
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
        outOfScope = catalog.threats.map(\.id).filter { _ in Int.random(in: 0..<4, using: &random) == 0 }
    }

    static func cell(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == " " })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    var csv: String {
        var text = "id,name,media,confidentiality,integrity,availability,personal_data,department,保存期間\r\n"
        for row in rows {
            text += [row.id, row.name, row.media.joined(separator: "|"), row.c, row.i, row.a, row.personal, row.department, row.extra]
                .map(Self.cell).joined(separator: ",") + "\r\n"
        }
        return text
    }

    var json: String {
        func string(_ text: String) -> String { String(decoding: JSON.string(text).serialized().dropLast(), as: UTF8.self) }
        let objects = rows.map { row in
            "{\"id\": \(string(row.id)), \"name\": \(string(row.name)), \"media\": [\(row.media.map(string).joined(separator: ", "))], "
                + "\"confidentiality\": \(string(row.c)), \"integrity\": \(row.i), \"availability\": \(row.a), "
                + "\"personal_data\": \(string(row.personal)), \"department\": \(string(row.department)), \"保存期間\": \(string(row.extra))}"
        }
        return "{\"assets\": [\n" + objects.joined(separator: ",\n") + "\n]}\n"
    }

    var settings: ThreatSettings {
        var settings = ThreatSettings(threatCount: Catalog.builtIn.threats.count)
        for id in outOfScope { if let index = Catalog.builtIn.threatIndex(id: id) { settings.inScope[index] = false } }
        return settings
    }
}

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
        // Names come back as written, extra columns too.
        for (index, row) in generated.rows.enumerated() {
            #expect(assessment.inventory.name(of: index) == row.name)
            #expect(assessment.inventory.extra(of: index) == [row.extra])
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
        var rebuilt = String(decoding: CSVRegisterWriter(assessment: assessment, language: .en).header, as: UTF8.self)
        for risk in risks {
            func text(_ key: String) -> String {
                guard let node = risk[key] else { return "" }
                switch node.value {
                case .string(let value): return value
                case .number(let value): return value
                case .array(let elements): return elements.map { $0.string ?? $0.int.map(String.init) ?? "" }.joined(separator: "|")
                default: return ""
                }
            }
            let cells = RegisterColumn.allCases.map { text($0.rawValue) }
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
            threat.revisionItems.map(String.init).joined(separator: "|"),
            assessment.controlReferences(ofThreat: threatIndex).joined(separator: "|"),
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
        struct Full: Error {}
        func write(_ bytes: UnsafeRawBufferPointer) throws {
            if written > 100_000 { throw Full() }
            written += bytes.count
        }
    }

    @Test func aFailingSinkStopsTheWriter() throws {
        let generated = GeneratedInventory(seed: 7, count: 4_000)
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g.csv")
        let assessment = Assessment(inventory: try #require(result.value), catalog: .builtIn, method: .mic)
        let sink = FailingSink()
        #expect(throws: FailingSink.Full.self) { try CSVRegisterWriter(assessment: assessment, language: .en).write(to: sink) }
        #expect(sink.written > 100_000 && sink.written < 100_000 + 2 * 4_096 * 400)
    }
}

/// Reading in two halves, one on each core, gives exactly what reading in one go gives.
struct ParallelReadTests {
    func read(_ text: String, parallel: Bool) -> ReadResult<AssetInventory> {
        var reader = InventoryReader(catalog: .builtIn, method: .mic)
        reader.parallelThreshold = parallel ? 0 : Int.max
        return reader.read(Array(text.utf8), file: "p.csv")
    }

    func same(_ a: AssetInventory, _ b: AssetInventory) -> Bool {
        guard a.assets.count == b.assets.count, a.extraColumns == b.extraColumns else { return false }
        for index in a.assets.indices {
            let x = a.assets[index], y = b.assets[index]
            guard x.line == y.line, x.media == y.media, x.confidentiality == y.confidentiality, x.integrity == y.integrity,
                  x.availability == y.availability, x.personalData == y.personalData,
                  AssetField.allCases.allSatisfy({ a.text($0, of: index) == b.text($0, of: index) }),
                  a.extra(of: index) == b.extra(of: index) else { return false }
        }
        return true
    }

    @Test(arguments: Array(UInt64(1)...12))
    func halvesEqualOneGo(seed: UInt64) throws {
        let generated = GeneratedInventory(seed: seed, count: 200)
        let one = try #require(read(generated.csv, parallel: false).value)
        let two = try #require(read(generated.csv, parallel: true).value)
        #expect(same(one, two))
        // And the registers agree byte for byte.
        let registers = [one, two].map { inventory in
            CSVRegisterWriter(assessment: Assessment(inventory: inventory, catalog: .builtIn, method: .mic), language: .en).bytes()
        }
        let sameRegisters = registers[0] == registers[1]
        #expect(sameRegisters)
    }

    @Test func problemsAreTheSameAsInOneGo() {
        var text = "id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<400 { text += "D\(index),\"name, \"\"\(index)\"\"\",paper,1,1,1\n" }
        // A duplicate across the halves, a bad value in the second half, a quoted line break near the middle.
        text += "D3,again,paper,1,1,1\nE1,bad,paper,9,1,1\nE2,\"two\nlines\",pc,2,2,2\n"
        let one = read(text, parallel: false)
        let two = read(text, parallel: true)
        #expect(one.value == nil && two.value == nil)
        #expect(errorSummary(one.log) == errorSummary(two.log))
        #expect(errorSummary(two.log) == ["value.duplicate-id@402:1", "value.invalid@403:4"])
    }

    @Test func aDuplicateOnlyAcrossTheHalvesIsFound() {
        var text = "id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<400 { text += "F\(index),n,paper,1,1,1\n" }
        text += "F1,dup,paper,1,1,1\n"
        let two = read(text, parallel: true)
        #expect(errorSummary(two.log) == ["value.duplicate-id@402:1"])
    }

    /// The halves keep only a hash of each id; a repeated hash sends the file to the plain read, so duplicates within
    /// either half, and ids equal only once folded (full width, invisible characters), get the plain read's messages.
    @Test func duplicatesWithinAHalfAndFoldedOnesAreFound() {
        var text = "id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<400 { text += "G\(index),n,paper,1,1,1\n" }
        text += "G398,dup,paper,1,1,1\n"        // both in the second half
        text += "Ｇ５,wide,paper,1,1,1\n"        // G5 in full width
        text += "G\u{200B}7,hidden,paper,1,1,1\n" // G7 with a zero-width space
        text += "Ｈ１,once,paper,1,1,1\n"        // folds to H1, which no other row has
        let one = read(text, parallel: false)
        let two = read(text, parallel: true)
        #expect(errorSummary(two.log) == ["value.duplicate-id@402:1", "value.duplicate-id@403:1", "value.duplicate-id@404:1"])
        #expect(errorSummary(one.log) == errorSummary(two.log))
        // Without the duplicates the halves read the file, folded id included.
        let clean = text.split(separator: "\n").filter { !$0.hasPrefix("G398,dup") && !$0.hasPrefix("Ｇ５") && !$0.hasPrefix("G\u{200B}") }
            .joined(separator: "\n") + "\n"
        let inventory = read(clean, parallel: true).value
        #expect(inventory?.assets.count == 401)
        #expect(inventory.map { $0.id(of: 400) } == "Ｈ１")
    }

    @Test func repeatedHashesAreFoundInAnyBucket() {
        var random = SplitMix64(seed: 9)
        let distinct = (0..<50_000).map { _ in random.next() }
        #expect(!containsRepeatedHash(in: [distinct]))
        // Many hashes in one bucket (same top 16 bits), all different, then one of them again at the far end.
        let crowded = (0..<2_000).map { 0xABCD_0000_0000_0000 | UInt64($0) * 7_919 }
        #expect(!containsRepeatedHash(in: [crowded, distinct]))
        #expect(containsRepeatedHash(in: [crowded, distinct, [crowded[1_234]]]))
        #expect(containsRepeatedHash(in: [distinct + [distinct[0]]]))
        #expect(containsRepeatedHash(in: [[distinct[49_999]], distinct]))
        #expect(!containsRepeatedHash(in: []) && !containsRepeatedHash(in: [[1]]) && !containsRepeatedHash(in: [[], [1]]))
    }

    @Test func splitFindsARecordBoundaryOutsideQuotes() throws {
        let text = Array("a,b\n\"x\ny\",1\n\"\"\"q\"\"\",2\nlast,3\n".utf8)
        let boundary = try #require(CSVSplit.boundary(in: text, from: 4))
        // What precedes the cut is whole records: it ends in a line feed with an even number of quotes before it.
        #expect(text[boundary - 1] == 0x0A)
        #expect(text[4..<boundary].filter { $0 == 0x22 }.count % 2 == 0)
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
                let risk = Risk(asset: Int32(index), threat: UInt8(threat), importance: UInt8(importance),
                                possibility: UInt8(assessment.threats[threat].possibility))
                expected.append(risk)
                maxima[index] = max(maxima[index], risk.value)
            }
        }
        expected.sort { ($1.value, $0.asset, rank[Int($0.threat)]) < ($0.value, $1.asset, rank[Int($1.threat)]) }
        // Compared element by element, so that a failure names one place instead of printing both arrays.
        #expect(assessment.risks.count == expected.count)
        let firstDifference = zip(assessment.risks, expected).enumerated().first { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(firstDifference == nil)
        #expect(assessment.summaries.map(\.maximum).elementsEqual(maxima))
        #expect(assessment.unassessedAssets.elementsEqual(maxima.indices.filter { maxima[$0] == 0 }))
        let high = expected.filter { $0.value >= 6 }.count
        #expect(assessment.levelCounts[.high] == high)
    }
}

/// Importance as METHOD.md section 2 defines it for method `mic`, written out independently of the library.
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
