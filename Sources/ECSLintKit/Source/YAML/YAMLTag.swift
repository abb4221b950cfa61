/// What an explicit tag asks for, classified once per node.
enum YAMLTag: Sendable, Hashable {
    /// The non-specific `!`: a scalar is a string, a collection stays what it is.
    case nonSpecific
    /// `!!str` (and `!!binary`, kept as its base64 text).
    case string
    /// `!!int`.
    case integer
    /// `!!float`.
    case float
    /// `!!bool`.
    case bool
    /// `!!null`.
    case null
    /// `!!map`.
    case mapping
    /// `!!seq`.
    case sequence
    /// A CloudFormation short form such as `!Ref` (only when enabled), with its long key.
    case cloudFormation(String)
    /// Anything else, as written.
    case unknown(String)

    private static let standardPrefix = "tag:yaml.org,2002:"

    /// Classifies libyaml's resolved tag text.
    init(_ tag: String, cloudFormationTags: Bool) {
        if tag == "!" {
            self = .nonSpecific
            return
        }
        if tag.hasPrefix(Self.standardPrefix) {
            switch tag.dropFirst(Self.standardPrefix.count) {
            case "str", "binary": self = .string
            case "int": self = .integer
            case "float": self = .float
            case "bool": self = .bool
            case "null": self = .null
            case "map": self = .mapping
            case "seq": self = .sequence
            default: self = .unknown(tag)
            }
            return
        }
        if cloudFormationTags, let key = YAMLCloudFormation.longKey(forTag: tag) {
            self = .cloudFormation(key)
            return
        }
        self = .unknown(tag)
    }

    /// How a tag is shown in messages: `!!int` for the standard ones, as written otherwise.
    static func display(_ tag: String) -> String {
        tag.hasPrefix(standardPrefix) ? "!!" + tag.dropFirst(standardPrefix.count) : tag
    }

    /// The error for an unsupported tag on a node starting at `range`.
    static func unknownTagError(_ tag: String, range: SourceRange, document: Int) -> SyntaxError {
        let shown = display(tag)
        var fix = "remove the tag, or quote the value if it is text"
        if let key = YAMLCloudFormation.longKey(forTag: tag) {
            fix = "\(shown) is a CloudFormation short form: enable CloudFormation tags, or write {\"\(key)\": ...}"
        }
        return SyntaxError(
            message: "unknown tag \(shown): a task definition uses only the YAML 1.2 core schema tags", range: range,
            document: document, fix: fix)
    }

    /// The value of a scalar with this tag, or the message when the content
    /// does not fit the tag. CloudFormation and unknown tags are not handled here.
    static func resolve(_ text: String, tag: String, kind: YAMLTag) -> Result<Node.Value, YAMLTagMismatch> {
        let shown = display(tag)
        switch kind {
        case .nonSpecific, .string, .cloudFormation, .unknown:
            return .success(.string(text))
        case .integer:
            guard let number = YAMLCoreSchema.integer(text) else {
                return .failure(YAMLTagMismatch(shown, text, "an integer", "42"))
            }
            return .success(.number(number))
        case .float:
            guard let value = YAMLCoreSchema.floatValue(text) else {
                return .failure(YAMLTagMismatch(shown, text, "a number", "1.5"))
            }
            return .success(.number(NumberLiteral(lexeme: text, isInteger: false, intValue: nil, doubleValue: value)))
        case .bool:
            guard let flag = YAMLCoreSchema.bool(text) else {
                return .failure(YAMLTagMismatch(shown, text, "a boolean", "true or false"))
            }
            return .success(.bool(flag))
        case .null:
            guard YAMLCoreSchema.isNull(text) else {
                return .failure(YAMLTagMismatch(shown, text, "null", "null or ~"))
            }
            return .success(.null)
        case .mapping, .sequence:
            return .failure(YAMLTagMismatch(shown, text, kind == .mapping ? "a mapping" : "a sequence", nil))
        }
    }
}

/// A scalar whose content contradicts its explicit tag.
struct YAMLTagMismatch: Error, Sendable {
    /// The message, naming the tag and the content.
    var message: String
    /// How to fix it.
    var fix: String

    /// Creates the mismatch for `tag` on `text`, which should have been `expected`.
    init(_ tag: String, _ text: String, _ expected: String, _ example: String?) {
        message = "the scalar \"\(text)\" is tagged \(tag) but is not \(expected)"
        fix = example.map { "remove the tag \(tag), or write \(expected) such as \($0)" } ?? "remove the tag \(tag)"
    }
}
