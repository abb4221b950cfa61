/// A strict RFC 8259 JSON parser that records positions. (Placeholder: being written.)
public enum JSONScanner {
    /// The deepest nesting accepted before the input is rejected.
    public static let maximumDepth = 512

    /// Parses `bytes` into a positioned tree.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> Node {
        throw SyntaxError(message: "JSON scanner not yet written", range: SourceRange(at: .start))
    }
}
