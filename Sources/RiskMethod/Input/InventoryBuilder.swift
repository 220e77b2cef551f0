/// Turns validated rows into assets.
struct InventoryBuilder: Sendable {
    /// The most bytes an inventory's text holds: its offsets are 32-bit (on a 32-bit machine, such as wasm32, no array
    /// is larger).
    static let textLimit = Int(exactly: UInt32.max) ?? Int.max

    var inventory: AssetInventory
    let catalog: Catalog
    /// The words that name the media: the catalog's, the everyday ones and the organisation's.
    let vocabulary: MediaVocabulary
    let method: ScoringMethod
    private var ids: ByteKeyIndex?
    private var idRefs: [TextRef] = []
    private var idLines: [Int] = []
    /// Whether duplicate ids are left for ``deferredIDHashes`` to show (the reader then reads a file that has any
    /// again, the plain way, for the messages): only each id's hash is kept, which costs no lookup per row.
    private let defersDuplicates: Bool
    private var idHashes: [UInt64] = []
    private var mediumMemo = ByteMemo<Int>()
    /// What each folded spelling the memo does not know was found to name, so that a spelling is resolved once.
    private var resolved: [[Unicode.Scalar]: MediaResolution] = [:]
    /// Whole media cells read before ("pc|複合機"): one lookup instead of one per medium.
    private var mediaCellMemo = ByteMemo<MediaSet>()
    var confidentialityMemo = ByteMemo<Coded<ConfidentialityClass>>()
    var levelMemo = ByteMemo<Coded<Int>>()
    var personalMemo = ByteMemo<Coded<PersonalData>>()
    var importanceMemo = ByteMemo<Coded<Int>>()

    /// A coded cell read: empty, a value, or not an allowed value.
    enum Coded<Value: Sendable>: Sendable {
        case empty
        case value(Value)
        case invalid
    }
    private var extrasNamed = false
    /// Whether the inventory was found too large for its text's 32-bit offsets (said once).
    private var tooLarge = false

    /// `source` is the text the records are parsed from, when they say where their fields stand in it: those
    /// fields are then not copied.
    init(file: String, encoding: TextEncoding, catalog: Catalog, method: ScoringMethod, expectedBytes: Int,
         source: [UInt8]? = nil, defersDuplicates: Bool = false, vocabulary: MediaVocabulary? = nil) {
        self.vocabulary = vocabulary ?? MediaVocabulary(catalog: catalog)
        inventory = AssetInventory(file: file, encoding: encoding)
        if let source {
            inventory.source = source
        } else {
            inventory.storage.reserveCapacity(expectedBytes)
        }
        // Room for as many rows as the bytes could hold at a short row's length; pages never used cost nothing.
        inventory.assets.reserveCapacity(expectedBytes / 48)
        self.catalog = catalog
        self.method = method
        self.defersDuplicates = defersDuplicates
        if defersDuplicates {
            idHashes.reserveCapacity(expectedBytes / 48)
        } else {
            ids = ByteKeyIndex(capacity: max(1024, expectedBytes / 160))
        }
        _ = inventory.store([])
    }

    /// When duplicates are deferred, the hash of each id as compared (width folded, invisible characters dropped):
    /// a repeat among all builders' hashes is a duplicate id or, very rarely, two ids whose hashes collide.
    var deferredIDHashes: [UInt64] { idHashes }

    /// Takes in the assets of the half that follows, read by another builder from the same source text: its stored
    /// text is appended, its lines moved on by `lineOffset`, and its ids checked against these (false when an id is
    /// in both halves); when duplicates are deferred, its ids are left to ``deferredIDHashes``.
    mutating func absorb(_ other: InventoryBuilder, lineOffset: Int) -> Bool {
        guard inventory.byteCount + other.inventory.storage.count < InventoryBuilder.textLimit,
              defersDuplicates == other.defersDuplicates, inventory.source.count == other.inventory.source.count else { return false }
        if !extrasNamed {
            inventory.extraColumns = other.inventory.extraColumns
            inventory.hasImportanceColumn = other.inventory.hasImportanceColumn
            inventory.importanceReasonColumn = other.inventory.importanceReasonColumn
        }
        // Texts in the shared source stay where they are; the other's stored texts follow these.
        let sourceCount = UInt32(inventory.source.count)
        let shift = UInt32(inventory.storage.count)
        func moved(_ ref: TextRef) -> TextRef {
            ref.offset < sourceCount ? ref : TextRef(offset: ref.offset + shift, length: ref.length)
        }
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
        if defersDuplicates { return true }
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
        guard inventory.byteCount + record.bytes.count < InventoryBuilder.textLimit else {
            // Said once, at the first row that does not fit: every row after it would say the same.
            if !tooLarge {
                log.error(.inventoryTooLarge, at: SourceLocation(file: inventory.file, line: record.line, sheet: record.sheet))
                tooLarge = true
            }
            return
        }
        if !extrasNamed {
            inventory.extraColumns = layout.extras.map { $0.name }
            inventory.hasImportanceColumn = layout.fieldIndex[10] != nil
            inventory.importanceReasonColumn = layout.fieldIndex[11].flatMap { field in
                layout.extras.firstIndex { $0.index == field }
            }
            extrasNamed = true
        }
        var ok = true
        // id: required, unique; surrounding spaces are not part of it.
        var storedID = TextRef.empty
        if let index = Self.field(0, record, layout) {
            if let id = readID(record, index, layout: layout, log: &log) { storedID = id } else { ok = false }
        } else if layout.fieldIndex[0] == nil {
            // No id column: the row's number is the id (a notice said so when the header was read).
            storedID = inventory.store(Array(String(record.line).utf8))
        }
        // name: required.
        if let index = Self.field(1, record, layout), trimmed(record, index).isEmpty {
            log.error(.missingValue(column: layout.header(index)), at: location(record, index))
            ok = false
        }
        // media: one or more, each known.
        var media = MediaSet()
        if let index = Self.field(2, record, layout) {
            if let set = parseMedia(record, index, layout: layout, location: location(record, index), log: &log) {
                media = set
            } else {
                ok = false
            }
        }
        var confidentiality = ConfidentialityClass.one
        if let index = Self.field(3, record, layout) {
            if let parsed = readConfidentiality(record, index, layout: layout, log: &log) { confidentiality = parsed } else { ok = false }
        }
        let integrity = readLevel(4, record, layout: layout, log: &log)
        let availability = readLevel(5, record, layout: layout, log: &log)
        if integrity == nil || availability == nil { ok = false }
        var personal = PersonalData.none
        if let index = Self.field(6, record, layout) {
            if let parsed = readPersonal(record, index, layout: layout, log: &log) { personal = parsed } else { ok = false }
        }
        var given: UInt8 = 0
        if let index = Self.field(10, record, layout) {
            if let parsed = readGivenImportance(record, index, layout: layout, log: &log) { given = parsed } else { ok = false }
        }
        guard ok else { return }

        func store(_ key: Int) -> TextRef {
            guard let index = Self.field(key, record, layout) else { return .empty }
            return stored(record, index, trimmed(record, index))
        }
        let name = store(1), department = store(7), owner = store(8), notes = store(9)
        let extraStart = UInt32(truncatingIfNeeded: inventory.extraRefs.count)
        for extra in layout.extras {
            inventory.extraRefs.append(extra.index < record.count ? stored(record, extra.index, trimmed(record, extra.index)) : .empty)
        }
        inventory.assets.append(Asset(
            line: record.line, media: media, confidentiality: confidentiality, integrity: integrity ?? 1,
            availability: availability ?? 1, personalData: personal, givenImportance: given,
            text: (storedID, name, department, owner, notes), extraStart: extraStart))
    }

    /// The index of the field of column `key` in `record`, if the layout has the column and the record the field.
    @inline(__always)
    static func field(_ key: Int, _ record: TableRecord, _ layout: TableLayout) -> Int? {
        guard let index = layout.fieldIndex[key], index < record.count else { return nil }
        return index
    }

    /// Where field `index` of `record` stands in the file.
    func location(_ record: TableRecord, _ index: Int) -> SourceLocation {
        record.location(of: index, in: inventory.file)
    }

    /// Reads the id in field `index`, checks it is there and not taken, and keeps it; nil when it is wrong.
    ///
    /// Every row's id counts for duplicates, even a row with other problems; ids that differ only in width or in
    /// invisible characters (Ａ-1 and A-1) are the same id.
    private mutating func readID(_ record: TableRecord, _ index: Int, layout: TableLayout,
                                 log: inout DiagnosticLog) -> TextRef? {
        let idRange = trimmed(record, index)
        guard !idRange.isEmpty else {
            log.error(.missingValue(column: layout.header(index)), at: location(record, index))
            return nil
        }
        let entry = stored(record, index, idRange)
        let keyBytes = record.bytes[idRange]
        let ascii = keyBytes.allSatisfy({ $0 < 0x80 })
        /// The id as compared.
        func folded() -> [UInt8] {
            Array(WidthFolding.fold(String(decoding: keyBytes, as: UTF8.self))
                .filter { $0 != "\u{200B}" && $0 != "\u{200C}" && $0 != "\u{200D}" && $0 != "\u{FEFF}" && $0 != "\u{2060}" }
                .utf8)
        }
        if defersDuplicates {
            idHashes.append(ascii ? ByteKeyIndex.hash(keyBytes) : ByteKeyIndex.hash(folded()[...]))
            return entry
        }
        let key = ascii ? entry : inventory.store(folded())
        var idIndex = ids.take() ?? ByteKeyIndex()
        let existing = idIndex.insert(inventory.bytes(key), value: Int32(idLines.count)) { index in
            inventory.bytes(idRefs[Int(index)])
        }
        ids = idIndex
        if let existing {
            log.error(.duplicateID(column: layout.header(index), id: record.string(index),
                                   firstLine: idLines[Int(existing)]), at: location(record, index))
            return nil
        }
        idRefs.append(key)
        idLines.append(record.line)
        return entry
    }

    /// Where the bytes `range` of field `index` are kept: in the source, when they stand there as they are, else
    /// copied into the storage.
    private mutating func stored(_ record: TableRecord, _ index: Int, _ range: Range<Int>) -> TextRef {
        if !inventory.source.isEmpty, index < record.count, record.source(of: index) >= 0 {
            let offset = record.source(of: index) + range.lowerBound - record.range(index).lowerBound
            return TextRef(offset: UInt32(truncatingIfNeeded: offset), length: UInt32(truncatingIfNeeded: range.count))
        }
        return inventory.store(record.bytes[range])
    }

    /// The field without surrounding spaces and tabs, full-width spaces (U+3000) included.
    @inline(__always)
    private func trimmed(_ record: borrowing TableRecord, _ index: Int) -> Range<Int> {
        let range = record.range(index)
        guard !range.isEmpty else { return range }
        // Most cells start and end in neither: one look at each end.
        let first = record.bytes[range.lowerBound], last = record.bytes[range.upperBound - 1]
        if first != 0x20 && first != 0x09 && first != 0xE3 && last != 0x20 && last != 0x09 && last != 0x80 { return range }
        return Self.trimmedSlowly(record.bytes, range)
    }

    /// `range` of `bytes` without surrounding spaces, tabs and full-width spaces.
    private static func trimmedSlowly(_ bytes: [UInt8], _ whole: Range<Int>) -> Range<Int> {
        var range = whole
        while let start = range.first {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                range = range.dropFirst()
            } else if range.count >= 3, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 {
                range = range.dropFirst(3)
            } else {
                break
            }
        }
        while let end = range.last {
            if bytes[end] == 0x20 || bytes[end] == 0x09 {
                range = range.dropLast()
            } else if range.count >= 3, bytes[end] == 0x80, bytes[end - 1] == 0x80, bytes[end - 2] == 0xE3 {
                range = range.dropLast(3)
            } else {
                break
            }
        }
        return range
    }

    /// A coded value: trimmed, full-width forms folded.
    static func value(_ record: TableRecord, _ index: Int) -> String {
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
        if let known = mediaCellMemo.lookup(bytes[range]) { return known }
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
            if known && parts > 0 {
                mediaCellMemo.store(bytes[range], set)
                return set
            }
        }
        return parseMediaSlowly(record, index, layout: layout, location: location, log: &log)
    }

    /// Splits the cell as text and resolves each part through the vocabulary; learns the spellings that work.
    private mutating func parseMediaSlowly(_ record: TableRecord, _ index: Int, layout: TableLayout, location: SourceLocation,
                                           log: inout DiagnosticLog) -> MediaSet? {
        let text = record.string(index)
        var set = MediaSet()
        var ok = true
        var parts = 0
        let separators: Set<Unicode.Scalar> = ["|", "｜", "、", "\n", "\r"]
        for scalars in text.unicodeScalars.split(whereSeparator: { separators.contains($0) }) {
            let raw = String(scalars)
            let folded = MediaVocabulary.fold(raw)
            // A part of spaces alone is no part; one that folds to nothing else ("-") is an unknown medium.
            if folded.scalars.isEmpty && WidthFolding.fold(raw).isEmpty { continue }
            parts += 1
            // Past the log's limit no message is shown, so the closest words are not looked for.
            let resolution = resolved[folded.scalars] ?? vocabulary.resolve(folded, suggesting: log.entries.count < log.limit)
            resolved[folded.scalars] = resolution
            switch resolution {
            case .medium(let medium):
                set.insert(medium)
                mediumMemo.store(Array(raw.trimmingSpacesAndTabs.utf8)[...], medium)
            case .ambiguous(let words):
                log.error(.ambiguousMedium(found: WidthFolding.fold(raw), words: words), at: location)
                ok = false
            case .unknown(let suggestions):
                log.error(.unknownMedium(found: WidthFolding.fold(raw), suggestions: suggestions), at: location)
                ok = false
            }
        }
        if parts == 0 {
            log.error(.missingValue(column: layout.header(index)), at: location)
            return nil
        }
        return ok ? set : nil
    }
}
