import Foundation
import RiskCore

/// The command's own messages and help, in the user's language.
struct Messages {
    let language: Language
    var ja: Bool { language == .ja }

    func unknownOption(_ option: String) -> String {
        ja ? "不明なオプションです: \(option)（risk --help で使い方を表示します）"
            : "unknown option \(option) (risk --help shows the usage)"
    }
    func flagTakesNoValue(_ name: String) -> String {
        ja ? "--\(name) は値をとりません" : "--\(name) takes no value"
    }
    func missingValue(_ name: String) -> String {
        ja ? "--\(name) の値がありません" : "--\(name) needs a value"
    }
    func optionNotFor(_ name: String, command: String) -> String {
        ja ? "--\(name) は risk \(command) では使えません" : "--\(name) is not an option of risk \(command)"
    }
    func unknownCommand(_ name: String) -> String {
        ja ? "不明なコマンドです: \(name)（score, validate, init, catalog, explain, diff のいずれか）"
            : "unknown command \(name) (expected score, validate, init, catalog, explain or diff)"
    }
    func invalidChoice(_ option: String, _ value: String, allowed: [String]) -> String {
        ja ? "--\(option) の値「\(value)」は使えません（使える値: \(allowed.joined(separator: ", "))）"
            : "--\(option): \"\(value)\" is not allowed (allowed: \(allowed.joined(separator: ", ")))"
    }
    func wrongArgumentCount(_ command: String, expected: String) -> String {
        ja ? "risk \(command) の引数は \(expected) です（risk \(command) --help）"
            : "risk \(command) takes \(expected) (see risk \(command) --help)"
    }
    func cannotRead(_ file: String, _ reason: String) -> String {
        ja ? "\(file) を読めません: \(reason)" : "cannot read \(file): \(reason)"
    }
    func cannotWrite(_ file: String, _ reason: String) -> String {
        ja ? "\(file) に書き込めません: \(reason)" : "cannot write \(file): \(reason)"
    }
    func outputIsInput(_ file: String) -> String {
        ja ? "--output の \(file) は入力ファイルです。入力ファイルは上書きしません"
            : "--output \(file) is one of the input files; an input is never overwritten"
    }
    func exists(_ files: [String]) -> String {
        ja ? "すでにあるファイルは上書きしません（--force で上書き）: \(files.joined(separator: ", "))"
            : "these files exist and are not overwritten (--force overwrites them): \(files.joined(separator: ", "))"
    }
    func stdinTwice() -> String {
        ja ? "標準入力（-）は一つの入力にしか使えません" : "standard input (-) can be only one of the inputs"
    }
    func problemsFound(errors: Int, dropped: Int) -> String {
        let more = dropped > 0 ? (ja ? "（ほかに \(dropped) 件は省略）" : " (\(dropped) more not shown)") : ""
        return ja ? "入力に \(errors) 件の誤りがあります。出力は書いていません\(more)"
            : "\(errors) problem(s) in the input; nothing was written\(more)"
    }
    func validated(assets: Int, risks: Int) -> String {
        ja ? "問題はありません: 資産 \(assets) 件、リスク \(risks) 件" : "no problems: \(assets) assets, \(risks) risks"
    }
    func wrote(_ files: [String], folder: String) -> String {
        ja ? "\(folder) に書きました: \(files.joined(separator: ", "))" : "wrote to \(folder): \(files.joined(separator: ", "))"
    }
    /// What a system error means, in the user's language.
    func reason(errno code: Int32) -> String {
        if ja {
            switch code {
            case ENOENT: return "ファイルまたはフォルダがありません"
            case EACCES, EPERM: return "アクセスが許可されていません"
            case EISDIR: return "フォルダです（ファイルを指定してください）"
            case ENOTDIR: return "途中のパスがフォルダではありません"
            case ENOSPC: return "ディスクの空きがありません"
            case EROFS: return "読み取り専用のファイルシステムです"
            case EEXIST: return "すでにあります"
            case EMFILE, ENFILE: return "開いているファイルが多すぎます"
            case EIO: return "入出力エラーです"
            case EPIPE: return "出力先が閉じられました"
            case ENAMETOOLONG: return "名前が長すぎます"
            default: break
            }
        }
        return String(cString: strerror(code))
    }

    /// What an error means, in the user's language: system errors by their code, others as they describe themselves.
    func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError { return reason(errno: posix.code.rawValue) }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return reason(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileWriteFileExistsError { return reason(errno: EEXIST) }
        return ns.localizedDescription
    }

    func internalError(_ detail: String) -> String {
        ja ? "内部エラー: \(detail)" : "internal error: \(detail)"
    }
}
