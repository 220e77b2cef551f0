import Testing
@testable import RiskMethod
@testable import RiskSystem
import RiskTestSupport

/// Every way of reading an inventory and writing its CSV register (whole, in halves, streamed in chunks of several
/// sizes on one and two threads; the row program's straight run and its steps; one thread and every core) gives
/// the plain register byte for byte, for generated inventories full of awkward text, in both languages.
struct RegisterStrategyTests {
    @Test(arguments: Array(UInt64(1)...8))
    func everyStrategyWritesThePlainRegister(seed: UInt64) throws {
        let generated = GeneratedInventory(seed: seed, count: 300)
        for language in [Language.en, .ja] {
            let tester = RegisterStrategies(Array(generated.csv.utf8), settings: generated.settings, language: language)
            let disagreements = tester.disagreements()
            #expect(disagreements == [], "the plain read refused the inventory, or a strategy disagrees")
            // Streaming declines nothing here: every chunk size was tried.
            #expect(tester.registers().count == 6 + 2 * tester.chunkSizes.count)
        }
    }

    @Test func aPolicyAByteOrderMarkAndQuotedLineBreaks() throws {
        let policy = try #require(PolicyReader.read(Array("section,clause\n3.6.5,第3条\n3.2,\"第9,条\"\n".utf8), file: "p.csv").value)
        var text = "\u{FEFF}id,name,media,confidentiality,integrity,availability\n"
        for index in 0..<300 { text += "Q\(index),\"=line\n\"\"\(index)\"\"\nbreak\",paper|pc,\(1 + index % 3),1,2\n" }
        let tester = RegisterStrategies(Array(text.utf8), language: .ja, policy: policy)
        let disagreements = tester.disagreements()
        #expect(disagreements == [], "the plain read refused the inventory, or a strategy disagrees")
    }

    /// Ledgers as offices write them: a title above the header, a header on two rows, tab-separated text, no id
    /// column (ids are line numbers, which only a whole read counts: the halves and the stream decline), everyday
    /// media words and labels, spaces around values.
    @Test(arguments: ["title", "two rows", "tabs", "no id"])
    func ledgersAsOfficesWriteThem(_ kind: String) throws {
        var text = ""
        switch kind {
        case "title": text = "情報資産台帳（令和8年度）,,,,,\n,,,,,\nNo,情報資産の名称,保存場所,機密性,完全性,可用性\n"
        case "two rows": text = "No,資産名,媒体,重要度,,\n,,,機密性,完全性,可用性\n"
        case "tabs": text = "番号\t資産名\t媒体\t機密性\t完全性\t可用性\n"
        default: text = "資産名,保存場所,機密性,完全性,可用性\n"
        }
        let media = ["サーバー", "書類|パソコン", "人事担当者のPC", "USBメモリ、クラウド", " キャビネットB "]
        let classes = ["自治体機密性3A", "機密性2情報", "3(高)", "低", "中"]
        for index in 0..<400 {
            var cells = ["K\(index)", "資産 \(index)\u{3000}", media[index % media.count], classes[index % classes.count],
                         index % 2 == 0 ? "高" : "1", "完全性2情報".replacingAll("完全性", with: index % 3 == 0 ? "" : "可用性")]
            if kind == "no id" { cells.removeFirst() }
            text += cells.joined(separator: kind == "tabs" ? "\t" : ",") + "\n"
        }
        let tester = RegisterStrategies(Array(text.utf8), language: .ja)
        #expect(tester.disagreements() == [], "the plain read refused the inventory, or a strategy disagrees")
    }

    @Test func plainRowsEqualTheProgramsRowsForEveryRisk() throws {
        let generated = GeneratedInventory(seed: 77, count: 500)
        let inventory = try #require(InventoryReader(catalog: .builtIn, method: .mic).read(Array(generated.csv.utf8), file: "g").value)
        let assessment = Assessment(inventory: inventory, catalog: .builtIn, method: .mic)
        let writer = CSVRegisterWriter(assessment: assessment, language: .ja)
        let program = writer.program()
        #expect(program.standard != nil, "the register's columns have the standard shape")
        let output = ByteWriter()
        for index in assessment.risks.indices {
            output.removeAll()
            program.format(index..<index + 1, into: output)
            #expect(output.bytes == writer.plainRow(index))
            // And the program measures what it formats.
            #expect(program.measure(index..<index + 1, scratch: ByteWriter()) == output.count)
        }
    }
}
