/// Writes a `Node` tree as compact JSON: no whitespace, members in source
/// order, numbers as written.
///
/// The output is deterministic: the same tree always gives the same bytes.
/// Number lexemes are kept (`256`, `256.0` and `2.56e2` stay distinct, as the
/// AWS CLI sees them); a YAML number whose lexeme is not valid JSON (`+12`,
/// `0x1F`, `.5`, `007`) is written in its JSON form (see `jsonLexeme(for:)`).
/// With duplicate keys, a key is written once, where it first appears, with
/// its last value, as Python's `json` (the AWS CLI) reads such an object.
/// Strings are escaped as RFC 8259 requires; other characters stay UTF-8.
public enum CompactJSON {
    /// A value that JSON cannot represent (YAML's `.inf` and `.nan`).
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// Where the value is.
        public var pointer: JSONPointer
        /// The lexeme as written.
        public var lexeme: String

        /// Says which value and why.
        public var description: String {
            "\(pointer.description.isEmpty ? "the document" : pointer.description): \(lexeme) is not a number JSON can represent"
        }
    }

    /// The compact JSON text of `node`.
    public static func serialize(_ node: Node) throws(Failure) -> String {
        var output = ""
        try write(node, at: .root, into: &output)
        return output
    }

    /// The JSON form of a number: the lexeme when it is valid JSON, else the
    /// integer in decimal, else the shortest decimal that reads back as the
    /// same double; nil for infinities and NaN.
    public static func jsonLexeme(for number: NumberLiteral) -> String? {
        if isJSONNumber(number.lexeme) { return number.lexeme }
        if number.isInteger, let value = number.intValue { return String(value) }
        guard number.doubleValue.isFinite else { return nil }
        if number.isInteger, number.doubleValue == number.doubleValue.rounded(), abs(number.doubleValue) < 1e18 {
            return String(Int(number.doubleValue))
        }
        let text = "\(number.doubleValue)"
        return isJSONNumber(text) ? text : nil
    }

    /// Whether `text` is a JSON number per RFC 8259.
    public static func isJSONNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count
            bytes = bytes.dropFirst(count)
            return count
        }
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    private static func write(_ node: Node, at pointer: JSONPointer, into output: inout String) throws(Failure) {
        switch node.value {
        case .object(let members):
            output += "{"
            for (index, member) in uniqueMembers(members).enumerated() {
                if index > 0 { output += "," }
                output += JSONString.quoted(member.key)
                output += ":"
                try write(member.value, at: pointer / member.key, into: &output)
            }
            output += "}"
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                try write(element, at: pointer / index, into: &output)
            }
            output += "]"
        case .string(let text):
            output += JSONString.quoted(text)
        case .number(let number):
            guard let lexeme = jsonLexeme(for: number) else { throw Failure(pointer: pointer, lexeme: number.lexeme) }
            output += lexeme
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    /// Members with each key once: at its first position, with its last value.
    static func uniqueMembers(_ members: [Member]) -> [Member] {
        var lastIndex: [String: Int] = [:]
        for (index, member) in members.enumerated() { lastIndex[member.key] = index }
        guard lastIndex.count != members.count else { return members }
        var seen = Set<String>()
        var result: [Member] = []
        for member in members where seen.insert(member.key).inserted {
            var kept = member
            if let last = lastIndex[member.key] { kept.value = members[last].value }
            result.append(kept)
        }
        return result
    }
}
