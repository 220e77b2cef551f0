import Testing
@testable import RiskMethod
import RiskTestSupport

/// The IPA conversion table from likelihood and vulnerability to the possibility of damage, cell by cell.
struct PossibilityTests {
    @Test(arguments: [
        (3, 3, 3), (3, 2, 2), (3, 1, 1),
        (2, 3, 2), (2, 2, 1), (2, 1, 1),
        (1, 3, 1), (1, 2, 1), (1, 1, 1),
    ])
    func cell(likelihood: Int, vulnerability: Int, expected: Int) {
        #expect(ScoringMethod.mic.possibility(likelihood: likelihood, vulnerability: vulnerability) == expected)
        #expect(ScoringMethod.ipa.possibility(likelihood: likelihood, vulnerability: vulnerability) == expected)
        // The table equals max(1, likelihood + vulnerability − 3), as the README's method in brief says.
        #expect(expected == max(1, likelihood + vulnerability - 3))
    }

    @Test func methodFileTableIsUsed() {
        var method = ScoringMethod.mic
        method.possibility = [[3, 3, 2], [3, 2, 1], [2, 1, 1]]
        #expect(method.possibility(likelihood: 3, vulnerability: 2) == 3)
        #expect(method.possibility(likelihood: 1, vulnerability: 3) == 2)
        #expect(method.possibility(likelihood: 2, vulnerability: 1) == 1)
    }
}

/// The level bands of the default method: low 1–3, medium 4–5, high 6–9.
struct LevelTests {
    @Test(arguments: [
        (1, RiskLevel.low), (2, .low), (3, .low), (4, .medium), (5, .medium), (6, .high), (7, .high), (8, .high), (9, .high),
    ])
    func band(value: Int, expected: RiskLevel) {
        #expect(ScoringMethod.mic.level(of: value) == expected)
    }

    @Test func labels() {
        #expect(ScoringMethod.mic.label(.high, in: .ja) == "大")
        #expect(ScoringMethod.mic.label(.medium, in: .ja) == "中")
        #expect(ScoringMethod.mic.label(.low, in: .ja) == "小")
        #expect(ScoringMethod.mic.label(.high, in: .en) == "high")
    }

    @Test func everyProductOfTheScalesHasALevel() {
        for importance in 1...3 {
            for possibility in 1...3 {
                let value = importance * possibility
                let level = ScoringMethod.mic.level(of: value)
                #expect(level == (value >= 6 ? .high : value == 4 ? .medium : .low))
            }
        }
    }
}
