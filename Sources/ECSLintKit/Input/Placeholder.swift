/// Template placeholders: the parts of a value that a pipeline fills in later
/// (`${IMAGE}`, `$TAG`, `{{ .Values.image }}`, `<IMAGE1_NAME>`, `#{Version}`,
/// `%BUILD%`, …). A value that contains one is unknown, not wrong: the engine
/// drops format findings on it, and one info finding lists them.
///
/// The grammar, each form found anywhere inside a string:
///
/// | form | used by |
/// |---|---|
/// | `${…}` (non-empty, one line) | envsubst, shells, Terraform, CloudFormation `Fn::Sub` |
/// | `$NAME` | envsubst, shells |
/// | `$(NAME)` | Azure Pipelines macros |
/// | `{{ … }}` | Mustache, Jinja, Helm, Go templates, CloudFormation dynamic references |
/// | `#{…}` (optionally closed by `}#`) | Octopus Deploy, Azure "Replace Tokens" |
/// | `<NAME>` | CodePipeline image placeholders (`<IMAGE1_NAME>`) |
/// | `%NAME%` | Windows batch, Octopus |
/// | `@NAME@` | Maven and Gradle resource filtering |
/// | `__NAME__` (upper case) | Azure DevOps token replacement |
///
/// `NAME` is a letter or `_` followed by letters, digits, `_` (and `.` or `-`
/// for `<…>`, `$(…)` and `@…@`). In shell contexts (`command`, `entryPoint`,
/// `healthCheck.command`) the `$` forms are the shell's own variables,
/// expanded when the container starts, so they are not placeholders there.
public enum Placeholder {
    /// Every placeholder in `text`, in order.
    public static func all(in text: String, shellContext: Bool = false) -> [String] {
        scan(text, shellContext: shellContext, firstOnly: false)
    }

    /// Whether `text` contains a placeholder.
    public static func contains(_ text: String, shellContext: Bool = false) -> Bool {
        !scan(text, shellContext: shellContext, firstOnly: true).isEmpty
    }

    /// Whether a value at `pointer` is interpreted by a shell in the container,
    /// so that `$VAR` there is the shell's variable.
    public static func isShellContext(_ pointer: JSONPointer) -> Bool {
        pointer.tokens.contains { $0 == "command" || $0 == "entryPoint" }
    }

    private static func scan(_ text: String, shellContext: Bool, firstOnly: Bool) -> [String] {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: isOpener) else { return [] }
        var found: [String] = []
        var index = 0
        while index < bytes.count {
            if let end = match(bytes, at: index, shellContext: shellContext) {
                found.append(String(decoding: bytes[index..<end], as: UTF8.self))
                if firstOnly { return found }
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private static func isOpener(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "<"), UInt8(ascii: "%"),
            UInt8(ascii: "@"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// The end (exclusive) of a placeholder starting at `start`, if one does.
    private static func match(_ bytes: [UInt8], at start: Int, shellContext: Bool) -> Int? {
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        switch bytes[start] {
        case UInt8(ascii: "$") where !shellContext:
            if next == UInt8(ascii: "{") { return closing(bytes, from: start + 2, close: "}") }
            if next == UInt8(ascii: "(") {
                return delimitedName(bytes, from: start + 2, close: ")", extra: ".")
            }
            let end = nameEnd(bytes, from: start + 1, extra: "")
            return end > start + 1 ? end : nil
        case UInt8(ascii: "{") where next == UInt8(ascii: "{"):
            guard let close = find(bytes, "}}", from: start + 2), close > start + 2 else { return nil }
            return close + 2
        case UInt8(ascii: "#") where next == UInt8(ascii: "{"):
            guard let end = closing(bytes, from: start + 2, close: "}") else { return nil }
            return end < bytes.count && bytes[end] == UInt8(ascii: "#") ? end + 1 : end
        case UInt8(ascii: "<"):
            return delimitedName(bytes, from: start + 1, close: ">", extra: ".-")
        case UInt8(ascii: "%"):
            return delimitedName(bytes, from: start + 1, close: "%", extra: "")
        case UInt8(ascii: "@"):
            guard start == 0 || !isNameByte(bytes[start - 1], extra: "") else { return nil }
            return delimitedName(bytes, from: start + 1, close: "@", extra: ".-")
        case UInt8(ascii: "_") where next == UInt8(ascii: "_"):
            return dunderEnd(bytes, from: start + 2)
        default:
            return nil
        }
    }

    /// The end of `…<close>` where the content is non-empty and on one line.
    private static func closing(_ bytes: [UInt8], from start: Int, close: Character) -> Int? {
        guard let closeByte = close.asciiValue else { return nil }
        var index = start
        while index < bytes.count {
            if bytes[index] == closeByte { return index > start ? index + 1 : nil }
            if bytes[index] == UInt8(ascii: "\n") { return nil }
            index += 1
        }
        return nil
    }

    /// The end of `NAME<close>` starting at `start`.
    private static func delimitedName(_ bytes: [UInt8], from start: Int, close: Character, extra: String) -> Int? {
        let end = nameEnd(bytes, from: start, extra: extra)
        guard end > start, end < bytes.count, bytes[end] == close.asciiValue else { return nil }
        return end + 1
    }

    /// The end of `NAME__` for an upper-case name after a leading `__`.
    private static func dunderEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        guard index < bytes.count, isUpper(bytes[index]) else { return nil }
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "_") { return index + 2 }
            guard isUpper(bytes[index]) || isDigit(bytes[index]) || bytes[index] == 0x5F
            else { return nil }
            index += 1
        }
        return nil
    }

    /// The end of a name (`[A-Za-z_][A-Za-z0-9_<extra>]*`) starting at `start`.
    private static func nameEnd(_ bytes: [UInt8], from start: Int, extra: String) -> Int {
        guard start < bytes.count, isLetter(bytes[start]) || bytes[start] == 0x5F else { return start }
        var index = start + 1
        while index < bytes.count, isNameByte(bytes[index], extra: extra) { index += 1 }
        return index
    }

    private static func isNameByte(_ byte: UInt8, extra: String) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == 0x5F || extra.utf8.contains(byte)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || (byte >= 0x61 && byte <= 0x7A) }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { return nil }
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
