/// Writes a `Node` tree as indented JSON (two spaces, `"key": value`, one
/// member or element per line, `[]` and `{}` when empty), members in source
/// order, numbers as written where JSON has them (`CompactJSON.jsonLexeme`).
/// With duplicate keys each key is written once, with its last value.
public enum PrettyJSON {
    /// The indented JSON text of `node`, without a final newline.
    public static func serialize(_ node: Node) throws(CompactJSON.Failure) -> String {
        var output = ""
        try write(node, at: .root, indent: "", into: &output)
        return output
    }

    private static func write(_ node: Node, at pointer: JSONPointer, indent: String, into output: inout String)
        throws(CompactJSON.Failure)
    {
        let inner = indent + "  "
        switch node.value {
        case .object(let members):
            let unique = CompactJSON.uniqueMembers(members)
            guard !unique.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in unique.enumerated() {
                output += inner + JSONString.quoted(member.key) + ": "
                try write(member.value, at: pointer / member.key, indent: inner, into: &output)
                output += index + 1 < unique.count ? ",\n" : "\n"
            }
            output += indent + "}"
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                try write(element, at: pointer / index, indent: inner, into: &output)
                output += index + 1 < elements.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .string(let text):
            output += JSONString.quoted(text)
        case .number(let number):
            guard let lexeme = CompactJSON.jsonLexeme(for: number) else {
                throw CompactJSON.Failure(pointer: pointer, lexeme: number.lexeme)
            }
            output += lexeme
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        }
    }
}
