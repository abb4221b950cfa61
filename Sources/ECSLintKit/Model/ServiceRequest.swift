/// Which request a service document is: what `--cli-input-json` of
/// `create-service`, `update-service` or `run-task` takes, or the
/// `Properties` of an `AWS::ECS::Service` resource (read as a CreateService request).
public enum ServiceRequestKind: String, Sendable, Hashable, CaseIterable {
    /// `aws ecs create-service` (and `AWS::ECS::Service`).
    case createService
    /// `aws ecs update-service`.
    case updateService
    /// `aws ecs run-task`.
    case runTask

    /// The CLI command, for messages.
    public var command: String {
        switch self {
        case .createService: "create-service"
        case .updateService: "update-service"
        case .runTask: "run-task"
        }
    }

    /// The API operation, for messages.
    public var operation: String {
        switch self {
        case .createService: "CreateService"
        case .updateService: "UpdateService"
        case .runTask: "RunTask"
        }
    }

    /// The API shape of the request.
    var shapeID: ECSAPIShapeID {
        switch self {
        case .createService: ECSAPIShapes.createServiceRequest
        case .updateService: ECSAPIShapes.updateServiceRequest
        case .runTask: ECSAPIShapes.runTaskRequest
        }
    }

    /// Whether the request describes a service (rather than one run of tasks).
    public var isService: Bool { self != .runTask }
}

// The stored members of `ServiceRequest` and of the types it holds, and their readers, are
// generated into ServiceRequest.generated.swift by scripts/generate_schema.py (the members of
// the three requests, united). What follows is what rules need beyond the members as written:
// the effective launch type.

extension ServiceRequestKind {
    /// The members of `node` that this request has: the others read as absent.
    func requestMembers(of node: Node) -> Node {
        let shape = ECSAPIShapes.shape(shapeID)
        let members = node.members?.filter { shape.member($0.key) != nil } ?? []
        return Node(.object(members), range: node.range)
    }
}

extension ServiceRequest {
    /// `launchType` when it is one of the API's values.
    public var declaredLaunchType: LaunchType? {
        launchType.flatMap(LaunchType.init(rawValue:))
    }

    /// The `awsvpcConfiguration`, when there is one.
    public var awsvpc: AwsVpcConfiguration? { networkConfiguration?.awsvpcConfiguration }

    /// Whether the request runs its tasks on Fargate: `launchType` FARGATE,
    /// or a capacity provider strategy of only `FARGATE`/`FARGATE_SPOT`.
    public var runsOnFargate: Bool {
        if declaredLaunchType == .fargate { return true }
        guard let providers = knownProviders else { return false }
        return !providers.isEmpty && providers.allSatisfy(CapacityProviderStrategyItem.isFargateProvider)
    }

    /// Whether the request certainly does not run on Fargate: another launch
    /// type, or a strategy naming no Fargate provider.
    public var runsOutsideFargate: Bool {
        if let type = declaredLaunchType { return type != .fargate }
        guard let providers = knownProviders else { return false }
        return !providers.isEmpty && !providers.contains(where: CapacityProviderStrategyItem.isFargateProvider)
    }

    /// The capacity providers named, or nil when one is not known yet (a
    /// template placeholder or a CloudFormation function such as `Fn::If`).
    private var knownProviders: [String]? {
        let providers = capacityProviderStrategy.compactMap(\.capacityProvider)
        if $capacityProviderStrategy.isWrongType || providers.contains(where: { Placeholder.contains($0) }) {
            return nil
        }
        return providers
    }
}

extension CapacityProviderStrategyItem {
    /// Whether a capacity provider name is one of the Fargate providers.
    public static func isFargateProvider(_ name: String) -> Bool {
        name == "FARGATE" || name == "FARGATE_SPOT"
    }
}
