/// One entry of `containerDefinitions`, decoded leniently.
///
/// Immutable: every stored property is set once in `init` (a `@Field` has no
/// setter), hence `@unchecked Sendable`.
public final class ContainerDefinition: @unchecked Sendable {
    /// The object node this was read from.
    public let node: Node
    /// Where it is, e.g. `/containerDefinitions/0`.
    public let pointer: JSONPointer
    /// The index in `containerDefinitions`.
    public let index: Int

    @Field public var name: String?
    @Field public var image: String?
    @Field public var repositoryCredentials: RepositoryCredentials?
    @Field public var cpu: Int?
    @Field public var memory: Int?
    @Field public var memoryReservation: Int?
    @Field public var links: [String]?
    @Field public var portMappings: [PortMapping]
    /// `essential` as written; see `isEssential` for the effective value.
    @Field public var essentialValue: Bool?
    @Field public var entryPoint: [String]?
    @Field public var command: [String]?
    @Field public var environment: [KeyValuePair]
    @Field public var environmentFiles: [EnvironmentFile]
    @Field public var mountPoints: [MountPoint]
    @Field public var volumesFrom: [VolumeFrom]
    @Field public var linuxParameters: LinuxParameters?
    @Field public var secrets: [Secret]
    @Field public var dependsOn: [ContainerDependency]
    @Field public var startTimeout: Int?
    @Field public var stopTimeout: Int?
    @Field public var hostname: String?
    @Field public var user: String?
    @Field public var workingDirectory: String?
    @Field public var disableNetworking: Bool?
    @Field public var privileged: Bool?
    @Field public var readonlyRootFilesystem: Bool?
    @Field public var dnsServers: [String]?
    @Field public var dnsSearchDomains: [String]?
    @Field public var extraHosts: [HostEntry]
    @Field public var dockerSecurityOptions: [String]?
    @Field public var interactive: Bool?
    @Field public var pseudoTerminal: Bool?
    @Field public var dockerLabels: [String: String]?
    @Field public var ulimits: [Ulimit]
    @Field public var logConfiguration: LogConfiguration?
    @Field public var healthCheck: HealthCheck?
    @Field public var systemControls: [SystemControl]
    @Field public var resourceRequirements: [ResourceRequirement]
    @Field public var firelensConfiguration: FirelensConfiguration?
    @Field public var credentialSpecs: [String]?
    @Field public var versionConsistency: String?
    @Field public var restartPolicy: RestartPolicy?
    /// The image parsed once, for the image rules.
    let imageReference: ImageReference?

    /// Decodes the container object at `pointer`.
    public init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.node = node
        self.pointer = pointer
        index = pointer.lastToken.flatMap { Int($0) } ?? 0
        _name = reader.string("name")
        _image = reader.string("image")
        _repositoryCredentials = reader.object("repositoryCredentials", RepositoryCredentials.init)
        _cpu = reader.int("cpu")
        _memory = reader.int("memory")
        _memoryReservation = reader.int("memoryReservation")
        _links = reader.strings("links")
        _portMappings = reader.list("portMappings", PortMapping.init)
        _essentialValue = reader.bool("essential")
        _entryPoint = reader.strings("entryPoint")
        _command = reader.strings("command")
        _environment = reader.list("environment", KeyValuePair.init)
        _environmentFiles = reader.list("environmentFiles", EnvironmentFile.init)
        _mountPoints = reader.list("mountPoints", MountPoint.init)
        _volumesFrom = reader.list("volumesFrom", VolumeFrom.init)
        _linuxParameters = reader.object("linuxParameters", LinuxParameters.init)
        _secrets = reader.list("secrets", Secret.init)
        _dependsOn = reader.list("dependsOn", ContainerDependency.init)
        _startTimeout = reader.int("startTimeout")
        _stopTimeout = reader.int("stopTimeout")
        _hostname = reader.string("hostname")
        _user = reader.string("user")
        _workingDirectory = reader.string("workingDirectory")
        _disableNetworking = reader.bool("disableNetworking")
        _privileged = reader.bool("privileged")
        _readonlyRootFilesystem = reader.bool("readonlyRootFilesystem")
        _dnsServers = reader.strings("dnsServers")
        _dnsSearchDomains = reader.strings("dnsSearchDomains")
        _extraHosts = reader.list("extraHosts", HostEntry.init)
        _dockerSecurityOptions = reader.strings("dockerSecurityOptions")
        _interactive = reader.bool("interactive")
        _pseudoTerminal = reader.bool("pseudoTerminal")
        _dockerLabels = reader.stringMap("dockerLabels")
        _ulimits = reader.list("ulimits", Ulimit.init)
        _logConfiguration = reader.object("logConfiguration", LogConfiguration.init)
        _healthCheck = reader.object("healthCheck", HealthCheck.init)
        _systemControls = reader.list("systemControls", SystemControl.init)
        _resourceRequirements = reader.list("resourceRequirements", ResourceRequirement.init)
        _firelensConfiguration = reader.object("firelensConfiguration", FirelensConfiguration.init)
        _credentialSpecs = reader.strings("credentialSpecs")
        _versionConsistency = reader.string("versionConsistency")
        _restartPolicy = reader.object("restartPolicy", RestartPolicy.init)
        imageReference = _image.wrappedValue.map(ImageReference.init)
    }

    /// The Secrets Manager or SSM secret with the private registry's credentials.
    public var repositoryCredentialsParameter: String? { repositoryCredentials?.credentialsParameter }

    /// Whether `repositoryCredentials` is written (with any non-null value).
    public var hasRepositoryCredentials: Bool { $repositoryCredentials.isSet }

    /// Whether the container is essential: `essential` defaults to true.
    public var isEssential: Bool { essentialValue ?? true }

    /// The name for messages: the name, or `#index` when it has none.
    public var displayName: String { name.map { "'\($0)'" } ?? "#\(index)" }
}

/// `repositoryCredentials`: where a private registry's credentials are.
public struct RepositoryCredentials: Sendable {
    public let pointer: JSONPointer
    @Field public var credentialsParameter: String?

    init(_ node: Node, at pointer: JSONPointer) {
        self.pointer = pointer
        _credentialsParameter = ObjectReader(node, at: pointer).string("credentialsParameter")
    }
}

/// One entry of `portMappings`.
public struct PortMapping: Sendable {
    public let pointer: JSONPointer
    @Field public var containerPort: Int?
    @Field public var hostPort: Int?
    /// `protocol` as written; `tcp` when absent.
    @Field public var protocolValue: String?
    @Field public var name: String?
    @Field public var appProtocol: String?
    @Field public var containerPortRange: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _containerPort = reader.int("containerPort")
        _hostPort = reader.int("hostPort")
        _protocolValue = reader.string("protocol")
        _name = reader.string("name")
        _appProtocol = reader.string("appProtocol")
        _containerPortRange = reader.string("containerPortRange")
    }

    /// The effective protocol (`tcp` by default).
    public var effectiveProtocol: String { protocolValue ?? "tcp" }
}

/// One entry of `secrets` or `logConfiguration.secretOptions`.
public struct Secret: Sendable {
    public let pointer: JSONPointer
    @Field public var name: String?
    @Field public var valueFrom: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _name = reader.string("name")
        _valueFrom = reader.string("valueFrom")
    }
}

/// One entry of `environmentFiles`.
public struct EnvironmentFile: Sendable {
    public let pointer: JSONPointer
    @Field public var value: String?
    @Field public var type: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _value = reader.string("value")
        _type = reader.string("type")
    }
}

/// One entry of `mountPoints`.
public struct MountPoint: Sendable {
    public let pointer: JSONPointer
    @Field public var sourceVolume: String?
    @Field public var containerPath: String?
    @Field public var readOnly: Bool?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _sourceVolume = reader.string("sourceVolume")
        _containerPath = reader.string("containerPath")
        _readOnly = reader.bool("readOnly")
    }
}

/// One entry of `volumesFrom`.
public struct VolumeFrom: Sendable {
    public let pointer: JSONPointer
    @Field public var sourceContainer: String?
    @Field public var readOnly: Bool?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _sourceContainer = reader.string("sourceContainer")
        _readOnly = reader.bool("readOnly")
    }
}

/// One entry of `dependsOn`.
public struct ContainerDependency: Sendable {
    public let pointer: JSONPointer
    @Field public var containerName: String?
    @Field public var condition: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _containerName = reader.string("containerName")
        _condition = reader.string("condition")
    }
}

/// One entry of `extraHosts`.
public struct HostEntry: Sendable {
    public let pointer: JSONPointer
    @Field public var hostname: String?
    @Field public var ipAddress: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _hostname = reader.string("hostname")
        _ipAddress = reader.string("ipAddress")
    }
}

/// One entry of `ulimits`.
public struct Ulimit: Sendable {
    public let pointer: JSONPointer
    @Field public var name: String?
    @Field public var softLimit: Int?
    @Field public var hardLimit: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _name = reader.string("name")
        _softLimit = reader.int("softLimit")
        _hardLimit = reader.int("hardLimit")
    }
}

/// One entry of `systemControls`.
public struct SystemControl: Sendable {
    public let pointer: JSONPointer
    @Field public var namespace: String?
    @Field public var value: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _namespace = reader.string("namespace")
        _value = reader.string("value")
    }
}

/// One entry of `resourceRequirements`.
public struct ResourceRequirement: Sendable {
    public let pointer: JSONPointer
    @Field public var type: String?
    @Field public var value: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _type = reader.string("type")
        _value = reader.string("value")
    }
}

/// `restartPolicy`.
public struct RestartPolicy: Sendable {
    public let pointer: JSONPointer
    @Field public var enabled: Bool?
    @Field public var ignoredExitCodes: [Int]?
    @Field public var restartAttemptPeriod: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _enabled = reader.bool("enabled")
        _ignoredExitCodes = reader.ints("ignoredExitCodes")
        _restartAttemptPeriod = reader.int("restartAttemptPeriod")
    }
}
