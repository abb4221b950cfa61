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
        if target.shape == .taskDefinition { target.shape = .describeOutput }
        let located = fields.map { (pointer: target.documentPointer(for: .root / $0.key), keyRange: $0.keyRange) }
        return ReadOnlyDescribeFields.finding(for: located, document: document, consumer: consumer)
    }
}
