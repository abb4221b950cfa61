/// The one JSON string escaper: reports, rendered task definitions, fixes,
/// schema and parser messages, the language server and `register` all quote
/// strings with it.
public enum JSONString {
    /// Whether `text` has a byte that `quoted` may escape (a control
    /// character, `"`, `\\`, DEL, or the lead byte of U+2028/U+2029); most
    /// texts have none and are written as they are.
    public static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains(where: mayNeedEscaping)
    }

    /// Whether `quoted` may escape a text with this byte (see `needsEscaping`).
    static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xE2
    }

    /// A JSON string literal for `text`: quotes, backslashes and control
    /// characters escaped (`\n`, `\t`, … or `\u00XX`), as are DEL and the line
    /// and paragraph separators U+2028 and U+2029, which some JSON readers
    /// take for line ends. With `limit`, a longer text is cut after `limit`
    /// characters (Unicode scalars) and ends with `…` (for messages).
    public static func quoted(_ text: String, limit: Int? = nil) -> String {
        if limit.map({ text.utf8.count <= $0 }) ?? true, !needsEscaping(text) {
            return "\"" + text + "\""
        }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if let limit, count == limit {
                result += "…"
                break
            }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
        return result
    }
}
