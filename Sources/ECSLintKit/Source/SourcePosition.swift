/// A place in a source file: 1-based line and column, 0-based byte offset.
///
/// Columns count Unicode scalars (not bytes, not UTF-16 units), so a column
/// stays right on a line with `é` or `→` before it. The byte offset is kept as
/// well for tools that want it.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int
    /// The 0-based byte offset into the UTF-8 input.
    public var offset: Int

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The first position of any file.
    public static let start = SourcePosition(line: 1, column: 1, offset: 0)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of source text: `end` is the position just after the
/// last character, as in SARIF regions.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// The position of the first character.
    public var start: SourcePosition
    /// The position just after the last character.
    public var end: SourcePosition

    /// Creates a range from two positions.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// An empty range at one position.
    public init(at position: SourcePosition) {
        self.start = position
        self.end = position
    }

    public var description: String { "\(start)-\(end)" }
}
