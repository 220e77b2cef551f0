/// The legend sheet: the method and its scales, the possibility table, the level bands, the catalog version and
/// the inputs with their SHA-256, so that a reader of the workbook can follow and reproduce every value.
extension XLSXRegisterWriter {
    /// The legend as a sheet without filter or frozen row: sections one below the other, each headed in bold.
    func legendSheet(named name: String) -> XLSXSheet {
        let method = assessment.method
        let ja = isJapanese
        var rows: [[XLSXCell]] = []
        func title(_ text: String) { rows.append([.text(text, .bold)]) }
        func header(_ cells: [String]) { rows.append(cells.map { .text($0, .bold) }) }
        func gap() { rows.append([]) }

        var methodName = method.name
        if method.base != method.name { methodName += ja ? "（基にした手法 \(method.base)）" : " (based on \(method.base))" }
        rows.append([.text(ja ? "手法" : "Method", .bold), .text(methodName)])
        rows.append([.text(ja ? "集計" : "Aggregation", .bold), .text(method.aggregation.rawValue)])
        rows.append([.text(ja ? "リスク値" : "Risk value", .bold),
                     .text(ja ? "重要度 × 被害発生可能性" : "importance × possibility of damage")])
        gap()

        title(ja ? "重要度" : "Importance")
        header(ja ? ["値", "意味"] : ["Value", "Meaning"])
        for (value, meaning) in importanceScale { rows.append([.number(value), .text(meaning)]) }
        gap()
        title(ja ? "脅威の起こりやすさ" : "Likelihood")
        header(ja ? ["値", "意味"] : ["Value", "Meaning"])
        let likelihood = ja
            ? ["通常の状態で脅威が発生する（いつ発生してもおかしくない）", "特定の状況で脅威が発生する（年に数回程度）",
               "通常の状態で脅威が発生することはない"]
            : ["the threat occurs in normal circumstances (it could happen at any time)",
               "it occurs in particular circumstances (a few times a year)", "it does not occur in normal circumstances"]
        for (offset, meaning) in likelihood.enumerated() { rows.append([.number(3 - offset), .text(meaning)]) }
        gap()
        title(ja ? "脆弱性のつけ込みやすさ" : "Vulnerability")
        header(ja ? ["値", "意味"] : ["Value", "Meaning"])
        let vulnerability = ja
            ? ["対策を実施していない（ほとんど無防備）", "部分的に対策を実施している", "必要な対策をすべて実施している"]
            : ["no controls in place (practically defenceless)", "controls partly in place", "all necessary controls in place"]
        for (offset, meaning) in vulnerability.enumerated() { rows.append([.number(3 - offset), .text(meaning)]) }
        gap()

        title(ja ? "被害発生可能性（行: 脅威の起こりやすさ、列: 脆弱性のつけ込みやすさ）"
                 : "Possibility of damage (rows: likelihood; columns: vulnerability)")
        rows.append([.text(ja ? "起こりやすさ＼つけ込みやすさ" : "likelihood \\ vulnerability", .bold),
                     .number(3, .bold), .number(2, .bold), .number(1, .bold)])
        for (offset, line) in method.possibility.prefix(3).enumerated() {
            rows.append([.number(3 - offset, .bold)] + line.prefix(3).map { .number($0) })
        }
        gap()

        title(ja ? "リスクレベル" : "Risk levels")
        header(ja ? ["レベル", "リスク値", "受容"] : ["Level", "Risk values", "Acceptance"])
        for band in method.bands.sorted(by: { $0.level > $1.level }) {
            let range = band.minimum == band.maximum ? "\(band.minimum)" : "\(band.minimum)–\(band.maximum)"
            rows.append([levelCell(band.level), .text(range), .text(band.acceptance[language])])
        }
        gap()

        rows.append([.text(ja ? "カタログ版" : "Catalog version", .bold), .text(assessment.catalog.version)])
        rows.append([.text(ja ? "対応付けの下限" : "Mapped from level", .bold),
                     .text(method.label(options.minimumLevel, in: language))])
        gap()
        title(ja ? "入力" : "Inputs")
        header(ja ? ["役割", "ファイル", "SHA-256", "文字コード"] : ["Role", "File", "SHA-256", "Encoding"])
        for input in options.inputs {
            rows.append([text(input.role), text(input.file), text(input.sha256), text(input.encoding ?? "")])
        }
        // Widths from the tables only: a section title may run on over the empty cells beside it.
        let widths = XLSXSheet(name: name, rows: rows.filter { $0.count > 1 }).fittedColumnWidths()
        return XLSXSheet(name: name, rows: rows, columnWidths: widths, freezesHeader: false, hasAutoFilter: false)
    }

    /// The importance scale of the method's rule, highest first.
    var importanceScale: [(Int, String)] {
        let method = assessment.method
        let ja = isJapanese
        switch method.importance {
        case .property:
            let raise3 = method.personalDataRaise
                ? (ja ? "、または機密性を損なう脅威で要配慮個人情報・特定個人情報を含む"
                      : ", or the threat harms confidentiality and the asset holds sensitive or My Number data")
                : ""
            let raise2 = method.personalDataRaise
                ? (ja ? "、または機密性を損なう脅威で個人情報を含む"
                      : ", or the threat harms confidentiality and the asset holds personal data")
                : ""
            return ja
                ? [(3, "脅威が損なう性質（機密性・完全性・可用性）の格付けの最大が 3（機密性 3・3A・3B・3C）" + raise3),
                   (2, "脅威が損なう性質の格付けの最大が 2" + raise2), (1, "それ以外")]
                : [(3, "the highest class among the properties the threat harms is 3 (confidentiality 3, 3A, 3B, 3C)" + raise3),
                   (2, "the highest class among the properties the threat harms is 2" + raise2), (1, "otherwise")]
        case .max:
            return ja
                ? [(3, "資産の機密性・完全性・可用性の格付けの最大が 3（脅威によらない）"),
                   (2, "資産の格付けの最大が 2"), (1, "それ以外")]
                : [(3, "the asset's highest class of confidentiality, integrity and availability is 3, whatever the threat"),
                   (2, "the asset's highest class is 2"), (1, "otherwise")]
        }
    }
}
