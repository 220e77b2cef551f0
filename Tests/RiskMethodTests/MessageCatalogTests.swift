import Testing
@testable import RiskMethod

/// The message catalog: every key of every part once, in both languages, with the same slots numbered from 1; and
/// how a sentence's slots are filled.
struct MessageCatalogTests {
    /// One entry of a catalog: its key and its two templates.
    typealias Entry = (key: String, templates: Localized)

    /// The entries of one part of the catalog, in declaration order.
    static func entries<Catalog: MessageCatalog>(_ catalog: Catalog.Type) -> [Entry] {
        catalog.allCases.map { (key: $0.key, templates: $0.templates) }
    }

    /// Every part of the catalog, by name. A new part must be listed here.
    static let catalogs: [(name: String, entries: [Entry])] = [
        ("CommandText", entries(CommandText.self)),
        ("InputText", entries(InputText.self)),
        ("FieldText", entries(FieldText.self)),
        ("CatalogFieldText", entries(CatalogFieldText.self)),
        ("ProblemText", entries(ProblemText.self)),
        ("ReportText", entries(ReportText.self)),
        ("ReportTableText", entries(ReportTableText.self)),
        ("ReportAppendixText", entries(ReportAppendixText.self)),
        ("ExplainText", entries(ExplainText.self)),
        ("OutputText", entries(OutputText.self)),
        ("SoAText", entries(SoAText.self)),
        ("PriorityText", entries(PriorityText.self)),
        ("DocumentText", entries(DocumentText.self)),
        ("WorkbookText", entries(WorkbookText.self)),
        ("LegendText", entries(LegendText.self)),
        ("HelpText", entries(HelpText.self)),
        ("WorkbookInputText", entries(WorkbookInputText.self)),
        ("WebText", entries(WebText.self)),
    ]

    static var allEntries: [(catalog: String, entry: Entry)] {
        catalogs.flatMap { catalog in catalog.entries.map { (catalog: catalog.name, entry: $0) } }
    }

    @Test func theCatalogIsNotEmpty() {
        for catalog in Self.catalogs {
            #expect(!catalog.entries.isEmpty, "\(catalog.name) has no keys")
        }
        // Fourteen parts with some 430 sentences between them: a test over an empty list would prove nothing.
        #expect(Self.catalogs.count == 18)
        #expect(Self.allEntries.count > 340)
        #expect(Self.entries(HelpText.self).count == 8)
    }

    @Test func everyKeyIsUniqueAcrossTheCatalog() {
        var seen: [String: String] = [:]
        for (catalog, entry) in Self.allEntries {
            if let first = seen[entry.key] {
                Issue.record("key \(entry.key) is in \(first) and again in \(catalog)")
            }
            seen[entry.key] = catalog
        }
        #expect(seen.count == Self.allEntries.count)
    }

    @Test func everyKeyIsLowercaseWithDotsAndHyphens() {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-".unicodeScalars)
        for (catalog, entry) in Self.allEntries {
            #expect(entry.key.unicodeScalars.allSatisfy(allowed.contains), "\(catalog): key \(entry.key)")
            #expect(entry.key.includes("."), "\(catalog): key \(entry.key) has no group")
        }
    }

    @Test func everySentenceHasBothLanguages() {
        for (catalog, entry) in Self.allEntries {
            #expect(!entry.templates.ja.isEmpty, "\(catalog): \(entry.key) has no Japanese")
            #expect(!entry.templates.en.isEmpty, "\(catalog): \(entry.key) has no English")
        }
    }

    @Test func bothLanguagesUseTheSameSlots() {
        for (catalog, entry) in Self.allEntries {
            let ja = Set(Message.slots(in: entry.templates.ja))
            let en = Set(Message.slots(in: entry.templates.en))
            #expect(ja == en, "\(catalog): \(entry.key) has slots \(ja.sorted()) in Japanese, \(en.sorted()) in English")
        }
    }

    @Test func slotsAreNumberedFromOneWithoutGaps() {
        var withSlots = 0
        for (catalog, entry) in Self.allEntries {
            let slots = Set(Message.slots(in: entry.templates.ja) + Message.slots(in: entry.templates.en))
            guard let highest = slots.max() else { continue }
            withSlots += 1
            #expect(slots == Set(1...highest), "\(catalog): \(entry.key) has slots \(slots.sorted())")
        }
        // Many sentences have values; if none were found, the slots would not be read at all.
        #expect(withSlots > 50)
    }

    @Test func slotsAreFound() {
        #expect(Message.slots(in: "{1} and {2}, then {1}") == [1, 2, 1])
        #expect(Message.slots(in: "{10}: {3}") == [10, 3])
        #expect(Message.slots(in: "no slots, {} nor {x} nor {1") == [])
        #expect(Message.slots(in: "{{1}}") == [1])
    }

    @Test func fillPutsEachValueInItsSlot() {
        #expect(Message.fill("{1} {2}", ["a", "b"]) == "a b")
        #expect(Message.fill("{2} before {1}", ["a", "b"]) == "b before a")
        #expect(Message.fill("{1}, {1}", ["again"]) == "again, again")
        #expect(Message.fill("「{1}」", ["台帳.csv"]) == "「台帳.csv」")
    }

    @Test func fillDoesNotReadSlotsInValues() {
        #expect(Message.fill("{1} {2}", ["{2}", "x"]) == "{2} x")
        #expect(Message.fill("{1}", ["{1}"]) == "{1}")
        #expect(Message.fill("{2}{1}", ["}", "{1"]) == "{1}")
    }

    @Test func fillLeavesASlotWithoutAValue() {
        #expect(Message.fill("{1} {3}", ["a"]) == "a {3}")
        #expect(Message.fill("{0} {1}", ["a"]) == "{0} a")
        #expect(Message.fill("as written {1}", []) == "as written {1}")
    }

    @Test func aCatalogSentenceIsFilledInTheAskedLanguage() {
        #expect(CommandText.cannotRead(.en, "台帳.csv", "No such file") == "cannot read 台帳.csv: No such file")
        #expect(CommandText.cannotRead(.ja, "台帳.csv", "x") == "台帳.csv を読めません: x")
        let both = ReportText.untreated.localized("3")
        #expect(both.en == "Untreated risks (3)")
        #expect(both.ja == "対応が決まっていないリスク (3)")
    }

    @Test func valuesInBothLanguagesFillEachLanguageWithItsOwn() {
        let found = FieldText.rows.localized("2")
        #expect(found == Localized("2 行", "2 rows"))
        let sentence = FieldText.mustBe.localized(FieldText.wholeNumber.localized(), JSONValue.string("x").kindName)
        #expect(sentence.en == "must be a whole number, found a string")
        #expect(sentence.ja == "は整数である必要があります（文字列でした）")
    }
}
