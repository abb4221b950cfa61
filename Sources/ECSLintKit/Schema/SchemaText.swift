/// The wording shared by schema messages: places, expected and actual types,
/// and values rendered as compact JSON.
enum SchemaText {
    /// A place in the botocore style (`containerDefinitions[0].memory`), or
    /// "the task definition" for the root.
    static func place(_ pointer: JSONPointer) -> String {
        pointer.tokens.isEmpty ? "the task definition" : pointer.dottedPath
    }

    /// What a shape accepts, with an article: "a string", "a list of objects".
    static func expected(_ shape: SchemaShape) -> String {
        switch shape.kind {
        case .string: "a string"
        case .integer, .long: "an integer"
        case .double, .float: "a number"
        case .boolean: "a boolean"
        case .timestamp: "a timestamp (an ISO 8601 string or epoch seconds)"
        case .structure: "an object"
        case .list: "a list of " + plural(shape.listMember.map(ECSAPIShapes.shape))
        case .map: "an object with " + singular(shape.mapValue.map(ECSAPIShapes.shape)) + " values"
        }
    }

    /// What a node is, with an article: "an integer", "a decimal number".
    static func actual(_ node: Node) -> String {
        switch node.value {
        case .object: "an object"
        case .array: "a list"
        case .string: "a string"
        case .number(let number):
            number.isInteger ? "an integer" : "a decimal number (\(number.lexeme))"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    private static func plural(_ shape: SchemaShape?) -> String {
        guard let shape else { return "values" }
        switch shape.kind {
        case .string: return "strings"
        case .integer, .long: return "integers"
        case .double, .float: return "numbers"
        case .boolean: return "booleans"
        case .timestamp: return "timestamps"
        case .structure, .map: return "objects"
        case .list: return "lists"
        }
    }

    private static func singular(_ shape: SchemaShape?) -> String {
        guard let shape else { return "any" }
        switch shape.kind {
        case .string: return "string"
        case .integer, .long: return "integer"
        case .double, .float: return "number"
        case .boolean: return "boolean"
        case .timestamp: return "timestamp"
        case .structure, .map: return "object"
        case .list: return "list"
        }
    }

    /// Whether a string is something botocore reads as a timestamp: epoch
    /// seconds or an ISO 8601 date (`2024-01-31`, optionally with a time).
    /// botocore's dateutil parser accepts more; this is the documented form.
    static func looksLikeTimestamp(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        if !scalars.isEmpty, scalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) { return true }
        guard scalars.count >= 10 else { return false }
        for (position, scalar) in scalars.prefix(10).enumerated() {
            let isDigit = ("0"..."9").contains(scalar)
            if position == 4 || position == 7 {
                if scalar != "-" { return false }
            } else if !isDigit {
                return false
            }
        }
        return true
    }

    /// A value as compact JSON (`{"a": 1}`), cut with `…` past `limit` characters.
    static func json(_ node: Node, limit: Int = 60) -> String {
        var text = ""
        append(node, to: &text, limit: limit)
        if text.count > limit {
            return String(text.prefix(limit)) + "…"
        }
        return text
    }

    private static func append(_ node: Node, to text: inout String, limit: Int) {
        guard text.count <= limit else { return }
        switch node.value {
        case .object(let members):
            text += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { text += ", " }
                text += JSONString.quoted(member.key) + ": "
                append(member.value, to: &text, limit: limit)
                if text.count > limit { return }
            }
            text += "}"
        case .array(let elements):
            text += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { text += ", " }
                append(element, to: &text, limit: limit)
                if text.count > limit { return }
            }
            text += "]"
        case .string(let string): text += JSONString.quoted(string)
        case .number(let number): text += number.lexeme
        case .bool(let flag): text += flag ? "true" : "false"
        case .null: text += "null"
        }
    }
}
