import Testing
@testable import RiskMethod

/// Text from the inputs on a terminal: controls shown, ordinary text untouched.
struct TerminalTextTests {
    @Test(arguments: [("住民票データ（令和8年度）", "住民票データ（令和8年度）"), ("a\u{1B}[2Jb", "a\\x1B[2Jb"), ("\u{7F}", "\\x7F"),
                      ("tab\there", "tab\\there"), ("A\u{202E}1", "A<U+202E>1"), ("\u{2067}x\u{2069}", "<U+2067>x<U+2069>"),
                      ("\u{9B}31m", "<U+009B>31m"), ("two\nlines", "two\\nlines")])
    func visible(_ text: String, _ shown: String) {
        #expect(TerminalText.visible(text) == shown)
    }

    @Test func lineBreaksMayBeKept() {
        #expect(TerminalText.visible("1. a\n2. b\u{1B}\n", keepingLineBreaks: true) == "1. a\n2. b\\x1B\n")
    }

    @Test func aMessageShowsControlsAndCutsLongValues() {
        let problem = Problem.unknownMedium(found: "\u{1B}]0;x\u{07}" + String(repeating: "y", count: 300))
        let message = problem.message(in: .en)
        #expect(message.contains("\\x1B]0;x\\x07yyy"))
        #expect(message.contains("…(+"))
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
    }
}
