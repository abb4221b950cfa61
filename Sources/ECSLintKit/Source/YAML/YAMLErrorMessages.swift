/// Turns libyaml's terse problems into messages a person understands, at the
/// place the problem is (for an unclosed quote: at the opening quote).
enum YAMLErrorMessages {
    /// The syntax error for a libyaml failure in document `document`.
    static func syntaxError(for failure: YAMLReaderFailure, positions: YAMLPositionMap, document: Int) -> SyntaxError {
        if failure.stage == .reader {
            return readerError(failure, positions: positions, document: document)
        }
        let position = positions.position(ofCharacter: failure.problemMark.index)
        let range = positions.characterRange(at: position)
        let character = positions.scalar(at: position.offset)
        let found = describe(character)
        let problem = failure.problem
        var context: String {
            let start = positions.position(ofCharacter: failure.contextMark.index)
            return "line \(start.line), column \(start.column)"
        }
        func error(_ message: String, _ fix: String?, at errorRange: SourceRange = range) -> SyntaxError {
            SyntaxError(message: message, range: errorRange, document: document, fix: fix)
        }
        switch problem {
        case "found character that cannot start any token", "found a tab character that violates indentation",
            "found a tab character where an indentation space is expected":
            if character == "\t" || problem.contains("tab character") {
                return error("tabs are not allowed for indentation in YAML", "indent with spaces")
            }
            if character == "@" || character == "`" {
                return error("\(found) is reserved in YAML and cannot start a plain value", "quote the value")
            }
            return error("the character \(found) cannot start a value here", "quote the value")
        case "mapping values are not allowed in this context":
            return error(
                "unexpected ':' — a value cannot start a mapping here (is a quote or indentation missing?)",
                "quote a value that contains ': ', or fix the indentation of this line")
        case "did not find expected key":
            if character == "-" {
                return error(
                    "a list item cannot appear here: the mapping that starts at \(context) expects a key",
                    "indent the list under the key it belongs to")
            }
            return error(
                "bad indentation: this line does not line up with the keys of the mapping that starts at \(context)",
                "indent it exactly like the keys it belongs with")
        case "did not find expected '-' indicator":
            return error(
                "bad indentation: expected a list item ('- ') of the list that starts at \(context), found \(found)",
                "start the line with '- ', or indent it like the keys it belongs with")
        case "did not find expected ',' or ']'":
            return error("expected ',' or ']' in the list that starts at \(context), found \(found)", "separate items with ',' and close the list with ']'")
        case "did not find expected ',' or '}'":
            return error(
                "expected ',' or '}' in the mapping that starts at \(context), found \(found)", "separate members with ',' and close the mapping with '}'")
        case "did not find expected node content":
            return error("expected a value, found \(found)", "write the value, or quote it")
        case "found unexpected end of stream" where failure.context?.contains("quoted scalar") == true:
            let open = positions.position(ofCharacter: failure.contextMark.index)
            let quote = positions.scalar(at: open.offset).map { String(Character($0)) } ?? "\""
            return error("this quoted string is never closed", "add the closing \(quote)", at: positions.characterRange(at: open))
        case "could not find expected ':'":
            return error("expected ':' after the key that starts at \(context)", "write 'key: value' on one line, or quote the key")
        case "block sequence entries are not allowed in this context":
            return error("a list item ('- ') cannot start here", "put the list on its own lines, indented under its key")
        case "found unexpected ':'":
            return error("unexpected ':' inside a flow collection", "quote the value that contains ':'")
        case "did not find expected <document start>":
            return error("unexpected \(found) after the end of the document (is the indentation wrong?)", "fix the indentation, or start a new document with '---'")
        default:
            let place = failure.context.map { " (\($0) that starts at \(context))" } ?? ""
            return error(problem + place, nil)
        }
    }

    private static func readerError(_ failure: YAMLReaderFailure, positions: YAMLPositionMap, document: Int) -> SyntaxError {
        let position = positions.position(ofByte: failure.problemOffset)
        var end = position
        end.offset = min(position.offset + 1, positions.bytes.count)
        end.column += end.offset > position.offset ? 1 : 0
        let range = SourceRange(start: position, end: end)
        if failure.problem.contains("control characters") {
            let hex = String(failure.problemValue, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return SyntaxError(
                message: "the file contains the control character \(code), which YAML does not allow", range: range, document: document,
                fix: "remove the character (is this a binary file?)")
        }
        if failure.problem.contains("UTF-8") || failure.problem.contains("Unicode") {
            let byte = position.offset < positions.bytes.count ? positions.bytes[position.offset] : 0
            let hex = String(byte, radix: 16, uppercase: true)
            return SyntaxError(
                message: "the file is not valid UTF-8 (byte 0x\(hex.count < 2 ? "0" + hex : hex): \(failure.problem))", range: range,
                document: document, fix: "save the file as UTF-8")
        }
        return SyntaxError(message: failure.problem, range: range, document: document)
    }

    private static func describe(_ character: Unicode.Scalar?) -> String {
        guard let character else { return "the end of the file" }
        switch character {
        case "\n", "\r": return "the end of the line"
        case "\t": return "a tab"
        default: return "'\(Character(character))'"
        }
    }
}
