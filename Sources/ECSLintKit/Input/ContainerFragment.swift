/// A document that is a list of container definitions (Terraform's
/// `container_definitions`), linted as the containers of an unknown task.
enum ContainerFragment {
    /// Rules that need the task around the containers: its launch type,
    /// network mode, size, volumes, roles or runtime platform. Skipped for a
    /// container list; the one place this is decided.
    static let taskLevelRules: Set<String> = [
        "ECS140",  // runtime-platform-missing: runtimePlatform is task-level
        "ECS201", "ECS202",  // Fargate network mode and task size
        "ECS214", "ECS215",  // Fargate execution role
        "ECS240", "ECS241", "ECS250",  // launch-type fit and declaration
        "ECS401",  // container memory is optional when the task sets memory
        "ECS410",  // inference accelerators are task-level
        "ECS605", "ECS606", "ECS607", "ECS708",  // the execution role is task-level
        "ECS901",  // volumes are task-level
    ]

    /// Rules that depend on the network mode; they run only when
    /// `--launch-type FARGATE` makes it known (awsvpc).
    static let networkModeRules: Set<String> = [
        "ECS301", "ECS302", "ECS308", "ECS309", "ECS312", "ECS319", "ECS320", "ECS321", "ECS322", "ECS323",
        "ECS324", "ECS424",
    ]

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

    /// Whether a rule runs on a container list, given the effective launch types.
    static func runs(_ code: String, networkModeKnown: Bool) -> Bool {
        if taskLevelRules.contains(code) { return false }
        return networkModeKnown || !networkModeRules.contains(code)
    }

    /// The rules skipped, for the info finding.
    static func skippedRules(networkModeKnown: Bool) -> [String] {
        (networkModeKnown ? taskLevelRules : taskLevelRules.union(networkModeRules)).sorted()
    }
}
