/// What one chunk of a streamed sheet came to: its compressed bytes, the CRC-32 and size of its XML, and the texts
/// cut to Excel's limit. Each is filled by one job and read by the writing thread after the jobs are done.
final class XLSXChunk: @unchecked Sendable {
    var compressed: [UInt8] = []
    var crc: UInt32 = 0
    var size = 0
    var cut: [XLSXCutCell] = []
}

/// A value that one of a runner's jobs makes and the calling thread reads once the jobs are done.
final class XLSXJobResult<Value>: @unchecked Sendable {
    var value: Value?
}

extension XLSXWorkbook {
    /// The rows of a streamed sheet one job formats and compresses.
    static let chunkRows = 4_096

    /// Writes the workbook to `sink` in bounded memory: the small parts whole, each streamed sheet's rows a chunk
    /// at a time, formatted and compressed by `runner`'s jobs and written in order. Returns the texts cut to
    /// Excel's 32,767 characters.
    func write<Runner: PartRunner>(to sink: any ByteSink, runner: Runner, width: Int) throws(WriteError) -> [XLSXCutCell] {
        do { try validate() } catch { throw .tooLarge(error.description) }
        // The streamed rows' formats are numbered first, so that the jobs only look them up.
        var styles = XLSXStyleTable()
        _ = styles.index(of: .plain, quotePrefix: true)
        for sheet in sheets {
            for style in sheet.stream?.styles ?? [] {
                _ = styles.index(of: style)
                _ = styles.index(of: style, quotePrefix: true)
            }
        }
        // Each long table's recurring texts are shared, and its fast way of making rows prepared, once.
        var shared = XLSXSharedStrings()
        var formatters: [Int: XLSXRowFormatter] = [:]
        var prepared = Set<Int>()
        for sheet in sheets {
            guard let stream = sheet.stream, prepared.insert(stream.table).inserted, let prepare = stream.prepare else { continue }
            formatters[stream.table] = prepare(&shared, styles)
        }
        let sharing = sheets.contains { $0.stream != nil }
        var archive = ZipArchive()
        var cut: [XLSXCutCell] = []
        let parts: [(String, [UInt8])] = [
                ("[Content_Types].xml", contentTypes(sharedStrings: sharing)), ("_rels/.rels", packageRelationships),
                ("docProps/app.xml", appProperties), ("docProps/core.xml", coreProperties),
                ("xl/workbook.xml", workbookPart), ("xl/_rels/workbook.xml.rels", workbookRelationships(sharedStrings: sharing)),
            ]
        for (name, contents) in parts { try Self.zipping { () throws(ZipArchive.Failure) in try archive.add(name, contents: contents) } }
        for (index, sheet) in sheets.enumerated() {
            let name = "xl/worksheets/sheet\(index + 1).xml"
            let writer = XLSXWorksheetWriter(sheet: sheet, isSelected: index == 0)
            if let stream = sheet.stream {
                let rows = Rows(source: stream, formatter: formatters[stream.table], shared: shared)
                cut += try writeStreamed(writer, rows, name: name, styles: &styles, archive: &archive, sink: sink,
                                         runner: runner, width: width)
            } else {
                let xml = writer.xml(styles: &styles)
                try Self.zipping { () throws(ZipArchive.Failure) in try archive.add(name, contents: xml) }
                cut += sheet.cutCells
            }
            try archive.flush(to: sink)
        }
        if sharing {
            let strings = shared.xml
            try Self.zipping { () throws(ZipArchive.Failure) in try archive.add("xl/sharedStrings.xml", contents: strings) }
        }
        let stylesPart = styles.xml(fontName: fontName, fontSize: fontSize)
        try Self.zipping { () throws(ZipArchive.Failure) in try archive.add("xl/styles.xml", contents: stylesPart) }
        let end = try Self.zipping { () throws(ZipArchive.Failure) in try archive.finish() }
        try sink.write(end)
        return cut
    }

    /// What `body` returns; a workbook that cannot be zipped is too large for its format.
    private static func zipping<Value>(_ body: () throws(ZipArchive.Failure) -> Value) throws(WriteError) -> Value {
        do { return try body() } catch { throw .tooLarge(error.description) }
    }

    /// A streamed sheet's rows, their fast way of being made if they have one, and the workbook's shared strings.
    private struct Rows {
        let source: XLSXRowSource
        let formatter: XLSXRowFormatter?
        let shared: XLSXSharedStrings
    }

    /// Writes one streamed sheet as a streamed entry: its head (with the header rows and column widths fitted to
    /// the header and the first chunk), its rows a batch of chunks at a time, its tail.
    private func writeStreamed<Runner: PartRunner>(_ writer: XLSXWorksheetWriter, _ rows: Rows, name: String,
                                                    styles: inout XLSXStyleTable, archive: inout ZipArchive,
                                                    sink: any ByteSink, runner: Runner, width: Int) throws(WriteError) -> [XLSXCutCell] {
        let sheet = writer.sheet, stream = rows.source
        var head: [UInt8]
        if let widths = sheet.columnWidths {
            head = writer.head(widths: widths)
        } else {
            var sample = sheet
            sample.rows += stream.rows(0..<min(Self.chunkRows, stream.count))
            head = writer.head(widths: sample.fittedColumnWidths())
        }
        writer.appendRows(styles: &styles, to: &head)
        try Self.zipping { () throws(ZipArchive.Failure) in try archive.beginStreamed(name) }
        var crc: UInt32 = 0, size = 0, compressedSize = 0, cut: [XLSXCutCell] = []
        func append(_ chunk: XLSXChunk) {
            archive.append(data: chunk.compressed)
            crc = CRC32.combine(crc, chunk.crc, length: chunk.size)
            size += chunk.size
            compressedSize += chunk.compressed.count
            cut += chunk.cut
        }
        append(Self.compressed(head))
        let chunks = (stream.count + Self.chunkRows - 1) / Self.chunkRows
        let frozen = styles, headerRows = sheet.rows.count, sheetName = sheet.name
        // Four chunks a thread between writes, so that a thread seldom waits for the others at the end of a batch.
        for batch in stride(from: 0, to: chunks, by: 4 * max(1, width)) {
            let results = (batch..<min(chunks, batch + 4 * max(1, width))).map { _ in XLSXChunk() }
            runner.run(parts: results.count) { job in
                let chunk = batch + job
                let range = chunk * Self.chunkRows..<min(stream.count, (chunk + 1) * Self.chunkRows)
                if let formatter = rows.formatter {
                    let output = ByteWriter(capacity: range.count * 512)
                    formatter.format(range.lowerBound + stream.start..<range.upperBound + stream.start,
                                     headerRows + range.lowerBound + 1, sheetName, output, rows.shared, &results[job].cut)
                    output.withBytes { Self.compress($0, into: results[job]) }
                } else {
                    var xml: [UInt8] = []
                    XLSXWorksheetWriter.appendRows(stream.rows(range), firstRow: headerRows + range.lowerBound + 1,
                                                   sheet: sheetName, styles: frozen, shared: rows.shared,
                                                   sharedColumns: stream.sharedColumns, to: &xml, cut: &results[job].cut)
                    Self.compress(xml.span, into: results[job])
                }
            }
            for result in results { append(result) }
            try archive.flush(to: sink)
        }
        append(Self.compressed(writer.tail))
        archive.append(data: DeflateChunks.finalBlock)
        compressedSize += DeflateChunks.finalBlock.count
        try Self.zipping { () throws(ZipArchive.Failure) in
            try archive.endStreamed(crc: crc, compressedSize: compressedSize, size: size)
        }
        return cut
    }

    /// `xml` compressed as a chunk, with its CRC-32 and size.
    private static func compressed(_ xml: [UInt8]) -> XLSXChunk {
        let chunk = XLSXChunk()
        compress(xml.span, into: chunk)
        return chunk
    }

    private static func compress(_ xml: Span<UInt8>, into chunk: XLSXChunk) {
        chunk.crc = CRC32.update(0, with: xml)
        chunk.size = xml.count
        let output = ByteWriter(capacity: xml.count / 6 + 64)
        DeflateChunks.compress(chunked: xml, into: output)
        chunk.compressed = output.bytes
    }
}
