import Testing
@testable import RiskMethod
import RiskTestSupport

/// RFC 4180 reading with positions.
struct CSVParserTests {
    func parse(_ text: String) -> ([[String]], [Int], DiagnosticLog) {
        var log = DiagnosticLog()
        var rows: [[String]] = []
        var lines: [Int] = []
        CSVParser(file: "t.csv").parse(Array(text.utf8), log: &log) { record, _ in
            rows.append((0..<record.count).map { record.string($0) })
            lines.append(record.line)
            return true
        }
        return (rows, lines, log)
    }

    @Test func plainAndQuoted() {
        let (rows, lines, log) = parse("a,b,c\n\"x,1\",\"he said \"\"hi\"\"\",\n")
        #expect(rows == [["a", "b", "c"], ["x,1", "he said \"hi\"", ""]])
        #expect(lines == [1, 2])
        #expect(!log.hasErrors)
    }

    /// Each field says where it stands as it is in the text, so that the inventory keeps it there without a copy;
    /// a field whose quotes were unescaped says it does not.
    @Test func fieldsSayWhereTheyStandInTheText() {
        let text = Array("id,\"名前, 1\",\"two\r\nlines\",\"say \"\"hi\"\"\",,末尾\r\n".utf8)
        var log = DiagnosticLog()
        var sources: [Int] = [], fields: [String] = []
        CSVParser(file: "t.csv").parse([0xEF, 0xBB, 0xBF] + text, from: 3, log: &log) { record, _ in
            sources = (0..<record.count).map(record.source(of:))
            fields = (0..<record.count).map { record.string($0) }
            return true
        }
        #expect(fields == ["id", "名前, 1", "two\r\nlines", "say \"hi\"", "", "末尾"])
        let full = [0xEF, 0xBB, 0xBF] + text
        for (index, source) in sources.enumerated() where source >= 0 {
            let bytes = Array(fields[index].utf8)
            #expect(Array(full[source..<source + bytes.count]) == bytes, "field \(index)")
        }
        #expect(sources.map { $0 >= 0 } == [true, true, true, false, true, true])
        #expect(sources[0] == 3 && sources[1] == 7)
    }

    @Test func crlfAndNoFinalLineBreak() {
        let (rows, _, log) = parse("a,b\r\nc,d")
        #expect(rows == [["a", "b"], ["c", "d"]])
        #expect(!log.hasErrors)
    }

    @Test func lineBreakInsideQuotesKeepsLineNumbers() {
        let (rows, lines, _) = parse("h\n\"one\r\ntwo\"\nthree\n")
        #expect(rows == [["h"], ["one\r\ntwo"], ["three"]])
        #expect(lines == [1, 2, 4])
    }

    @Test func crOnlyFilesWork() {
        let (rows, _, log) = parse("a,b\rc,d\r")
        #expect(rows == [["a", "b"], ["c", "d"]])
        #expect(!log.hasErrors)
    }

    @Test func mixedLineEndingsAreReportedOnce() {
        let (_, _, log) = parse("a\r\nb\nc\r\nd\n")
        #expect(errorSummary(log) == ["csv.mixed-line-endings@2:0"])
    }

    @Test func quoteInsideUnquotedField() {
        let (_, _, log) = parse("a,b\nx,5\"6\n")
        #expect(errorSummary(log) == ["csv.stray-quote@2:2"])
    }

    @Test func textAfterClosingQuote() {
        let (_, _, log) = parse("a,b\n\"x\"y,z\n")
        #expect(errorSummary(log) == ["csv.text-after-quote@2:1"])
    }

    @Test func unterminatedQuoteNamesWhereItOpened() {
        let (_, _, log) = parse("a,b\n1,2\n3,\"never closed\n4,5\n")
        #expect(errorSummary(log) == ["csv.unterminated-quote@3:2"])
    }

    @Test func cellLongerThanExcelAllows() {
        let long = String(repeating: "あ", count: CSVParser.cellLimit + 1)
        let (_, _, log) = parse("a,b\n1,\(long)\n")
        #expect(errorSummary(log) == ["csv.cell-too-long@2:2"])
        let (_, _, ok) = parse("a,b\n1,\(String(repeating: "あ", count: CSVParser.cellLimit))\n")
        #expect(!ok.hasErrors)
    }
}
