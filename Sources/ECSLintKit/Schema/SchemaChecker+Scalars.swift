/// Scalar values, counts and ranges: what botocore checks (types, `min`) at
/// stage `.cli`, and what only the ECS API checks (enums, `max`, 32-bit
/// integers, booleans for numbers) at stage `.register`.
extension SchemaWalk {
    /// The range of the ECS API's `integer` (a Java `int`).
    static let int32Range: ClosedRange<Int> = Int(Int32.min)...Int(Int32.max)

    /// The botocore-style place of the value being visited, for messages.
    var place: String { SchemaText.place(pointer) }

    private func lengthSubject(_ text: String, isKey: Bool) -> String {
        isKey ? "key \"\(text)\" of \(SchemaText.place(pointer.parent ?? .root))" : place
    }

    /// Checks a string, number, boolean or timestamp value.
    mutating func checkScalar(_ node: Node, shape: SchemaShape) {
        switch (shape.kind, node.value) {
        case (.string, .string(let text)):
            checkEnum(text, shape: shape)
            checkLength(text, shape: shape)
        case (.integer, .number(let number)), (.long, .number(let number)):
            guard number.isInteger else { return reportWrongType(node, expected: shape) }
            checkInteger(number, shape: shape)
        case (.double, .number(let number)), (.float, .number(let number)):
            checkDouble(number, shape: shape)
        case (.timestamp, .number):
            return
        case (.timestamp, .string(let text)) where SchemaText.looksLikeTimestamp(text):
            return
        case (.boolean, .bool):
            return
        case (.integer, .bool(let flag)), (.long, .bool(let flag)), (.double, .bool(let flag)),
            (.float, .bool(let flag)), (.timestamp, .bool(let flag)):
            reportBooleanForNumber(flag, shape: shape)
            if let min = shape.min, (flag ? 1 : 0) < min {
                report(.outOfRange, .cli, "\(place) is \(flag); the minimum is \(min)", fix: "write \(min) or more")
            }
        default:
            reportWrongType(node, expected: shape)
        }
    }

    /// Reports a value of the wrong JSON type, with a fix for the value given.
    mutating func reportWrongType(_ node: Node, expected shape: SchemaShape) {
        let at = pointer
        let subject = at.tokens.isEmpty ? "the task definition" : SchemaText.place(at)
        if let text = node.stringValue, let placeholder = Placeholder.all(in: text).first,
            [.integer, .long, .double, .float, .boolean].contains(shape.kind)
        {
            let key = at.lastToken ?? "value"
            report(
                .wrongType, .cli,
                "\(subject) is the quoted placeholder \(SchemaText.quoted(text)): a template tool such as envsubst "
                    + "fills in the text between the quotes, so the result is still a string, and the AWS CLI needs "
                    + "\(SchemaText.expected(shape)) here",
                fix: "write the placeholder without quotes (\"\(key)\": \(placeholder)) so the rendered value is "
                    + "\(SchemaText.expected(shape)), or write the value itself")
            violations[violations.count - 1].isQuotedPlaceholder = true
            return
        }
        let message = "\(subject) must be \(SchemaText.expected(shape)), not \(SchemaText.actual(node))"
        report(
            .wrongType, .cli, message, fix: SchemaFixes.typeFix(for: node, expected: shape, at: at),
            correction: SchemaFixes.typeCorrection(for: node, expected: shape, at: at))
    }

    /// Checks the item count of a list or map against the model's min and max.
    mutating func checkCount(_ count: Int, shape: SchemaShape) {
        guard shape.min != nil || shape.max != nil else { return }
        let items = count == 1 ? "1 item" : "\(count) items"
        if let min = shape.min, count < min {
            report(
                .outOfRange, .cli, "\(place) has \(items); at least \(min) \(min == 1 ? "is" : "are") required",
                fix: "add \(min - count) more")
        }
        if let max = shape.max, count > max {
            report(
                .outOfRange, .register, "\(place) has \(items); at most \(max) are accepted",
                fix: "remove \(count - max) of them")
        }
    }

    /// Checks a map key against the model's key shape (length and enum).
    mutating func checkMapKey(_ key: String, shape: SchemaShape) {
        guard shape.kind == .string else { return }
        checkLength(key, shape: shape, isKey: true)
    }

    private mutating func checkEnum(_ text: String, shape: SchemaShape) {
        guard !shape.enumValues.isEmpty, !shape.enumValues.contains(text) else { return }
        let subject = SchemaText.place(pointer)
        let suggestion = KeySuggestion.value(for: text, among: shape.enumValues)
        if let suggestion {
            report(
                .invalidEnum, .register, "\(subject) \"\(text)\" is not valid; did you mean \"\(suggestion)\"?",
                fix: "write \"\(suggestion)\"",
                correction: ProposedFix(
                    "write \"\(suggestion)\"", text.lowercased() == suggestion.lowercased() ? .safe : .unsafe,
                    .replaceValue(pointer, .string(suggestion))))
        } else {
            let accepted = shape.enumValues.map { "\"\($0)\"" }.joined(separator: ", ")
            report(
                .invalidEnum, .register,
                "\(subject) \"\(text)\" is not valid; accepted values: \(shape.enumValues.joined(separator: ", "))",
                fix: shape.enumValues.count == 1 ? "write \(accepted)" : "use one of \(accepted)")
        }
    }

    /// Checks a string's length in Unicode scalars (as Python's `len`).
    private mutating func checkLength(_ text: String, shape: SchemaShape, isKey: Bool = false) {
        guard shape.min != nil || shape.max != nil else { return }
        let length = text.unicodeScalars.count
        if (shape.min ?? 0) <= length, length <= (shape.max ?? Int.max) { return }
        let characters = length == 1 ? "1 character" : "\(length) characters"
        if let min = shape.min, length < min {
            let message =
                length == 0
                ? "\(lengthSubject(text, isKey: isKey)) is empty; at least \(min) character\(min == 1 ? "" : "s") required"
                : "\(lengthSubject(text, isKey: isKey)) is \(characters) long; at least \(min) required"
            report(.outOfRange, .cli, message, fix: length == 0 ? "write a non-empty value" : "lengthen it")
        }
        if let max = shape.max, length > max {
            report(
                .outOfRange, .register,
                "\(lengthSubject(text, isKey: isKey)) is \(characters) long; at most \(max) are accepted",
                fix: "shorten it by \(length - max) character\(length - max == 1 ? "" : "s")")
        }
    }

    /// Checks an integer literal against the model's min (botocore) and max,
    /// and against the width of the API's type (Java `int` or `long`).
    private mutating func checkInteger(_ number: NumberLiteral, shape: SchemaShape) {
        let value = number.intValue
        let isNegative = number.lexeme.hasPrefix("-")
        if let min = shape.min, value.map({ $0 < min }) ?? isNegative {
            report(
                .outOfRange, .cli, "\(place) is \(number.lexeme); the minimum is \(min)", fix: "write \(min) or more")
        }
        if let max = shape.max, value.map({ $0 > max }) ?? !isNegative {
            report(
                .outOfRange, .register, "\(place) is \(number.lexeme); the maximum is \(max)",
                fix: "write \(max) or less")
            return
        }
        let range: ClosedRange<Int> = shape.kind == .long ? Int.min...Int.max : Self.int32Range
        if let value, range.contains(value) { return }
        if let min = shape.min, isNegative, min >= range.lowerBound { return }
        report(
            .outOfRange, .register,
            "\(place) \(number.lexeme) does not fit the API's \(shape.kind == .long ? 64 : 32)-bit integer",
            fix: "write a number from \(range.lowerBound) to \(range.upperBound)")
    }

    /// Checks a number against the model's min (botocore compares even
    /// infinities) and max; non-finite numbers (YAML `.inf`, `.nan`) cannot be
    /// sent as JSON, so ECS never accepts them.
    private mutating func checkDouble(_ number: NumberLiteral, shape: SchemaShape) {
        let value = number.doubleValue
        if let min = shape.min, value < Double(min) {
            report(
                .outOfRange, .cli, "\(place) is \(number.lexeme); the minimum is \(min)", fix: "write \(min) or more")
        }
        guard value.isFinite else {
            report(.outOfRange, .register, "\(place) \(number.lexeme) is not a finite number", fix: "write a number")
            return
        }
        if let max = shape.max, value > Double(max) {
            report(
                .outOfRange, .register, "\(place) is \(number.lexeme); the maximum is \(max)",
                fix: "write \(max) or less")
        }
    }

    /// `true`/`false` for a number: botocore lets it through (Python's `bool`
    /// is an `int`) and the ECS API rejects it, so this is stage `.register`.
    private mutating func reportBooleanForNumber(_ flag: Bool, shape: SchemaShape) {
        let subject = SchemaText.place(pointer)
        report(
            .booleanForInteger, .register,
            "\(subject) must be \(SchemaText.expected(shape)), not the boolean \(flag); "
                + "the AWS CLI sends it as is and ECS rejects it",
            fix: "replace \(flag) with \(SchemaText.expected(shape))")
    }
}
