import Testing
@testable import RiskMethod
@testable import RiskSystem
import RiskTestSupport

/// Reading in two halves, one on each core, gives exactly what reading in one go gives.
struct ParallelReadTests {
    func read(_ text: String, parallel: Bool) -> ReadResult<AssetInventory> {
        let reader = InventoryReader(catalog: .builtIn, method: .mic)
        return InventoryReading(reader: reader, strategy: parallel ? .halves : .whole).read(Array(text.utf8), file: "p.csv")
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
        let found = RecordBoundary.middle(of: text.span, from: 4)
        let boundary = try #require(found)
        // What precedes the cut is whole records: it ends in a line feed with an even number of quotes before it.
        #expect(text[boundary - 1] == 0x0A)
        #expect(text[4..<boundary].filter { $0 == 0x22 }.count % 2 == 0)
    }
}

