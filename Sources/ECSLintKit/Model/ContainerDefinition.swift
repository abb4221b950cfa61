/// One entry of `containerDefinitions`, decoded leniently.
public final class ContainerDefinition: Sendable {
    /// The object node this was read from.
    public let node: Node
    /// Where it is, e.g. `/containerDefinitions/0`.
    public let pointer: JSONPointer
    /// The index in `containerDefinitions`.
    public let index: Int

    public let name: String?
    public let image: String?
    public let repositoryCredentialsParameter: String?
    public let hasRepositoryCredentials: Bool
    public let cpu: Int?
    public let memory: Int?
    public let memoryReservation: Int?
    public let links: [String]?
    public let portMappings: [PortMapping]
    /// `essential` as written; see `isEssential` for the effective value.
    public let essentialValue: Bool?
    public let entryPoint: [String]?
    public let command: [String]?
    public let environment: [KeyValuePair]
    public let environmentFiles: [EnvironmentFile]
    public let mountPoints: [MountPoint]
    public let volumesFrom: [VolumeFrom]
    public let linuxParameters: LinuxParameters?
    public let secrets: [Secret]
    public let dependsOn: [ContainerDependency]
    public let startTimeout: Int?
    public let stopTimeout: Int?
    public let hostname: String?
    public let user: String?
    public let workingDirectory: String?
    public let disableNetworking: Bool?
    public let privileged: Bool?
    public let readonlyRootFilesystem: Bool?
    public let dnsServers: [String]?
    public let dnsSearchDomains: [String]?
    public let extraHosts: [HostEntry]
    public let dockerSecurityOptions: [String]?
    public let interactive: Bool?
    public let pseudoTerminal: Bool?
    public let dockerLabels: [String: String]?
    public let ulimits: [Ulimit]
    public let logConfiguration: LogConfiguration?
    public let healthCheck: HealthCheck?
    public let systemControls: [SystemControl]
    public let resourceRequirements: [ResourceRequirement]
    public let firelensConfiguration: FirelensConfiguration?
    public let credentialSpecs: [String]?
    public let versionConsistency: String?
    public let restartPolicy: RestartPolicy?
    /// The image parsed once, for the image rules.
    let imageReference: ImageReference?

    /// Decodes the container object at `pointer`.
    public init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.node = node
        self.pointer = pointer
        index = pointer.lastToken.flatMap { Int($0) } ?? 0
        name = reader.string("name")
        image = reader.string("image")
        repositoryCredentialsParameter = node["repositoryCredentials"]?["credentialsParameter"]?.stringValue
        hasRepositoryCredentials = reader.has("repositoryCredentials")
        cpu = reader.int("cpu")
        memory = reader.int("memory")
        memoryReservation = reader.int("memoryReservation")
        links = reader.strings("links")
        portMappings = reader.list("portMappings", PortMapping.init)
        essentialValue = reader.bool("essential")
        entryPoint = reader.strings("entryPoint")
        command = reader.strings("command")
        environment = reader.list("environment", KeyValuePair.init)
        environmentFiles = reader.list("environmentFiles", EnvironmentFile.init)
        mountPoints = reader.list("mountPoints", MountPoint.init)
        volumesFrom = reader.list("volumesFrom", VolumeFrom.init)
        linuxParameters = reader.object("linuxParameters", LinuxParameters.init)
        secrets = reader.list("secrets", Secret.init)
        dependsOn = reader.list("dependsOn", ContainerDependency.init)
        startTimeout = reader.int("startTimeout")
        stopTimeout = reader.int("stopTimeout")
        hostname = reader.string("hostname")
        user = reader.string("user")
        workingDirectory = reader.string("workingDirectory")
        disableNetworking = reader.bool("disableNetworking")
        privileged = reader.bool("privileged")
        readonlyRootFilesystem = reader.bool("readonlyRootFilesystem")
        dnsServers = reader.strings("dnsServers")
        dnsSearchDomains = reader.strings("dnsSearchDomains")
        extraHosts = reader.list("extraHosts", HostEntry.init)
        dockerSecurityOptions = reader.strings("dockerSecurityOptions")
        interactive = reader.bool("interactive")
        pseudoTerminal = reader.bool("pseudoTerminal")
        dockerLabels = reader.stringMap("dockerLabels")
        ulimits = reader.list("ulimits", Ulimit.init)
        logConfiguration = reader.object("logConfiguration", LogConfiguration.init)
        healthCheck = reader.object("healthCheck", HealthCheck.init)
        systemControls = reader.list("systemControls", SystemControl.init)
        resourceRequirements = reader.list("resourceRequirements", ResourceRequirement.init)
        firelensConfiguration = reader.object("firelensConfiguration", FirelensConfiguration.init)
        credentialSpecs = reader.strings("credentialSpecs")
        versionConsistency = reader.string("versionConsistency")
        restartPolicy = reader.object("restartPolicy", RestartPolicy.init)
        imageReference = image.map(ImageReference.init)
    }

    /// Whether the container is essential: `essential` defaults to true.
    public var isEssential: Bool { essentialValue ?? true }

    /// The name for messages: the name, or `#index` when it has none.
    public var displayName: String { name.map { "'\($0)'" } ?? "#\(index)" }
}

/// One entry of `portMappings`.
public struct PortMapping: Sendable {
    public let pointer: JSONPointer
    public let containerPort: Int?
    public let hostPort: Int?
    /// `protocol` as written; `tcp` when absent.
    public let protocolValue: String?
    public let name: String?
    public let appProtocol: String?
    public let containerPortRange: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        containerPort = reader.int("containerPort")
        hostPort = reader.int("hostPort")
        protocolValue = reader.string("protocol")
        name = reader.string("name")
        appProtocol = reader.string("appProtocol")
        containerPortRange = reader.string("containerPortRange")
    }

    /// The effective protocol (`tcp` by default).
    public var effectiveProtocol: String { protocolValue ?? "tcp" }
}

/// One entry of `secrets` or `logConfiguration.secretOptions`.
public struct Secret: Sendable {
    public let pointer: JSONPointer
    public let name: String?
    public let valueFrom: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        name = reader.string("name")
        valueFrom = reader.string("valueFrom")
    }
}

/// One entry of `environmentFiles`.
public struct EnvironmentFile: Sendable {
    public let pointer: JSONPointer
    public let value: String?
    public let type: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        value = reader.string("value")
        type = reader.string("type")
    }
}

/// One entry of `mountPoints`.
public struct MountPoint: Sendable {
    public let pointer: JSONPointer
    public let sourceVolume: String?
    public let containerPath: String?
    public let readOnly: Bool?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        sourceVolume = reader.string("sourceVolume")
        containerPath = reader.string("containerPath")
        readOnly = reader.bool("readOnly")
    }
}

/// One entry of `volumesFrom`.
public struct VolumeFrom: Sendable {
    public let pointer: JSONPointer
    public let sourceContainer: String?
    public let readOnly: Bool?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        sourceContainer = reader.string("sourceContainer")
        readOnly = reader.bool("readOnly")
    }
}

/// One entry of `dependsOn`.
public struct ContainerDependency: Sendable {
    public let pointer: JSONPointer
    public let containerName: String?
    public let condition: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        containerName = reader.string("containerName")
        condition = reader.string("condition")
    }
}

/// One entry of `extraHosts`.
public struct HostEntry: Sendable {
    public let pointer: JSONPointer
    public let hostname: String?
    public let ipAddress: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        hostname = reader.string("hostname")
        ipAddress = reader.string("ipAddress")
    }
}

/// One entry of `ulimits`.
public struct Ulimit: Sendable {
    public let pointer: JSONPointer
    public let name: String?
    public let softLimit: Int?
    public let hardLimit: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        name = reader.string("name")
        softLimit = reader.int("softLimit")
        hardLimit = reader.int("hardLimit")
    }
}

/// One entry of `systemControls`.
public struct SystemControl: Sendable {
    public let pointer: JSONPointer
    public let namespace: String?
    public let value: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        namespace = reader.string("namespace")
        value = reader.string("value")
    }
}

/// One entry of `resourceRequirements`.
public struct ResourceRequirement: Sendable {
    public let pointer: JSONPointer
    public let type: String?
    public let value: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        type = reader.string("type")
        value = reader.string("value")
    }
}

/// `restartPolicy`.
public struct RestartPolicy: Sendable {
    public let pointer: JSONPointer
    public let enabled: Bool?
    public let ignoredExitCodes: [Int]?
    public let restartAttemptPeriod: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        enabled = reader.bool("enabled")
        ignoredExitCodes = reader.ints("ignoredExitCodes")
        restartAttemptPeriod = reader.int("restartAttemptPeriod")
    }
}
