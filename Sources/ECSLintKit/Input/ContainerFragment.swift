/// A document that is a list of container definitions (Terraform's
/// `container_definitions`), linted as the containers of an unknown task:
/// the target wraps the list as the `containerDefinitions` of an empty task,
/// and pointers drop that first token. Rules whose descriptors declare needs
/// the list cannot meet are skipped, and one info finding (ECS015) says how many.
enum ContainerFragment: InputShapeReader {
    static let shape = InputShape.containerArray

    static func recognizes(_ root: Node) -> Bool { isContainerList(root) }

    /// A folder scan lints a list only when an item looks like a container
    /// (`image` and another container key), so an Ansible playbook is not one.
    static func isCandidate(_ root: Node) -> Bool {
        root.elements?.contains(where: TaskDefinitionDetector.looksLikeContainer) ?? false
    }

    /// The keys every container of a container list has.
    static let containerMarkers = ["\"name\"", "\"image\""]

    /// A file that stops at an unquoted placeholder (a Terraform
    /// `templatefile` such as `"cpu": ${cpu}`) and has a container's
    /// `"name"` and `"image"` keys: a container list, reported with the placeholder hint.
    static func isCandidate(unparsed bytes: [UInt8], error: SyntaxError) -> Bool {
        error.message.hasPrefix(JSONParser.unquotedPlaceholderMessage)
            && containerMarkers.allSatisfy { TaskDefinitionDetector.contains(bytes, Array($0.utf8)) }
    }

    static func read(_ root: Node, _ input: InputContext) -> InputClassification {
        let notice = ShapeNotice.containerList(
            range: root.range, count: root.elements?.count ?? 0, networkModeKnown: input.launchType == .fargate)
        return InputClassification(targets: [target(for: root)], notices: [notice])
    }

    /// Whether `root` is a list of container definitions: a non-empty array
    /// of objects.
    static func isContainerList(_ root: Node) -> Bool {
        guard let elements = root.elements, !elements.isEmpty else { return false }
        return elements.allSatisfy { $0.members != nil }
    }

    /// The target: the list wrapped as the `containerDefinitions` of an empty task.
    static func target(for root: Node) -> LintTarget {
        let member = Member(key: "containerDefinitions", keyRange: root.range, value: root)
        return LintTarget(
            shape: shape, root: Node(.object([member]), range: root.range), pointers: .containerFragment)
    }

    /// Whether a rule that needs `needs` runs on a container list: never
    /// when it reads the task's members, and only with a known network mode
    /// (`--launch-type FARGATE`) when its findings depend on it.
    static func runs(needing needs: Set<RuleNeed>, networkModeKnown: Bool) -> Bool {
        if needs.contains(.taskLevel) { return false }
        return networkModeKnown || !needs.contains(.networkMode)
    }
}

extension InputShape {
    /// An array of container definitions (Terraform's `container_definitions`).
    public static let containerArray = InputShape(reportName: "container-definitions")
}
