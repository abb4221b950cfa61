/// A task definition (the RegisterTaskDefinition request), decoded leniently
/// from a positioned tree. Positions stay in the tree: every model value keeps
/// its `pointer` so rules can report exactly where a problem is.
public struct TaskDefinition: Sendable {
    /// The object node this was read from.
    public let node: Node
    /// Where it is in its document (the root, or inside a describe wrapper).
    public let pointer: JSONPointer

    @Field public var family: String?
    @Field public var taskRoleArn: String?
    @Field public var executionRoleArn: String?
    /// The `networkMode` exactly as written.
    @Field public var networkModeValue: String?
    @Field public var containers: [ContainerDefinition]
    @Field public var volumes: [Volume]
    @Field public var placementConstraints: [PlacementConstraint]
    /// The `requiresCompatibilities` values exactly as written.
    @Field public var requiresCompatibilities: [String]?
    /// Task-level `cpu` (a string in the API) as written.
    @Field public var cpu: String?
    /// Task-level `memory` (a string in the API) as written.
    @Field public var memory: String?
    @Field public var tags: [Tag]
    @Field public var pidMode: String?
    @Field public var ipcMode: String?
    @Field public var proxyConfiguration: ProxyConfiguration?
    @Field public var inferenceAccelerators: [InferenceAccelerator]
    @Field public var ephemeralStorage: EphemeralStorage?
    @Field public var runtimePlatform: RuntimePlatform?
    @Field public var enableFaultInjection: Bool?
    /// `taskRoleArn` and `executionRoleArn` read once as IAM role references,
    /// in that order: four rules judge them.
    let roleFields: [(key: String, value: String?, reading: IAMRoleARN.Reading?)]

    /// Decodes the object at `pointer`; values of the wrong type read as absent.
    public init(_ node: Node, at pointer: JSONPointer = .root) {
        let reader = ObjectReader(node, at: pointer)
        self.node = node
        self.pointer = pointer
        _family = reader.string("family")
        _taskRoleArn = reader.string("taskRoleArn")
        _executionRoleArn = reader.string("executionRoleArn")
        _networkModeValue = reader.string("networkMode")
        _containers = reader.list("containerDefinitions", ContainerDefinition.init)
        _volumes = reader.list("volumes", Volume.init)
        _placementConstraints = reader.list("placementConstraints", PlacementConstraint.init)
        _requiresCompatibilities = reader.stringsKeepingIndexes("requiresCompatibilities")
        _cpu = reader.string("cpu")
        _memory = reader.string("memory")
        _tags = reader.list("tags", Tag.init)
        _pidMode = reader.string("pidMode")
        _ipcMode = reader.string("ipcMode")
        _proxyConfiguration = reader.object("proxyConfiguration", ProxyConfiguration.init)
        _inferenceAccelerators = reader.list("inferenceAccelerators", InferenceAccelerator.init)
        _ephemeralStorage = reader.object("ephemeralStorage", EphemeralStorage.init)
        _runtimePlatform = reader.object("runtimePlatform", RuntimePlatform.init)
        _enableFaultInjection = reader.bool("enableFaultInjection")
        roleFields = [
            ("taskRoleArn", _taskRoleArn.wrappedValue, _taskRoleArn.wrappedValue.map(IAMRoleARN.read)),
            ("executionRoleArn", _executionRoleArn.wrappedValue, _executionRoleArn.wrappedValue.map(IAMRoleARN.read)),
        ]
    }

    /// `taskRoleArn` read as an IAM role reference.
    var taskRoleReading: IAMRoleARN.Reading? { roleFields[0].reading }

    /// `executionRoleArn` read as an IAM role reference.
    var executionRoleReading: IAMRoleARN.Reading? { roleFields[1].reading }

    /// `ephemeralStorage.sizeInGiB`, when it is an integer.
    public var ephemeralStorageGiB: Int? { ephemeralStorage?.sizeInGiB }

    /// Whether `executionRoleArn` is given: a non-empty string, or a value of
    /// the wrong type (the schema check reports that one). A `null` is no role.
    public var hasExecutionRole: Bool {
        $executionRoleArn.isWrongType || !(executionRoleArn ?? "").isEmpty
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
    @Field public var operatingSystemFamily: String?
    @Field public var cpuArchitecture: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _operatingSystemFamily = reader.string("operatingSystemFamily")
        _cpuArchitecture = reader.string("cpuArchitecture")
    }
}

/// One entry of `tags`.
public struct Tag: Sendable {
    public let pointer: JSONPointer
    @Field public var key: String?
    @Field public var value: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _key = reader.string("key")
        _value = reader.string("value")
    }
}

/// One entry of `placementConstraints`.
public struct PlacementConstraint: Sendable {
    public let pointer: JSONPointer
    @Field public var type: String?
    @Field public var expression: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _type = reader.string("type")
        _expression = reader.string("expression")
    }
}

/// One entry of `inferenceAccelerators` (Elastic Inference, deprecated).
public struct InferenceAccelerator: Sendable {
    public let pointer: JSONPointer
    @Field public var deviceName: String?
    @Field public var deviceType: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _deviceName = reader.string("deviceName")
        _deviceType = reader.string("deviceType")
    }
}

/// `proxyConfiguration` (App Mesh).
public struct ProxyConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var type: String?
    @Field public var containerName: String?
    /// The `properties` as name/value pairs.
    @Field public var properties: [KeyValuePair]

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _type = reader.string("type")
        _containerName = reader.string("containerName")
        _properties = reader.list("properties", KeyValuePair.init)
    }
}

/// A `{name, value}` pair (environment variables, proxy properties).
public struct KeyValuePair: Sendable {
    public let pointer: JSONPointer
    @Field public var name: String?
    @Field public var value: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _name = reader.string("name")
        _value = reader.string("value")
    }
}

/// `ephemeralStorage` (Fargate).
public struct EphemeralStorage: Sendable {
    public let pointer: JSONPointer
    @Field public var sizeInGiB: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        self.pointer = pointer
        _sizeInGiB = ObjectReader(node, at: pointer).int("sizeInGiB")
    }
}
