/// Writes CSV cells (RFC 4180) that a spreadsheet will not run: a cell starting with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets a leading `'`; a cell holding a comma, a quote or a line break is quoted.
enum CSVCell {
    @inline(__always)
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }

    /// Whether `cell` can be written as it is: no comma, quote or line break, and no formula start.
    @inline(__always)
    static func isPlain<C: Collection>(_ cell: C) -> Bool where C.Element == UInt8 {
        if let first = cell.first, isFormulaStart(first) { return false }
        for byte in cell where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
        return true
    }

    /// Appends `cell` to `output`.
    @inline(__always)
    static func append<C: Collection>(_ cell: C, to output: inout [UInt8]) where C.Element == UInt8 {
        var needsQuotes = false
        for byte in cell where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
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
