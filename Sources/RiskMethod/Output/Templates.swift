/// A template that `risk init` writes: its name in the folder and its bytes.
public struct TemplateFile: Sendable {
    /// The name written, such as `inventory.csv`.
    public var name: String
    /// The name in the `Templates/` folder of the source tree, such as `inventory-ja.csv`.
    public var source: String
    /// The bytes, byte for byte those of the source file.
    public var bytes: [UInt8]
}

/// The fill-in templates and the sample inventory, compiled from `Templates/`.
public enum Templates {
    /// The files `risk init` writes for `language`: the templates in that language, the method and the sample.
    public static func files(for language: Language) -> [TemplateFile] {
        let suffix = "-" + language.rawValue + "."
        return EmbeddedFiles.templates.compactMap { file in
            if file.name.includes(suffix) {
                let name = file.name.replacingAll("-" + language.rawValue, with: "")
                return TemplateFile(name: name, source: file.name, bytes: file.bytes)
            }
            if file.name.includes("-ja.") || file.name.includes("-en.") { return nil }
            return TemplateFile(name: file.name, source: file.name, bytes: file.bytes)
        }
    }

    /// Every embedded template by its source name.
    public static var all: [TemplateFile] {
        EmbeddedFiles.templates.map { TemplateFile(name: $0.name, source: $0.name, bytes: $0.bytes) }
    }
}
