/// Reads an organisation's own names for media (`--media-map`): a table of a name and the medium it stands for,
/// such as `第2書庫,paper` or `住記サーバ,サーバ`.
public struct MediaMapReader: Sendable {
    /// The catalog that names the media.
    public var catalog: Catalog

    /// Creates a reader.
    public init(catalog: Catalog) { self.catalog = catalog }

    static let schema = ColumnNames.mediaMap

    /// Reads a map file's bytes. A row's medium is a code, a name of the catalog or a word of the table; a name
    /// may appear once (names that fold alike, such as 書庫A and 書庫Ａ, are the same name).
    public func read(_ bytes: [UInt8], file: String) -> ReadResult<MediaMap> {
        let vocabulary = MediaVocabulary(catalog: catalog)
        var map = MediaMap()
        var firstLines: [String: Int] = [:]
        let log = readTable(bytes, file: file, schema: MediaMapReader.schema) { record, layout, log in
            func location(_ field: Int) -> SourceLocation {
                SourceLocation(file: file, line: record.line(of: field), column: record.column(of: field))
            }
            guard let nameField = layout.fieldIndex[0], let mediaField = layout.fieldIndex[1],
                  nameField < record.count, mediaField < record.count else { return }
            let name = WidthFolding.fold(record.string(nameField))
            let media = WidthFolding.fold(record.string(mediaField))
            var ok = true
            for (field, value) in [(nameField, name), (mediaField, media)] where MediaVocabulary.folded(value).isEmpty {
                log.error(.missingValue(column: layout.header(field)), at: location(field))
                ok = false
            }
            guard ok else { return }
            let key = MediaVocabulary.folded(name)
            if let first = firstLines[key] {
                log.error(.duplicateID(column: layout.header(nameField), id: record.string(nameField).trimmingSpaces,
                                      firstLine: first), at: location(nameField))
                ok = false
            } else {
                firstLines[key] = record.line
            }
            guard let medium = vocabulary.medium(exactly: media) else {
                var suggestions: [MediumWord] = []
                if case .unknown(let closest) = vocabulary.resolve(media) { suggestions = closest }
                log.error(.unknownMedium(found: media, suggestions: suggestions), at: location(mediaField))
                return
            }
            if ok { map.entries.append(MediaMap.Entry(name: name, medium: medium)) }
        }
        return ReadResult(value: log.hasErrors ? nil : map, log: log)
    }
}
