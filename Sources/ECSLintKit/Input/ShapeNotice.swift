/// What an input shape says about a document itself, before any rule runs.
///
/// `Input/` knows no rules: a shape reports these neutral values, and the
/// engine turns each into the finding of the rule that reports it
/// (`ShapeNotice.finding(document:)`, in `Rules/`).
enum ShapeNotice: Sendable {
    /// A key the shape does not take (beside the describe wrapper, or a
    /// property a CloudFormation resource lacks): a schema violation of kind
    /// `.unknownKey`, whose key is at `keyRange`, in the resource `label`.
    case unknownKey(SchemaViolation, keyRange: SourceRange, label: String? = nil)
    /// describe-task-definition's `taskDefinition` wrapper, whose key is at
    /// `keyRange`; `hasTags` when the wrapper's `tags` were moved inside.
    case describeWrapper(keyRange: SourceRange, hasTags: Bool)
    /// describe-task-definition's read-only fields (never empty), in document
    /// order, for the program that reads the file.
    case readOnlyFields([LocatedKey], consumer: Consumer)
    /// A list of `count` container definitions without a task, spanning
    /// `range`; `networkModeKnown` when `--launch-type FARGATE` makes it awsvpc.
    case containerList(range: SourceRange, count: Int, networkModeKnown: Bool)
    /// A CloudFormation template with `resourceCount` resources and no ECS
    /// resource, whose `Resources` key is at `keyRange`.
    case templateWithoutTaskDefinition(keyRange: SourceRange, resourceCount: Int)
}

/// A key of a document, at its document pointer.
struct LocatedKey: Sendable {
    /// The member's pointer in the document.
    var pointer: JSONPointer
    /// The key's range.
    var keyRange: SourceRange
}
