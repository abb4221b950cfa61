/// What a server says, made safe to print: anything from a response (an ARN,
/// an error code or message, a body) may hold escape sequences or control
/// characters meant for the terminal, and may be any size.
public enum ServerText {
    /// The most characters of an error message printed.
    public static let messageLimit = 2_048
    /// The most characters of a short field (ARN, code, request ID) printed.
    public static let fieldLimit = 1_024

    /// `text` with every control character (C0, DEL, C1) and bidirectional
    /// override replaced by `?` (newlines and tabs too, unless
    /// `keepsLineBreaks`), cut to `limit` characters with `…`.
    public static func printable(_ text: some StringProtocol, limit: Int, keepsLineBreaks: Bool = false) -> String {
        var output = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                output.append("…")
                break
            }
            count += 1
            if keepsLineBreaks, scalar == "\n" || scalar == "\t" {
                output.append(scalar)
            } else if isUnsafe(scalar) {
                output.append("?")
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
