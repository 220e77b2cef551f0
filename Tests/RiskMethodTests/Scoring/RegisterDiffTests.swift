import Testing
@testable import RiskMethod
import RiskTestSupport

/// Last year's register against this year's: assets added, removed and reclassified.
struct RegisterDiffTests {
    func snapshot(_ inventory: String, file: String) throws -> RegisterSnapshot {
        let assessment = try assess(inventory)
        let bytes = JSONRegisterWriter(assessment: assessment, options: RegisterOptions(language: .en)).bytes()
        let result = RegisterReader.read(bytes, file: file)
        return try #require(result.value, "\(errorSummary(result.log))")
    }

    static let old = inventoryHeader + """
        X-1,メール,email,2,1,1,none,総務課
        Y-2,公式SNS,social-media,3,1,1,sensitive,広報課
        Z-3,申請書,paper,1,1,1,personal,市民課

        """

    // Y-2 removed; Z-3 reclassified (confidentiality 1 → 3) and moved to the cloud too; C-4 added on a smart device.
    static let new = inventoryHeader + """
        X-1,メール,email,2,1,1,none,総務課
        Z-3,申請書,paper|cloud,3,1,1,personal,市民課
        C-4,タブレット,smart-device,2,1,1,none,危機管理課

        """

    @Test func addedRemovedReclassified() throws {
        let diff = RegisterDiff(old: try snapshot(Self.old, file: "old.json"), new: try snapshot(Self.new, file: "new.json"),
                                catalog: .builtIn)
        #expect(diff.assetsAdded == ["C-4"])
        #expect(diff.assetsRemoved == ["Y-2"])
        #expect(diff.assetsReclassified.map(\.assetID) == ["Z-3"])
        #expect(diff.assetsReclassified.first?.from.confidentiality == "1")
        #expect(diff.assetsReclassified.first?.to.confidentiality == "3")
        // Y-2's only risk closed; C-4's risks and Z-3's cloud risks are new.
        #expect(diff.closed.map(\.riskID) == ["Y-2/T20"])
        #expect(diff.new.contains { $0.riskID == "C-4/T01" })
        #expect(diff.new.contains { $0.riskID == "Z-3/T15" })
        #expect(!diff.new.contains { $0.riskID.hasPrefix("X-1/") })
        // Z-3/T01 (loss, C A, L2): importance 2 (personal data) → 4 medium; now C3 → 3 × 2 = 6 high.
        let t01 = try #require(diff.changed.first { $0.riskID == "Z-3/T01" })
        #expect(t01.from == RegisterSnapshot.Score(value: 4, level: "medium"))
        #expect(t01.to == RegisterSnapshot.Score(value: 6, level: "high"))
        // Z-3/T29 (disaster, A only) did not change.
        #expect(!diff.changed.contains { $0.riskID == "Z-3/T29" })
        #expect(diff.mediaAdded == ["smart-device", "cloud"])
        #expect(diff.reviewTriggers.map(\.item) == [3, 5, 6])
        #expect(diff.reviewTriggers.first?.media == ["smart-device", "cloud"])
        #expect(!diff.methodChanged)
        #expect(diff.catalogChanged == nil)
    }

    @Test func jsonKeys() throws {
        let diff = RegisterDiff(old: try snapshot(Self.old, file: "old.json"), new: try snapshot(Self.new, file: "new.json"),
                                catalog: .builtIn)
        let json = try JSONParser.parse(diff.json.serialized()).get()
        for key in ["new", "closed", "changed", "assets_added", "assets_removed", "review_triggers"] {
            #expect(json[key] != nil, "\(key)")
        }
        let changed = try #require(json["changed"]?.array?.first)
        #expect(changed.members?.map(\.key) == ["from", "risk_id", "to"])
        #expect(json["closed"]?.array?.first?["to"]?.value == .null)
    }

    @Test func sameRegisterHasNoChanges() throws {
        let a = try snapshot(Self.old, file: "a.json")
        let diff = RegisterDiff(old: a, new: a, catalog: .builtIn)
        #expect(diff.new.isEmpty && diff.closed.isEmpty && diff.changed.isEmpty && diff.reviewTriggers.isEmpty)
    }

    @Test func methodChangeIsNoticed() throws {
        let a = try snapshot(Self.old, file: "a.json")
        let assessment = try assess(Self.old, method: .ipa)
        let b = try #require(RegisterReader.read(JSONRegisterWriter(assessment: assessment, options: RegisterOptions(language: .en)).bytes(), file: "b.json").value)
        #expect(RegisterDiff(old: a, new: b, catalog: .builtIn).methodChanged)
    }

    @Test func notARegister() {
        let result = RegisterReader.read(Array("{\"schema\": \"other/1\", \"risks\": []}".utf8), file: "x.json")
        #expect(result.value == nil)
        #expect(result.log.errors.first?.code == "register.invalid")
    }
}

extension RegisterDiffTests {
    /// Ids compare width folded, as one inventory compares them: `Ｘ－１` in last year's register and `X-1` in this
    /// year's are one asset (one inventory would call them duplicates), not one removed and one added.
    @Test func fullWidthIdsAreTheSameAsset() throws {
        let new = try snapshot(Self.old, file: "new.json")
        let json = String(decoding: JSONRegisterWriter(assessment: try assess(Self.old), options: RegisterOptions(language: .en)).bytes(),
                          as: UTF8.self).replacingAll("\"X-1", with: "\"Ｘ－１")
        let old = try #require(RegisterReader.read(Array(json.utf8), file: "old.json").value)
        #expect(old.assetOrder.contains("Ｘ－１"))
        let diff = RegisterDiff(old: old, new: new, catalog: .builtIn)
        #expect(diff.assetsAdded.isEmpty && diff.assetsRemoved.isEmpty, "\(diff.assetsAdded) \(diff.assetsRemoved)")
        #expect(diff.new.isEmpty && diff.closed.isEmpty && diff.changed.isEmpty)
    }

    /// A register no scoring could produce is refused at the field: a value the method never gives, a level it does
    /// not have, another schema.
    @Test(arguments: [("\"risk_value\":6", "\"risk_value\":7"), ("\"level\":\"high\",\"likelihood\"", "\"level\":\"catastrophic\",\"likelihood\""),
                      ("\"schema\": \"risk-register/2\"", "\"schema\": \"risk-register/99\"")])
    func aRegisterNoScoringCouldProduceIsRefused(found: String, replacement: String) throws {
        let text = String(decoding: JSONRegisterWriter(assessment: try assess(Self.old), options: RegisterOptions(language: .en)).bytes(),
                          as: UTF8.self)
        #expect(text.contains(found))
        let result = RegisterReader.read(Array(text.replacingFirst(found, with: replacement).utf8), file: "new.json")
        #expect(result.value == nil)
        #expect(errorSummary(result.log).count == 1 && errorSummary(result.log)[0].hasPrefix("register.invalid@"))
    }
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func replacingFirst(_ target: String, with replacement: String) -> String {
        // In the risks, past the assets (which have levels too).
        let risks = firstRange(of: "\"risks\": [")?.upperBound ?? startIndex
        guard let range = self[risks...].firstRange(of: target) else { return self }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
