/// Reading an asset's classes and personal data, through memos of the cells seen, so that a large inventory reads
/// each distinct spelling once.
extension InventoryBuilder {
    /// The confidentiality class in field `index`, or nil when it is missing or not allowed.
    mutating func readConfidentiality(_ record: TableRecord, _ index: Int, layout: TableLayout,
                                              log: inout DiagnosticLog) -> ConfidentialityClass? {
        // The usual cell, one digit, is read at once; anything else through the memo of cells seen.
        let range = record.range(index)
        let digit = range.count == 1 ? record.bytes[range.lowerBound] : 0
        let coded: Coded<ConfidentialityClass> = digit >= 0x31 && digit <= 0x33
            ? .value(ConfidentialityClass(rawValue: digit - 0x31) ?? .one)
            : confidentialityMemo.value(for: record.bytes[range]) {
                let text = Self.value(record, index)
                return text.isEmpty ? .empty : ClassLabels.confidentiality(text).map(Coded.value) ?? .invalid
            }
        switch coded {
        case .empty:
            log.error(.missingValue(column: layout.header(index)), at: location(record, index))
            return nil
        case .value(let parsed):
            return parsed
        case .invalid:
            log.error(.invalidValue(column: layout.header(index), found: record.string(index),
                                    allowed: "1, 2, 3, 3A, 3B, 3C, 高/中/低, 自治体機密性3A"), at: location(record, index))
            return nil
        }
    }

    /// The level in column `key` (1 when there is no such column), or nil when it is missing or not allowed.
    mutating func readLevel(_ key: Int, _ record: TableRecord, layout: TableLayout,
                                    log: inout DiagnosticLog) -> UInt8? {
        guard let index = Self.field(key, record, layout) else { return 1 }
        let maximum = method.allowsClassThreeForIntegrityAndAvailability ? 3 : 2
        let range = record.range(index)
        if range.count == 1, record.bytes[range.lowerBound] >= 0x31, record.bytes[range.lowerBound] <= 0x30 + UInt8(maximum) {
            return record.bytes[range.lowerBound] - 0x30
        }
        let property: SecurityProperty = key == 4 ? .integrity : .availability
        let coded = levelMemo.value(for: record.bytes[range]) {
            let text = Self.value(record, index)
            guard !text.isEmpty else { return .empty }
            switch ClassLabels.level(text, property: property, maximum: maximum) {
            case .level(let level)?: return .value(level)
            case .middleOfTwo?: return .value(0)
            case nil: return .invalid
            }
        }
        if case .empty = coded {
            log.error(.missingValue(column: layout.header(index)), at: location(record, index))
            return nil
        } else if case .value(let level) = coded, level >= 1 {
            return UInt8(level)
        } else if case .value = coded {
            log.error(.middleOfTwoLevels(column: layout.header(index), found: record.string(index)), at: location(record, index))
            return nil
        }
        let allowed = maximum == 3 ? "1, 2, 3, 高/中/低" : "1, 2, 高/低 (3 and 中 only with --method ipa)"
        log.error(.invalidValue(column: layout.header(index), found: record.string(index), allowed: allowed),
                  at: location(record, index))
        return nil
    }

    /// The personal data in field `index`, or nil when it is not an allowed value.
    mutating func readPersonal(_ record: TableRecord, _ index: Int, layout: TableLayout,
                                       log: inout DiagnosticLog) -> PersonalData? {
        let coded = personalMemo.value(for: record.bytes[record.range(index)]) {
            ClassLabels.personalData(Self.value(record, index)).map(Coded.value) ?? .invalid
        }
        if case .value(let parsed) = coded { return parsed }
        log.error(.invalidValue(column: layout.header(index), found: record.string(index),
                                allowed: PersonalData.allowedText), at: location(record, index))
        return nil
    }

    /// The importance given in field `index` (重要度, by judgement) on the method's scale: 0 when the cell is empty
    /// (the classes decide), nil when it is not an allowed value. Digits of either width, and on a three-step scale
    /// 高/中/低, 大/中/小 and high/medium/low.
    mutating func readGivenImportance(_ record: TableRecord, _ index: Int, layout: TableLayout,
                                      log: inout DiagnosticLog) -> UInt8? {
        let steps = method.importanceSteps
        let coded = importanceMemo.value(for: record.bytes[record.range(index)]) {
            let text = WidthFolding.fold(Self.value(record, index)).lowercased()
            if text.isEmpty { return .value(0) }
            if let value = Int(text) { return (1...steps).contains(value) ? .value(value) : .invalid }
            guard steps == 3 else { return .invalid }
            switch text {
            case "高", "大", "high", "h": return .value(3)
            case "中", "medium", "m": return .value(2)
            case "低", "小", "low", "l": return .value(1)
            default: return .invalid
            }
        }
        if case .value(let value) = coded { return UInt8(value) }
        let numbers = (1...steps).map { String($0) }.joined(separator: ", ")
        let allowed = steps == 3 ? numbers + ", 高/中/低" : numbers
        log.error(.invalidValue(column: layout.header(index), found: record.string(index),
                                allowed: allowed + Self.emptyComputes), at: location(record, index))
        return nil
    }

    /// What an empty importance cell means, for the message.
    static let emptyComputes = " (empty: computed from the classes / 空欄: 分類から算定)"
}
