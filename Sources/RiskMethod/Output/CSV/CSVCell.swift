/// Writes CSV cells (RFC 4180) that a spreadsheet will not run: a cell starting with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets a leading `'`; a cell holding a comma, a quote or a line break is quoted.
enum CSVCell {
    @inline(__always)
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }

    /// Whether a byte makes a cell quoted: a comma, a quote or a line break.
    @inline(__always)
    static func needsQuotes(_ byte: UInt8) -> Bool { byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D }

    /// Whether `cell` can be written as it is: no comma, quote or line break, and no formula start.
    static func isPlain(_ cell: Span<UInt8>) -> Bool {
        if !cell.isEmpty && isFormulaStart(cell[0]) { return false }
        for index in cell.indices where needsQuotes(cell[index]) { return false }
        return true
    }

    /// Appends `cell` to `output`.
    static func append(_ cell: [UInt8], to output: inout [UInt8]) {
        let needsQuotes = cell.contains(where: needsQuotes)
        let formula = cell.first.map(isFormulaStart) ?? false
        if !needsQuotes && !formula {
            output.append(contentsOf: cell)
            return
        }
        if needsQuotes { output.append(0x22) }
        if formula { output.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in cell {
                if byte == 0x22 { output.append(0x22) }
                output.append(byte)
            }
            output.append(0x22)
        } else {
            output.append(contentsOf: cell)
        }
    }

    /// The cell for `text`, as bytes.
    static func encode(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        append(Array(text.utf8), to: &output)
        return output
    }

    /// A whole row: the cells joined by commas, ended by CRLF.
    static func row(_ cells: [String]) -> [UInt8] {
        var output: [UInt8] = []
        for (index, cell) in cells.enumerated() {
            if index > 0 { output.append(0x2C) }
            append(Array(cell.utf8), to: &output)
        }
        output.append(contentsOf: [0x0D, 0x0A])
        return output
    }
}
