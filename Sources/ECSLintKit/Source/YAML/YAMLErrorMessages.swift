/// Turns libyaml's terse problems into messages a person understands, at the
/// place the problem is (for an unclosed quote: at the opening quote).
enum YAMLErrorMessages {
    /// The fix of a YAML file that could not be read because libyaml is missing.
    static let libraryFix =
        "install libyaml (Debian and Ubuntu: apt-get install libyaml-0-2), or give ecslint the file as JSON"

    /// The syntax error for a libyaml failure in document `document`.
    static func syntaxError(for failure: YAMLReaderFailure, positions: YAMLPositionMap, document: Int) -> SyntaxError {
        if failure.stage == .reader {
            return readerError(failure, positions: positions, document: document)
        }
        if failure.stage == .library {
            let start = positions.position(ofCharacter: 0)
            return SyntaxError(
                message: failure.problem, range: SourceRange(start: start, end: start), document: document,
                fix: libraryFix)
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
            guard startsLine(position, positions) else {
                return error(
                    "unexpected \(found) after a value in the mapping that starts at \(context)",
                    "put the next key on its own line, or quote the whole value")
            }
            return error(
                "bad indentation: this line does not line up with the keys of the mapping that starts at \(context)",
                "indent it exactly like the keys it belongs with")
        case "did not find expected '-' indicator":
            return error(
                "bad indentation: expected a list item ('- ') of the list that starts at \(context), found \(found)",
                "start the line with '- ', or indent it like the keys it belongs with")
        case "did not find expected ',' or ']'":
            return error(
                "expected ',' or ']' in the list that starts at \(context), found \(found)",
                "separate items with ',' and close the list with ']'")
        case "did not find expected ',' or '}'":
            return error(
                "expected ',' or '}' in the mapping that starts at \(context), found \(found)",
                "separate members with ',' and close the mapping with '}'")
        case "did not find expected node content":
            return error("expected a value, found \(found)", "write the value, or quote it")
        case "found unexpected end of stream" where failure.context?.contains("quoted scalar") == true:
            let open = positions.position(ofCharacter: failure.contextMark.index)
            let quote = positions.scalar(at: open.offset).map { String(Character($0)) } ?? "\""
            return error(
                "this quoted string is never closed", "add the closing \(quote)", at: positions.characterRange(at: open)
            )
        case "could not find expected ':'":
            return error(
                "expected ':' after the key that starts at \(context)",
                "write 'key: value' on one line, or quote the key")
        case "block sequence entries are not allowed in this context":
            return error(
                "a list item ('- ') cannot start here", "put the list on its own lines, indented under its key")
        case "found unexpected ':'":
            return error("unexpected ':' inside a flow collection", "quote the value that contains ':'")
        case "did not find expected <document start>":
            return error(
                "unexpected \(found) after the end of the document",
                "start the next document with '---', or fix the indentation")
        default:
            let place = failure.context.map { " (\($0) that starts at \(context))" } ?? ""
            return error(problem + place, nil)
        }
    }

    /// A reader failure (normally caught earlier by `YAMLInputCheck`).
    private static func readerError(_ failure: YAMLReaderFailure, positions: YAMLPositionMap, document: Int)
        -> SyntaxError
    {
        let position = positions.position(ofByte: failure.problemOffset)
        return SyntaxError(
            message: "the file cannot be read as YAML: \(failure.problem)",
            range: positions.characterRange(at: position),
            document: document, fix: "save the file as UTF-8 text")
    }

    /// Whether only blanks come before `position` on its line.
    private static func startsLine(_ position: SourcePosition, _ positions: YAMLPositionMap) -> Bool {
        var offset = position.offset
        while offset > 0 {
            offset -= 1
            switch positions.bytes[offset] {
            case 0x0A: return true
            case 0x20, 0x09: continue
            default: return false
            }
        }
        return true
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
