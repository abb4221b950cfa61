extension JSONParser {
    /// Reads a number at `index` (which holds `-` or a digit), validating the
    /// RFC 8259 grammar `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    mutating func scanNumber() throws(SyntaxError) -> Node {
        let start = index
        var cursor = index
        if input[cursor] == UInt8(ascii: "-") {
            cursor += 1
            guard cursor < count, JSONParser.isDigit(input[cursor]) else { throw badMinus(at: start) }
        }
        if input[cursor] == UInt8(ascii: "0") {
            cursor += 1
            if cursor < count, JSONParser.isDigit(input[cursor]) { throw leadingZeros(at: start) }
            if cursor < count, input[cursor] | 0x20 == UInt8(ascii: "x") { throw hexNumber(at: start) }
        } else {
            while cursor < count, JSONParser.isDigit(input[cursor]) { cursor += 1 }
        }
        if cursor < count, input[cursor] == UInt8(ascii: ".") {
            cursor += 1
            guard cursor < count, JSONParser.isDigit(input[cursor]) else {
                throw numberError(
                    "expected a digit after the decimal point", start: start, end: cursor,
                    fix: "write \(text(from: start, to: cursor - 1)) or \(text(from: start, to: cursor))0")
            }
            while cursor < count, JSONParser.isDigit(input[cursor]) { cursor += 1 }
        }
        if cursor < count, input[cursor] | 0x20 == UInt8(ascii: "e") {
            cursor += 1
            if cursor < count, input[cursor] == UInt8(ascii: "+") || input[cursor] == UInt8(ascii: "-") {
                cursor += 1
            }
            guard cursor < count, JSONParser.isDigit(input[cursor]) else {
                throw numberError(
                    "expected a digit in the exponent", start: start, end: cursor,
                    fix: "write the exponent's digits, as in 2.56e2")
            }
            while cursor < count, JSONParser.isDigit(input[cursor]) { cursor += 1 }
        }
        if cursor < count, JSONParser.isWordByte(input[cursor]) || input[cursor] == UInt8(ascii: ".") {
            let end = numberRunEnd(from: start)
            throw numberError(
                "invalid number", start: start, end: end,
                fix: "quote it if it is text: \"\(text(from: start, to: end))\"")
        }
        index = cursor
        let lexeme = String(decoding: UnsafeBufferPointer(rebasing: input[start..<cursor]), as: UTF8.self)
        return Node(
            .number(NumberLiteral(jsonLexeme: lexeme)),
            range: SourceRange(start: position(at: start), end: position(at: cursor))
        )
    }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// The source text between two offsets (error paths only).
    func text(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: input[start..<min(end, count)]), as: UTF8.self)
    }

    /// The end of the run of number-like characters (`0-9A-Za-z_.+-`) from `start`.
    func numberRunEnd(from start: Int) -> Int {
        var end = start
        while end < count, end - start < 64,
            JSONParser.isWordByte(input[end]) || input[end] == UInt8(ascii: ".")
                || input[end] == UInt8(ascii: "+") || input[end] == UInt8(ascii: "-")
        {
            end += 1
        }
        return end
    }

    /// An error about the number written from `start` to `end`; the message
    /// gets the number text appended.
    func numberError(_ message: String, start: Int, end: Int, fix: String) -> SyntaxError {
        SyntaxError(
            message: "\(message): \(text(from: start, to: end))", range: range(from: start, to: end), fix: fix)
    }

    /// `012`, `-00`: leading zeros.
    private func leadingZeros(at start: Int) -> SyntaxError {
        let end = numberRunEnd(from: start)
        let written = text(from: start, to: end)
        var digits = Substring(written)
        let sign = digits.first == "-" ? "-" : ""
        digits = digits.drop(while: { $0 == "-" })
        var trimmed = digits.drop(while: { $0 == "0" })
        if !(trimmed.first.map { ("0"..."9").contains($0) } ?? false) { trimmed = "0" + trimmed }
        return numberError(
            "leading zeros are not allowed in JSON numbers", start: start, end: end,
            fix: "write \(sign)\(trimmed), or quote it (\"\(written)\") if the zeros matter")
    }

    /// `0x1F`: a hexadecimal literal.
    private func hexNumber(at start: Int) -> SyntaxError {
        let end = numberRunEnd(from: start)
        let written = text(from: start, to: end)
        let negative = written.hasPrefix("-")
        let fix: String
        if let value = UInt64(written.dropFirst(negative ? 3 : 2), radix: 16) {
            fix = "write the decimal value \(negative ? "-" : "")\(value)"
        } else {
            fix = "write the value in decimal"
        }
        return numberError("hexadecimal numbers are not valid JSON", start: start, end: end, fix: fix)
    }

    /// A `-` not followed by a digit: `-Infinity`, `-.5`, or a lone minus.
    private func badMinus(at start: Int) -> SyntaxError {
        let next = start + 1
        if next < count, input[next] == UInt8(ascii: "I") || input[next] == UInt8(ascii: "i") {
            let end = wordEnd(from: next)
            if text(from: next, to: end).lowercased().hasPrefix("inf") {
                return SyntaxError(
                    message: "\(text(from: start, to: end)) is not valid JSON",
                    range: range(from: start, to: end),
                    fix: "JSON has no infinity; use a large number or null"
                )
            }
        }
        if next + 1 < count, input[next] == UInt8(ascii: "."), JSONParser.isDigit(input[next + 1]) {
            let end = numberRunEnd(from: next)
            return numberError(
                "JSON numbers need a digit before the decimal point", start: start, end: end,
                fix: "write -0\(text(from: next, to: end))")
        }
        return SyntaxError(
            message: "expected a digit after '-'",
            range: range(from: start, to: next),
            fix: "write a number such as -1, or quote the value if it is text"
        )
    }

    /// The end of the run of word bytes (`A-Za-z0-9_`) from `start`.
    func wordEnd(from start: Int) -> Int {
        var end = start
        while end < count, end - start < 64, JSONParser.isWordByte(input[end]) { end += 1 }
        return end
    }
}
