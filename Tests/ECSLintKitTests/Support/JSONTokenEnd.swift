/// The end of the JSON token that starts at a byte offset (a string with its
/// quotes, a number or literal, an object or array to its closing bracket),
/// found by a scanner independent of the linter's, so the example tests can
/// check where a finding's range ends.
enum JSONTokenEnd {
    /// The byte offset just after the token starting at `start`, or nil
    /// when no token starts there.
    static func end(in text: String, at start: Int) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.indices.contains(start) else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return stringEnd(bytes, from: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return containerEnd(bytes, from: start)
        default:
            let delimiters: Set<UInt8> = Set(",:}] \n\r\t".utf8)
            var index = start
            while index < bytes.count, !delimiters.contains(bytes[index]) { index += 1 }
            return index > start ? index : nil
        }
    }

    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    private static func containerEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = stringEnd(bytes, from: index) else { return nil }
                index = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
