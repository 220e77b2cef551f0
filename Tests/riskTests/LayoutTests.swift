import Foundation
import Testing

/// The package's layout rules, which the compiler alone does not keep: what each target may import, where unsafe
/// code and the choice of language may stand, and how long a function or a file may grow.
struct LayoutTests {
    /// A source file: its path from the package root and its lines.
    struct Source: CustomStringConvertible {
        let path: String
        let lines: [String]
        var description: String { path }
        var isGenerated: Bool { path.contains("/Generated/") }
    }

    static let root = Runner.packageRoot

    /// The Swift files under `folders`.
    static func sources(_ folders: [String]) -> [Source] {
        var result: [Source] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".swift") {
                let text = (try? String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)) ?? ""
                result.append(Source(path: folder + "/" + relative, lines: text.components(separatedBy: "\n")))
            }
        }
        return result.sorted { $0.path < $1.path }
    }

    static let core = sources(["Sources/RiskMethod"])
    static let product = sources(["Sources/RiskMethod", "Sources/RiskSystem", "Sources/RiskCore", "Sources/risk", "Sources/RiskWeb"])
    static let handWritten = sources(["Sources", "Tests", "Fuzz", "Benchmarks"]).filter { !$0.isGenerated }

    /// The lines of `source` that match `pattern`, outside comments.
    static func matches(_ pattern: String, in source: Source) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return source.lines.enumerated().compactMap { number, line in
            let code = line.trimmingCharacters(in: .whitespaces)
            guard !code.hasPrefix("//"), !code.hasPrefix("*"),
                  regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil else { return nil }
            return "\(source.path):\(number + 1): \(code)"
        }
    }

    static let importLine = #"^\s*(@[A-Za-z_]+\s+)?import\s"#

    @Test func theCoreImportsNothing() {
        #expect(Self.core.count > 50)
        let imports = Self.core.flatMap { Self.matches(Self.importLine, in: $0) }
        #expect(imports.isEmpty, "\(imports.joined(separator: "\n"))")
    }

    @Test func theCoreIsTheBulkOfTheCode() {
        let lines = Self.core.filter { !$0.isGenerated }.reduce(0) { $0 + $1.lines.count }
        #expect(lines >= 1_500, "the core holds \(lines) hand-written lines")
    }

    /// The operating system is reached from two files of the system layer.
    @Test func operatingSystemCallsLiveInTwoFiles() {
        let allowed: Set = ["Sources/RiskSystem/Platform.swift", "Sources/RiskSystem/Threads.swift"]
        let pattern = #"^\s*(@[A-Za-z_]+\s+)?import\s+(Glibc|Musl|Darwin|WinSDK|ucrt|Foundation\w*|Dispatch|Synchronization)\b"#
        let found = Self.product.filter { !Self.matches(pattern, in: $0).isEmpty }.map(\.path)
        #expect(Set(found) == allowed)
    }

    /// Unsafe code stands in the few files named here, each kept small and documented.
    @Test func unsafeCodeLivesInNamedPlaces() {
        let unsafeFiles: Set = ["Sources/RiskMethod/Bytes/ByteScanner.swift", "Sources/RiskMethod/Bytes/ByteWriter.swift",
                                "Sources/RiskMethod/Bytes/SharedOutput.swift", "Sources/RiskSystem/Platform.swift",
                                "Sources/RiskWeb/WebExports.swift"]
        let pattern = #"(^|[^'A-Za-z-])unsafe\b[^-]|Unsafe[A-Z]|nonisolated\(unsafe\)|@exclusivity\(unchecked\)"#
        let found = Self.product.filter { !Self.matches(pattern, in: $0).isEmpty }.map(\.path)
        #expect(Set(found) == unsafeFiles)
        // Classes shared between threads without the compiler's check: each guards its state as its comment says.
        let unchecked: Set = ["Sources/RiskMethod/Bytes/ByteWriter.swift", "Sources/RiskMethod/Bytes/SharedOutput.swift", "Sources/RiskSystem/InputFiles.swift",
                              "Sources/RiskMethod/Output/XLSX/XLSXWorkbook+Stream.swift", "Sources/RiskSystem/Outputs.swift", "Sources/RiskSystem/ParallelRegister.swift",
                              "Sources/RiskSystem/StreamedRun.swift", "Sources/RiskSystem/Threads.swift"]
        let sendable = Self.product.filter { !Self.matches(#"@unchecked\s+Sendable"#, in: $0).isEmpty }.map(\.path)
        #expect(Set(sendable).isSubset(of: unchecked), "\(Set(sendable).subtracting(unchecked))")
    }

    /// Japanese or English is chosen in the message catalog only.
    @Test func languagesAreChosenInTheCatalogOnly() {
        let pattern = #"==\s*\.ja\b|==\s*\.en\b|\.ja\s*\?|isJapanese"#
        let found = Self.product.filter { !$0.path.hasPrefix("Sources/RiskMethod/Text/") }
            .flatMap { Self.matches(pattern, in: $0) }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func noHandWrittenFileIsLongerThan400Lines() {
        #expect(Self.handWritten.count > 100)
        let long = Self.handWritten.filter { $0.lines.count > 401 }.map { "\($0.path): \($0.lines.count) lines" }
        #expect(long.isEmpty, "\(long.joined(separator: "\n"))")
    }

    @Test func noFunctionIsLongerThan80Lines() {
        let long = Self.handWritten.flatMap { source in
            FunctionLengths.of(source.lines).filter { $0.lines > 80 }.map { "\(source.path):\($0.line): \($0.name), \($0.lines) lines" }
        }
        #expect(long.isEmpty, "\(long.joined(separator: "\n"))")
    }

    @Test func functionLengthsAreMeasured() {
        let lines = ["struct A {", "    func short() {", "        let a = \"{\"", "    }", "", "    public static func long(",
                     "        x: Int", "    ) -> Int {", "        if x > 0 {", "            return 1", "        }",
                     "        return 0", "    }", "    func requirement()", "    init() {}", "}"]
        let measured = FunctionLengths.of(lines).map { "\($0.name):\($0.lines)" }
        #expect(measured == ["func short:3", "func long:8", "init:1"])
    }
}

/// The length of each function, initializer and subscript in a Swift file: from its declaration to its closing brace.
enum FunctionLengths {
    struct Function { let name: String; let line: Int; let lines: Int }

    static let declaration = try! NSRegularExpression(pattern:
        #"^\s*((public|package|private|fileprivate|internal|static|class|final|mutating|nonmutating|override|nonisolated|consuming|borrowing|@[A-Za-z_]+(\([^)]*\))?)\s+)*(func\s+[^\s(<]+|init[?!]?|subscript|deinit)"#)

    static func of(_ lines: [String]) -> [Function] {
        var result: [Function] = []
        var index = 0
        var inMultilineString = false
        while index < lines.count {
            let line = lines[index]
            if line.components(separatedBy: "\"\"\"").count % 2 == 0 { inMultilineString.toggle() }
            guard !inMultilineString, let match = declaration.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                  let nameRange = Range(match.range(at: 4), in: line) else {
                index += 1
                continue
            }
            let name = line[nameRange].replacingOccurrences(of: "?", with: "").replacingOccurrences(of: "!", with: "")
            if let end = closingLine(of: lines, from: index) {
                result.append(Function(name: name, line: index + 1, lines: end - index + 1))
            }
            index += 1
        }
        return result
    }

    /// The line of the brace that closes the body opened at or after `start`; nil for a declaration without a body.
    static func closingLine(of lines: [String], from start: Int) -> Int? {
        var depth = 0
        var opened = false
        var inMultilineString = false
        for index in start..<lines.count {
            let line = lines[index]
            if index > start && !opened {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || declaration.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
                    || trimmed.hasPrefix("case ") || trimmed.hasPrefix("var ") || trimmed.hasPrefix("}") { return nil }
            }
            var inString = false
            var previous: Character = " "
            if line.components(separatedBy: "\"\"\"").count % 2 == 0 { inMultilineString.toggle(); continue }
            if inMultilineString { continue }
            for character in line {
                if character == "\"" && previous != "\\" { inString.toggle() }
                if !inString {
                    if character == "/" && previous == "/" { break }
                    if character == "{" { depth += 1; opened = true }
                    if character == "}" { depth -= 1 }
                }
                previous = character
            }
            if opened && depth <= 0 { return index }
        }
        return nil
    }
}
