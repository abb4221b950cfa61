/// Reads a file as `SourceLoader` does, except that a YAML file that looks
/// like a CloudFormation template is read with the CloudFormation short
/// forms (`!Ref x` as `{"Ref": "x"}`, `!Sub …` as `{"Fn::Sub": …}`).
enum InputLoader {
    /// Loads `source`, choosing the format from `format`, the extension, or the content.
    static func load(_ source: SourceText, format: SourceFormat? = nil) -> LoadedSource {
        let chosen = format ?? SourceFormat(pathExtension: source.path) ?? SourceFormat.sniff(source.bytes)
        if chosen == .yaml, looksLikeCloudFormation(source.bytes) {
            return YAMLLoader.load(source.bytes, options: YAMLLoader.Options(cloudFormationTags: true))
        }
        return SourceLoader.load(source, format: chosen)
    }

    /// Whether a line starts with `AWSTemplateFormatVersion` or `Resources:`,
    /// as every CloudFormation template in YAML has.
    static func looksLikeCloudFormation(_ bytes: [UInt8]) -> Bool {
        let markers = [Array("AWSTemplateFormatVersion".utf8), Array("Resources:".utf8)]
        var lineStart = 0
        while lineStart < bytes.count {
            if markers.contains(where: { bytes[lineStart...].starts(with: $0) }) { return true }
            guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return false }
            lineStart = newline + 1
        }
        return false
    }
}
