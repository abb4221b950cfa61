/// Reads a source as JSON or YAML into positioned documents.
public enum SourceLoader {
    /// Loads `source`, choosing the format from `format`, the extension, or the content.
    public static func load(_ source: SourceText, format: SourceFormat? = nil) -> LoadedSource {
        let chosen = format ?? SourceFormat(pathExtension: source.path) ?? SourceFormat.sniff(source.bytes)
        switch chosen {
        case .json:
            do {
                let root = try JSONScanner.parse(source.bytes)
                return LoadedSource(format: .json, documents: [SourceDocument(index: 0, root: root)])
            } catch {
                return LoadedSource(format: .json, documents: [], syntaxError: error)
            }
        case .yaml:
            return YAMLLoader.load(source.bytes)
        }
    }
}
