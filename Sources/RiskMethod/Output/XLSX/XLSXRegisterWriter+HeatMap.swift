/// The heat map sheet: the risks counted by importance (rows, highest first) and possibility (columns), each cell
/// filled with its level's colour; with a plan, the residual risks below it.
extension XLSXRegisterWriter {
    /// The sheet.
    func heatMapSheet(named name: String) -> XLSXSheet {
        let method = assessment.method
        let top = method.importanceSteps
        var current = emptyGrid
        for risk in assessment.risks { current[top - Int(risk.importance)][Int(risk.possibility) - 1] += 1 }
        var rows = heatMapTable(say(.currentRisk), current)
        if let outcome = options.outcome {
            var residual = emptyGrid
            for index in assessment.risks.indices {
                guard let result = outcome.residual[index] else { continue }
                residual[top - result.importance][result.possibility - 1] += 1
            }
            rows += [[]] + heatMapTable(say(.residualRisk), residual)
        }
        let widths = [24.0] + Array(repeating: 12.0, count: method.possibilitySteps)
        return XLSXSheet(name: name, rows: rows, columnWidths: widths, freezesHeader: false, hasAutoFilter: false)
    }

    /// A grid of zeros, the method's size.
    private var emptyGrid: [[Int]] {
        let method = assessment.method
        return Array(repeating: Array(repeating: 0, count: method.possibilitySteps), count: method.importanceSteps)
    }

    /// A titled table: possibility across, importance down, each count in its level's colour.
    private func heatMapTable(_ title: String, _ grid: [[Int]]) -> [[XLSXCell]] {
        let method = assessment.method
        var rows: [[XLSXCell]] = [[.text(title, .bold)]]
        rows.append([.text(say(.heatMapCorner), .bold)] + (1...method.possibilitySteps).map { .number($0, .bold) })
        for (offset, line) in grid.enumerated() {
            let importance = method.importanceSteps - offset
            rows.append([.number(importance, .bold)] + line.enumerated().map { column, count in
                let band = method.band(assessment.level(of: method.value(importance: importance, possibility: column + 1)))
                return .number(count, .filled(XLSXRegisterWriter.fill(band)))
            })
        }
        return rows
    }
}
