/// What the parser expected at the place where it found something else.
enum JSONExpectation {
    /// A value: after `:`, after `,` in an array, at the start of an array, or at the top level.
    case value
    /// An object key.
    case key
    /// The `:` after a key.
    case colon
    /// A `,` or the closing bracket after a value inside a container.
    case separator
    /// Nothing but whitespace after the top-level value.
    case endOfDocument
}

extension JSONParser {
    /// The error for the unexpected byte at `index` (or the end of input).
    ///
    /// Problems that read the same anywhere (comments, curly quotes, invalid
    /// UTF-8) are named first; otherwise the message says what was expected.
    func unexpected(_ expectation: JSONExpectation) -> SyntaxError {
        guard index < count else { return endOfInput() }
        if let error = commentError() ?? nonASCIIError() ?? controlByteError() { return error }
        if expectation == .value || expectation == .key || expectation == .separator, let error = placeholderError() {
            return error
        }
        switch expectation {
        case .value: return unexpectedValue()
        case .key: return unexpectedKey()
        case .colon:
            let key = keys.last.map { JSONString.quoted($0.text, limit: 60) } ?? "\"\""
            return SyntaxError(
                message: "expected ':' after key \(key)",
                range: range(from: index, to: index + 1),
                fix: input[index] == UInt8(ascii: "=")
                    ? "use ':' between a key and its value, not '='"
                    : "write ':' between the key and its value"
            )
        case .separator: return missingSeparator()
        case .endOfDocument:
            return SyntaxError(
                message: "unexpected content after the end of the JSON document",
                range: range(from: index, to: index + 1),
                fix: "remove it: a JSON file holds exactly one top-level value"
            )
        }
    }

    /// The end of input inside a container (or where a value was expected).
    func endOfInput() -> SyntaxError {
        let here = SourceRange(at: position(at: count))
        guard let frame = frames.last else {
            return SyntaxError(message: "unexpected end of file: expected a value", range: here)
        }
        let (closer, kind) = frame.isObject ? ("}", "object") : ("]", "array")
        return SyntaxError(
            message: "unexpected end of file: expected '\(closer)' to close the \(kind) opened at "
                + "line \(frame.start.line), column \(frame.start.column)",
            range: here,
            fix: "add the missing '\(closer)' (or the rest of the file, if it was cut off)"
        )
    }

    /// A `,` directly before a closing bracket.
    func trailingComma(_ comma: SourceRange, isObject: Bool) -> SyntaxError {
        SyntaxError(
            message: "trailing comma before '\(isObject ? "}" : "]")'",
            range: comma,
            fix: "remove the ',' after the last \(isObject ? "member" : "element")"
        )
    }

    /// `//`, `/*` or `#` where a token was expected.
    private func commentError() -> SyntaxError? {
        let byte = input[index]
        let next: UInt8 = index + 1 < count ? input[index + 1] : 0
        let isComment =
            (byte == UInt8(ascii: "/") && (next == UInt8(ascii: "/") || next == UInt8(ascii: "*")))
            || (byte == UInt8(ascii: "#") && next != UInt8(ascii: "{"))
        guard isComment else { return nil }
        let end = byte == UInt8(ascii: "/") && next == UInt8(ascii: "*") ? index + 2 : lineEnd(from: index)
        return SyntaxError(
            message: "JSON does not allow comments",
            range: range(from: index, to: end),
            fix: "remove the comment; write the task definition in YAML if you need comments (YAML supports # comments)"
        )
    }

    /// A non-ASCII character outside a string: invalid UTF-8, a curly quote,
    /// or a space that is not JSON whitespace.
    private func nonASCIIError() -> SyntaxError? {
        guard input[index] >= 0x80 else { return nil }
        let length: Int
        do throws(SyntaxError) {
            length = try utf8SequenceLength(at: index)
        } catch {
            return error
        }
        let scalarRange = range(from: index, to: index + length)
        let character = text(from: index, to: index + length)
        let code = character.unicodeScalars.first.map { JSONParser.codePoint($0.value) } ?? ""
        switch character {
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{201E}", "\u{00AB}", "\u{00BB}":
            return SyntaxError(
                message: "curly quote \(character) (\(code)) is not valid JSON",
                range: scalarRange,
                fix: "use straight double quotes (\") around keys and strings"
            )
        case "\u{00A0}", "\u{2007}", "\u{202F}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{3000}",
            "\u{2000}"..."\u{200A}":
            return SyntaxError(
                message: "invisible character \(code) is not JSON whitespace",
                range: scalarRange,
                fix: "replace it with a regular space, or delete it"
            )
        default:
            return SyntaxError(
                message: "unexpected character \(character) (\(code))",
                range: scalarRange,
                fix: "quote text in double quotes"
            )
        }
    }

    /// A control character (other than whitespace) outside a string.
    private func controlByteError() -> SyntaxError? {
        let byte = input[index]
        guard byte < 0x20 || byte == 0x7F else { return nil }
        return SyntaxError(
            message: "unexpected control character \(JSONParser.codePoint(UInt32(byte)))",
            range: range(from: index, to: index + 1),
            fix: "remove it; if the file is not text, it may be binary or damaged"
        )
    }

    /// A value was expected.
    private func unexpectedValue() -> SyntaxError {
        let byte = input[index]
        if JSONParser.isWordByte(byte) { return wordError() }
        switch byte {
        case UInt8(ascii: "'"):
            let end = singleQuotedEnd()
            let content = text(from: index + 1, to: max(index + 1, end - 1))
            return SyntaxError(
                message: "single-quoted strings are not valid JSON",
                range: range(from: index, to: end),
                fix: "use double quotes: \"\(content)\""
            )
        case UInt8(ascii: "+"):
            let end = numberRunEnd(from: index)
            return numberError(
                "JSON numbers cannot start with '+'", start: index, end: end,
                fix: "remove the '+': write \(text(from: index + 1, to: end))")
        case UInt8(ascii: ".") where index + 1 < count && JSONParser.isDigit(input[index + 1]):
            let end = numberRunEnd(from: index)
            return numberError(
                "JSON numbers need a digit before the decimal point", start: index, end: end,
                fix: "write 0\(text(from: index, to: end))")
        default:
            break
        }
        let here = range(from: index, to: index + 1)
        guard let frame = frames.last else {
            return SyntaxError(message: "expected a JSON value", range: here, fix: JSONParser.valueHint)
        }
        if frame.isObject, let key = keys.last {
            return SyntaxError(
                message: "expected a value for \(JSONString.quoted(key.text, limit: 60))", range: here,
                fix: JSONParser.valueHint)
        }
        let fix: String
        switch byte {
        case UInt8(ascii: ","): fix = "remove the extra ','"
        case UInt8(ascii: "}"):
            fix = "the array opened at line \(frame.start.line), column \(frame.start.column) must be closed with ']'"
        default: fix = JSONParser.valueHint
        }
        return SyntaxError(message: "expected an array element", range: here, fix: fix)
    }

    /// What a JSON value can be.
    static let valueHint =
        "write a string in double quotes, a number, true, false, null, an object or an array"

    /// An unquoted word where a value was expected: a wrongly cased literal,
    /// a JavaScript/Python value, or text that needs quotes.
    private func wordError() -> SyntaxError {
        let end = wordEnd(from: index)
        let word = text(from: index, to: end)
        let lower = word.lowercased()
        let wordRange = range(from: index, to: end)
        let replacement: String?
        switch lower {
        case "nan", "infinity", "inf", "undefined":
            let fix =
                lower == "undefined"
                ? "use null, or leave the key out"
                : lower == "nan"
                    ? "JSON has no NaN; use null or a number" : "JSON has no infinity; use a large number or null"
            return SyntaxError(message: "\(word) is not valid JSON", range: wordRange, fix: fix)
        case "true", "false", "null": replacement = lower
        case "none", "nil": replacement = "null"
        case "t", "tr", "tru": replacement = "true"
        case "f", "fa", "fal", "fals": replacement = "false"
        case "n", "nu", "nul": replacement = "null"
        default: replacement = nil
        }
        if let replacement {
            let reason = replacement == lower ? "JSON literals are lowercase" : "JSON literals are true, false and null"
            return SyntaxError(
                message: "invalid literal \(word)", range: wordRange, fix: "write \(replacement) (\(reason))")
        }
        let runEnd = unquotedRunEnd(from: index)
        let run = text(from: index, to: runEnd)
        return SyntaxError(
            message: "unquoted text \(run) is not valid JSON",
            range: range(from: index, to: runEnd),
            fix: "strings must be in double quotes: write \"\(run)\""
        )
    }

    /// A key was expected.
    private func unexpectedKey() -> SyntaxError {
        let byte = input[index]
        let message = "expected a string key in double quotes"
        if byte == UInt8(ascii: "'") {
            let end = singleQuotedEnd()
            let content = text(from: index + 1, to: max(index + 1, end - 1))
            return SyntaxError(
                message: message, range: range(from: index, to: end),
                fix: "keys must be in double quotes: write \"\(content)\"")
        }
        if JSONParser.isWordByte(byte) || byte == UInt8(ascii: "-") {
            var end = index
            while end < count, end - index < 64,
                JSONParser.isWordByte(input[end]) || input[end] == UInt8(ascii: "-")
            {
                end += 1
            }
            let word = text(from: index, to: end)
            return SyntaxError(
                message: message, range: range(from: index, to: end),
                fix: "keys must be in double quotes: write \"\(word)\"")
        }
        var fix = "keys must be in double quotes, as in { \"family\": \"web\" }"
        if byte == UInt8(ascii: "]"), let frame = frames.last {
            fix = "the object opened at line \(frame.start.line), column \(frame.start.column) must be closed with '}'"
        }
        return SyntaxError(message: message, range: range(from: index, to: index + 1), fix: fix)
    }

    /// Neither `,` nor the closing bracket after a value in a container.
    private func missingSeparator() -> SyntaxError {
        let byte = input[index]
        let here = range(from: index, to: index + 1)
        guard let frame = frames.last else { return SyntaxError(message: "unexpected character", range: here) }
        let opened = "line \(frame.start.line), column \(frame.start.column)"
        let (closer, kind, item) = frame.isObject ? ("}", "object", "members") : ("]", "array", "elements")
        let message =
            frame.isObject
            ? "expected ',' or '}' after the value of \(keys.last.map { JSONString.quoted($0.text, limit: 60) } ?? "\"\"")"
            : "expected ',' or ']' after array element"
        let fix: String
        switch byte {
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            fix = "the \(kind) opened at \(opened) must be closed with '\(closer)'"
        case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "-"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            fix = "add a ',' between \(item)"
        case UInt8(ascii: ":") where !frame.isObject:
            fix = "an array holds values only; use an object ({ … }) for key/value pairs"
        default:
            fix =
                "add a ',' before the next \(frame.isObject ? "member" : "element"), "
                + "or '\(closer)' to close the \(kind) opened at \(opened)"
        }
        return SyntaxError(message: message, range: here, fix: fix)
    }
}
