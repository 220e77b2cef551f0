import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// A risk recommends only the controls and revision items that concern at least one of its matched media (issue 14,
/// item 4): in the register's cells (the fast CSV path and the JSON register's cached fragments included), the
/// mapping, `risk explain` and the catalog file.
struct MediaAwareMappingTests {
    let catalog = Catalog.builtIn

    /// The sample inventory and generated ones.
    static let seeds: [UInt64] = [0] + Array(1...12)

    func assessment(seed: UInt64) throws -> Assessment {
        guard seed > 0 else { return try ReportTests.sampleAssessment().0 }
        let generated = GeneratedInventory(seed: seed, count: 60)
        return try assess(generated.csv, settings: generated.settings)
    }

    /// The cells of a CSV text, row by row (quotes, doubled quotes and line breaks in quotes).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                } else { cell.append(character) }
            } else if character == "\"" { quoted = true
            } else if character == "," { row.append(cell); cell = ""
            } else if character == "\r\n" || character == "\n" { row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.append(character) }
        }
        return rows
    }

    /// What a risk may list: the numbers of its threat's items whose link concerns its media, and the ids of its
    /// threat's controls that concern them.
    func expected(_ assessment: Assessment, _ risk: Risk) -> (items: [Int], controls: [String]) {
        let media = assessment.matchedMedia(risk)
        let threat = catalog.threats[Int(risk.threat)]
        let items = zip(threat.revisionItems, threat.revisionItemMedia)
            .filter { $0.1.isEmpty || !$0.1.intersection(media).isEmpty }.map { $0.0 }
        let controls = threat.controls.filter { id in
            let control = catalog.control(id: id)!
            return control.media.isEmpty || !control.media.intersection(media).isEmpty
        }
        return (items, controls)
    }

    @Test(arguments: seeds)
    func noRiskListsAControlOrItemOfAMediumItDoesNotHave(seed: UInt64) throws {
        let assessment = try self.assessment(seed: seed)
        #expect(!assessment.risks.isEmpty)
        let rows = RegisterRows(assessment: assessment, language: .en, outcome: nil, policy: nil)
        let csv = Self.csvRows(String(decoding: CSVRegisterWriter(assessment: assessment, language: .en).bytes(), as: UTF8.self))
        let header = try #require(csv.first)
        let itemsColumn = try #require(header.firstIndex(of: "revision_items"))
        let controlsColumn = try #require(header.firstIndex(of: "controls"))
        #expect(csv.count == assessment.risks.count + 1)
        let json = try JSONParser.parse(JSONRegisterWriter(assessment: assessment, options: RegisterOptions(language: .en,
                                                                                                             minimumLevel: .low))
                                            .bytes()).get()
        let risks = try #require(json["risks"]?.array)
        for risk in assessment.risks {
            // The variant a risk records is the one its matched media give (past the seventh of its threat, none is
            // recorded and the writers look it up).
            let matched = assessment.matchedMedia(risk).bits
            let variants = assessment.variants
            let looked = variants.variant(ofThreat: Int(risk.threat), matched: matched)
            #expect(risk.variantOffset < 7 ? variants.base[Int(risk.threat)] + risk.variantOffset == looked
                                           : looked - variants.base[Int(risk.threat)] >= 7)
            #expect(variants.variant(of: risk, matched: matched) == looked)
        }
        for (index, risk) in assessment.risks.enumerated() {
            let (items, controls) = expected(assessment, risk)
            let id = assessment.riskID(risk)
            // Every listed control and item concerns at least one of the risk's media.
            let media = assessment.matchedMedia(risk)
            for advice in assessment.controlAdvice(of: risk) {
                #expect(catalog.controls[advice.control].concerns(media), "\(id): \(catalog.controls[advice.control].id)")
            }
            #expect(assessment.revisionItems(of: risk).map(\.number) == items, "\(id)")
            #expect(assessment.controlAdvice(of: risk).map { catalog.controls[$0.control].id } == controls, "\(id)")
            // The register's cells, by the slow path, the fast CSV path and the JSON register's pieces.
            #expect(rows.value(.revisionItems, at: index) == .numbers(items), "\(id)")
            guard case .texts(let references) = rows.value(.controls, at: index) else { Issue.record("\(id)"); continue }
            #expect(references.filter { $0.hasPrefix("M") } == controls, "\(id)")
            #expect(csv[index + 1][itemsColumn] == items.map(String.init).joined(separator: "|"), "\(id)")
            #expect(csv[index + 1][controlsColumn] == references.joined(separator: "|"), "\(id)")
            let object = risks[index]
            #expect(object["revision_items"]?.array?.compactMap(\.int) == items, "\(id)")
            #expect(object["controls"]?.array?.compactMap(\.string) == controls, "\(id)")
        }
    }

    /// Every matched media of every threat gives, through the variants the CSV and JSON writers prepare, the items
    /// and controls those media give.
    @Test func variantsGiveWhatTheirMediaGive() {
        let variants = MediaVariants(catalog: catalog)
        for (index, threat) in catalog.threats.enumerated() {
            let own = threat.media.indices
            #expect(own.count <= 10)
            for subset in 1..<(1 << own.count) {
                var media = MediaSet()
                for (bit, medium) in own.enumerated() where subset & (1 << bit) != 0 { media.insert(medium) }
                let variant = variants.variant(ofThreat: index, matched: media.bits)
                #expect(variant >= 0 && variants.threat[variant] == index, "\(threat.id)")
                guard variant >= 0 else { continue }
                let representative = variants.representative[variant]
                #expect(catalog.controls(ofThreat: index, concerning: representative)
                        == catalog.controls(ofThreat: index, concerning: media), "\(threat.id) \(media.bits)")
                #expect(threat.revisionItems(concerning: representative) == threat.revisionItems(concerning: media),
                        "\(threat.id) \(media.bits)")
            }
        }
    }

    /// A paper form lost (K-008/T01 of the issue) lists no smart-device, USB or laptop control or item.
    @Test func paperLossListsNoDeviceControlOrItem() throws {
        let assessment = try assess(inventoryHeader + "K-008,申請書（紙）,紙（書類）,2,1,1,,市民課\n")
        let rows = RegisterRows(assessment: assessment, language: .en, outcome: nil, policy: nil)
        let index = try #require(assessment.risks.firstIndex { assessment.riskID($0) == "K-008/T01" })
        guard case .numbers(let items) = rows.value(.revisionItems, at: index),
              case .texts(let controls) = rows.value(.controls, at: index) else { Issue.record("cells"); return }
        #expect(Set(items).isDisjoint(with: [13, 16, 17, 19, 43]))
        #expect(Set(controls).isDisjoint(with: ["M01", "M03", "M04", "M06"]))
        // Documents kept in locked storage (M08) is what lowers a paper form's loss.
        #expect(controls.last == "M08")
        let explanation = Explanation(assessment: assessment, language: .en).text(assessment.risks[index])
        let mapping = try #require(explanation.components(separatedBy: "8. Revision items:").last)
        for id in ["M01", "M03", "M04", "M06"] { #expect(!mapping.contains(id)) }
        for number in [13, 16, 17, 19, 43] { #expect(!mapping.contains("   \(number) ")) }
        #expect(mapping.contains("(none concerns the matched media)"))
        // Theft of the same form: the locked office, still.
        let theft = try #require(assessment.risks.first { assessment.riskID($0) == "K-008/T02" })
        #expect(assessment.controlAdvice(of: theft).map { catalog.controls[$0.control].id } == ["M05"])
        // A smart device lost lists them.
        let device = try assess(inventoryHeader + "K-009,タブレット,smart-device,2,1,1,,市民課\n")
        let lost = try #require(device.risks.first { device.riskID($0) == "K-009/T01" })
        #expect(device.controlAdvice(of: lost).map { catalog.controls[$0.control].id } == ["M01"])
        #expect(device.revisionItems(of: lost).map(\.number) == [13, 17, 19])
    }

    /// A server infected with malware is not told to update smartphones.
    @Test func serverMalwareListsNoSmartphoneControl() throws {
        let assessment = try assess(inventoryHeader + "S-001,基幹系サーバ,server,2,2,2,,情報政策課\n")
        let risk = try #require(assessment.risks.first { assessment.riskID($0) == "S-001/T05" })
        let controls = assessment.controlAdvice(of: risk).map { catalog.controls[$0.control].id }
        #expect(!controls.contains("M16"))
        #expect(controls.contains("M13"))
        #expect(!assessment.revisionItems(of: risk).map(\.number).contains(47))
        // Its Annex A numbers keep those a kept control gives.
        #expect(assessment.isoReferences(ofThreat: Int(risk.threat), concerning: assessment.matchedMedia(risk))
                == ["A.8.7", "A.7.10"])
    }

    /// The catalog file states the media, and reads back to the same catalog.
    @Test func catalogFileRoundTripKeepsTheMedia() throws {
        let writer = CatalogWriter(catalog: catalog, language: .en)
        let bytes = writer.document.serialized()
        let read = try CatalogReader.read(bytes, file: "catalog.json").get()
        #expect(read.controls == catalog.controls)
        #expect(read.threats == catalog.threats)
        #expect(writer.document.serialized() == CatalogWriter(catalog: read, language: .en).document.serialized())
        let m01 = try #require(read.control(id: "M01"))
        #expect(read.mediaCodes(m01.media) == ["smart-device"])
        let t01 = try #require(read.threat(id: "T01"))
        #expect(t01.revisionItems(concerning: MediaSet(bits: 1 << UInt64(read.mediumIndex(named: "paper")!))) == [])
    }

    /// Wrong media in a catalog file are errors that name the place and the catalog's media.
    @Test func badMediaInACatalogFileAreErrors() throws {
        var text = String(decoding: CatalogWriter(catalog: catalog, language: .en).document.serialized(), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"media\": [\"smart-device\"],\n      \"revision_items\": [13, 17, 19],",
                                         with: "\"media\": [\"phone\"],\n      \"revision_items\": [13, 17, 19],")
        text = text.replacingOccurrences(of: "\"13\": [\"smart-device\"]", with: "\"13\": [\"tablet\"], \"99\": [\"paper\"]")
        guard case .failure(let log) = CatalogReader.read(Array(text.utf8), file: "bad.json") else {
            Issue.record("a bad catalog was read")
            return
        }
        let messages = log.entries.map { $0.formatted(in: .en) }
        #expect(messages.contains { $0.contains("controls[0].media: names no medium: phone (media: paper, removable, pc,") })
        #expect(messages.contains { $0.contains("threats[0].revision_item_media.13: names no medium: tablet") })
        #expect(messages.contains { $0.contains("threats[0].revision_item_media.99: names item 99") })
    }

    /// `docs/catalog-media.md` lists every control and item link with media, with the catalog's media.
    @Test func theDocumentListsTheCatalogsMedia() throws {
        let text = String(decoding: try sourceFile("docs/catalog-media.md"), as: UTF8.self)
        var documented: [String: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| M") || line.hasPrefix("| T") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells[0].dropFirst().first?.isNumber == true else { continue }  // a header row
            let key = cells[0].hasPrefix("T") ? "\(cells[0])/\(cells[1])" : cells[0]
            let media = cells[cells[0].hasPrefix("T") ? 2 : 1]
            documented[key] = media.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["`"]) }
        }
        var stated: [String: [String]] = [:]
        for control in catalog.controls where !control.media.isEmpty { stated[control.id] = catalog.mediaCodes(control.media) }
        for threat in catalog.threats {
            for (item, media) in zip(threat.revisionItems, threat.revisionItemMedia) where !media.isEmpty {
                stated["\(threat.id)/\(item)"] = catalog.mediaCodes(media)
            }
        }
        #expect(documented == stated)
    }
}
