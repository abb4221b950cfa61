extension YAMLNotice {
    /// The notice for an untagged plain value scalar `text` that YAML 1.2
    /// resolves to `value` but a YAML 1.1 reader resolves differently, or nil
    /// when both readings agree.
    /// The pointer is filled in with `at(_:)` (only when there is a notice).
    static func yaml11Ambiguity(_ text: String, resolvedAs value: Node.Value, range: SourceRange, document: Int)
        -> YAMLNotice?
    {
        let old = YAML11Reading(text)
        guard !agree(value, old) else { return nil }
        let message =
            "plain scalar \(text) is \(describe(value, text: text)) in YAML 1.2 but \(describe(old, text: text)) in YAML 1.1 readers"
        return YAMLNotice(
            message: message, fix: fix(text, value, old), pointer: .root, range: range, document: document)
    }

    /// The same notice at `pointer`.
    func at(_ pointer: JSONPointer) -> YAMLNotice {
        var copy = self
        copy.pointer = pointer
        return copy
    }

    private static func agree(_ value: Node.Value, _ old: YAML11Reading) -> Bool {
        switch (value, old) {
        case (.null, .null): return true
        case (.bool(let new), .bool(let old)): return new == old
        case (.number(let number), .integer(let old, _)) where number.isInteger: return number.intValue == old
        case (.number(let number), .float(let old)) where !number.isInteger:
            return number.doubleValue == old || (number.doubleValue.isNaN && old.isNaN)
        case (.string, .string): return true
        default: return false
        }
    }

    private static func describe(_ value: Node.Value, text: String) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "the boolean \(flag)"
        case .number(let number) where number.isInteger: "the integer \(number.intValue.map(String.init) ?? text)"
        case .number(let number): "the number \(format(number.doubleValue))"
        default: "the string \"\(text)\""
        }
    }

    private static func describe(_ reading: YAML11Reading, text: String) -> String {
        switch reading {
        case .null: "null"
        case .bool(let flag): "the boolean \(flag)"
        case .integer(let value, let base):
            "the \(base.map { $0 + " " } ?? "")integer \(value.map(String.init) ?? "(too large)")"
        case .float(let value): "the number \(format(value))"
        case .timestamp: "a timestamp"
        case .string: "the string \"\(text)\""
        }
    }

    private static func fix(_ text: String, _ value: Node.Value, _ old: YAML11Reading) -> String {
        switch (value, old) {
        case (.string, .bool):
            return "quote it (\"\(text)\") or write true/false"
        case (.number(let number), .integer(let old?, _)) where number.isInteger:
            let new = number.intValue.map(String.init) ?? text
            return "write \(new) without the leading zero, or \(old) if the octal value was meant"
        case (.number(let number), _):
            let plain = number.isInteger ? (number.intValue.map(String.init) ?? text) : format(number.doubleValue)
            return "write \(plain) so every reader sees the same number, or quote it (\"\(text)\") if it is text"
        case (.string, .integer(let old?, _)):
            return "quote it (\"\(text)\") to keep the text, or write \(old) if the number is meant"
        case (.string, .float(let old)):
            return "quote it (\"\(text)\") to keep the text, or write \(format(old)) if the number is meant"
        default:
            return "quote it (\"\(text)\") so every reader keeps the text"
        }
    }

    private static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-infinity" : "infinity" }
        return "\(value)"
    }
}
