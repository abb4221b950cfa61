/// A task definition (the RegisterTaskDefinition request), decoded leniently
/// from a positioned tree. Positions stay in the tree: every model value keeps
/// its `pointer` so rules can report exactly where a problem is.
public struct TaskDefinition: Sendable {
    /// The object node this was read from.
    public let node: Node
    /// Where it is in its document (the root, or inside a describe wrapper).
    public let pointer: JSONPointer

    public let family: String?
    public let taskRoleArn: String?
    public let executionRoleArn: String?
    /// The `networkMode` exactly as written.
    public let networkModeValue: String?
    public let containers: [ContainerDefinition]
    public let volumes: [Volume]
    public let placementConstraints: [PlacementConstraint]
    /// The `requiresCompatibilities` values exactly as written.
    public let requiresCompatibilities: [String]?
    /// Task-level `cpu` (a string in the API) as written.
    public let cpu: String?
    /// Task-level `memory` (a string in the API) as written.
    public let memory: String?
    public let tags: [Tag]
    public let pidMode: String?
    public let ipcMode: String?
    public let proxyConfiguration: ProxyConfiguration?
    public let inferenceAccelerators: [InferenceAccelerator]
    public let ephemeralStorageGiB: Int?
    public let runtimePlatform: RuntimePlatform?
    public let enableFaultInjection: Bool?

    /// Decodes the object at `pointer`; values of the wrong type read as absent.
    public init(_ node: Node, at pointer: JSONPointer = .root) {
        let reader = ObjectReader(node, at: pointer)
        self.node = node
        self.pointer = pointer
        family = reader.string("family")
        taskRoleArn = reader.string("taskRoleArn")
        executionRoleArn = reader.string("executionRoleArn")
        networkModeValue = reader.string("networkMode")
        containers = reader.list("containerDefinitions", ContainerDefinition.init)
        volumes = reader.list("volumes", Volume.init)
        placementConstraints = reader.list("placementConstraints", PlacementConstraint.init)
        requiresCompatibilities = reader.strings("requiresCompatibilities")
        cpu = reader.string("cpu")
        memory = reader.string("memory")
        tags = reader.list("tags", Tag.init)
        pidMode = reader.string("pidMode")
        ipcMode = reader.string("ipcMode")
        proxyConfiguration = reader.object("proxyConfiguration", ProxyConfiguration.init)
        inferenceAccelerators = reader.list("inferenceAccelerators", InferenceAccelerator.init)
        ephemeralStorageGiB = reader.node["ephemeralStorage"]?["sizeInGiB"]?.intValue
        runtimePlatform = reader.object("runtimePlatform", RuntimePlatform.init)
        enableFaultInjection = reader.bool("enableFaultInjection")
    }

    /// The launch types named in `requiresCompatibilities` (unknown values skipped).
    public var declaredLaunchTypes: Set<LaunchType> {
        Set((requiresCompatibilities ?? []).compactMap(LaunchType.init(rawValue:)))
    }

    /// `networkMode` when it is one of the API's values.
    public var declaredNetworkMode: NetworkMode? {
        networkModeValue.flatMap(NetworkMode.init(rawValue:))
    }

    /// The container with a given name (the first, if names repeat).
    public func container(named name: String) -> ContainerDefinition? {
        containers.first(where: { $0.name == name })
    }

    /// The volume with a given name.
    public func volume(named name: String) -> Volume? {
        volumes.first(where: { $0.name == name })
    }
}

/// `runtimePlatform`: the OS family and CPU architecture.
public struct RuntimePlatform: Sendable {
    public let pointer: JSONPointer
    public let operatingSystemFamily: String?
    public let cpuArchitecture: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        operatingSystemFamily = reader.string("operatingSystemFamily")
        cpuArchitecture = reader.string("cpuArchitecture")
    }
}

/// One entry of `tags`.
public struct Tag: Sendable {
    public let pointer: JSONPointer
    public let key: String?
    public let value: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        key = reader.string("key")
        value = reader.string("value")
    }
}

/// One entry of `placementConstraints`.
public struct PlacementConstraint: Sendable {
    public let pointer: JSONPointer
    public let type: String?
    public let expression: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        type = reader.string("type")
        expression = reader.string("expression")
    }
}

/// One entry of `inferenceAccelerators` (Elastic Inference, deprecated).
public struct InferenceAccelerator: Sendable {
    public let pointer: JSONPointer
    public let deviceName: String?
    public let deviceType: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        deviceName = reader.string("deviceName")
        deviceType = reader.string("deviceType")
    }
}

/// `proxyConfiguration` (App Mesh).
public struct ProxyConfiguration: Sendable {
    public let pointer: JSONPointer
    public let type: String?
    public let containerName: String?
    /// The `properties` as name/value pairs.
    public let properties: [KeyValuePair]

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        type = reader.string("type")
        containerName = reader.string("containerName")
        properties = reader.list("properties", KeyValuePair.init)
    }
}

/// A `{name, value}` pair (environment variables, proxy properties).
public struct KeyValuePair: Sendable {
    public let pointer: JSONPointer
    public let name: String?
    public let value: String?
    /// Whether a `value` key is present at all.
    public let hasValue: Bool

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        name = reader.string("name")
        value = reader.string("value")
        hasValue = reader.has("value")
    }
}
