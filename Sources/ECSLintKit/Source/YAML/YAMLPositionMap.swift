/// Turns libyaml's character indexes into `SourcePosition`s over the input
/// bytes: 1-based line (lines end at `\n` only, as in `SourceText`), 1-based
/// column in Unicode scalars, 0-based byte offset.
///
/// libyaml's `yaml_mark_t.index` and `.column` count decoded characters, not
/// bytes, and its lines also break at a lone CR, NEL, LS and PS, so only the
/// index is used. A cursor walks the bytes as the events advance; events come
/// almost in order, so the total work stays linear in the input.
final class YAMLPositionMap {
    /// The UTF-8 input libyaml reads.
    let bytes: [UInt8]
    /// Byte offsets at which each line starts.
    let lineStarts: [Int]
    private var characterIndex = 0
    private var cursor = SourcePosition.start

    /// Creates a map over `bytes`.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The position of the character with libyaml index `index`.
    func position(ofCharacter index: Int) -> SourcePosition {
        if index < characterIndex {
            moveBack(to: index)
        }
        while characterIndex < index, cursor.offset < bytes.count {
            let byte = bytes[cursor.offset]
            cursor.offset += Self.width(of: byte)
            if byte == UInt8(ascii: "\n") {
                cursor.line += 1
                cursor.column = 1
            } else {
                cursor.column += 1
            }
            characterIndex += 1
        }
        cursor.offset = min(cursor.offset, bytes.count)
        return cursor
    }

    /// The position of the byte at `offset`, walking forward from `position`
    /// (which must be at or before it).
    func advance(from position: SourcePosition, toByte offset: Int) -> SourcePosition {
        var result = position
        let target = min(offset, bytes.count)
        while result.offset < target {
            let byte = bytes[result.offset]
            result.offset += Self.width(of: byte)
            if byte == UInt8(ascii: "\n") {
                result.line += 1
                result.column = 1
            } else {
                result.column += 1
            }
        }
        result.offset = min(result.offset, bytes.count)
        return result
    }

    /// The position of any byte offset, found from the line table (for errors).
    func position(ofByte offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let line = lineIndex(ofByte: clamped)
        let start = SourcePosition(line: line + 1, column: 1, offset: lineStarts[line])
        return advance(from: start, toByte: clamped)
    }

    /// The byte offset at which the line holding `offset` starts.
    func lineStart(ofByte offset: Int) -> Int {
        lineStarts[lineIndex(ofByte: min(max(offset, 0), bytes.count))]
    }

    /// A range from `position` covering one character, or empty at the end of the input.
    func characterRange(at position: SourcePosition) -> SourceRange {
        guard position.offset < bytes.count else { return SourceRange(at: position) }
        let width = scalar(at: position.offset).map(UTF8.width) ?? 1
        var end = position
        end.offset = min(position.offset + width, bytes.count)
        end.column += 1
        return SourceRange(start: position, end: end)
    }

    /// The Unicode scalar starting at `offset`, if the bytes there decode.
    func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset >= 0, offset < bytes.count else { return nil }
        let width = Self.width(of: bytes[offset])
        let end = min(offset + width, bytes.count)
        var iterator = bytes[offset..<end].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private func moveBack(to index: Int) {
        var crossedLine = false
        while characterIndex > index, cursor.offset > 0 {
            cursor.offset -= 1
            while cursor.offset > 0, bytes[cursor.offset] & 0xC0 == 0x80 {
                cursor.offset -= 1
            }
            if bytes[cursor.offset] == UInt8(ascii: "\n") { crossedLine = true }
            cursor.column -= 1
            characterIndex -= 1
        }
        if crossedLine || cursor.column < 1 {
            cursor = position(ofByte: cursor.offset)
        }
    }

    private func lineIndex(ofByte offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func width(of leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
