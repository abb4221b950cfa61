/// A strict RFC 8259 JSON parser that records the exact position of every
/// value and every object key.
///
/// Positions are 1-based lines and columns (columns count Unicode scalars) and
/// 0-based byte offsets into `bytes`. A leading UTF-8 byte-order mark is
/// skipped: the first character after it is at line 1, column 1, byte offset 3.
/// Duplicate keys are kept in source order.
///
/// The parser is iterative (an explicit stack, no recursion), so it is safe on
/// threads with small stacks; nesting deeper than ``maximumDepth`` is rejected
/// with a ``SyntaxError``.
public enum JSONScanner {
    /// The deepest nesting of objects and arrays accepted before the input is
    /// rejected. ECS task definitions are about 8 levels deep.
    public static let maximumDepth = 100

    /// Parses `bytes` into a positioned tree.
    ///
    /// - Throws: A ``SyntaxError`` at the exact place of the first problem,
    ///   with a message and, where one helps, a fix.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> Node {
        let result: Result<Node, SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(input: buffer, maximumDepth: maximumDepth)
            do throws(SyntaxError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
