/// A document that is a list of container definitions (Terraform's
/// `container_definitions`), linted as the containers of an unknown task.
enum ContainerFragment {
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
            shape: .containerArray, root: Node(.object([member]), range: root.range), pointers: .containerFragment)
    }

    /// Whether a rule that needs `needs` runs on a container list: never
    /// when it reads the task's members, and only with a known network mode
    /// (`--launch-type FARGATE`) when its findings depend on it.
    static func runs(needing needs: Set<RuleNeed>, networkModeKnown: Bool) -> Bool {
        if needs.contains(.taskLevel) { return false }
        return networkModeKnown || !needs.contains(.networkMode)
    }

    /// The rules skipped on a container list, for the info finding: those
    /// whose descriptors declare a need the list cannot meet.
    static func skippedRules(networkModeKnown: Bool) -> [String] {
        RuleRegistry.rules.map { $0.descriptor }.filter { !runs(needing: $0.needs, networkModeKnown: networkModeKnown) }
            .map(\.code)
    }
}
