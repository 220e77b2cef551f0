extension InventoryReader {
    /// What the second half's reader hands back.
    private struct Half: @unchecked Sendable {
        var builder: InventoryBuilder
        var log: DiagnosticLog
        var rows: Int
    }

    /// Reads a CSV inventory in two halves split at a record boundary; nil when it cannot, or when anything is wrong.
    func parseInHalves(_ text: [UInt8], from start: Int, encoding: TextEncoding, file: String) -> ReadResult<AssetInventory>? {
        guard let first = TableReader.firstContent(text, from: start), !TableReader.opensJSON(first) else { return nil }
        let reader = TableReader(file: file, schema: InventoryReader.schema)
        var log = DiagnosticLog()
        guard let header = reader.readHeader(text, from: start, log: &log), !log.hasErrors,
              let split = CSVSplit.boundary(in: text, from: header.outcome.end) else { return nil }
        let catalog = self.catalog, method = self.method
        let second = Background { () -> Half in
            var log = DiagnosticLog()
            var builder = InventoryBuilder(file: file, encoding: encoding, catalog: catalog, method: method,
                                           expectedBytes: text.count - split, source: text,
                                           defersDuplicates: true)
            let rows = reader.readRows(text, from: split, to: text.count, firstLine: 1, expecting: header.outcome.ending,
                                       layout: header.layout, log: &log) { record, layout, log in
                builder.add(record, layout: layout, log: &log)
            }
            return Half(builder: builder, log: log, rows: rows.count)
        }
        // Room for both halves' assets, so that taking in the second half's never moves the first's.
        var builder = InventoryBuilder(file: file, encoding: encoding, catalog: catalog, method: method,
                                       expectedBytes: text.count - header.outcome.end, source: text,
                                       defersDuplicates: true)
        let rows = reader.readRows(text, from: header.outcome.end, to: split, firstLine: header.outcome.nextLine,
                                   expecting: header.outcome.ending, layout: header.layout, log: &log) { record, layout, log in
            builder.add(record, layout: layout, log: &log)
        }
        let other = second.value
        guard !log.hasErrors, !other.log.hasErrors, rows.count + other.rows > 0 else { return nil }
        // The ids are checked on the other core while the halves are joined.
        let hashes = [builder.deferredIDHashes, other.builder.deferredIDHashes]
        let repeated = Background { containsRepeatedHash(in: hashes) }
        guard builder.absorb(other.builder, lineOffset: rows.outcome.nextLine - 1), !repeated.value else { return nil }
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
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ ByteWords.repeated(0x22)
                quotes += ByteWords.exactZeroBytes(x).nonzeroBitCount
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
