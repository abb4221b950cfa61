/// The bytes of one input file with a line index, for positions and code frames.
///
/// Lines end at LF, CR LF, or a lone CR, as in the JSON scanner and libyaml.
public struct SourceText: Sendable {
    /// The path shown in reports (`-` for standard input).
    public var path: String
    /// The raw UTF-8 bytes.
    public var bytes: [UInt8]
    /// Byte offsets at which each line starts (index 0 is line 1).
    public let lineStarts: [Int]
    /// Whether every byte is ASCII, so a column is a byte count (positions
    /// then cost O(log lines), not O(column), on a minified line).
    private let isASCII: Bool

    /// Creates a source from bytes. A leading UTF-8 byte-order mark is dropped,
    /// so offsets count from the first character after it.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        self.bytes = bytes
        var starts = [0]
        var ascii = true
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { ascii = false }
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if byte == UInt8(ascii: "\r"), index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") {
                starts.append(index + 1)
            }
        }
        self.lineStarts = starts
        self.isASCII = ascii
    }

    /// Creates a source from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line break (invalid UTF-8 repaired).
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The position of a byte offset, with the column counted in Unicode scalars.
    public func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        if isASCII { return SourcePosition(line: low + 1, column: clamped - lineStarts[low] + 1, offset: clamped) }
        var column = 1
        var index = lineStarts[low]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        if index > lineStarts[low], clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80 {
            column -= 1
        }
        return SourcePosition(line: low + 1, column: column, offset: clamped)
    }
}

/// The formats ecslint reads.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable {
    /// JSON (RFC 8259).
    case json
    /// YAML (1.2 core schema, read with libyaml).
    case yaml

    /// The format named by a file extension, if any.
    public init?(pathExtension path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            self = .yaml
        } else {
            return nil
        }
    }

    /// Guesses the format from content: JSON when the first significant byte
    /// opens an object or array, YAML otherwise.
    public static func sniff(_ bytes: [UInt8]) -> SourceFormat {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                return .json
            default:
                return .yaml
            }
        }
        return .json
    }
}

/// One document of a loaded file: a whole JSON file, or one document of a YAML stream.
public struct SourceDocument: Sendable {
    /// The 0-based index in the stream.
    public var index: Int
    /// The root value.
    public var root: Node

    /// Creates a document.
    public init(index: Int, root: Node) {
        self.index = index
        self.root = root
    }
}

/// A syntax error with the exact place and a message a person understands.
public struct SyntaxError: Error, Sendable, Hashable {
    /// What is wrong, for example `expected ',' or '}' after the value of "cpu"`.
    public var message: String
    /// Where.
    public var range: SourceRange
    /// The 0-based index of the YAML document it occurred in.
    public var document: Int
    /// An optional hint on how to fix it.
    public var fix: String?

    /// Creates an error.
    public init(message: String, range: SourceRange, document: Int = 0, fix: String? = nil) {
        self.message = message
        self.range = range
        self.document = document
        self.fix = fix
    }
}

/// A warning the YAML loader raises while building the tree: a plain scalar
/// that a YAML 1.1 reader (PyYAML, many CI tools) reads differently.
public struct YAMLNotice: Sendable, Hashable {
    /// What is ambiguous, naming the value and both readings.
    public var message: String
    /// How to make it unambiguous.
    public var fix: String
    /// Where, within the document.
    public var pointer: JSONPointer
    /// The scalar's range.
    public var range: SourceRange
    /// The 0-based document index.
    public var document: Int

    /// Creates a notice.
    public init(message: String, fix: String, pointer: JSONPointer, range: SourceRange, document: Int) {
        self.message = message
        self.fix = fix
        self.pointer = pointer
        self.range = range
        self.document = document
    }
}

/// The result of reading a file: its documents, or the syntax error that stopped it.
public struct LoadedSource: Sendable {
    /// The format that was read.
    public var format: SourceFormat
    /// The documents read (a JSON file has one).
    public var documents: [SourceDocument]
    /// The error that stopped reading, if any. Documents before it are kept.
    public var syntaxError: SyntaxError?
    /// YAML 1.1 ambiguity warnings.
    public var notices: [YAMLNotice]

    /// Creates a result.
    public init(
        format: SourceFormat, documents: [SourceDocument], syntaxError: SyntaxError? = nil, notices: [YAMLNotice] = []
    ) {
        self.format = format
        self.documents = documents
        self.syntaxError = syntaxError
        self.notices = notices
    }
}
