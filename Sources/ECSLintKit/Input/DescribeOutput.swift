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
    /// the inner object has none, and the wrapper finding.
    static func unwrap(_ root: Node, document: Int) -> (target: LintTarget, finding: Finding)? {
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
        let finding = DescribeOutputWrapper.finding(
            keyRange: wrapper.keyRange, hasTags: !rootMembers.isEmpty, document: document)
        return (target, finding)
    }

    /// Marks the read-only members of `target` as reported by one finding
    /// (which it returns) and skipped by the schema check.
    static func markReadOnlyMembers(of target: inout LintTarget, document: Int, consumer: Consumer) -> Finding? {
        let fields = (target.root.members ?? []).filter { readOnlyMembers.contains($0.key) }
        guard !fields.isEmpty else { return nil }
        target.ignoredTopLevelKeys.formUnion(fields.map(\.key))
        let located = fields.map { (pointer: target.documentPointer(for: .root / $0.key), keyRange: $0.keyRange) }
        return ReadOnlyDescribeFields.finding(for: located, document: document, consumer: consumer)
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
        let finding = DescribeOutput.markReadOnlyMembers(
            of: &target, document: input.document, consumer: input.consumer)
        return InputClassification(targets: [target], findings: finding.map { [$0] } ?? [])
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
        guard let unwrapped = DescribeOutput.unwrap(root, document: input.document) else { return .init() }
        var target = unwrapped.target
        var findings = [unwrapped.finding]
        let unknown = (root.members ?? []).filter {
            $0.key != "taskDefinition" && $0.key != "tags" && $0.key != "failures"
        }
        findings += unknown.map { InputClassifier.wrapperKeyFinding($0, document: input.document) }
        if let finding = DescribeOutput.markReadOnlyMembers(
            of: &target, document: input.document, consumer: input.consumer)
        {
            findings.append(finding)
        }
        return InputClassification(targets: [target], findings: findings)
    }
}

extension InputShape {
    /// `describe-task-definition` output without its wrapper.
    public static let describeOutput = InputShape(reportName: "describe-output")
    /// `describe-task-definition` output as printed, with its wrapper.
    public static let wrappedDescribeOutput = InputShape(reportName: "describe-output-wrapped")
}
