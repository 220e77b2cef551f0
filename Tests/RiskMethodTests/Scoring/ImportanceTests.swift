import Testing
@testable import RiskMethod
import RiskTestSupport

/// The importance rule of both methods, with personal data.
struct ImportanceTests {
    static let c: PropertySet = .confidentiality
    static let ia: PropertySet = [.integrity, .availability]
    static let cia: PropertySet = [.confidentiality, .integrity, .availability]
    static let a: PropertySet = .availability

    struct Case: Sendable, CustomTestStringConvertible {
        let c: Int, i: Int, a: Int
        let personal: PersonalData
        let affects: PropertySet
        let mic: Int
        let ipa: Int
        var testDescription: String { "C\(c) I\(i) A\(a) \(personal.code) affects \(affects.letters.joined()) → mic \(mic), ipa \(ipa)" }
    }

    static let cases: [Case] = [
        // The threat harms C only: mic takes C, ipa the asset's maximum.
        Case(c: 1, i: 2, a: 2, personal: .none, affects: c, mic: 1, ipa: 2),
        Case(c: 2, i: 1, a: 1, personal: .none, affects: c, mic: 2, ipa: 2),
        Case(c: 3, i: 1, a: 1, personal: .none, affects: c, mic: 3, ipa: 3),
        // The threat harms I and A: C does not count under mic.
        Case(c: 3, i: 1, a: 1, personal: .none, affects: ia, mic: 1, ipa: 3),
        Case(c: 3, i: 2, a: 1, personal: .none, affects: ia, mic: 2, ipa: 3),
        Case(c: 1, i: 1, a: 2, personal: .none, affects: a, mic: 2, ipa: 2),
        // All three.
        Case(c: 2, i: 2, a: 1, personal: .none, affects: cia, mic: 2, ipa: 2),
        // Personal data raises importance under mic, only where the threat harms C; under ipa any personal data
        // makes it 3 whatever the threat and the classes (IPA 付録7).
        Case(c: 1, i: 1, a: 1, personal: .personal, affects: c, mic: 2, ipa: 3),
        Case(c: 2, i: 1, a: 1, personal: .personal, affects: c, mic: 2, ipa: 3),
        Case(c: 1, i: 1, a: 1, personal: .sensitive, affects: c, mic: 3, ipa: 3),
        Case(c: 2, i: 1, a: 1, personal: .myNumber, affects: cia, mic: 3, ipa: 3),
        Case(c: 1, i: 1, a: 1, personal: .myNumber, affects: ia, mic: 1, ipa: 3),
        Case(c: 1, i: 2, a: 1, personal: .sensitive, affects: a, mic: 1, ipa: 3),
        Case(c: 2, i: 1, a: 1, personal: .personal, affects: ia, mic: 1, ipa: 3),
    ]

    @Test(arguments: cases)
    func rule(_ test: Case) {
        let mic = ScoringMethod.mic.importance(confidentiality: test.c, integrity: test.i, availability: test.a,
                                               personalData: test.personal, affects: test.affects)
        let ipa = ScoringMethod.ipa.importance(confidentiality: test.c, integrity: test.i, availability: test.a,
                                               personalData: test.personal, affects: test.affects)
        #expect(mic == test.mic)
        #expect(ipa == test.ipa)
    }

    @Test func ipaAcceptsClassThreeForIntegrityAndAvailability() {
        #expect(ScoringMethod.ipa.importance(confidentiality: 1, integrity: 3, availability: 1, personalData: .none,
                                             affects: .confidentiality) == 3)
    }

    @Test(arguments: [(ConfidentialityClass.three, 3), (.threeA, 3), (.threeB, 3), (.threeC, 3), (.two, 2), (.one, 1)])
    func subclassesCountAsThree(_ value: ConfidentialityClass, level: Int) {
        #expect(value.level == level)
    }

    @Test func personalDataRaiseCanBeTurnedOff() {
        var method = ScoringMethod.mic
        method.personalDataRaise = false
        #expect(method.importance(confidentiality: 1, integrity: 1, availability: 1, personalData: .myNumber,
                                  affects: .confidentiality) == 1)
    }

    @Test func personalDataHighestCanBeTurnedOff() {
        var method = ScoringMethod.ipa
        method.personalDataHighest = false
        #expect(method.importance(confidentiality: 2, integrity: 1, availability: 1, personalData: .personal,
                                  affects: .confidentiality) == 2)
    }
}
