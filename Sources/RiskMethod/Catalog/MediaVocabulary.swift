/// A word that names a medium, as a message shows it: the spelling and the medium's code.
public struct MediumWord: Sendable, Hashable {
    /// The spelling, as the table, the catalog or the organisation's map writes it.
    public var word: String
    /// The code of the medium it names.
    public var code: String

    /// Creates a word.
    public init(word: String, code: String) {
        self.word = word
        self.code = code
    }
}

/// What the text of a media cell names.
public enum MediaResolution: Sendable, Hashable {
    /// One medium, by its index in the catalog.
    case medium(Int)
    /// Words of different media, none inside another (サーバールームのキャビネット).
    case ambiguous([MediumWord])
    /// No known word; the closest ones, at most three.
    case unknown(suggestions: [MediumWord])
}

/// An organisation's own names for media (`--media-map`): 第2書庫 is paper, 住記サーバ a server.
public struct MediaMap: Sendable {
    /// One name and the medium it stands for.
    public struct Entry: Sendable, Hashable {
        /// The name as written.
        public var name: String
        /// The medium's index in the catalog the map was read with.
        public var medium: Int

        /// Creates an entry.
        public init(name: String, medium: Int) {
            self.name = name
            self.medium = medium
        }
    }

    /// The entries, in file order.
    public var entries: [Entry]

    /// Creates a map.
    public init(entries: [Entry] = []) { self.entries = entries }
}

/// The words a media cell may use: the catalog's codes and names, the everyday words of ``MediaWords`` whose codes
/// the catalog has, and an organisation's own names, which win over both.
///
/// A cell is read in three steps: the whole cell, folded, against every word; else the words found inside it, of
/// which those not part of a longer one found there count (人事担当者のPC is a PC, サーバールームA a server, since
/// サーバ lies inside サーバールーム); when these name different media the cell is ambiguous. A word of ASCII letters
/// counts inside a cell only where it does not touch other ASCII letters (mailbox holds no `box`).
public struct MediaVocabulary: Sendable {
    struct Word: Sendable {
        var key: [Unicode.Scalar]
        var spelling: String
        var medium: Int
        var wholeCellOnly: Bool
    }

    private(set) var words: [Word] = []
    /// The words by their folded scalars (not as strings, whose hashing normalises Unicode first).
    private var byKey: [[Unicode.Scalar]: Int] = [:]
    /// The words that may be found inside a cell, by their first scalar.
    private var byFirstScalar: [Unicode.Scalar: [Int]] = [:]
    private let codes: [String]

    /// The vocabulary of `catalog` and the organisation's `map`.
    public init(catalog: Catalog, map: MediaMap = MediaMap()) {
        codes = catalog.media.map { $0.code }
        for entry in map.entries where entry.medium < codes.count { add(entry.name, entry.medium) }
        // The table before the catalog's names, so that a message shows the table's spelling (PC rather than pc);
        // a test checks that no word of the table folds like a name of another medium.
        for (code, spellings) in MediaWords.table {
            guard let index = codes.firstIndex(of: code) else { continue }
            for spelling in spellings { add(spelling, index, wholeCellOnly: MediaWords.wholeCellOnly.contains(spelling)) }
        }
        for (index, medium) in catalog.media.enumerated() {
            for name in [medium.code, medium.name.ja, medium.shortJapaneseName, medium.name.en] { add(name, index) }
        }
    }

    /// Adds a word unless a word of the same folded key is there already: the first one wins.
    private mutating func add(_ spelling: String, _ medium: Int, wholeCellOnly: Bool = false) {
        let key = MediaVocabulary.fold(spelling).scalars
        guard !key.isEmpty else { return }
        guard byKey[key] == nil else { return }
        byKey[key] = words.count
        if !wholeCellOnly { byFirstScalar[key[0], default: []].append(words.count) }
        words.append(Word(key: key, spelling: spelling, medium: medium, wholeCellOnly: wholeCellOnly))
    }

    /// The medium a text names as a whole (a code, a name or a word), or nil.
    public func medium(exactly text: String) -> Int? {
        byKey[MediaVocabulary.fold(text).scalars].map { words[$0].medium }
    }

    /// What the text of one medium in a cell names; without `suggesting`, an unknown text gets no suggestions
    /// (when no more errors are shown, finding them would be wasted).
    public func resolve(_ text: String, suggesting: Bool = true) -> MediaResolution {
        resolve(MediaVocabulary.fold(text), suggesting: suggesting)
    }

    /// What a folded text names.
    func resolve(_ folded: Folded, suggesting: Bool = true) -> MediaResolution {
        if let index = byKey[folded.scalars] { return .medium(words[index].medium) }
        let found = outermost(matches(in: folded))
        guard let first = found.first else {
            return .unknown(suggestions: suggesting ? suggestions(for: folded.scalars) : [])
        }
        if found.allSatisfy({ words[$0.word].medium == words[first.word].medium }) { return .medium(words[first.word].medium) }
        var named: [MediumWord] = []
        for match in found {
            let word = mediumWord(match.word)
            if !named.contains(word) { named.append(word) }
        }
        return .ambiguous(named)
    }

    /// The word at `index` as a message shows it.
    func mediumWord(_ index: Int) -> MediumWord {
        MediumWord(word: words[index].spelling, code: codes[words[index].medium])
    }

    /// A word found inside a cell: where, and which.
    struct Match {
        var start: Int
        var end: Int
        var word: Int
    }

    /// Every place a word stands in `cell`.
    func matches(in cell: Folded) -> [Match] {
        let text = cell.scalars
        var found: [Match] = []
        for start in text.indices {
            for index in byFirstScalar[text[start]] ?? [] where start + words[index].key.count <= text.count {
                let key = words[index].key
                var same = true
                for offset in 1..<key.count where text[start + offset] != key[offset] {
                    same = false
                    break
                }
                let end = start + key.count
                guard same, !cell.joinsLetters(at: start), !cell.joinsLetters(at: end) else { continue }
                found.append(Match(start: start, end: end, word: index))
            }
        }
        return found
    }

    /// The matches that lie inside no longer match, in the order they stand in the cell.
    func outermost(_ matches: [Match]) -> [Match] {
        let kept = matches.filter { match in
            !matches.contains { other in
                other.end - other.start > match.end - match.start && other.start <= match.start && other.end >= match.end
            }
        }
        return kept.sorted { ($0.start, $0.word) < ($1.start, $1.word) }
    }

    /// The words closest to an unknown text, at most three: those within an edit distance of a third of the
    /// shorter's length (at least 1), and nearer than the word's own length, nearest first.
    func suggestions(for text: [Unicode.Scalar]) -> [MediumWord] {
        guard !text.isEmpty else { return [] }
        var scored: [(distance: Int, word: Int)] = []
        var rows = EditRows()
        for (index, word) in words.enumerated() {
            let limit = max(1, min(text.count, word.key.count) / 3)
            guard abs(text.count - word.key.count) <= limit else { continue }
            let distance = MediaVocabulary.editDistance(text, word.key, limit: limit, rows: &rows)
            if distance <= limit && distance < word.key.count { scored.append((distance, index)) }
        }
        scored.sort { ($0.distance, $0.word) < ($1.distance, $1.word) }
        return scored.prefix(3).map { mediumWord($0.word) }
    }

    /// The rows an edit distance is worked out in, kept from one word to the next.
    struct EditRows {
        var before: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The edit distance between two texts, by scalars: insertions, deletions, substitutions and swaps of two
    /// neighbours (papre for paper) each count 1. Past `limit` the count stops: any value over it means "too far".
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = Int.max - 1) -> Int {
        var rows = EditRows()
        return editDistance(a, b, limit: limit, rows: &rows)
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, rows: inout EditRows) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        rows.before.removeAll(keepingCapacity: true)
        rows.before.append(contentsOf: repeatElement(0, count: b.count + 1))
        rows.previous.removeAll(keepingCapacity: true)
        rows.previous.append(contentsOf: 0...b.count)
        rows.current.removeAll(keepingCapacity: true)
        rows.current.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            rows.current[0] = i
            var smallest = i
            for j in 1...b.count {
                let substitution = rows.previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                var value = min(substitution, rows.previous[j] + 1, rows.current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, rows.before[j - 2] + 1) }
                rows.current[j] = value
                smallest = min(smallest, value)
            }
            // A swap reaches back two rows, so the count may stop only when two rows in a row are past the limit.
            if smallest > limit && i > 1 && (rows.previous.min() ?? 0) > limit { return limit + 1 }
            swap(&rows.before, &rows.previous)
            swap(&rows.previous, &rows.current)
        }
        return rows.previous[b.count]
    }

    /// Every spelling of the table whose code the catalog has, by medium, for `docs/media-names.md`.
    public static var tableSpellings: [(code: String, words: [String])] { MediaWords.table }

    /// The number of spellings in the table.
    public static var tableCount: Int { MediaWords.count }
}
