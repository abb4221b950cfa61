/// Substitutes variables into a file before it is parsed, with envsubst's
/// syntax: `$NAME`, `${NAME}`, `${NAME:-default}` (the default when NAME is
/// unset or empty) and `${NAME-default}` (when NAME is unset).
///
/// One difference from envsubst, on purpose: a variable that is not given
/// (and has no default) is left as written instead of becoming an empty
/// string, so a forgotten `--var` is reported as a placeholder rather than
/// as an empty image or name. Values are inserted as they are (not escaped
/// for JSON), as envsubst does; defaults are used literally.
///
/// Container text (`Placeholder.Position.containerText`: `command`,
/// `entryPoint`, health checks, FireLens options) holds the container's own
/// `$VAR`s; there only the variables in `named` (given with `--var` or
/// `--var-file`, not merely present in the environment) are substituted, and
/// a `${NAME:-default}` of another variable is left as written.
public enum TemplateSubstitution {
    /// The substituted bytes and the map from their offsets back to `bytes`.
    /// `protected` are byte ranges of container text, where only `named`
    /// variables are substituted (every variable when `named` is nil).
    public static func apply(
        _ bytes: [UInt8], variables: [String: String], protected: [Range<Int>] = [], named: Set<String>? = nil
    ) -> (bytes: [UInt8], map: OffsetMap) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var map = OffsetMap()
        var index = 0
        var nextProtected = 0
        let ranges = protected.sorted { $0.lowerBound < $1.lowerBound }
        func isProtected(_ offset: Int) -> Bool {
            while nextProtected < ranges.count, ranges[nextProtected].upperBound <= offset { nextProtected += 1 }
            return nextProtected < ranges.count && ranges[nextProtected].contains(offset)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), let reference = reference(in: bytes, at: index),
                !(isProtected(index) && named.map { !$0.contains(reference.name) } ?? false),
                let value = reference.value(variables)
            else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let start = output.count
            output += value.utf8
            map.append(output: start..<output.count, original: index..<reference.end)
            index = reference.end
        }
        return (output, map)
    }

    /// A variable reference in the text.
    struct Reference {
        /// The variable's name.
        var name: String
        /// The default, and whether it also applies when the variable is empty (`:-`).
        var fallback: (text: String, whenEmpty: Bool)?
        /// The offset just after the reference.
        var end: Int

        /// The value to insert, or nil to leave the reference as written.
        func value(_ variables: [String: String]) -> String? {
            let given = variables[name]
            if let fallback {
                if let given, !(fallback.whenEmpty && given.isEmpty) { return given }
                return fallback.text
            }
            return given
        }
    }

    /// The reference starting with the `$` at `start`, if one does.
    static func reference(in bytes: [UInt8], at start: Int) -> Reference? {
        let nameStart = start + 1
        guard nameStart < bytes.count else { return nil }
        if bytes[nameStart] != UInt8(ascii: "{") {
            let end = nameEnd(bytes, from: nameStart)
            guard end > nameStart else { return nil }
            return Reference(name: text(bytes, nameStart..<end), end: end)
        }
        let end = nameEnd(bytes, from: nameStart + 1)
        guard end > nameStart + 1, end < bytes.count else { return nil }
        let name = text(bytes, (nameStart + 1)..<end)
        if bytes[end] == UInt8(ascii: "}") { return Reference(name: name, end: end + 1) }
        let whenEmpty = bytes[end] == UInt8(ascii: ":")
        let dash = whenEmpty ? end + 1 : end
        guard dash < bytes.count, bytes[dash] == UInt8(ascii: "-"),
            let close = closingBrace(bytes, from: dash + 1)
        else { return nil }
        return Reference(name: name, fallback: (text(bytes, (dash + 1)..<close), whenEmpty), end: close + 1)
    }

    /// The `}` closing a default, skipping nested braces, on the same line.
    private static func closingBrace(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: "{") { depth += 1 }
            if bytes[index] == UInt8(ascii: "}") {
                if depth == 0 { return index }
                depth -= 1
            }
            index += 1
        }
        return nil
    }

    private static func nameEnd(_ bytes: [UInt8], from start: Int) -> Int {
        guard start < bytes.count, isNameStart(bytes[start]) else { return start }
        var index = start + 1
        while index < bytes.count, isNameStart(bytes[index]) || (bytes[index] >= 0x30 && bytes[index] <= 0x39) {
            index += 1
        }
        return index
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The byte ranges of the string values in container text in `source`
    /// (empty when it does not parse: then every reference is substituted).
    public static func containerTextRanges(_ source: SourceText, format: SourceFormat?) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for document in InputLoader.load(source, format: format).documents {
            var stack: [(Node, JSONPointer)] = [(document.root, .root)]
            while let (node, pointer) = stack.popLast() {
                switch node.value {
                case .object(let members):
                    for member in members { stack.append((member.value, pointer / member.key)) }
                case .array(let elements):
                    for (index, element) in elements.enumerated() { stack.append((element, pointer / index)) }
                case .string:
                    if Placeholder.position(of: pointer, in: document.root) == .containerText {
                        ranges.append(node.range.start.offset..<node.range.end.offset)
                    }
                default:
                    continue
                }
            }
        }
        return ranges
    }
}
