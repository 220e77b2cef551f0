/// What an operating-system error is, for messages in the user's language.
public enum SystemFailure: Sendable {
    case noSuchFile, accessDenied, isDirectory, notDirectory, noSpace, readOnly, exists, tooManyFiles, inputOutput
    case brokenPipe, nameTooLong, other

    /// The Japanese words for the error; nil for one that has none (the system's own words are used).
    var japanese: String? {
        switch self {
        case .noSuchFile: "ファイルまたはフォルダがありません"
        case .accessDenied: "アクセスが許可されていません"
        case .isDirectory: "フォルダです（ファイルを指定してください）"
        case .notDirectory: "途中のパスがフォルダではありません"
        case .noSpace: "ディスクの空きがありません"
        case .readOnly: "読み取り専用のファイルシステムです"
        case .exists: "すでにあります"
        case .tooManyFiles: "開いているファイルが多すぎます"
        case .inputOutput: "入出力エラーです"
        case .brokenPipe: "出力先が閉じられました"
        case .nameTooLong: "名前が長すぎます"
        case .other: nil
        }
    }
}

/// The command's sentences: usage, files, and what a run found.
public enum CommandText: String, MessageCatalog {
    case unknownOption = "command.unknown-option"
    case flagTakesNoValue = "command.flag-takes-no-value"
    case missingValue = "command.missing-value"
    case optionTwice = "command.option-twice"
    case optionNotFor = "command.option-not-for"
    case unknownCommand = "command.unknown-command"
    case invalidChoice = "command.invalid-choice"
    case wrongArgumentCount = "command.wrong-argument-count"
    case cannotRead = "command.cannot-read"
    case inputTooLarge = "command.input-too-large"
    case cannotWrite = "command.cannot-write"
    case outputIsInput = "command.output-is-input"
    case outputIsFolder = "command.output-is-folder"
    case plantedLink = "command.planted-link"
    case xlsxCellCut = "command.xlsx-cell-cut"
    case standardOutput = "command.standard-output"
    case xlsxMoreCut = "command.xlsx-more-cut"
    case exists = "command.exists"
    case stdinTwice = "command.stdin-twice"
    case problemsFound = "command.problems-found"
    case moreNotShown = "command.more-not-shown"
    case validated = "command.validated"
    case wrote = "command.wrote"
    case xlsxToTerminal = "command.xlsx-to-terminal"
    case inputChanged = "command.input-changed"
    case failOn = "command.fail-on"
    case catalogCSVNeedsOnePart = "command.catalog-csv-one-part"
    case formatNotWritten = "command.format-not-written"
    case formatDisagrees = "command.format-disagrees"
    case formatNotNamed = "command.format-not-named"
    case notEncodable = "command.not-encodable"
    case encodingForCSVOnly = "command.encoding-for-csv-only"
    case internalError = "command.internal-error"
    case streamedMeasuredOtherwise = "command.streamed-measured-otherwise"

    public var templates: Localized {
        switch self {
        case .unknownOption: Localized("不明なオプションです: {1}（risk --help で使い方を表示します）",
                                       "unknown option {1} (risk --help shows the usage)")
        case .flagTakesNoValue: Localized("--{1} は値をとりません", "--{1} takes no value")
        case .missingValue: Localized("--{1} の値がありません", "--{1} needs a value")
        case .optionTwice: Localized("--{1} が 2 回指定されています（{2} と {3}）。1 回だけ指定してください",
                                     "--{1} is given twice ({2} and {3}); give it once")
        case .optionNotFor: Localized("--{1} は risk {2} では使えません", "--{1} is not an option of risk {2}")
        case .unknownCommand: Localized("不明なコマンドです: {1}（score, validate, init, catalog, explain, diff のいずれか）",
                                        "unknown command {1} (expected score, validate, init, catalog, explain or diff)")
        case .invalidChoice: Localized("--{1} の値「{2}」は使えません（使える値: {3}）", "--{1}: \"{2}\" is not allowed (allowed: {3})")
        case .wrongArgumentCount: Localized("risk {1} の引数は {2} です（risk {1} --help）", "risk {1} takes {2} (see risk {1} --help)")
        case .cannotRead: Localized("{1} を読めません: {2}", "cannot read {1}: {2}")
        case .inputTooLarge: Localized("{1} は一度に読める大きさ（{2} バイト）を超えています。CSV の台帳は --format csv --output FILE で分割せずに採点できます。それ以外はファイルを分けてください",
                                       "{1} is larger than risk reads at once ({2} bytes); a CSV inventory is scored in bounded memory with --format csv --output FILE, anything else must be split")
        case .cannotWrite: Localized("{1} に書き込めません: {2}", "cannot write {1}: {2}")
        case .outputIsInput: Localized("--output の {1} は入力ファイルです。入力ファイルは上書きしません",
                                       "--output {1} is one of the input files; an input is never overwritten")
        case .outputIsFolder: Localized("--output の {1} はフォルダです。書き出すファイルの名前を指定してください（例: {2}）",
                                        "--output {1} is a folder; give the name of the file to write (such as {2})")
        case .plantedLink: Localized("--output の {1} は、誰でも書き込めるフォルダ {2}（/tmp のようにスティッキービットつき）にあるシンボリックリンクで、持ち主（ユーザー ID {3}）はあなたでもフォルダの持ち主でもありません。他のユーザーが仕掛けたおそれがあるので、たどって書き込むことはしません（Linux の fs.protected_symlinks の規則を、設定にかかわらず守ります）。リンクを消すか、別の場所に書き出してください",
                                     "--output {1} is a symbolic link in {2}, a folder anyone may write to (sticky, as /tmp is), and its owner (user id {3}) is neither you nor the folder's owner: another user may have planted it, so risk does not write through it (the rule of Linux's fs.protected_symlinks, kept whatever the system's setting); remove the link or write elsewhere")
        case .xlsxCellCut: Localized("警告: XLSX のセル {1} は {2} 文字あり、Excel の上限の {3} 文字で切って書きました（CSV・JSON などほかの形式では全文が残ります）",
                                     "warning: XLSX cell {1} has {2} characters and is cut to {3}, Excel's limit (the CSV, JSON and other formats keep it whole)")
        case .xlsxMoreCut: Localized("警告: ほかに {1} 個のセルも同じく切れています", "warning: {1} more cells are cut the same way")
        case .standardOutput: Localized("標準出力", "standard output")
        case .exists: Localized("すでにあるファイルは上書きしません（--force で上書き）: {1}",
                                "these files exist and are not overwritten (--force overwrites them): {1}")
        case .stdinTwice: Localized("標準入力（-）は一つの入力にしか使えません", "standard input (-) can be only one of the inputs")
        case .problemsFound: Localized("入力に {1} 件の誤りがあります。出力は書いていません{2}",
                                       "{1} problem(s) in the input; nothing was written{2}")
        case .moreNotShown: Localized("（ほかに {1} 件は省略）", " ({1} more not shown)")
        case .validated: Localized("問題はありません: 資産 {1} 件、リスク {2} 件", "no problems: {1} assets, {2} risks")
        case .wrote: Localized("{1} に書きました: {2}", "wrote to {1}: {2}")
        case .xlsxToTerminal: Localized("XLSX は端末には書けません。--output でファイルを指定してください",
                                        "an XLSX workbook is not written to a terminal; name a file with --output")
        case .inputChanged: Localized("{1} が読み取り中に変更されました。もう一度実行してください",
                                      "{1} changed while it was read; run the command again")
        case .failOn: Localized("--fail-on {1}: 対応が済んでいないリスクが {2} 件あります（{3}）",
                                "--fail-on {1}: {2} untreated risk(s) at or above {1} ({3})")
        case .catalogCSVNeedsOnePart: Localized("CSV では一つの種類（items, threats, controls, media）を指定してください",
                                                "CSV takes one part (items, threats, controls or media)")
        case .formatNotWritten: Localized("{1} の拡張子は {2} 形式を表しますが、risk {3} が書ける形式は {4} です（--format で選ぶか、ファイル名を変えてください）",
                                          "{1} names the {2} format, which risk {3} does not write; it writes {4} (choose with --format, or name the file otherwise)")
        case .formatDisagrees: Localized("--format {1} の出力を {2} 形式を表す名前 {3} には書きません（ファイル名を変えてください）",
                                         "--format {1} is not written to {3}, a name for the {2} format (name the file otherwise)")
        case .formatNotNamed: Localized("{1} の名前からは書く形式が分かりません。--format で {2} のどれかを選ぶか、ファイル名の拡張子をそれに合わせてください（.csv、.xlsx など）",
                                        "{1}: the name does not say which format to write; choose one with --format ({2}), or give the file that format's extension (.csv, .xlsx, …)")
        case .notEncodable: Localized("出力に CP932（Shift_JIS）で表せない文字「{1}」（{2}）があります。--encoding utf-8-bom なら Excel でも文字化けせずに開けます。何も書いていません",
                                      "the output holds \"{1}\" ({2}), which CP932 (Shift_JIS) cannot hold; --encoding utf-8-bom opens in Excel too; nothing was written")
        case .encodingForCSVOnly: Localized("--encoding は CSV の出力にだけ使えます（指定された形式: {1}）",
                                            "--encoding applies to CSV output only (the format is {1})")
        case .internalError: Localized("内部エラー: {1}", "internal error: {1}")
        case .streamedMeasuredOtherwise: Localized("ストリーム処理の台帳の大きさが計算と合いません。{1} を一度に読み直します",
                                                   "the streamed register was measured otherwise; reading {1} whole")
        }
    }
}

/// The command's sentences in one language, with their values typed: what the command and the system layer say.
public struct Messages: Sendable {
    /// The language.
    public let language: Language

    /// The messages in `language`.
    public init(language: Language) { self.language = language }

    public func unknownOption(_ option: String) -> String { CommandText.unknownOption(language, option) }
    public func flagTakesNoValue(_ name: String) -> String { CommandText.flagTakesNoValue(language, name) }
    public func optionTwice(_ name: String, _ first: String, _ second: String) -> String {
        CommandText.optionTwice(language, name, first, second)
    }
    public func missingValue(_ name: String) -> String { CommandText.missingValue(language, name) }
    public func optionNotFor(_ name: String, command: String) -> String { CommandText.optionNotFor(language, name, command) }
    public func unknownCommand(_ name: String) -> String { CommandText.unknownCommand(language, name) }
    public func invalidChoice(_ option: String, _ value: String, allowed: [String]) -> String {
        CommandText.invalidChoice(language, option, value, allowed.joined(separator: ", "))
    }
    public func wrongArgumentCount(_ command: String, expected: String) -> String {
        CommandText.wrongArgumentCount(language, command, expected)
    }
    public func cannotRead(_ file: String, _ reason: String) -> String { CommandText.cannotRead(language, file, reason) }
    public func cannotWrite(_ file: String, _ reason: String) -> String { CommandText.cannotWrite(language, file, reason) }
    public func inputTooLarge(_ file: String, _ limit: Int) -> String { CommandText.inputTooLarge(language, file, String(limit)) }
    public func outputIsInput(_ file: String) -> String { CommandText.outputIsInput(language, file) }
    public func outputIsFolder(_ path: String, example: String) -> String { CommandText.outputIsFolder(language, path, example) }
    public func plantedLink(_ path: String, folder: String, owner: Int) -> String {
        CommandText.plantedLink(language, path, folder, String(owner))
    }
    public func xlsxCellCut(_ reference: String, characters: Int, limit: Int) -> String {
        CommandText.xlsxCellCut(language, reference, String(characters), String(limit))
    }
    public func xlsxMoreCut(_ count: Int) -> String { CommandText.xlsxMoreCut(language, String(count)) }
    /// The name of standard output in a message: "cannot write standard output: …".
    public var standardOutput: String { CommandText.standardOutput(language) }
    public func exists(_ files: [String]) -> String { CommandText.exists(language, files.joined(separator: ", ")) }
    public func stdinTwice() -> String { CommandText.stdinTwice(language) }
    public func problemsFound(errors: Int, dropped: Int) -> String {
        CommandText.problemsFound(language, String(errors), dropped > 0 ? CommandText.moreNotShown(language, String(dropped)) : "")
    }
    public func validated(assets: Int, risks: Int) -> String { CommandText.validated(language, String(assets), String(risks)) }
    public func wrote(_ files: [String], folder: String) -> String {
        CommandText.wrote(language, folder, files.joined(separator: ", "))
    }
    public func xlsxToTerminal() -> String { CommandText.xlsxToTerminal(language) }
    public func inputChanged(_ file: String) -> String { CommandText.inputChanged(language, file) }
    public func failOn(_ level: String, count: Int, ids: [String]) -> String {
        let shown = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
        return CommandText.failOn(language, level, String(count), shown)
    }
    public func catalogCSVNeedsOnePart() -> String { CommandText.catalogCSVNeedsOnePart(language) }
    public func formatNotWritten(_ file: String, format: String, command: String, allowed: [String]) -> String {
        CommandText.formatNotWritten(language, file, format, command, allowed.joined(separator: ", "))
    }
    public func formatDisagrees(_ chosen: String, file: String, format: String) -> String {
        CommandText.formatDisagrees(language, chosen, format, file)
    }
    public func formatNotNamed(_ file: String, allowed: [String]) -> String {
        CommandText.formatNotNamed(language, file, allowed.joined(separator: ", "))
    }
    public func notEncodable(_ character: String) -> String {
        CommandText.notEncodable(language, character, character.unicodeScalars.first.map(TerminalText.codePoint) ?? "")
    }
    public func encodingForCSVOnly(_ format: String) -> String { CommandText.encodingForCSVOnly(language, format) }
    public func internalError(_ detail: String) -> String { CommandText.internalError(language, detail) }
    public func streamedMeasuredOtherwise(_ file: String) -> String { CommandText.streamedMeasuredOtherwise(language, file) }

    /// What a system error means, in the user's language: Japanese words for the common ones, else the system's
    /// own (English) description.
    public func reason(_ failure: SystemFailure, description: String) -> String {
        language == .ja ? failure.japanese ?? description : description
    }
}
