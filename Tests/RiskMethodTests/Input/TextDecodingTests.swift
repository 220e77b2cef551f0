import Foundation
import Testing
@testable import RiskMethod
import RiskTestSupport

/// Encodings detected from content: UTF-8, UTF-8 with BOM, Shift_JIS (CP932); UTF-16 and garbage refused.
struct TextDecodingTests {
    static let expectedNames = ["住民票の写し交付申請書", "国民健康保険の資格データ、給付記録",
                                "№付き備品台帳（NEC特殊文字①②Ⅲ）", "ソ連・表示・予算（0x5C を含む字）"]

    func names(_ file: String) throws -> (AssetInventory, [String]) {
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(try fixture(file), file: file)
        let inventory = try #require(result.value, "\(result.log.entries.map { $0.formatted(in: .en) })")
        return (inventory, inventory.assets.indices.map { inventory.name(of: $0) })
    }

    @Test func cp932FromExcel() throws {
        let (inventory, names) = try names("inventory-cp932.csv")
        #expect(inventory.encoding == .shiftJIS)
        #expect(names == Self.expectedNames)
        // Full-width digits and a full-width bar between media read as ASCII.
        #expect(inventory.assets[0].confidentiality == .three)
        #expect(inventory.assets[0].integrity == 2)
        #expect(inventory.assets[1].confidentiality == .threeA)
        #expect(Catalog.builtIn.mediaCodes(inventory.assets[1].media) == ["server", "system"])
        #expect(inventory.text(.department, of: 3) == "財政課")
    }

    @Test func utf8WithBOMAndCRLF() throws {
        let (inventory, names) = try names("inventory-utf8-bom.csv")
        #expect(inventory.encoding == .utf8BOM)
        #expect(names == Self.expectedNames)
        // CRLF does not leave a carriage return in the last field.
        #expect(inventory.text(.department, of: 0) == "市民課")
    }

    @Test func utf8WithLF() throws {
        let (inventory, names) = try names("inventory-utf8-lf.csv")
        #expect(inventory.encoding == .utf8)
        #expect(names == Self.expectedNames)
    }

    @Test func allThreeEncodingsGiveTheSameAssets() throws {
        let files = ["inventory-cp932.csv", "inventory-utf8-bom.csv", "inventory-utf8-lf.csv"]
        let results = try files.map { try names($0).0 }
        for inventory in results.dropFirst() {
            #expect(inventory.assets.indices.map(inventory.id(of:)) == results[0].assets.indices.map(results[0].id(of:)))
            #expect(inventory.assets.map(\.media) == results[0].assets.map(\.media))
        }
    }

    @Test func quotedLineBreaksCommasAndQuotes() throws {
        let (inventory, names) = try names("inventory-quoted-newline.csv")
        #expect(names == ["複数行の\n資産名", "普通の資産"])
        #expect(inventory.text(.notes, of: 0) == "備考に \"引用符\" と、カンマ")
        // The second asset's row starts on line 4: the quoted break moved it down.
        #expect(inventory.assets[1].line == 4)
    }

    @Test func utf16IsRefusedWithAClearError() throws {
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(try fixture("inventory-utf16.csv"), file: "u.csv")
        #expect(result.value == nil)
        #expect(errorSummary(result.log) == ["encoding.utf16@1:1"])
    }

    @Test func bytesThatAreNeitherUTF8NorShiftJIS() {
        // 0x80 alone is not UTF-8 and not a Shift_JIS lead byte.
        let bytes = Array("id,name\nA,ok\n".utf8) + [0x41, 0x80, 0x41]
        switch TextDecoder.decode(bytes, file: "x.csv") {
        case .success: Issue.record("decoded garbage")
        case .failure(let diagnostic):
            #expect(diagnostic.code == "encoding.invalid")
            #expect(diagnostic.location.line == 3)
            #expect(diagnostic.location.column == 2)
        }
    }

    /// A Shift_JIS text whose only non-ASCII characters are level 2 kanji reads (鬱 is 9F 54, 齋 E2 56, 鬮 E9 AB);
    /// a Latin-1 text that pairs into rare kanji ("Cafés": E9 73) is still refused.
    @Test(arguments: [("鬱", [0x9F, 0x54]), ("齋", [0xE2, 0x56]), ("鬮", [0xE9, 0xAB]), ("髙﨑", [0xEE, 0xE0, 0xED, 0x95])])
    func levelTwoKanjiAloneRead(_ text: String, _ encoded: [UInt8]) {
        let bytes = Array("id,name\nA-1,".utf8) + encoded + [0x0A]
        guard case .success(let decoded) = TextDecoder.decode(bytes, file: "x.csv") else {
            Issue.record("refused \(text)")
            return
        }
        #expect(decoded.encoding == .shiftJIS)
        #expect(String(decoding: decoded.storage[decoded.start...], as: UTF8.self) == "id,name\nA-1,\(text)\n")
    }

    @Test func latinOneThatPairsIntoKanjiIsRefused() {
        let bytes = Array("id,name\nA-1,Caf".utf8) + [0xE9, 0x73, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65, 0x0A]
        if case .success = TextDecoder.decode(bytes, file: "x.csv") { Issue.record("read Latin-1 as Shift_JIS") }
    }

    @Test func shiftJISLeadByteWithoutTrailIsRefused() {
        // 0x82 needs a trail byte; a line feed cannot be one.
        let bytes: [UInt8] = [0x61, 0x2C, 0x82, 0x0A]
        if case .success = TextDecoder.decode(bytes, file: "x.csv") { Issue.record("accepted a broken pair") }
    }

    @Test func invalidUTF8AfterBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x62, 0xC3]
        switch TextDecoder.decode(bytes, file: "x.csv") {
        case .success: Issue.record("accepted")
        case .failure(let diagnostic):
            #expect(diagnostic.code == "encoding.invalid-utf8")
            #expect(diagnostic.location.line == 2)
        }
    }

    @Test func nulByteIsRefused() {
        switch TextDecoder.decode(Array("id,name\nA,a\u{0}b\n".utf8), file: "x.csv") {
        case .success: Issue.record("accepted")
        case .failure(let diagnostic):
            #expect(diagnostic.code == "encoding.nul")
            #expect(diagnostic.location.line == 2 && diagnostic.location.column == 4)
        }
    }

    @Test(arguments: [
        [UInt8]([0xC0, 0x80]), [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8], [0xC3],
    ])
    func strictUTF8(_ bytes: [UInt8]) {
        #expect(TextDecoder.firstInvalidUTF8(bytes.span) == 0)
    }

    @Test func validUTF8() {
        #expect(TextDecoder.firstInvalidUTF8(Array("情報資産台帳 ascii 🙂".utf8).span) == nil)
    }

    /// The offset of the first ill-formed sequence by the standard library's own UTF-8 parser.
    static func referenceFirstInvalid(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The fast path (eight-byte words checked at once) agrees with the standard library on
    /// random mixes of valid characters and the bytes that break them: overlong forms, surrogates, stray
    /// continuations, cut sequences, four-byte forms past U+10FFFF.
    @Test func firstInvalidUTF8AgreesWithTheStandardLibrary() {
        var random = SplitMix64(seed: 77)
        let pieces: [[UInt8]] = [
            Array("a,".utf8), Array("情報".utf8), Array("é".utf8), Array("🙂".utf8), Array("ｱ".utf8), Array("\u{FFFF}".utf8),
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBD], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xC1, 0xBF], [0x80], [0xBF], [0xE3, 0x81],
            [0xE3], [0xF0, 0x8F, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xC2],
            Array("0123456789abcdef".utf8),
        ]
        var invalid = 0
        for round in 0..<6_000 {
            var bytes: [UInt8] = []
            // Short inputs, and ones of many eight-byte words with the error anywhere.
            for _ in 0..<Int.random(in: 1...(round % 2 == 0 ? 12 : 60), using: &random) {
                // Mostly valid pieces, so that errors sit at every distance from the start and the end.
                let index = Int.random(in: 0..<pieces.count, using: &random)
                let piece = round % 3 == 0 || index < 10 || index == pieces.count - 1 ? pieces[index] : pieces[index % 10]
                bytes += piece
            }
            let expected = Self.referenceFirstInvalid(bytes)
            if expected != nil { invalid += 1 }
            #expect(TextDecoder.firstInvalidUTF8(bytes.span) == expected, "\(bytes.map { String($0, radix: 16) })")
            let start = Int.random(in: 0...bytes.count, using: &random)
            #expect(TextDecoder.firstInvalidUTF8(bytes.span, from: start) == Self.referenceFirstInvalid(Array(bytes[start...])).map { $0 + start })
        }
        #expect(invalid > 1_000)
    }
}

/// Files large enough to be read while the other core checks their encoding.
struct LargeFileEncodingTests {
    static func inventory(rows: Int) -> String {
        var text = "資産ID,資産名,媒体・保存先,機密性,完全性,可用性\r\n"
        for index in 0..<rows { text += "L-\(index),住民情報の写し\(index),紙（書類）|庁内サーバ,2,1,1\r\n" }
        return text
    }

    @Test func largeUTF8WithAndWithoutBOM() throws {
        let text = Self.inventory(rows: 3000)
        #expect(text.utf8.count > 1 << 17)
        for (bytes, encoding) in [(Array(text.utf8), TextEncoding.utf8), ([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8BOM)] {
            let result = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "big.csv")
            let inventory = try #require(result.value)
            #expect(inventory.encoding == encoding)
            #expect(inventory.assets.count == 3000)
            #expect(inventory.name(of: 2999) == "住民情報の写し2999")
        }
    }

    @Test func largeShiftJISIsDecodedAndReadOnce() throws {
        let text = Self.inventory(rows: 3000)
        let data = try #require(text.data(using: .shiftJIS))
        let result = InventoryReader(catalog: .builtIn, method: .mic).read([UInt8](data), file: "big.csv")
        let inventory = try #require(result.value, "\(errorSummary(result.log))")
        #expect(inventory.encoding == .shiftJIS)
        #expect(inventory.assets.count == 3000)
        #expect(inventory.name(of: 0) == "住民情報の写し0")
    }

    @Test func largeUTF8WithABadByteNearTheEnd() {
        var bytes = Array(Self.inventory(rows: 3000).utf8)
        bytes[bytes.count - 5] = 0xFF
        let result = InventoryReader(catalog: .builtIn, method: .mic).read(bytes, file: "big.csv")
        #expect(result.value == nil)
        #expect(errorSummary(result.log) == ["encoding.invalid@3001:34"])
    }
}

/// The table decoder of Shift_JIS (Generated/CP932Table.swift) gives what Foundation gives for every character: the
/// table is stale when these fail (regenerate it with scripts/make-cp932.swift).
struct CP932TableTests {
    @Test func everyCodeAsFoundationDecodesIt() throws {
        var text = ""
        // Every character Japanese CP932 text commonly holds: kana, kanji of both levels, NEC and IBM extensions,
        // half-width katakana, symbols, and the bytes 0x5C and 0x7E.
        text += "あいうえおアイウエオｱｲｳｴｵ漢字亜唖娃阿哀愛挨姶逢葵茜穐悪握渥旭葦芦鯵梓圧斡扱宛姐虻飴絢綾鮎或粟袷安庵按暗案闇鞍杏"
        text += "①②③ⅠⅡⅢ№㏍℡㈱髙﨑纊褜鍈銈蓜俉炻昱棈鋹曻彅丨仡仼伀伃伹佖侒侊侚侔俍偀倢俿倞偆偰偂傔僴僘兊兤冝冾凬刕劜劦勀勛"
        text += "ソ表予能十構\\~ABC123,\"\r\n"
        let data = try #require(text.data(using: .shiftJIS))
        let bytes = [UInt8](data)
        let decoded = ShiftJIS.decode(bytes.span)
        let byTable = try #require(decoded)
        #expect(String(decoding: byTable, as: UTF8.self) == String(data: data, encoding: .shiftJIS))
    }

    @Test func allPairsAgreeWithFoundation() throws {
        // Every assigned pair, one per line, through both decoders.
        var bytes: [UInt8] = []
        for lead in 0x81...0xFC where lead <= 0x9F || lead >= 0xE0 {
            for trail in 0x40...0xFC where trail != 0x7F {
                let pair = [UInt8(lead), UInt8(trail)]
                if String(data: Data(pair), encoding: .shiftJIS).map({ !$0.unicodeScalars.contains("\u{FFFD}") }) == true {
                    bytes += pair + [0x0A]
                }
            }
        }
        #expect(bytes.count > 20_000)
        let decoded = ShiftJIS.decode(bytes.span)
        let byTable = try #require(decoded)
        #expect(byTable == String(data: Data(bytes), encoding: .shiftJIS).map { Array($0.utf8) })
    }

    /// A half-width kana is one byte and three in UTF-8: a ledger written in half-width katakana (as older systems
    /// export it) decodes whole, at any length and across the decoder's windows, as Foundation decodes it. (The
    /// room was once reserved for two bytes to three only, and such a text overran it.)
    @Test func halfWidthKanaDecodeAtAnyLength() throws {
        let line = Array("ｼﾐﾝｶ,ｻｰﾊﾞｰ,ｼﾞｭｳﾐﾝｷﾛｸ\r\n".data(using: .shiftJIS)!)
        for copies in [1, 4, 3_000, 10_000] {
            var bytes = Array([[UInt8]](repeating: line, count: copies).joined())
            // A pair straddling a window's end as well.
            bytes.insert(contentsOf: Array("漢".data(using: .shiftJIS)!), at: min(bytes.count, ShiftJIS.window - 1))
            let decodedBytes = ShiftJIS.decode(bytes.span)
            let decoded = try #require(decodedBytes, "\(copies)")
            #expect(String(decoding: decoded, as: UTF8.self) == String(data: Data(bytes), encoding: .shiftJIS), "\(copies)")
            #expect(decoded.count > bytes.count * 2, "\(copies)")
        }
        let onlyKana = [UInt8](repeating: 0xA8, count: 77) + [0xDD]
        let decodedKana = ShiftJIS.decode(onlyKana.span)
        #expect(decodedKana.map { String(decoding: $0, as: UTF8.self) } == String(repeating: "ｨ", count: 77) + "ﾝ")
    }

    /// The control bytes that Foundation's converter swaps in Japanese text (0x1A, 0x1C, 0x7F) are themselves, as
    /// CP932 defines them, in a small file and a large one alike (this once depended on the file's size).
    @Test func asciiControlsAreThemselvesAtAnySize() throws {
        let line: [UInt8] = [0x82, 0xA0, 0x1A, 0x1C, 0x7F, 0x5C, 0x7E, 0x41, 0x0A]   // あ, the controls, \, ~, A
        for copies in [1, 10_000] {
            let bytes = Array([[UInt8]](repeating: line, count: copies).joined())
            let decodedBytes = ShiftJIS.decode(bytes.span)
            let decoded = try #require(decodedBytes)
            #expect(Array(decoded.prefix(10)) == [0xE3, 0x81, 0x82, 0x1A, 0x1C, 0x7F, 0x5C, 0x7E, 0x41, 0x0A], "\(copies)")
            #expect(decoded.count == 10 * copies)
        }
    }

    @Test func unassignedPairsAndCutPairsFail() {
        #expect(ShiftJIS.decode([UInt8]([0x41, 0x82]).span) == nil)
    }
}

/// CP932's user-defined characters and its unassigned pairs (issue 19, item 10).
struct CP932UserDefinedTests {
    /// 外字 (lead bytes F0–F9) read as Windows and Python's cp932 read them: F040 is U+E000, 188 to a lead byte,
    /// F9FC U+E757; in a Japanese text they read, and so does the text around them.
    @Test func userDefinedCharactersAreThePrivateUseArea() throws {
        let name = try #require("住民".data(using: .shiftJIS).map { [UInt8]($0) })
        let bytes = Array("id,name\nA-1,".utf8) + name + [0xF0, 0x40, 0xF0, 0x7E, 0xF0, 0x80, 0xF1, 0x40, 0xF9, 0xFC] + [0x0A]
        guard case .success(let decoded) = TextDecoder.decode(bytes, file: "x.csv") else {
            Issue.record("refused")
            return
        }
        #expect(decoded.encoding == .shiftJIS)
        #expect(String(decoding: decoded.storage[decoded.start...], as: UTF8.self)
                == "id,name\nA-1,住民\u{E000}\u{E03E}\u{E03F}\u{E0BC}\u{E757}\n")
        for lead in 0xF0...0xF9 {
            for (column, trail) in (Array(0x40...0x7E) + Array(0x80...0xFC)).enumerated() {
                let scalar = ShiftJIS.decode([UInt8(lead), UInt8(trail)].span).map { String(decoding: $0, as: UTF8.self) }
                #expect(scalar?.unicodeScalars.first?.value == UInt32(0xE000 + (lead - 0xF0) * 188 + column))
            }
        }
    }

    /// A Latin-1 text whose accented letters pair into user-defined characters ("schön": F6 6E) is not taken for
    /// Shift_JIS.
    @Test func latinOneThatPairsIntoUserDefinedCharactersIsRefused() {
        let bytes = Array("id,name\nA-1,sch".utf8) + [0xF6, 0x6E, 0x0A]
        if case .success = TextDecoder.decode(bytes, file: "x.csv") { Issue.record("read Latin-1 as Shift_JIS") }
    }

    /// A pair that is no character (85 40: the row is unassigned) is reported where it stands, not at the first
    /// character that is not UTF-8.
    @Test func anUnassignedPairIsReportedWhereItStands() throws {
        let name = try #require("住民".data(using: .shiftJIS).map { [UInt8]($0) })
        let bytes = Array("id,name\nA-1,ok\nA-2,".utf8) + name + [0x85, 0x40] + Array("x\n".utf8)
        switch TextDecoder.decode(bytes, file: "x.csv") {
        case .success: Issue.record("accepted an unassigned pair")
        case .failure(let diagnostic):
            #expect(diagnostic.code == "encoding.invalid")
            #expect(diagnostic.location.line == 3 && diagnostic.location.column == 7, "\(diagnostic.location)")
        }
    }
}
