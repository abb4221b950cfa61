/// Recognises the shape of a document and finds the task definitions in it,
/// by asking the shapes of `InputShapes.all` in order.
enum InputClassifier {
    /// The task definitions of `root` and what its shape says. A
    /// document that is none of the shapes (a string, a list of strings)
    /// gives no target and no notice.
    static func classify(
        _ root: Node, launchType: LaunchType? = nil, consumer: Consumer = .awsCLI
    ) -> InputClassification {
        guard let reader = InputShapes.reader(for: root) else { return InputClassification() }
        return reader.read(root, InputContext(launchType: launchType, consumer: consumer))
    }

    /// An unknown key beside the describe wrapper.
    static func wrapperKeyNotice(_ member: Member) -> ShapeNotice {
        .unknownKey(
            SchemaViolation(
                kind: .unknownKey, pointer: .root / member.key, target: .key,
                message: "unknown key \"\(member.key)\" beside the describe-task-definition wrapper",
                fix: "remove \"\(member.key)\"", stage: .cli),
            keyRange: member.keyRange)
    }
}
