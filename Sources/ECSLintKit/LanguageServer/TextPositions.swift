/// Converts between byte offsets of a text and the positions the Language
/// Server Protocol uses: 0-based lines and 0-based columns in UTF-16 code
/// units.
public struct TextPositions: Sendable {
    /// The text.
    public let source: SourceText

    /// Creates a converter over a text.
    public init(_ source: SourceText) {
        self.source = source
    }

    /// The LSP position of a byte offset.
    public func position(ofOffset offset: Int) -> (line: Int, character: Int) {
        let clamped = min(max(offset, 0), source.bytes.count)
        let line = source.position(ofOffset: clamped).line - 1
        let start = source.lineStarts[line]
        let prefix = String(decoding: source.bytes[start..<clamped], as: UTF8.self)
        return (line, prefix.utf16.count)
    }

    /// The byte offset of an LSP position; a column past the end of its line
    /// means the line's end, a line past the end means the text's end.
    public func offset(line: Int, character: Int) -> Int {
        guard line >= 0 else { return 0 }
        guard line < source.lineStarts.count else { return source.bytes.count }
        let start = source.lineStarts[line]
        var end = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] : source.bytes.count
        while end > start, source.bytes[end - 1] == 10 || source.bytes[end - 1] == 13 { end -= 1 }
        var units = 0
        var offset = start
        let text = String(decoding: source.bytes[start..<end], as: UTF8.self)
        for scalar in text.unicodeScalars {
            if units >= character { break }
            units += scalar.utf16.count
            offset += scalar.utf8.count
        }
        return min(offset, end)
    }

    /// An LSP range object for a byte range.
    public func range(start: Int, end: Int) -> JSONValue {
        let from = position(ofOffset: start)
        let to = position(ofOffset: end)
        return .object([
            ("start", .object([("line", .int(from.line)), ("character", .int(from.character))])),
            ("end", .object([("line", .int(to.line)), ("character", .int(to.character))])),
        ])
    }

    /// The byte range of an LSP range object, or nil when it is malformed.
    public func offsets(of range: JSONValue?) -> (start: Int, end: Int)? {
        guard let range, let start = range["start"], let end = range["end"],
            let startLine = start["line"]?.intValue, let startCharacter = start["character"]?.intValue,
            let endLine = end["line"]?.intValue, let endCharacter = end["character"]?.intValue
        else { return nil }
        let from = offset(line: startLine, character: startCharacter)
        let to = offset(line: endLine, character: endCharacter)
        return (min(from, to), max(from, to))
    }
}
