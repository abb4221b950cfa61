/// Builds positioned documents from libyaml's event stream. (Placeholder: being written.)
public enum YAMLLoader {
    /// Loads every document of a YAML stream.
    public static func load(_ bytes: [UInt8]) -> LoadedSource {
        LoadedSource(format: .yaml, documents: [], syntaxError: SyntaxError(message: "YAML loader not yet written", range: SourceRange(at: .start)))
    }
}
