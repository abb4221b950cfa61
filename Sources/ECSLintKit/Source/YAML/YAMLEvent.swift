/// A place in libyaml's view of the input: `index` counts characters (Unicode
/// scalars, a CRLF counting as two) from the start; `line` and `column` are
/// 0-based and treat a lone CR, NEL, LS and PS as line breaks too, which is why
/// the loader converts positions from `index` alone.
struct YAMLMark: Sendable, Hashable {
    /// Characters before this place.
    var index: Int
    /// libyaml's 0-based line.
    var line: Int
    /// libyaml's 0-based column in characters.
    var column: Int
}

/// How a scalar was written.
enum YAMLScalarStyle: Sendable, Hashable {
    /// Unquoted, resolved by the schema.
    case plain
    /// `'text'`.
    case singleQuoted
    /// `"text"`.
    case doubleQuoted
    /// `|` block scalar.
    case literal
    /// `>` block scalar.
    case folded
}

/// The data of a scalar event.
struct YAMLScalarEvent: Sendable {
    /// The value after unescaping and folding.
    var value: String
    /// The anchor name without `&`, if any.
    var anchor: String?
    /// The explicit tag as libyaml resolved it (`!Ref`, `tag:yaml.org,2002:int`), if any.
    var tag: String?
    /// The style the scalar was written in.
    var style: YAMLScalarStyle
}

/// The data of a sequence or mapping start event.
struct YAMLCollectionEvent: Sendable {
    /// The anchor name without `&`, if any.
    var anchor: String?
    /// The explicit tag, if any.
    var tag: String?
    /// Whether it is written in flow style (`[...]` or `{...}`).
    var isFlow: Bool
}

/// One parsing event, in Swift types only: C types never leave the reader.
struct YAMLEvent: Sendable {
    /// What happened.
    enum Kind: Sendable {
        /// The stream begins.
        case streamStart
        /// The stream ends.
        case streamEnd
        /// A document begins.
        case documentStart
        /// A document ends.
        case documentEnd
        /// An alias `*name`.
        case alias(String)
        /// A scalar.
        case scalar(YAMLScalarEvent)
        /// A sequence begins.
        case sequenceStart(YAMLCollectionEvent)
        /// A sequence ends.
        case sequenceEnd
        /// A mapping begins.
        case mappingStart(YAMLCollectionEvent)
        /// A mapping ends.
        case mappingEnd
    }

    /// What happened.
    var kind: Kind
    /// libyaml's start mark (for nodes: the start of their anchor or tag, if any).
    var start: YAMLMark
    /// libyaml's end mark.
    var end: YAMLMark
}

/// Why libyaml stopped, copied out of the parser.
struct YAMLReaderFailure: Sendable {
    /// The stage that failed.
    enum Stage: Sendable {
        /// Decoding the bytes (invalid UTF-8, control characters).
        case reader
        /// Tokenizing.
        case scanner
        /// Matching tokens to the grammar.
        case parser
        /// Anything else (out of memory).
        case other
        /// libyaml itself could not be loaded (`LibYAML`): no byte was read.
        case library
    }

    /// The stage that failed.
    var stage: Stage
    /// libyaml's problem text, such as `mapping values are not allowed in this context`.
    var problem: String
    /// Where the problem is (scanner and parser stages).
    var problemMark: YAMLMark
    /// The byte offset of the problem (reader stage).
    var problemOffset: Int
    /// The offending byte or character code (reader stage).
    var problemValue: Int
    /// libyaml's context text, such as `while parsing a block mapping`.
    var context: String?
    /// Where the context starts.
    var contextMark: YAMLMark
}
