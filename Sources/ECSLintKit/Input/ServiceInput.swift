/// Recognises the `--cli-input-json` documents of `create-service`,
/// `update-service` and `run-task` by their members.
///
/// A document is a request of one of these when it has no member of a task
/// definition (`containerDefinitions`, `family`) and has the member that
/// names what the request acts on: `serviceName` (create-service, where it
/// is required), `service` (update-service, required), or a `taskDefinition`
/// that is a string (run-task; describe-task-definition output has an
/// object there). A member written as `null` does not count.
enum ServiceInput {
    /// Members that make a document a task definition whatever else it has.
    static let taskDefinitionKeys: Set<String> = ["containerDefinitions", "family"]

    /// The request `root` is, or nil.
    static func kind(of root: Node) -> ServiceRequestKind? {
        guard let members = root.members else { return nil }
        if members.contains(where: { taskDefinitionKeys.contains($0.key) }) { return nil }
        if isWritten(root["serviceName"]) { return .createService }
        if isWritten(root["service"]) { return .updateService }
        if let reference = root["taskDefinition"], reference.members == nil, !reference.isNull {
            return .runTask
        }
        return nil
    }

    /// Whether a member is there with a value other than null (a null reads
    /// as absent, as everywhere in the model).
    private static func isWritten(_ node: Node?) -> Bool {
        guard let node else { return false }
        return !node.isNull
    }

    /// The input shape reported for a request.
    static func shape(of kind: ServiceRequestKind) -> InputShape {
        switch kind {
        case .createService: .createService
        case .updateService: .updateService
        case .runTask: .runTask
        }
    }
}
