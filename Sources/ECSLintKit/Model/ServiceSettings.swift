/// One entry of `capacityProviderStrategy`.
public struct CapacityProviderStrategyItem: Sendable {
    public let pointer: JSONPointer
    @Field public var capacityProvider: String?
    @Field public var weight: Int?
    @Field public var base: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _capacityProvider = reader.string("capacityProvider")
        _weight = reader.int("weight")
        _base = reader.int("base")
    }

    /// Whether a capacity provider name is one of the Fargate providers.
    public static func isFargateProvider(_ name: String) -> Bool {
        name == "FARGATE" || name == "FARGATE_SPOT"
    }
}

/// `networkConfiguration`.
public struct NetworkConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var awsvpcConfiguration: AwsVpcConfiguration?

    init(_ node: Node, at pointer: JSONPointer) {
        self.pointer = pointer
        _awsvpcConfiguration = ObjectReader(node, at: pointer).object("awsvpcConfiguration", AwsVpcConfiguration.init)
    }
}

/// `networkConfiguration.awsvpcConfiguration`.
public struct AwsVpcConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var subnets: [String]?
    @Field public var securityGroups: [String]?
    @Field public var assignPublicIp: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _subnets = reader.strings("subnets")
        _securityGroups = reader.strings("securityGroups")
        _assignPublicIp = reader.string("assignPublicIp")
    }
}

/// One entry of a service's `loadBalancers`.
public struct ServiceLoadBalancer: Sendable {
    public let pointer: JSONPointer
    @Field public var targetGroupArn: String?
    @Field public var loadBalancerName: String?
    @Field public var containerName: String?
    @Field public var containerPort: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _targetGroupArn = reader.string("targetGroupArn")
        _loadBalancerName = reader.string("loadBalancerName")
        _containerName = reader.string("containerName")
        _containerPort = reader.int("containerPort")
    }
}

/// One entry of `serviceRegistries` (Cloud Map).
public struct ServiceRegistry: Sendable {
    public let pointer: JSONPointer
    @Field public var registryArn: String?
    @Field public var port: Int?
    @Field public var containerName: String?
    @Field public var containerPort: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _registryArn = reader.string("registryArn")
        _port = reader.int("port")
        _containerName = reader.string("containerName")
        _containerPort = reader.int("containerPort")
    }
}

/// `deploymentConfiguration`.
public struct DeploymentConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var maximumPercent: Int?
    @Field public var minimumHealthyPercent: Int?
    @Field public var deploymentCircuitBreaker: DeploymentCircuitBreaker?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _maximumPercent = reader.int("maximumPercent")
        _minimumHealthyPercent = reader.int("minimumHealthyPercent")
        _deploymentCircuitBreaker = reader.object("deploymentCircuitBreaker", DeploymentCircuitBreaker.init)
    }
}

/// `deploymentConfiguration.deploymentCircuitBreaker`.
public struct DeploymentCircuitBreaker: Sendable {
    public let pointer: JSONPointer
    @Field public var enable: Bool?
    @Field public var rollback: Bool?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _enable = reader.bool("enable")
        _rollback = reader.bool("rollback")
    }
}

/// `deploymentController`.
public struct DeploymentController: Sendable {
    public let pointer: JSONPointer
    /// `ECS` (the default), `CODE_DEPLOY` or `EXTERNAL`.
    @Field public var type: String?

    init(_ node: Node, at pointer: JSONPointer) {
        self.pointer = pointer
        _type = ObjectReader(node, at: pointer).string("type")
    }
}

/// One entry of `placementStrategy`.
public struct PlacementStrategy: Sendable {
    public let pointer: JSONPointer
    @Field public var type: String?
    @Field public var field: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _type = reader.string("type")
        _field = reader.string("field")
    }
}

/// `serviceConnectConfiguration`.
public struct ServiceConnectConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var enabled: Bool?
    @Field public var namespace: String?
    @Field public var services: [ServiceConnectService]

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _enabled = reader.bool("enabled")
        _namespace = reader.string("namespace")
        _services = reader.list("services", ServiceConnectService.init)
    }
}

/// One entry of `serviceConnectConfiguration.services`.
public struct ServiceConnectService: Sendable {
    public let pointer: JSONPointer
    /// The `name` of a port mapping in the task definition.
    @Field public var portName: String?
    @Field public var discoveryName: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _portName = reader.string("portName")
        _discoveryName = reader.string("discoveryName")
    }
}

/// `overrides` of run-task.
public struct TaskOverride: Sendable {
    public let pointer: JSONPointer
    @Field public var containerOverrides: [ContainerOverride]

    init(_ node: Node, at pointer: JSONPointer) {
        self.pointer = pointer
        _containerOverrides = ObjectReader(node, at: pointer).list("containerOverrides", ContainerOverride.init)
    }
}

/// One entry of `overrides.containerOverrides`.
public struct ContainerOverride: Sendable {
    public let pointer: JSONPointer
    /// The name of the container overridden.
    @Field public var name: String?

    init(_ node: Node, at pointer: JSONPointer) {
        self.pointer = pointer
        _name = ObjectReader(node, at: pointer).string("name")
    }
}

/// One entry of `vpcLatticeConfigurations`.
public struct VpcLatticeConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var targetGroupArn: String?
    /// The `name` of a port mapping in the task definition.
    @Field public var portName: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _targetGroupArn = reader.string("targetGroupArn")
        _portName = reader.string("portName")
    }
}
