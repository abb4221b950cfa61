extension JSONParser {
    /// A raw control character (U+0000–U+001F) at `offset` inside the string
    /// that starts at `stringStart`.
    func controlCharacter(at offset: Int, stringStart: SourcePosition) -> SyntaxError {
        let byte = input[offset]
        let isLineBreak =
            byte == UInt8(ascii: "\n")
            || (byte == UInt8(ascii: "\r") && (offset + 1 >= count || input[offset + 1] == UInt8(ascii: "\n")))
        if isLineBreak {
            return SyntaxError(
                message: "a raw line break inside a string; write \\n",
                range: range(from: offset, to: offset + 1),
                fix: "if the string that starts at line \(stringStart.line), column \(stringStart.column) "
                    + "should end on this line, add its closing '\"'; otherwise write \\n for the line break"
            )
        }
        let name: String
        let escape: String
        switch byte {
        case 0x00: (name, escape) = ("NUL character", "\\u0000")
        case 0x08: (name, escape) = ("backspace character", "\\b")
        case 0x09: (name, escape) = ("tab character", "\\t")
        case 0x0C: (name, escape) = ("form feed character", "\\f")
        case 0x0D: (name, escape) = ("carriage return", "\\r")
        default:
            let code = JSONParser.hex4(UInt32(byte))
            (name, escape) = ("control character U+\(code.uppercased())", "\\u\(code)")
        }
        return SyntaxError(
            message: "a raw \(name) inside a string; write \(escape)",
            range: range(from: offset, to: offset + 1),
            fix: "replace it with \(escape): control characters must be escaped in JSON strings"
        )
    }

    /// End of input inside the string that starts at `start`.
    func unterminatedString(_ start: SourcePosition) -> SyntaxError {
        SyntaxError(
            message: "unterminated string starting here",
            range: SourceRange(start: start, end: position(from: start, to: start.offset + 1)),
            fix: "add the closing '\"'"
        )
    }

    /// A backslash at `escape` followed by a character that is not an escape.
    func invalidEscape(at escape: Int) -> SyntaxError {
        let next = escape + 1
        if input[next] < 0x20 { return controlCharacter(at: next, stringStart: position(at: escape)) }
        var length = 1
        if input[next] >= 0x80 {
            do throws(SyntaxError) {
                length = try utf8SequenceLength(at: next)
            } catch {
                return error
            }
        }
        return SyntaxError(
            message: "invalid escape \(text(from: escape, to: next + length))",
            range: range(from: escape, to: next + length),
            fix: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a backslash"
        )
    }

    /// A `\u` at `escape` not followed by four hex digits.
    func badUnicodeEscape(at escape: Int) -> SyntaxError {
        var end = escape + 2
        while end < count, end < escape + 6, input[end] > 0x20, input[end] < 0x7F,
            input[end] != UInt8(ascii: "\""), input[end] != UInt8(ascii: "\\")
        {
            end += 1
        }
        return SyntaxError(
            message: "invalid \\u escape \(text(from: escape, to: end)): expected four hex digits",
            range: range(from: escape, to: end),
            fix: "write \\u followed by exactly four hex digits, as in \\u00e9"
        )
    }

    /// A byte at `offset` that is not valid UTF-8 there.
    func invalidUTF8(at offset: Int, incomplete: Bool) -> SyntaxError {
        let hex = String(input[offset], radix: 16, uppercase: true)
        return SyntaxError(
            message: "invalid UTF-8 byte 0x\(hex.count < 2 ? "0" : "")\(hex)"
                + (incomplete ? " (an incomplete multi-byte sequence)" : ""),
            range: range(from: offset, to: offset + 1),
            fix: "save the file as UTF-8 (it may be in Latin-1 or Windows-1252)"
        )
    }

    /// An unquoted template placeholder at `index` — `${VAR}`, `$VAR`,
    /// `{{ var }}`, `<IMAGE1_NAME>`, `#{var}`, `%VAR%` or a Terraform
    /// directive `%{ if … }` — or nil.
    func placeholderError() -> SyntaxError? {
        guard index < count, let end = placeholderEnd(from: index) else { return nil }
        let placeholder = text(from: index, to: end)
        return SyntaxError(
            message: "\(JSONParser.unquotedPlaceholderMessage) \(placeholder) is not valid JSON",
            range: range(from: index, to: end),
            fix: "render the file first (ecslint render --var \(variableName(from: index, to: end))=…) "
                + "or lint it with --var; quote the placeholder only where a string belongs"
        )
    }

    /// The end of a placeholder starting at `start`, if one does.
    private func placeholderEnd(from start: Int) -> Int? {
        let limit = lineEnd(from: start, maximum: 200)
        let next: UInt8 = start + 1 < limit ? input[start + 1] : 0
        switch input[start] {
        case UInt8(ascii: "$"):
            if next == UInt8(ascii: "{") { return offset(after: UInt8(ascii: "}"), from: start + 2, limit: limit) }
            if next == UInt8(ascii: "(") { return offset(after: UInt8(ascii: ")"), from: start + 2, limit: limit) }
            let end = identifierEnd(from: start + 1, limit: limit)
            return end > start + 1 ? end : nil
        case UInt8(ascii: "{") where next == UInt8(ascii: "{"):
            var cursor = start + 2
            while cursor + 1 < limit {
                if input[cursor] == UInt8(ascii: "}"), input[cursor + 1] == UInt8(ascii: "}") { return cursor + 2 }
                cursor += 1
            }
            return nil
        case UInt8(ascii: "#") where next == UInt8(ascii: "{"):
            return offset(after: UInt8(ascii: "}"), from: start + 2, limit: limit)
        case UInt8(ascii: "<"):
            var cursor = start + 1
            while cursor < limit,
                JSONParser.isWordByte(input[cursor]) || input[cursor] == UInt8(ascii: "-")
                    || input[cursor] == UInt8(ascii: ".") || input[cursor] == UInt8(ascii: ":")
            {
                cursor += 1
            }
            return cursor > start + 1 && cursor < limit && input[cursor] == UInt8(ascii: ">") ? cursor + 1 : nil
        case UInt8(ascii: "%") where next == UInt8(ascii: "{"):
            return offset(after: UInt8(ascii: "}"), from: start + 2, limit: limit)
        case UInt8(ascii: "%"):
            let end = identifierEnd(from: start + 1, limit: limit)
            return end > start + 1 && end < limit && input[end] == UInt8(ascii: "%") ? end + 1 : nil
        default:
            return nil
        }
    }

    /// The offset just after the first `byte` in `start..<limit`, if any.
    private func offset(after byte: UInt8, from start: Int, limit: Int) -> Int? {
        var cursor = start
        while cursor < limit {
            if input[cursor] == byte { return cursor + 1 }
            cursor += 1
        }
        return nil
    }

    /// The end of an identifier (`[A-Za-z_][A-Za-z0-9_]*`) at `start`, or `start`.
    private func identifierEnd(from start: Int, limit: Int) -> Int {
        guard start < limit, JSONParser.isWordByte(input[start]), !JSONParser.isDigit(input[start]) else {
            return start
        }
        var end = start + 1
        while end < limit, JSONParser.isWordByte(input[end]) { end += 1 }
        return end
    }

    /// The first identifier inside a placeholder, for the `--var` hint.
    private func variableName(from start: Int, to end: Int) -> String {
        var cursor = start
        while cursor < end {
            let identifier = identifierEnd(from: cursor, limit: end)
            if identifier > cursor { return text(from: cursor, to: identifier) }
            cursor += 1
        }
        return "NAME"
    }
}
