import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// The inputs that fuzzing kept (Tests/RiskMethodTests/Fixtures/fuzz/TARGET) and the seed corpus (Fuzz/corpus/TARGET),
/// run through the same entry points as the fuzz targets: none may crash or break an invariant (a broken one is recorded as a failure of this test, not a crash of the run). A crash that
/// scripts/fuzz.sh finds is added here once fixed.
struct FuzzRegressionTests {
    static let cases: [String] = {
        var names: [String] = []
        for folder in ["Tests/RiskMethodTests/Fixtures/fuzz", "Fuzz/corpus"] {
            for target in FuzzEntries.targets.keys.sorted() {
                let url = packageRoot.appendingPathComponent("\(folder)/\(target)")
                let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
                names += files.sorted().map { "\(folder)/\(target)/\($0)" }
            }
        }
        return names
    }()

    @Test func thereAreCasesForEveryTarget() {
        for target in FuzzEntries.targets.keys {
            #expect(Self.cases.contains { $0.contains("/\(target)/") }, "\(target)")
        }
    }

    @Test(arguments: cases)
    func replay(_ path: String) throws {
        let target = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        let entry = try #require(FuzzEntries.targets[target])
        let broken = entry(try sourceFile(path))
        #expect(broken.isEmpty, "\(path): \(broken)")
    }
}
