extension JSONParser {
    /// Reads a string starting at the opening quote at `index`; returns the
    /// unescaped text and the range including both quotes.
    ///
    /// Strings without escapes (nearly all of them) are validated in place and
    /// turned into a `String` with one copy.
    mutating func scanString() throws(SyntaxError) -> (String, SourceRange) {
        let start = position(at: index)
        let contentStart = index + 1
        var cursor = contentStart
        while cursor < count {
            let byte = input[cursor]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: input[contentStart..<cursor]), as: UTF8.self)
                index = cursor + 1
                return (text, SourceRange(start: start, end: position(at: index)))
            }
            if byte == UInt8(ascii: "\\") {
                return try scanEscapedString(start: start, escapeAt: cursor)
            }
            if byte < 0x20 { throw controlCharacter(at: cursor, stringStart: start) }
            if byte < 0x80 {
                cursor += 1
            } else {
                cursor = try skipUTF8Sequence(at: cursor)
            }
        }
        throw unterminatedString(start)
    }

    /// Continues a string at its first escape, collecting the decoded bytes.
    private mutating func scanEscapedString(start: SourcePosition, escapeAt firstEscape: Int) throws(SyntaxError) -> (
        String, SourceRange
    ) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(firstEscape - start.offset + 32)
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[(start.offset + 1)..<firstEscape]))
        var cursor = firstEscape
        var runStart = cursor
        while cursor < count {
            let byte = input[cursor]
            if byte == UInt8(ascii: "\"") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<cursor]))
                index = cursor + 1
                return (String(decoding: bytes, as: UTF8.self), SourceRange(start: start, end: position(at: index)))
            }
            if byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<cursor]))
                cursor = try decodeEscape(at: cursor, stringStart: start, into: &bytes)
                runStart = cursor
            } else if byte < 0x20 {
                throw controlCharacter(at: cursor, stringStart: start)
            } else if byte < 0x80 {
                cursor += 1
            } else {
                cursor = try skipUTF8Sequence(at: cursor)
            }
        }
        throw unterminatedString(start)
    }

    /// Decodes the escape whose backslash is at `escape`, appends its UTF-8
    /// bytes, and returns the offset after it.
    private func decodeEscape(at escape: Int, stringStart: SourcePosition, into bytes: inout [UInt8])
        throws(SyntaxError) -> Int
    {
        guard escape + 1 < count else { throw unterminatedString(stringStart) }
        let simple: UInt8
        switch input[escape + 1] {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            let unit = try hexEscape(at: escape)
            switch unit {
            case 0xD800...0xDBFF:
                let second = escape + 6
                guard second + 1 < count, input[second] == UInt8(ascii: "\\"), input[second + 1] == UInt8(ascii: "u")
                else {
                    throw surrogateError(
                        "unpaired high surrogate \(escapeText(at: escape))", escape: escape, length: 6)
                }
                let low = try hexEscape(at: second)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw surrogateError(
                        "high surrogate \(escapeText(at: escape)) is followed by \(escapeText(at: second)), "
                            + "not by a low surrogate",
                        escape: escape, length: 12)
                }
                appendUTF8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), to: &bytes)
                return escape + 12
            case 0xDC00...0xDFFF:
                throw surrogateError("unpaired low surrogate \(escapeText(at: escape))", escape: escape, length: 6)
            default:
                appendUTF8(unit, to: &bytes)
                return escape + 6
            }
        default:
            throw invalidEscape(at: escape)
        }
        bytes.append(simple)
        return escape + 2
    }

    /// Reads the four hex digits of the `\u` escape at `escape`.
    private func hexEscape(at escape: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for offset in (escape + 2)..<(escape + 6) {
            guard offset < count, let digit = JSONParser.hexValue(input[offset]) else {
                throw badUnicodeEscape(at: escape)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The value of an ASCII hex digit.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Appends the UTF-8 form of a scalar value (never a surrogate).
    private func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(scalar))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Validates the multi-byte UTF-8 sequence at `offset` (lead byte ≥ 0x80),
    /// counts its continuation bytes for columns, and returns the offset after it.
    mutating func skipUTF8Sequence(at offset: Int) throws(SyntaxError) -> Int {
        let length = try utf8SequenceLength(at: offset)
        skew += length - 1
        return offset + length
    }

    /// The length of the valid UTF-8 sequence at `offset` (lead byte ≥ 0x80),
    /// or an error at the exact byte that makes it invalid.
    func utf8SequenceLength(at offset: Int) throws(SyntaxError) -> Int {
        let lead = input[offset]
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, lower) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, upper) = (3, 0x9F)
        case 0xF0: (length, lower) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, upper) = (4, 0x8F)
        default: throw invalidUTF8(at: offset, incomplete: false)
        }
        for position in (offset + 1)..<(offset + length) {
            guard position < count, input[position] & 0xC0 == 0x80 else {
                throw invalidUTF8(at: offset, incomplete: true)
            }
        }
        let second = input[offset + 1]
        guard second >= lower, second <= upper else { throw invalidUTF8(at: offset + 1, incomplete: false) }
        return length
    }

    /// The source text of the six-character `\uXXXX` escape at `escape`.
    private func escapeText(at escape: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: input[escape..<(escape + 6)]), as: UTF8.self)
    }

    /// A lone or mismatched surrogate escape.
    private func surrogateError(_ message: String, escape: Int, length: Int) -> SyntaxError {
        SyntaxError(
            message: message,
            range: range(from: escape, to: escape + length),
            fix: "a \\uD800–\\uDBFF escape must be followed by a \\uDC00–\\uDFFF escape "
                + "(\\ud83d\\ude00 is 😀); or write the character itself"
        )
    }
}
