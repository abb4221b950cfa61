/// Recognises the shape of a document and finds the task definitions in it.
enum InputClassifier {
    /// The task definitions of `root` and the findings about its shape. A
    /// document that is none of the shapes (a string, a list of strings)
    /// gives no target and no finding.
    static func classify(
        _ root: Node, document: Int, launchType: LaunchType? = nil, consumer: Consumer = .awsCLI
    ) -> InputClassification {
        var result = InputClassification()
        if ContainerFragment.isContainerList(root) {
            let networkModeKnown = launchType == .fargate
            result.targets = [ContainerFragment.target(for: root)]
            result.findings = [
                ContainerDefinitionsArray.finding(
                    range: root.range, count: root.elements?.count ?? 0,
                    skipped: ContainerFragment.skippedRules(networkModeKnown: networkModeKnown), document: document)
            ]
            return result
        }
        guard let members = root.members else { return result }
        if CloudFormationTemplate.isTemplate(root) {
            let found = CloudFormationTemplate.targets(in: root, document: document)
            result.targets = found.targets
            result.findings = found.findings
            if found.targets.isEmpty, let resources = root.member("Resources") {
                result.findings.append(
                    CloudFormationWithoutTaskDefinition.finding(
                        keyRange: resources.keyRange,
                        resourceCount: resources.value.members?.count(where: { !$0.value.isNull }) ?? 0,
                        document: document))
            }
            return result
        }
        if let kind = ServiceInput.kind(of: root) {
            var target = LintTarget(shape: ServiceInput.shape(of: kind), root: root)
            target.service = kind
            result.targets = [target]
            return result
        }
        var target = LintTarget(shape: .taskDefinition, root: root)
        if DescribeOutput.isWrapped(root), let unwrapped = DescribeOutput.unwrap(root, document: document) {
            target = unwrapped.target
            result.findings.append(unwrapped.finding)
            let unknown = members.filter { $0.key != "taskDefinition" && $0.key != "tags" && $0.key != "failures" }
            result.findings += unknown.map { wrapperKeyFinding($0, document: document) }
        }
        if let finding = DescribeOutput.markReadOnlyMembers(of: &target, document: document, consumer: consumer) {
            result.findings.append(finding)
        }
        result.targets = [target]
        return result
    }

    /// An unknown key beside the describe wrapper.
    private static func wrapperKeyFinding(_ member: Member, document: Int) -> Finding {
        UnknownKey.finding(
            "unknown key \"\(member.key)\" beside the describe-task-definition wrapper",
            fix: "remove \"\(member.key)\"", at: .root / member.key, keyRange: member.keyRange, document: document)
    }
}
