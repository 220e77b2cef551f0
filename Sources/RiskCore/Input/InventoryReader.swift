import Foundation

/// What a reader gives back: the value when the input is usable, and every diagnostic either way.
public struct ReadResult<Value: Sendable>: Sendable {
    /// The value, or nil when there were errors.
    public var value: Value?
    /// The errors and notices.
    public var log: DiagnosticLog
}

/// Reads the asset inventory (情報資産台帳) from CSV or JSON bytes in UTF-8, UTF-8 with BOM or Shift_JIS.
public struct InventoryReader: Sendable {
    /// The catalog that names the media.
    public var catalog: Catalog
    /// The method, which says whether integrity and availability may be 3.
    public var method: ScoringMethod
    /// Inputs at least this large are read in two halves at once, one on each core.
    var parallelThreshold = 4 << 20

    /// Creates a reader.
    public init(catalog: Catalog, method: ScoringMethod) {
        self.catalog = catalog
        self.method = method
    }

    static let schema = TableSchema(columns: [
        ColumnSpec(key: "id", english: ["id", "asset_id"], japanese: ["資産ID", "資産番号", "管理番号"], required: true),
        ColumnSpec(key: "name", english: ["name", "asset_name"], japanese: ["資産名", "情報資産名", "情報資産名称"], required: true),
        ColumnSpec(key: "media", english: ["media"], japanese: ["媒体・保存先", "媒体", "保存先", "媒体/保存先"], required: true),
        ColumnSpec(key: "confidentiality", english: ["confidentiality"], japanese: ["機密性"], required: true),
        ColumnSpec(key: "integrity", english: ["integrity"], japanese: ["完全性"], required: true),
        ColumnSpec(key: "availability", english: ["availability"], japanese: ["可用性"], required: true),
        ColumnSpec(key: "personal_data", english: ["personal_data"], japanese: ["個人情報"], required: false),
        ColumnSpec(key: "department", english: ["department"], japanese: ["管理部署", "所管課", "担当課"], required: false),
        ColumnSpec(key: "owner", english: ["owner"], japanese: ["管理者"], required: false),
        ColumnSpec(key: "notes", english: ["notes"], japanese: ["備考"], required: false),
    ], containers: ["assets", "inventory"], requiresRows: true)

    /// Reads an inventory file's bytes.
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<AssetInventory> {
        // A file that looks like UTF-8 is read while the other core checks every byte of it: most inventories are
        // UTF-8, and the check then costs no time. Anything else is decoded first.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let looksLikeUTF8 = bytes.count > 1 << 16
            && TextDecoder.firstInvalidUTF8(Array(bytes.prefix(1 << 16)), from: start).map { $0 >= (1 << 16) - 4 } ?? true
        if looksLikeUTF8 {
            let check = Background { TextDecoder.decode(bytes, file: file) }
            let speculative = parse(bytes, from: start, encoding: start == 3 ? .utf8BOM : .utf8, file: file)
            switch check.value {
            case .success(let text) where text.encoding != .shiftJIS:
                return speculative
            case let decoded:
                return parse(decoded, file: file)
            }
        }
        return parse(TextDecoder.decode(bytes, file: file), file: file)
    }

    /// Reads decoded text, or reports why it could not be decoded.
    private func parse(_ decoded: Result<DecodedText, Diagnostic>, file: String) -> ReadResult<AssetInventory> {
        switch decoded {
        case .success(let text):
            return parse(text.storage, from: text.start, encoding: text.encoding, file: file)
        case .failure(let diagnostic):
            var log = DiagnosticLog()
            log.add(diagnostic)
            return ReadResult(value: nil, log: log)
        }
    }


    /// Reads the rows of decoded UTF-8 text: a large CSV file in two halves, one on each core; anything else, or a
    /// file with any problem (so that every message is the one a plain read gives), in one go.
    private func parse(_ text: [UInt8], from start: Int, encoding: TextEncoding, file: String) -> ReadResult<AssetInventory> {
        if text.count - start >= parallelThreshold,
           let result = parseInHalves(text, from: start, encoding: encoding, file: file) {
            return result
        }
        var log = DiagnosticLog()
        var builder = InventoryBuilder(file: file, encoding: encoding, catalog: catalog, method: method,
                                       expectedBytes: text.count)
        TableReader(file: file, schema: InventoryReader.schema).read(text, from: start, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        guard !log.hasErrors else { return ReadResult(value: nil, log: log) }
        return ReadResult(value: builder.inventory, log: log)
    }
}

extension InventoryReader {
    /// What the second half's reader hands back.
    private struct Half: @unchecked Sendable {
        var builder: InventoryBuilder
        var log: DiagnosticLog
        var rows: Int
    }

    /// Reads a CSV inventory in two halves split at a record boundary; nil when it cannot, or when anything is wrong.
    private func parseInHalves(_ text: [UInt8], from start: Int, encoding: TextEncoding, file: String) -> ReadResult<AssetInventory>? {
        var first = start
        while first < text.count, [0x20, 0x09, 0x0A, 0x0D].contains(text[first]) { first += 1 }
        guard first < text.count, text[first] != UInt8(ascii: "["), text[first] != UInt8(ascii: "{") else { return nil }
        let reader = TableReader(file: file, schema: InventoryReader.schema)
        var log = DiagnosticLog()
        guard let header = reader.readHeader(text, from: start, log: &log), !log.hasErrors,
              let split = CSVSplit.boundary(in: text, from: header.outcome.end) else { return nil }
        let catalog = self.catalog, method = self.method
        let second = Background { () -> Half in
            var log = DiagnosticLog()
            var builder = InventoryBuilder(file: file, encoding: encoding, catalog: catalog, method: method,
                                           expectedBytes: text.count - split)
            let rows = reader.readRows(text, from: split, to: text.count, firstLine: 1, expecting: header.outcome.ending,
                                       layout: header.layout, log: &log) { record, layout, log in
                builder.add(record, layout: layout, log: &log)
            }
            return Half(builder: builder, log: log, rows: rows.count)
        }
        // Room for both halves' text, so that taking in the second half copies it once and never moves the first.
        var builder = InventoryBuilder(file: file, encoding: encoding, catalog: catalog, method: method,
                                       expectedBytes: text.count - header.outcome.end)
        let rows = reader.readRows(text, from: header.outcome.end, to: split, firstLine: header.outcome.nextLine,
                                   expecting: header.outcome.ending, layout: header.layout, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        let other = second.value
        guard !log.hasErrors, !other.log.hasErrors, rows.count + other.rows > 0,
              builder.absorb(other.builder, lineOffset: rows.outcome.nextLine - 1) else { return nil }
        return ReadResult(value: builder.inventory, log: log)
    }
}

/// Where a CSV text can be cut in two: at a line feed outside quotes, near the middle.
enum CSVSplit {
    /// The offset just after a line feed outside quotes at or after the middle of `text[start...]`, or nil.
    ///
    /// Quotes toggle between inside and outside (a doubled quote toggles twice), so the parity of the quotes before
    /// a line feed says whether it ends a record. A stray quote breaks this, but it is an error, and a file with
    /// errors is read again in one go.
    static func boundary(in text: [UInt8], from start: Int) -> Int? {
        let end = text.count
        guard end - start >= 2 else { return nil }
        let middle = start + (end - start) / 2
        return text.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var quotes = 0
            var i = start
            // Count the quotes before the middle eight bytes at a time: a byte is a quote when it is zero after
            // xor with 0x22.
            while i + 8 <= middle {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ 0x2222_2222_2222_2222
                let low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
                quotes += (~(((x & low) &+ low) | x | low)).nonzeroBitCount
                i += 8
            }
            while i < middle {
                if base[i] == 0x22 { quotes += 1 }
                i += 1
            }
            var inside = quotes % 2 == 1
            while i < end {
                let byte = base[i]
                if byte == 0x22 {
                    inside.toggle()
                } else if byte == 0x0A && !inside {
                    return i + 1 < end ? i + 1 : nil
                }
                i += 1
            }
            return nil
        }
    }
}

/// Turns validated rows into assets.
struct InventoryBuilder {
    var inventory: AssetInventory
    let catalog: Catalog
    let method: ScoringMethod
    private var ids: ByteKeyIndex?
    private var idRefs: [TextRef] = []
    private var idLines: [Int] = []
    private var mediumMemo = ByteMemo<Int>()
    private var confidentialityMemo = ByteMemo<Coded<ConfidentialityClass>>()
    private var levelMemo = ByteMemo<Coded<Int>>()
    private var personalMemo = ByteMemo<Coded<PersonalData>>()

    /// A coded cell read: empty, a value, or not an allowed value.
    enum Coded<Value> {
        case empty
        case value(Value)
        case invalid
    }
    private var extrasNamed = false
    private static let columns = InventoryReader.schema.columns.map(\.key)

    init(file: String, encoding: TextEncoding, catalog: Catalog, method: ScoringMethod, expectedBytes: Int) {
        inventory = AssetInventory(file: file, encoding: encoding)
        inventory.storage.reserveCapacity(expectedBytes)
        self.catalog = catalog
        self.method = method
        ids = ByteKeyIndex(capacity: max(1024, expectedBytes / 160))
        _ = inventory.store([])
    }

    /// Takes in the assets of the half that follows, read by another builder: its text is appended, its lines
    /// moved on by `lineOffset`, and its ids checked against these. False when an id is in both halves.
    mutating func absorb(_ other: InventoryBuilder, lineOffset: Int) -> Bool {
        guard inventory.storage.count + other.inventory.storage.count < Int(UInt32.max) else { return false }
        if !extrasNamed { inventory.extraColumns = other.inventory.extraColumns }
        let shift = UInt32(inventory.storage.count)
        func moved(_ ref: TextRef) -> TextRef { TextRef(offset: ref.offset + shift, length: ref.length) }
        inventory.storage.append(contentsOf: other.inventory.storage)
        let extraShift = UInt32(inventory.extraRefs.count)
        inventory.extraRefs.append(contentsOf: other.inventory.extraRefs.map(moved))
        inventory.assets.reserveCapacity(inventory.assets.count + other.inventory.assets.count)
        for var asset in other.inventory.assets {
            asset.text = (moved(asset.text.0), moved(asset.text.1), moved(asset.text.2), moved(asset.text.3), moved(asset.text.4))
            asset.extraStart += extraShift
            asset.line += lineOffset
            inventory.assets.append(asset)
        }
        var idIndex = ids.take() ?? ByteKeyIndex()
        defer { ids = idIndex }
        for (ref, line) in zip(other.idRefs, other.idLines) {
            let key = moved(ref)
            let existing = idIndex.insert(inventory.bytes(key), value: Int32(idLines.count)) { index in
                inventory.bytes(idRefs[Int(index)])
            }
            if existing != nil { return false }
            idRefs.append(key)
            idLines.append(line + lineOffset)
        }
        return true
    }

    mutating func add(_ record: TableRecord, layout: TableLayout, log: inout DiagnosticLog) {
        guard inventory.storage.count + record.bytes.count < Int(UInt32.max) else {
            log.error(.inventoryTooLarge, at: SourceLocation(file: inventory.file, line: record.line))
            return
        }
        if !extrasNamed {
            inventory.extraColumns = layout.extras.map(\.name)
            extrasNamed = true
        }
        let file = inventory.file
        func location(_ field: Int) -> SourceLocation {
            SourceLocation(file: file, line: record.lines[field], column: record.columns[field])
        }
        func field(_ key: Int) -> Int? {
            guard let index = layout.fieldIndex[key], index < record.count else { return nil }
            return index
        }
        var ok = true

        // id: required, unique; surrounding spaces are not part of it.
        var storedID = TextRef.empty
        if let index = field(0) {
            let idRange = trimmed(record, index)
            if idRange.isEmpty {
                log.error(.missingValue(column: layout.header(index)), at: location(index))
                ok = false
            } else {
                // Every row's id counts for duplicates, even a row with other problems; ids that differ only in
                // width or in invisible characters (Ａ-1 and A-1) are the same id.
                let entry = inventory.store(record.bytes[idRange])
                let keyBytes = record.bytes[idRange]
                let key: TextRef
                if keyBytes.allSatisfy({ $0 < 0x80 }) {
                    key = entry
                } else {
                    let folded = WidthFolding.fold(String(decoding: keyBytes, as: UTF8.self))
                        .filter { $0 != "\u{200B}" && $0 != "\u{200C}" && $0 != "\u{200D}" && $0 != "\u{FEFF}" && $0 != "\u{2060}" }
                    key = inventory.store(Array(folded.utf8))
                }
                var idIndex = ids.take() ?? ByteKeyIndex()
                let existing = idIndex.insert(inventory.bytes(key), value: Int32(idLines.count)) { index in
                    inventory.bytes(idRefs[Int(index)])
                }
                ids = idIndex
                if let existing {
                    log.error(.duplicateID(column: layout.header(index), id: record.string(index),
                                           firstLine: idLines[Int(existing)]), at: location(index))
                    ok = false
                } else {
                    idRefs.append(key)
                    idLines.append(record.line)
                }
                storedID = entry
            }
        }
        // name: required.
        if let index = field(1), trimmed(record, index).isEmpty {
            log.error(.missingValue(column: layout.header(index)), at: location(index))
            ok = false
        }
        // media: one or more, each known.
        var media = MediaSet()
        if let index = field(2) {
            if let set = parseMedia(record, index, layout: layout, location: location(index), log: &log) {
                media = set
            } else {
                ok = false
            }
        }
        // The classes.
        var confidentiality = ConfidentialityClass.one
        if let index = field(3) {
            let coded = confidentialityMemo.value(for: record.bytes[record.range(index)]) {
                let text = Self.value(record, index)
                return text.isEmpty ? .empty : ConfidentialityClass(text: text).map(Coded.value) ?? .invalid
            }
            switch coded {
            case .empty:
                log.error(.missingValue(column: layout.header(index)), at: location(index))
                ok = false
            case .value(let parsed):
                confidentiality = parsed
            case .invalid:
                log.error(.invalidValue(column: layout.header(index), found: record.string(index),
                                        allowed: "1, 2, 3, 3A, 3B, 3C"), at: location(index))
                ok = false
            }
        }
        let maximum = method.allowsClassThreeForIntegrityAndAvailability ? 3 : 2
        var levels: [UInt8] = [1, 1]
        for (slot, key) in [4, 5].enumerated() {
            guard let index = field(key) else { continue }
            let coded = levelMemo.value(for: record.bytes[record.range(index)]) {
                let text = Self.value(record, index)
                // Digits only: not "+2", which a spreadsheet would read as a formula.
                guard !text.isEmpty else { return .empty }
                return text.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(text).map(Coded.value) ?? .invalid : .invalid
            }
            if case .empty = coded {
                log.error(.missingValue(column: layout.header(index)), at: location(index))
                ok = false
            } else if case .value(let level) = coded, level >= 1, level <= maximum {
                levels[slot] = UInt8(level)
            } else {
                let allowed = maximum == 3 ? "1, 2, 3" : "1, 2 (3 only with --method ipa)"
                log.error(.invalidValue(column: layout.header(index), found: record.string(index), allowed: allowed),
                          at: location(index))
                ok = false
            }
        }
        var personal = PersonalData.none
        if let index = field(6) {
            let coded = personalMemo.value(for: record.bytes[record.range(index)]) {
                PersonalData(text: Self.value(record, index)).map(Coded.value) ?? .invalid
            }
            if case .value(let parsed) = coded {
                personal = parsed
            } else {
                log.error(.invalidValue(column: layout.header(index), found: record.string(index),
                                        allowed: PersonalData.allowedText), at: location(index))
                ok = false
            }
        }
        guard ok else { return }

        func store(_ key: Int) -> TextRef {
            guard let index = field(key) else { return .empty }
            return inventory.store(record.bytes[record.range(index)])
        }
        let name = store(1), department = store(7), owner = store(8), notes = store(9)
        let extraStart = UInt32(truncatingIfNeeded: inventory.extraRefs.count)
        for extra in layout.extras {
            inventory.extraRefs.append(extra.index < record.count ? inventory.store(record.bytes[record.range(extra.index)]) : .empty)
        }
        inventory.assets.append(Asset(
            line: record.line, media: media, confidentiality: confidentiality, integrity: levels[0],
            availability: levels[1], personalData: personal, text: (storedID, name, department, owner, notes),
            extraStart: extraStart))
    }

    /// The field without surrounding ASCII white space.
    private func trimmed(_ record: TableRecord, _ index: Int) -> Range<Int> {
        var range = record.range(index)
        while let first = range.first, record.bytes[first] == 0x20 || record.bytes[first] == 0x09 {
            range = range.dropFirst()
        }
        while let last = range.last, record.bytes[last] == 0x20 || record.bytes[last] == 0x09 {
            range = range.dropLast()
        }
        return range
    }

    /// A coded value: trimmed, full-width forms folded.
    private static func value(_ record: TableRecord, _ index: Int) -> String {
        let slice = record.bytes[record.range(index)]
        if slice.count == 1, slice[slice.startIndex] > 0x20, slice[slice.startIndex] < 0x80 {
            return String(UnicodeScalar(slice[slice.startIndex]))
        }
        return WidthFolding.fold(String(decoding: slice, as: UTF8.self))
    }

    private mutating func parseMedia(_ record: TableRecord, _ index: Int, layout: TableLayout, location: SourceLocation,
                                     log: inout DiagnosticLog) -> MediaSet? {
        // Fast path: split the bytes on the separators and look each part up in a memo of spellings seen before.
        let range = record.range(index)
        let bytes = record.bytes
        var set = MediaSet()
        var partStart = range.lowerBound
        var i = range.lowerBound
        var known = true
        var parts = 0
        func finishPart(_ end: Int) {
            var lower = partStart, upper = end
            while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
            while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
            guard lower < upper else { return }
            parts += 1
            if let medium = mediumMemo.lookup(bytes[lower..<upper]) { set.insert(medium) } else { known = false }
        }
        while i < range.upperBound && known {
            let b = bytes[i]
            var separator = 0
            if b == 0x7C || b == 0x0A || b == 0x0D {
                separator = 1
            } else if b == 0xEF, i + 2 < range.upperBound, bytes[i + 1] == 0xBD, bytes[i + 2] == 0x9C {
                separator = 3  // ｜
            } else if b == 0xE3, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x81 {
                separator = 3  // 、
            }
            if separator > 0 {
                finishPart(i)
                i += separator
                partStart = i
            } else {
                i += 1
            }
        }
        if known {
            finishPart(range.upperBound)
            if known && parts > 0 { return set }
        }
        return parseMediaSlowly(record, index, layout: layout, location: location, log: &log)
    }

    /// Splits the cell as text, folds each part and looks it up in the catalog; learns the spellings that work.
    private mutating func parseMediaSlowly(_ record: TableRecord, _ index: Int, layout: TableLayout, location: SourceLocation,
                                           log: inout DiagnosticLog) -> MediaSet? {
        let text = record.string(index)
        var set = MediaSet()
        var ok = true
        let rawParts = text.split(whereSeparator: { $0 == "|" || $0 == "｜" || $0 == "、" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        var parts: [String] = []
        for raw in rawParts {
            let folded = WidthFolding.fold(String(raw))
            if folded.isEmpty { continue }
            parts.append(folded)
            if let medium = catalog.mediumIndex(named: folded) {
                set.insert(medium)
                let spelling = Array(String(raw).trimmingCharacters(in: [" ", "\t"]).utf8)
                mediumMemo.store(spelling[...], medium)
            } else {
                log.error(.unknownMedium(found: folded), at: location)
                ok = false
            }
        }
        if parts.isEmpty {
            log.error(.missingValue(column: layout.header(index)), at: location)
            return nil
        }
        return ok ? set : nil
    }
}
