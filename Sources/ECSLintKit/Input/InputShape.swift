/// A shape of input ecslint recognises, as reports name it (the `kinds` of
/// a file in the JSON report). Each shape is one `InputShapeReader` in
/// `InputShapes.all`, which declares its value next to its detection.
public struct InputShape: Sendable, Hashable, CustomStringConvertible {
    /// The name the JSON report gives the shape.
    public let reportName: String

    /// A shape named `reportName` (kebab-case, stable: reports print it).
    init(reportName: String) {
        self.reportName = reportName
    }

    public var description: String { reportName }
}

/// One task definition found in a document, in API form, ready for the
/// schema check and the rules.
///
/// `root` is a tree with the API's member names whose nodes keep their
/// original source ranges, so a pointer resolved in it underlines the right
/// place of the file; `documentPointer(for:)` turns a pointer relative to
/// `root` into the pointer within the document that reports show.
struct LintTarget: Sendable {
    /// What kind of input the task definition came from.
    var shape: InputShape
    /// The task definition, in API form, with original ranges.
    var root: Node
    /// A name shown with each finding: the logical id of a CloudFormation resource.
    var label: String?
    /// Top-level keys the schema check skips because another check reports them.
    var ignoredTopLevelKeys: Set<String> = []
    /// How pointers relative to `root` map into the document.
    var pointers: TargetPointers = .identity
    /// Start offsets of values that stand for CloudFormation intrinsic
    /// functions: unknown values that are not listed as template placeholders.
    var intrinsicOffsets: Set<Int> = []

    /// The request, when the target is a service or run-task request rather
    /// than a task definition.
    var service: ServiceRequestKind? = nil
    /// For a service of a CloudFormation template, the logical id of the
    /// `AWS::ECS::TaskDefinition` its `TaskDefinition` names by `Ref` or `Fn::GetAtt`.
    var taskDefinitionResource: String? = nil

    /// The API shape the target's root is checked against.
    var schemaRoot: SchemaShape {
        service.map { ECSAPIShapes.shape($0.shapeID) } ?? ECSAPIShapes.rootShape
    }

    /// Whether this is a bare list of containers, without the task around it.
    var isContainerFragment: Bool { shape == .containerArray }

    /// The pointer within the document for a pointer relative to `root`.
    func documentPointer(for pointer: JSONPointer) -> JSONPointer {
        switch pointers {
        case .identity:
            return pointer
        case .prefixed(let prefix, let rootMembers):
            if let first = pointer.tokens.first, rootMembers.contains(first) { return pointer }
            return JSONPointer(prefix.tokens + pointer.tokens)
        case .containerFragment:
            guard pointer.tokens.first == "containerDefinitions" else { return .root }
            return JSONPointer(Array(pointer.tokens.dropFirst()))
        case .cloudFormation(let prefix, let original):
            return JSONPointer(
                prefix.tokens
                    + CloudFormationPointer.original(pointer, mapped: root, original: original, shape: schemaRoot))
        }
    }
}

/// How the pointers of a target map into its document.
enum TargetPointers: Sendable {
    /// The target is the document root.
    case identity
    /// The target sits at `prefix`, except for the listed top-level members,
    /// which were taken from the document root (the `tags` beside a describe wrapper).
    case prefixed(JSONPointer, rootMembers: Set<String>)
    /// The document is the container list; the target wraps it as `containerDefinitions`.
    case containerFragment
    /// A CloudFormation resource's `Properties` at `prefix`, renamed to API names.
    case cloudFormation(JSONPointer, original: Node)
}

/// The task definitions of one document, and what the shape itself is worth saying.
struct InputClassification: Sendable {
    /// The task definitions to lint.
    var targets: [LintTarget] = []
    /// What the shape says about the document (describe wrapper, read-only fields, …).
    var notices: [ShapeNotice] = []
}
