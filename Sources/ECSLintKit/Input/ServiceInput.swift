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
}

/// A create-service, update-service or run-task request: the document is
/// the target, checked against the request's API shape, its rules run once
/// the task definition it names is known (`ServiceResolution`).
protocol ServiceRequestShape: InputShapeReader {
    /// The request this shape is.
    static var kind: ServiceRequestKind { get }
}

extension ServiceRequestShape {
    static func recognizes(_ root: Node) -> Bool { ServiceInput.kind(of: root) == kind }

    static func read(_ root: Node, _ input: InputContext) -> InputClassification {
        var target = LintTarget(shape: shape, root: root)
        target.service = kind
        return InputClassification(targets: [target])
    }
}

/// A CreateService request (`aws ecs create-service --cli-input-json`).
enum CreateServiceInput: ServiceRequestShape {
    static let kind = ServiceRequestKind.createService
    static let shape = InputShape.createService
    static let markers = ["serviceName"]
}

/// An UpdateService request (`aws ecs update-service --cli-input-json`).
enum UpdateServiceInput: ServiceRequestShape {
    static let kind = ServiceRequestKind.updateService
    static let shape = InputShape.updateService
}

/// A RunTask request (`aws ecs run-task --cli-input-json`).
enum RunTaskInput: ServiceRequestShape {
    static let kind = ServiceRequestKind.runTask
    static let shape = InputShape.runTask
    static let markers = ["taskDefinition"]
}

extension InputShape {
    /// A CreateService request.
    public static let createService = InputShape(reportName: "create-service")
    /// An UpdateService request.
    public static let updateService = InputShape(reportName: "update-service")
    /// A RunTask request.
    public static let runTask = InputShape(reportName: "run-task")
}
