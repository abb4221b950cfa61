/// Concrete fixes for values of the wrong JSON type: what to write instead,
/// derived from the value that is there (`256` → `write "256"`,
/// `"npm start"` → `write ["npm", "start"]`).
enum SchemaFixes {
    /// The fix for `node` where `shape` is expected, or nil when there is
    /// nothing better to say than the message.
    static func typeFix(for node: Node, expected shape: SchemaShape, at pointer: JSONPointer) -> String? {
        switch shape.kind {
        case .string, .timestamp: stringFix(for: node)
        case .integer, .long: integerFix(for: node)
        case .double, .float: numberFix(for: node)
        case .boolean: booleanFix(for: node)
        case .list: listFix(for: node, shape: shape, at: pointer)
        case .structure: objectFix(for: node, shape: shape)
        case .map: mapFix(for: node)
        }
    }

    /// The edit that fixes a scalar of the wrong type, when the value says
    /// unambiguously what was meant: a number or boolean where a string is
    /// expected (`512` → `"512"`), a numeric string where a number is
    /// (`"80"` → `80`), a whole `512.0` for an integer, `"true"`/`"false"`
    /// for a boolean (all safe); `"yes"`, `"1"` and the like for a boolean
    /// are unsafe.
    static func typeCorrection(for node: Node, expected shape: SchemaShape, at pointer: JSONPointer) -> ProposedFix? {
        let value: ScalarValue
        var applicability = FixApplicability.safe
        switch (shape.kind, node.value) {
        case (.string, .number(let number)): value = .string(number.lexeme)
        case (.string, .bool(let flag)): value = .string(String(flag))
        case (.integer, .string(let text)), (.long, .string(let text)):
            guard let number = Int(trim(text)) else { return nil }
            value = .number(String(number))
        case (.integer, .number(let number)), (.long, .number(let number)):
            guard let whole = wholeNumber(number.doubleValue), Double(whole) == number.doubleValue else { return nil }
            value = .number(String(whole))
        case (.double, .string(let text)), (.float, .string(let text)):
            let trimmed = trim(text)
            guard Double(trimmed) != nil, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) })
            else { return nil }
            value = .number(trimmed)
        case (.boolean, .string(let text)):
            let folded = trim(text).lowercased()
            switch folded {
            case "true", "false": value = .bool(folded == "true")
            case "yes", "on", "1", "enabled":
                value = .bool(true)
                applicability = .unsafe
            case "no", "off", "0", "disabled":
                value = .bool(false)
                applicability = .unsafe
            default: return nil
            }
        default:
            return nil
        }
        let written: String =
            switch value {
            case .string(let text): SchemaText.quoted(text)
            case .number(let lexeme): lexeme
            case .bool(let flag): String(flag)
            }
        return ProposedFix("write \(written)", applicability, .replaceValue(pointer, value))
    }

    private static func stringFix(for node: Node) -> String? {
        switch node.value {
        case .number(let number): return "write \"\(number.lexeme)\""
        case .bool(let flag): return "write \"\(flag)\""
        case .array(let elements):
            if elements.count == 1, let text = elements[0].stringValue {
                return "write \(SchemaText.quoted(text)) without the brackets"
            }
            return "write a single string"
        default: return "write a string"
        }
    }

    private static func integerFix(for node: Node) -> String? {
        switch node.value {
        case .string(let text):
            let trimmed = trim(text)
            if let value = Int(trimmed) { return "write \(value)" }
            if let value = Double(trimmed), let whole = wholeNumber(value) {
                return Double(whole) == value ? "write \(whole)" : "write a whole number such as \(whole)"
            }
            return "write a whole number without quotes"
        case .number(let number):
            guard let whole = wholeNumber(number.doubleValue) else { return "write a whole number" }
            return Double(whole) == number.doubleValue ? "write \(whole)" : "write a whole number such as \(whole)"
        default:
            return "write a whole number"
        }
    }

    private static func numberFix(for node: Node) -> String? {
        if let text = node.stringValue, Double(trim(text)) != nil {
            return "write \(trim(text))"
        }
        return "write a number"
    }

    private static func booleanFix(for node: Node) -> String? {
        switch node.value {
        case .string(let text):
            switch trim(text).lowercased() {
            case "true", "yes", "on", "1", "enabled": return "write true"
            case "false", "no", "off", "0", "disabled": return "write false"
            default: return "write true or false"
            }
        case .number(let number) where number.intValue == 1: return "write true"
        case .number(let number) where number.intValue == 0: return "write false"
        default: return "write true or false"
        }
    }

    private static func listFix(for node: Node, shape: SchemaShape, at pointer: JSONPointer) -> String? {
        let item = shape.listMember.map(ECSAPIShapes.shape)
        switch node.value {
        case .string(let text) where item?.kind == .string:
            return commandFix(text, at: pointer) ?? "wrap it in a list: [\(SchemaText.quoted(text))]"
        case .object(let members) where item?.kind == .structure:
            if let item, let pairs = namedPairs(members, item: item) { return "write \(pairs)" }
            return "wrap the object in a list: [\(SchemaText.json(node))]"
        case .object, .array:
            return "write \(SchemaText.expected(shape))"
        default:
            return "wrap it in a list: [\(SchemaText.json(node))]"
        }
    }

    /// `command` and `entryPoint` are argv lists; `healthCheck.command` runs
    /// through a shell with `CMD-SHELL`.
    private static func commandFix(_ text: String, at pointer: JSONPointer) -> String? {
        let tokens = pointer.tokens
        guard let last = tokens.last, last == "command" || last == "entryPoint" else { return nil }
        if tokens.count >= 2, tokens[tokens.count - 2] == "healthCheck" {
            return "write [\"CMD-SHELL\", \(SchemaText.quoted(text))]"
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { SchemaText.quoted(String($0)) }
        guard words.count > 1 else { return "write [\(SchemaText.quoted(text))]" }
        return "write [\(words.joined(separator: ", "))] (one item per argument), "
            + "or [\"sh\", \"-c\", \(SchemaText.quoted(text))] to run it through a shell"
    }

    /// `{"A": "1"}` where a list of `{name, value}` pairs is expected (the
    /// docker-compose habit for `environment`): the same pairs as a list.
    private static func namedPairs(_ members: [Member], item: SchemaShape) -> String? {
        let names = item.members.map(\.name)
        guard names.count == 2, names[0] == "name", !members.isEmpty,
            !members.contains(where: { names.contains($0.key) })
        else { return nil }
        var entries: [String] = []
        for member in members.prefix(3) {
            let value: String =
                switch member.value.value {
                case .number(let number): SchemaText.quoted(number.lexeme)
                case .bool(let flag): SchemaText.quoted(String(flag))
                default: SchemaText.json(member.value, limit: 40)
                }
            entries.append("{\"name\": \(SchemaText.quoted(member.key)), \"\(names[1])\": \(value)}")
        }
        if members.count > 3 { entries.append("…") }
        return "[" + entries.joined(separator: ", ") + "]"
    }

    private static func objectFix(for node: Node, shape: SchemaShape) -> String? {
        if let elements = node.elements, elements.count == 1, elements[0].members != nil {
            return "remove the brackets around the object"
        }
        let keys = shape.members.sorted { $0.isRequired && !$1.isRequired }.prefix(3).map { "\"\($0.name)\"" }
        return keys.isEmpty ? "write an object" : "write an object with keys such as \(keys.joined(separator: ", "))"
    }

    /// Maps are string-to-string objects: `["a=b"]` and `[{"name": "a", "value": "b"}]` become `{"a": "b"}`.
    private static func mapFix(for node: Node) -> String? {
        guard let elements = node.elements, !elements.isEmpty else {
            return "write an object of \"key\": \"value\" pairs"
        }
        var entries: [String] = []
        for element in elements.prefix(3) {
            if let text = element.stringValue, let equals = text.firstIndex(of: "=") {
                let key = String(text[..<equals])
                let value = String(text[text.index(after: equals)...])
                entries.append("\(SchemaText.quoted(key)): \(SchemaText.quoted(value))")
            } else if let name = element["name"]?.stringValue ?? element["key"]?.stringValue,
                let value = element["value"]?.stringValue
            {
                entries.append("\(SchemaText.quoted(name)): \(SchemaText.quoted(value))")
            } else {
                return "write an object of \"key\": \"value\" pairs"
            }
        }
        if elements.count > 3 { entries.append("…") }
        return "write {" + entries.joined(separator: ", ") + "}"
    }

    private static func trim(_ text: String) -> String {
        String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    /// The nearest whole number (halves away from zero), without libm.
    private static func wholeNumber(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < 9.0e15 else { return nil }
        return Int(value < 0 ? value - 0.5 : value + 0.5)
    }
}
