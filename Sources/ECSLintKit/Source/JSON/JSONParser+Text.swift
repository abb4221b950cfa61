/// Helpers that measure source text and format it for messages (error paths only).
extension JSONParser {
    /// The offset after the closing `'` of a single-quoted string on the same
    /// line, or after the opening one when there is none.
    func singleQuotedEnd() -> Int {
        let lineEnd = lineEnd(from: index)
        var end = index + 1
        while end < lineEnd {
            if input[end] == UInt8(ascii: "'") { return end + 1 }
            end += 1
        }
        return index + 1
    }

    /// The end of an unquoted run of text: up to whitespace, `,`, `}`, `]`, a
    /// quote, or the end of the line (at most 80 bytes).
    func unquotedRunEnd(from start: Int) -> Int {
        var end = start
        loop: while end < count, end - start < 80 {
            switch input[end] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "\""):
                break loop
            case 0x80...:
                guard let length = try? utf8SequenceLength(at: end) else { break loop }
                end += length
            default:
                end += 1
            }
        }
        return end
    }

    /// The offset of the line break (or end of input) at or after `start`,
    /// looking at most `maximum` bytes ahead.
    func lineEnd(from start: Int, maximum: Int = 1000) -> Int {
        let limit = min(count, start + maximum)
        var end = start
        while end < limit, input[end] != UInt8(ascii: "\n"), input[end] != UInt8(ascii: "\r") { end += 1 }
        return end
    }

    /// `U+00A0` for a scalar value.
    static func codePoint(_ value: UInt32) -> String {
        "U+" + (value > 0xFFFF ? String(value, radix: 16, uppercase: true) : hex4(value).uppercased())
    }

    /// Four lowercase hex digits (more when the value needs them).
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
