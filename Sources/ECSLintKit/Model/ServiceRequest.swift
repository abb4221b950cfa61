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

/// A CreateService, UpdateService or RunTask request, decoded leniently from
/// a positioned tree like `TaskDefinition`: every value keeps its pointer,
/// and `@Field` says whether a member is absent, null, of the wrong type or set.
///
/// The three requests share most members; those a request does not have
/// read as absent (the schema check reports them as unknown keys, once).
public struct ServiceRequest: Sendable {
    /// Which request this is.
    public let kind: ServiceRequestKind
    /// The object node this was read from.
    public let node: Node
    /// Where it is in its target (the root).
    public let pointer: JSONPointer

    @Field public var cluster: String?
    /// `serviceName` (create-service).
    @Field public var serviceName: String?
    /// `service` (update-service).
    @Field public var service: String?
    /// The task definition: `family`, `family:revision` or an ARN.
    @Field public var taskDefinition: String?
    @Field public var launchType: String?
    @Field public var capacityProviderStrategy: [CapacityProviderStrategyItem]
    @Field public var platformVersion: String?
    @Field public var networkConfiguration: NetworkConfiguration?
    @Field public var loadBalancers: [ServiceLoadBalancer]
    @Field public var serviceRegistries: [ServiceRegistry]
    @Field public var healthCheckGracePeriodSeconds: Int?
    @Field public var desiredCount: Int?
    @Field public var schedulingStrategy: String?
    @Field public var deploymentConfiguration: DeploymentConfiguration?
    @Field public var deploymentController: DeploymentController?
    @Field public var placementConstraints: [PlacementConstraint]
    @Field public var placementStrategy: [PlacementStrategy]
    @Field public var serviceConnectConfiguration: ServiceConnectConfiguration?
    @Field public var enableExecuteCommand: Bool?
    @Field public var vpcLatticeConfigurations: [VpcLatticeConfiguration]
    /// `role` (create-service): the service-linked role for classic load balancers.
    @Field public var role: String?
    /// `count` (run-task).
    @Field public var count: Int?
    /// `overrides` (run-task).
    @Field public var overrides: TaskOverride?

    /// Decodes the object at `pointer`.
    public init(kind: ServiceRequestKind, _ node: Node, at pointer: JSONPointer = .root) {
        let shape = ECSAPIShapes.shape(kind.shapeID)
        let members = node.members?.filter { shape.member($0.key) != nil } ?? []
        let reader = ObjectReader(Node(.object(members), range: node.range), at: pointer)
        self.kind = kind
        self.node = node
        self.pointer = pointer
        _cluster = reader.string("cluster")
        _serviceName = reader.string("serviceName")
        _service = reader.string("service")
        _taskDefinition = reader.string("taskDefinition")
        _launchType = reader.string("launchType")
        _capacityProviderStrategy = reader.list("capacityProviderStrategy", CapacityProviderStrategyItem.init)
        _platformVersion = reader.string("platformVersion")
        _networkConfiguration = reader.object("networkConfiguration", NetworkConfiguration.init)
        _loadBalancers = reader.list("loadBalancers", ServiceLoadBalancer.init)
        _serviceRegistries = reader.list("serviceRegistries", ServiceRegistry.init)
        _healthCheckGracePeriodSeconds = reader.int("healthCheckGracePeriodSeconds")
        _desiredCount = reader.int("desiredCount")
        _schedulingStrategy = reader.string("schedulingStrategy")
        _deploymentConfiguration = reader.object("deploymentConfiguration", DeploymentConfiguration.init)
        _deploymentController = reader.object("deploymentController", DeploymentController.init)
        _placementConstraints = reader.list("placementConstraints", PlacementConstraint.init)
        _placementStrategy = reader.list("placementStrategy", PlacementStrategy.init)
        _serviceConnectConfiguration = reader.object("serviceConnectConfiguration", ServiceConnectConfiguration.init)
        _enableExecuteCommand = reader.bool("enableExecuteCommand")
        _vpcLatticeConfigurations = reader.list("vpcLatticeConfigurations", VpcLatticeConfiguration.init)
        _role = reader.string("role")
        _count = reader.int("count")
        _overrides = reader.object("overrides", TaskOverride.init)
    }

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
