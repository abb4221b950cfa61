/// The state of one JSON parse over a byte buffer: the cursor, the line
/// bookkeeping for positions, and explicit stacks instead of recursion.
///
/// Lines change only in whitespace (strings cannot hold raw line breaks), and
/// the column of an offset on the current line is its distance from the line
/// start minus the UTF-8 continuation bytes seen since then (`skew`), so
/// positions are tracked incrementally without rescanning.
struct JSONParser {
    /// How the syntax error for an unquoted placeholder (`"cpu": ${cpu}`) starts.
    static let unquotedPlaceholderMessage = "unquoted template placeholder"

    /// One open object or array.
    struct Frame {
        /// Whether the container is an object (otherwise an array).
        var isObject: Bool
        /// Where its opening bracket is.
        var start: SourcePosition
        /// The index in `nodes` of its first value.
        var nodeBase: Int
        /// The index in `keys` of its first key (objects only).
        var keyBase: Int
    }

    /// An object key read from the source, waiting for its value.
    struct Key {
        /// The key after unescaping.
        var text: String
        /// Where the key is written, including its quotes.
        var range: SourceRange
    }

    /// The whole input.
    let input: UnsafeBufferPointer<UInt8>
    /// The deepest nesting accepted.
    let maximumDepth: Int
    /// The byte offset of the next byte to read.
    var index = 0
    /// The 1-based line of `index`.
    var line = 1
    /// The byte offset at which the current line starts.
    var lineStart = 0
    /// UTF-8 continuation bytes read between `lineStart` and `index`.
    var skew = 0
    /// The open containers, innermost last.
    var frames: [Frame] = []
    /// The finished values of all open containers, in order.
    var nodes: [Node] = []
    /// The keys of all open objects, in order.
    var keys: [Key] = []

    /// Creates a parser over `input`.
    init(input: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.input = input
        self.maximumDepth = maximumDepth
        frames.reserveCapacity(16)
        nodes.reserveCapacity(64)
        keys.reserveCapacity(32)
    }

    /// The number of input bytes.
    var count: Int { input.count }

    /// The position of `offset`, which must be on the current line and not
    /// past the bytes read so far (or past them only by ASCII bytes).
    func position(at offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: offset - lineStart - skew + 1, offset: offset)
    }

    /// The position of `offset`, counting scalars from `start` on the same line.
    func position(from start: SourcePosition, to offset: Int) -> SourcePosition {
        var column = start.column
        var cursor = start.offset
        while cursor < offset {
            if input[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return SourcePosition(line: start.line, column: column, offset: offset)
    }

    /// The range from `start` (already read) to `end` on the same line.
    func range(from start: Int, to end: Int) -> SourceRange {
        let first = position(at: start)
        return SourceRange(start: first, end: position(from: first, to: end))
    }

    /// Skips JSON whitespace: space, tab, and line breaks (LF, CR LF, lone CR).
    mutating func skipWhitespace() {
        while index < count {
            switch input[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                startLine()
            case UInt8(ascii: "\r"):
                index += 1
                if index < count, input[index] == UInt8(ascii: "\n") { index += 1 }
                startLine()
            default:
                return
            }
        }
    }

    /// Records that a new line starts at `index`.
    mutating func startLine() {
        line += 1
        lineStart = index
        skew = 0
    }

    /// Parses the whole input as one JSON value followed only by whitespace.
    mutating func parseDocument() throws(SyntaxError) -> Node {
        if count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
            index = 3
            lineStart = 3
        }
        let documentStart = position(at: index)
        skipWhitespace()
        guard index < count else {
            throw SyntaxError(
                message: "the file is empty",
                range: SourceRange(at: documentStart),
                fix: "write the task definition as a JSON object: { \"family\": \"…\", … }"
            )
        }
        var value: Node
        nextValue: while true {
            // Whitespace is skipped; `index` is where a value must start.
            guard index < count else { throw endOfInput() }
            switch input[index] {
            case UInt8(ascii: "\""):
                let (text, range) = try scanString()
                value = Node(.string(text), range: range)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try scanNumber()
            case UInt8(ascii: "{"):
                let start = try openContainer()
                skipWhitespace()
                if index < count, input[index] == UInt8(ascii: "}") {
                    index += 1
                    value = Node(.object([]), range: SourceRange(start: start, end: position(at: index)))
                } else {
                    frames.append(Frame(isObject: true, start: start, nodeBase: nodes.count, keyBase: keys.count))
                    try scanKeyAndColon()
                    skipWhitespace()
                    continue nextValue
                }
            case UInt8(ascii: "["):
                let start = try openContainer()
                skipWhitespace()
                if index < count, input[index] == UInt8(ascii: "]") {
                    index += 1
                    value = Node(.array([]), range: SourceRange(start: start, end: position(at: index)))
                } else {
                    frames.append(Frame(isObject: false, start: start, nodeBase: nodes.count, keyBase: keys.count))
                    continue nextValue
                }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                guard let literal = scanLiteral() else { throw unexpected(.value) }
                value = literal
            default:
                throw unexpected(.value)
            }
            // A value is complete: attach it and close containers as far as possible.
            while let frame = frames.last {
                nodes.append(value)
                skipWhitespace()
                guard index < count else { throw endOfInput() }
                let byte = input[index]
                let closer = frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if byte == UInt8(ascii: ",") {
                    let comma = range(from: index, to: index + 1)
                    index += 1
                    skipWhitespace()
                    if index < count, input[index] == closer {
                        throw trailingComma(comma, isObject: frame.isObject)
                    }
                    if frame.isObject {
                        try scanKeyAndColon()
                        skipWhitespace()
                    }
                    continue nextValue
                }
                guard byte == closer else { throw unexpected(.separator) }
                index += 1
                value = closeContainer(frame)
            }
            skipWhitespace()
            guard index >= count else { throw unexpected(.endOfDocument) }
            return value
        }
    }

    /// Checks the depth limit and a `{{` placeholder at an opening bracket,
    /// and steps over it; returns the bracket's position.
    mutating func openContainer() throws(SyntaxError) -> SourcePosition {
        if index + 1 < count, input[index + 1] == UInt8(ascii: "{"), let placeholder = placeholderError() {
            throw placeholder
        }
        let start = position(at: index)
        guard frames.count < maximumDepth else {
            throw SyntaxError(
                message: "nesting deeper than \(maximumDepth) levels",
                range: range(from: index, to: index + 1),
                fix: "ECS task definitions nest about 8 levels deep; check for unbalanced brackets"
            )
        }
        index += 1
        return start
    }

    /// Reads an object key and the `:` after it. Whitespace before the key is skipped.
    mutating func scanKeyAndColon() throws(SyntaxError) {
        guard index < count, input[index] == UInt8(ascii: "\"") else { throw unexpected(.key) }
        let (text, range) = try scanString()
        keys.append(Key(text: text, range: range))
        skipWhitespace()
        guard index < count, input[index] == UInt8(ascii: ":") else { throw unexpected(.colon) }
        index += 1
    }

    /// Builds the node of the innermost container, whose closing bracket was
    /// just read, and pops its values off the stacks.
    mutating func closeContainer(_ frame: Frame) -> Node {
        frames.removeLast()
        let range = SourceRange(start: frame.start, end: position(at: index))
        if frame.isObject {
            var members: [Member] = []
            members.reserveCapacity(nodes.count - frame.nodeBase)
            var keyIndex = frame.keyBase
            for nodeIndex in frame.nodeBase..<nodes.count {
                let key = keys[keyIndex]
                members.append(Member(key: key.text, keyRange: key.range, value: nodes[nodeIndex]))
                keyIndex += 1
            }
            nodes.removeSubrange(frame.nodeBase...)
            keys.removeSubrange(frame.keyBase...)
            return Node(.object(members), range: range)
        }
        let elements = Array(nodes[frame.nodeBase...])
        nodes.removeSubrange(frame.nodeBase...)
        return Node(.array(elements), range: range)
    }

    /// Reads `true`, `false` or `null`; nil when the word is something else.
    mutating func scanLiteral() -> Node? {
        let start = index
        let value: Node.Value
        let length: Int
        switch input[index] {
        case UInt8(ascii: "t"):
            guard index + 4 <= count, input[index + 1] == UInt8(ascii: "r"),
                input[index + 2] == UInt8(ascii: "u"), input[index + 3] == UInt8(ascii: "e")
            else { return nil }
            (value, length) = (.bool(true), 4)
        case UInt8(ascii: "f"):
            guard index + 5 <= count, input[index + 1] == UInt8(ascii: "a"),
                input[index + 2] == UInt8(ascii: "l"), input[index + 3] == UInt8(ascii: "s"),
                input[index + 4] == UInt8(ascii: "e")
            else { return nil }
            (value, length) = (.bool(false), 5)
        default:
            guard index + 4 <= count, input[index + 1] == UInt8(ascii: "u"),
                input[index + 2] == UInt8(ascii: "l"), input[index + 3] == UInt8(ascii: "l")
            else { return nil }
            (value, length) = (.null, 4)
        }
        if start + length < count, JSONParser.isWordByte(input[start + length]) { return nil }
        index = start + length
        return Node(value, range: SourceRange(start: position(at: start), end: position(at: index)))
    }

    /// Whether `byte` can be part of an unquoted word (ASCII letter, digit, `_`).
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
