/// The source line of a finding with an underline under its range, secrets masked.
///
/// ```
///   12 |       "hostPort": 8081,
///      |                   ^^^^
/// ```
///
/// A frame costs O(window), not O(line): a line longer than
/// ``maximumWidth`` characters (a minified file) is cut to a window around
/// the range, marked with `…` on the cut sides, and the underline follows the
/// cut. Secrets in the window are masked: the file's secret ranges (by name
/// and shape, ``Secrets``), the ranges rules marked sensitive, and any secret
/// shape or known secret value in the window itself. Control characters are
/// shown as `?` so a file cannot send escape sequences to the terminal.
struct CodeFrame {
    /// The most characters of a line shown.
    static let maximumWidth = 200
    /// Characters kept before the range when a long line is cut.
    static let context = 60

    let source: SourceText
    /// Byte ranges to mask, sorted by start, merged.
    private let masked: [Range<Int>]
    private let masker: SecretMasker

    init(source: SourceText, sensitiveRanges: [SourceRange], secretRanges: [Range<Int>] = [], masker: SecretMasker) {
        self.source = source
        self.masker = masker
        let bytes = source.bytes
        let sensitive = sensitiveRanges.map { range -> Range<Int> in
            var lower = min(max(range.start.offset, 0), bytes.count)
            var upper = min(max(range.end.offset, lower), bytes.count)
            if upper - lower >= 2, bytes[lower] == bytes[upper - 1], bytes[lower] == 0x22 || bytes[lower] == 0x27 {
                lower += 1
                upper -= 1
            }
            return lower..<upper
        }
        masked = SecretMask.merged(sensitive + secretRanges)
    }

    /// Creates a frame for a report's file.
    init(_ report: FileReport) {
        self.init(
            source: report.source, sensitiveRanges: report.sensitiveRanges, secretRanges: report.secretRanges,
            masker: report.secrets)
    }

    func render(_ range: SourceRange, style: TextStyle) -> String {
        let lineNumber = range.start.line
        guard lineNumber >= 1, lineNumber <= source.lineCount else { return "" }
        let bytes = source.bytes
        let lineStart = source.lineStarts[lineNumber - 1]
        var lineEnd = lineNumber < source.lineCount ? source.lineStarts[lineNumber] : bytes.count
        while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let start = offset(of: range.start, lineStart: lineStart, lineEnd: lineEnd)
        let end =
            range.end.line == lineNumber
            ? max(offset(of: range.end, lineStart: lineStart, lineEnd: lineEnd), start) : lineEnd

        var windowStart = lineStart
        var windowEnd = advance(lineStart, by: Self.maximumWidth, limit: lineEnd)
        if windowEnd < lineEnd {
            windowStart = retreat(start, by: Self.context, limit: lineStart)
            windowEnd = advance(windowStart, by: Self.maximumWidth, limit: lineEnd)
        }
        let prefix = windowStart > lineStart ? "…" : ""
        let suffix = windowEnd < lineEnd ? "…" : ""
        let text = prefix + shown(windowStart..<windowEnd) + suffix

        let lead = prefix.count + scalars(in: windowStart..<min(start, windowEnd))
        let marked = max(1, scalars(in: min(start, windowEnd)..<min(end, windowEnd)) + (end > windowEnd ? 1 : 0))
        let gutter = String(lineNumber)
        let pad = String(repeating: " ", count: gutter.count)
        let underline = String(repeating: " ", count: lead) + style.underline(String(repeating: "^", count: marked))
        return "  \(style.dim(gutter)) \(style.dim("|")) \(text)\n  \(pad) \(style.dim("|")) \(underline)\n"
    }

    /// The byte offset of a position on the line: its offset, or (when a
    /// position was made without one) found from its column.
    private func offset(of position: SourcePosition, lineStart: Int, lineEnd: Int) -> Int {
        if position.offset >= lineStart, position.offset <= lineEnd { return position.offset }
        return advance(lineStart, by: max(0, position.column - 1), limit: lineEnd)
    }

    /// The window's text with secrets masked, tabs as spaces, controls as `?`.
    private func shown(_ window: Range<Int>) -> String {
        let bytes = Array(source.bytes[window])
        var ranges: [(Range<Int>, keepsPrefix: Bool)] = []
        var index = firstMasked(endingAfter: window.lowerBound)
        while index < masked.count, masked[index].lowerBound < window.upperBound {
            let range = masked[index]
            let lower = max(range.lowerBound, window.lowerBound) - window.lowerBound
            let upper = min(range.upperBound, window.upperBound) - window.lowerBound
            ranges.append((lower..<upper, range.lowerBound >= window.lowerBound))
            index += 1
        }
        for range in masker.secretRanges(in: bytes) { ranges.append((range, true)) }
        ranges.sort { $0.0.lowerBound < $1.0.lowerBound }
        var output = SecretMask.apply(ranges, to: bytes)
        for index in output.indices {
            if output[index] == 0x09 {
                output[index] = 0x20
            } else if output[index] < 0x20 || output[index] == 0x7F {
                output[index] = UInt8(ascii: "?")
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The index of the first masked range that ends after `offset`.
    private func firstMasked(endingAfter offset: Int) -> Int {
        var low = 0
        var high = masked.count
        while low < high {
            let middle = (low + high) / 2
            if masked[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The offset `count` characters after `offset`, at most `limit`.
    private func advance(_ offset: Int, by count: Int, limit: Int) -> Int {
        var cursor = offset
        var remaining = count
        let bytes = source.bytes
        while cursor < limit {
            if bytes[cursor] & 0xC0 != 0x80 {
                if remaining == 0 { break }
                remaining -= 1
            }
            cursor += 1
        }
        return cursor
    }

    /// The offset `count` characters before `offset`, at least `limit`.
    private func retreat(_ offset: Int, by count: Int, limit: Int) -> Int {
        var cursor = offset
        var remaining = count
        let bytes = source.bytes
        while cursor > limit, remaining > 0 {
            cursor -= 1
            if bytes[cursor] & 0xC0 != 0x80 { remaining -= 1 }
        }
        while cursor > limit, bytes[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        return cursor
    }

    private func scalars(in range: Range<Int>) -> Int {
        guard range.lowerBound < range.upperBound else { return 0 }
        return source.bytes[range].count(where: { $0 & 0xC0 != 0x80 })
    }
}
