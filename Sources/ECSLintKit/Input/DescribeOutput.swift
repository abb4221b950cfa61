/// `describe-task-definition` output, wrapped or not.
enum DescribeOutput {
    /// The members of the `TaskDefinition` output shape that RegisterTaskDefinition does not take.
    static let readOnlyMembers = Set(ECSAPIShapes.readOnlyTaskDefinitionMembers)

    /// Whether `root` is the wrapped output: an object whose `taskDefinition`
    /// member is an object, with no `containerDefinitions` or `family` beside it.
    static func isWrapped(_ root: Node) -> Bool {
        guard root["taskDefinition"]?.members != nil else { return false }
        return root.member("containerDefinitions") == nil && root.member("family") == nil
    }

    /// The target inside a wrapper, with the wrapper's `tags` merged in when
    /// the inner object has none, and the wrapper notice.
    static func unwrap(_ root: Node) -> (target: LintTarget, notice: ShapeNotice)? {
        guard let wrapper = root.member("taskDefinition"), var members = wrapper.value.members else { return nil }
        var rootMembers: Set<String> = []
        if let tags = root.member("tags"), !members.contains(where: { $0.key == "tags" }) {
            members.append(tags)
            rootMembers.insert("tags")
        }
        let inner = Node(.object(members), range: wrapper.value.range)
        let target = LintTarget(
            shape: .wrappedDescribeOutput, root: inner,
            pointers: .prefixed(.root / "taskDefinition", rootMembers: rootMembers))
        return (target, .describeWrapper(keyRange: wrapper.keyRange, hasTags: !rootMembers.isEmpty))
    }

    /// Marks the read-only members of `target` as reported by one notice
    /// (which it returns) and skipped by the schema check.
    static func markReadOnlyMembers(of target: inout LintTarget, consumer: Consumer) -> ShapeNotice? {
        let fields = (target.root.members ?? []).filter { readOnlyMembers.contains($0.key) }
        guard !fields.isEmpty else { return nil }
        target.ignoredTopLevelKeys.formUnion(fields.map(\.key))
        let located = fields.map {
            LocatedKey(pointer: target.documentPointer(for: .root / $0.key), keyRange: $0.keyRange)
        }
        return .readOnlyFields(located, consumer: consumer)
    }
}

/// `describe-task-definition` output without its wrapper: read-only members
/// (`taskDefinitionArn`, `revision`, …) beside `containerDefinitions`. The
/// target is the document; one finding reports the read-only members, which
/// the schema check then skips.
enum UnwrappedDescribeOutput: InputShapeReader {
    static let shape = InputShape.describeOutput
    static let markers = PlainTaskDefinition.markers

    static func recognizes(_ root: Node) -> Bool {
        root.members?.contains { DescribeOutput.readOnlyMembers.contains($0.key) } ?? false
    }

    static func isCandidate(_ root: Node) -> Bool { PlainTaskDefinition.isCandidate(root) }

    static func read(_ root: Node, _ input: InputContext) -> InputClassification {
        var target = LintTarget(shape: shape, root: root)
        let notice = DescribeOutput.markReadOnlyMembers(of: &target, consumer: input.consumer)
        return InputClassification(targets: [target], notices: notice.map { [$0] } ?? [])
    }
}

/// `describe-task-definition` output as printed: `{"taskDefinition": {…},
/// "tags": […]}`. The target is the inner object with the wrapper's `tags`;
/// its pointers are prefixed with `/taskDefinition` except for those `tags`.
enum WrappedDescribeOutput: InputShapeReader {
    static let shape = InputShape.wrappedDescribeOutput
    static let markers = ["taskDefinition"]

    static func recognizes(_ root: Node) -> Bool { DescribeOutput.isWrapped(root) }

    static func isCandidate(_ root: Node) -> Bool { root["taskDefinition"]?.members != nil }

    static func read(_ root: Node, _ input: InputContext) -> InputClassification {
        guard let unwrapped = DescribeOutput.unwrap(root) else { return .init() }
        var target = unwrapped.target
        var notices = [unwrapped.notice]
        let unknown = (root.members ?? []).filter {
            $0.key != "taskDefinition" && $0.key != "tags" && $0.key != "failures"
        }
        notices += unknown.map(InputClassifier.wrapperKeyNotice)
        if let notice = DescribeOutput.markReadOnlyMembers(of: &target, consumer: input.consumer) {
            notices.append(notice)
        }
        return InputClassification(targets: [target], notices: notices)
    }
}

extension InputShape {
    /// `describe-task-definition` output without its wrapper.
    public static let describeOutput = InputShape(reportName: "describe-output")
    /// `describe-task-definition` output as printed, with its wrapper.
    public static let wrappedDescribeOutput = InputShape(reportName: "describe-output-wrapped")
}
