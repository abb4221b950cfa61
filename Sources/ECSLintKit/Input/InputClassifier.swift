/// Recognises the shape of a document and finds the task definitions in it,
/// by asking the shapes of `InputShapes.all` in order.
enum InputClassifier {
    /// The task definitions of `root` and the findings about its shape. A
    /// document that is none of the shapes (a string, a list of strings)
    /// gives no target and no finding.
    static func classify(
        _ root: Node, document: Int, launchType: LaunchType? = nil, consumer: Consumer = .awsCLI
    ) -> InputClassification {
        guard let reader = InputShapes.reader(for: root) else { return InputClassification() }
        return reader.read(root, InputContext(document: document, launchType: launchType, consumer: consumer))
    }

    /// An unknown key beside the describe wrapper.
    static func wrapperKeyFinding(_ member: Member, document: Int) -> Finding {
        UnknownKey.finding(
            "unknown key \"\(member.key)\" beside the describe-task-definition wrapper",
            fix: "remove \"\(member.key)\"", at: .root / member.key, keyRange: member.keyRange, document: document)
    }
}
