/// A RegisterTaskDefinition request, what `--cli-input-json` takes: any
/// object no other shape claims. The target is the document itself.
enum PlainTaskDefinition: InputShapeReader {
    /// Members that make a folder scan lint an object as a task definition.
    static let keys: Set<String> = ["containerDefinitions", "family", "requiresCompatibilities"]

    static let shape = InputShape.taskDefinition
    static let markers = ["containerDefinitions"]

    static func recognizes(_ root: Node) -> Bool { root.members != nil }

    static func isCandidate(_ root: Node) -> Bool {
        root.members?.contains { keys.contains($0.key) } ?? false
    }

    static func read(_ root: Node, _ input: InputContext) -> InputClassification {
        InputClassification(targets: [LintTarget(shape: shape, root: root)])
    }
}

extension InputShape {
    /// A RegisterTaskDefinition request: what `--cli-input-json` takes.
    public static let taskDefinition = InputShape(reportName: "task-definition")
}
