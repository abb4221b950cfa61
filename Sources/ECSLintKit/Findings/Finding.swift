/// Which part of the value at a pointer a finding underlines.
public enum FindingTarget: Sendable, Hashable {
    /// The value.
    case value
    /// The key that holds the value (for unknown or duplicate keys).
    case key
}

/// A secondary location that explains a finding ("first defined here").
public struct FindingNote: Sendable, Hashable {
    /// What the note says.
    public var message: String
    /// Where it points: within the same document, or within the document of
    /// `path` when that is set.
    public var pointer: JSONPointer
    /// Which part of the value to point at.
    public var target: FindingTarget
    /// The resolved range, filled in by the engine.
    public var range: SourceRange?
    /// The file the note points into, when it is not the finding's file (the
    /// task definition a service names); nil for the same file.
    public var path: String?
    /// Whether the pointer is into the task definition a service request
    /// names rather than into the request (set by `inTaskDefinition`).
    public internal(set) var isInTaskDefinition = false

    /// Creates a note.
    public init(_ message: String, at pointer: JSONPointer, target: FindingTarget = .value, range: SourceRange? = nil) {
        self.message = message
        self.pointer = pointer
        self.target = target
        self.range = range
    }
}

/// One problem in one document of one file.
public struct Finding: Sendable, Hashable {
    /// The stable rule code, for example `ECS301`.
    public var code: String
    /// The rule's kebab-case name, for example `awsvpc-host-port-mismatch`.
    public var slug: String
    /// How serious it is (after configuration overrides).
    public var severity: Severity
    /// When it bites.
    public var stage: Stage
    /// What is wrong, naming the actual value.
    public var message: String
    /// How to fix it.
    public var fix: String?
    /// Where, within the document.
    public var pointer: JSONPointer
    /// Which part of the pointed-at value to underline.
    public var target: FindingTarget
    /// The 0-based index of the document in a multi-document YAML stream.
    public var document: Int
    /// The resolved source range.
    public var range: SourceRange
    /// Secondary locations.
    public var notes: [FindingNote]
    /// What the finding is about within the document, when a document holds
    /// several task definitions: the logical id of a CloudFormation resource.
    public var label: String?
    /// The edits that fix it, when the rule can write them (`--fix`, the
    /// language server's code actions).
    public var autofix: Fix?

    /// Creates a finding.
    public init(
        code: String, slug: String, severity: Severity, stage: Stage,
        message: String, fix: String?, pointer: JSONPointer, target: FindingTarget = .value,
        document: Int = 0, range: SourceRange = SourceRange(at: .start), notes: [FindingNote] = [],
        label: String? = nil, autofix: Fix? = nil
    ) {
        self.code = code
        self.slug = slug
        self.severity = severity
        self.stage = stage
        self.message = message
        self.fix = fix
        self.pointer = pointer
        self.target = target
        self.document = document
        self.range = range
        self.notes = notes
        self.label = label
        self.autofix = autofix
    }

    /// The message prefixed with the label (a CloudFormation logical id), when there is one.
    public var labeledMessage: String {
        label.map { "\($0): \(message)" } ?? message
    }

    /// The order findings are reported in: document, position, code.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        if lhs.range.start.offset != rhs.range.start.offset {
            return lhs.range.start.offset < rhs.range.start.offset
        }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
