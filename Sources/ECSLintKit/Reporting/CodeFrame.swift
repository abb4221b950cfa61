/// The source line of a finding with an underline under its range, secrets masked.
///
/// ```
///   12 |       "hostPort": 8081,
///      |                   ^^^^
/// ```
struct CodeFrame {
    let source: SourceText
    let sensitiveRanges: [SourceRange]

    func render(_ range: SourceRange, style: TextStyle) -> String {
        let lineNumber = range.start.line
        guard lineNumber >= 1, lineNumber <= source.lineCount else { return "" }
        var scalars = Array(masked(line: lineNumber).unicodeScalars)
        for index in scalars.indices where scalars[index] == "\t" { scalars[index] = " " }
        var text = String(String.UnicodeScalarView(scalars))
        if text.count > 200 {
            text = String(text.prefix(200)) + "…"
        }
        let startColumn = max(1, range.start.column)
        let lineLength = scalars.count
        let endColumn: Int
        if range.end.line == lineNumber, range.end.column > startColumn {
            endColumn = min(range.end.column, lineLength + 1)
        } else {
            endColumn = max(startColumn + 1, lineLength + 1)
        }
        let gutter = String(lineNumber)
        let pad = String(repeating: " ", count: gutter.count)
        let marks = String(repeating: "^", count: max(1, min(endColumn - startColumn, 200)))
        let underline = String(repeating: " ", count: min(startColumn - 1, 200)) + style.underline(marks)
        return "  \(style.dim(gutter)) \(style.dim("|")) \(text)\n  \(pad) \(style.dim("|")) \(underline)\n"
    }

    /// The line with every sensitive range on it replaced by its first four
    /// characters and asterisks.
    func masked(line lineNumber: Int) -> String {
        let text = source.line(lineNumber)
        let onLine = sensitiveRanges.filter { $0.start.line <= lineNumber && $0.end.line >= lineNumber }
        guard !onLine.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        for range in onLine {
            let first = range.start.line == lineNumber ? range.start.column - 1 : 0
            let last = range.end.line == lineNumber ? range.end.column - 1 : scalars.count
            let quoted = first < scalars.count && scalars[first] == "\""
            let valueStart = quoted ? first + 1 : first
            let valueEnd = quoted ? last - 1 : last
            Secrets.mask(&scalars, from: valueStart, to: valueEnd)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// How secrets are shown: never in full.
public enum Secrets {
    /// The masked form of a secret: its first four characters (none when it is
    /// shorter than 12), then asterisks.
    public static func masked(_ secret: String) -> String {
        var scalars = Array(secret.unicodeScalars)
        mask(&scalars, from: 0, to: scalars.count)
        return String(String.UnicodeScalarView(scalars))
    }

    static func mask(_ scalars: inout [Unicode.Scalar], from start: Int, to end: Int) {
        let lower = max(0, start)
        let upper = min(scalars.count, end)
        guard lower < upper else { return }
        let keep = upper - lower >= 12 ? 4 : 0
        for index in (lower + keep)..<upper { scalars[index] = "*" }
    }
}
