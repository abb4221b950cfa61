/// `logConfiguration`.
public struct LogConfiguration: Sendable {
    public let pointer: JSONPointer
    public let logDriver: String?
    /// The `options` map (string values only).
    public let options: [String: String]
    /// Whether `options` is present.
    public let hasOptions: Bool
    public let secretOptions: [Secret]

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        logDriver = reader.string("logDriver")
        options = reader.stringMap("options") ?? [:]
        hasOptions = node["options"]?.members != nil
        secretOptions = reader.list("secretOptions", Secret.init)
    }

    /// The pointer of one option.
    public func optionPointer(_ key: String) -> JSONPointer {
        pointer / "options" / key
    }
}

/// `healthCheck`.
public struct HealthCheck: Sendable {
    public let pointer: JSONPointer
    public let command: [String]?
    public let interval: Int?
    public let timeout: Int?
    public let retries: Int?
    public let startPeriod: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        command = reader.strings("command")
        interval = reader.int("interval")
        timeout = reader.int("timeout")
        retries = reader.int("retries")
        startPeriod = reader.int("startPeriod")
    }
}

/// `firelensConfiguration`.
public struct FirelensConfiguration: Sendable {
    public let pointer: JSONPointer
    public let type: String?
    public let options: [String: String]

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        type = reader.string("type")
        options = reader.stringMap("options") ?? [:]
    }
}

/// `linuxParameters`.
public struct LinuxParameters: Sendable {
    public let pointer: JSONPointer
    public let capabilitiesAdd: [String]?
    public let capabilitiesDrop: [String]?
    public let devices: [Device]
    public let hasDevices: Bool
    public let initProcessEnabled: Bool?
    public let sharedMemorySize: Int?
    public let tmpfs: [Tmpfs]
    public let hasTmpfs: Bool
    public let maxSwap: Int?
    public let swappiness: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        capabilitiesAdd = node["capabilities"]?["add"]?.elements?.compactMap(\.stringValue)
        capabilitiesDrop = node["capabilities"]?["drop"]?.elements?.compactMap(\.stringValue)
        devices = reader.list("devices", Device.init)
        hasDevices = reader.has("devices")
        initProcessEnabled = reader.bool("initProcessEnabled")
        sharedMemorySize = reader.int("sharedMemorySize")
        tmpfs = reader.list("tmpfs", Tmpfs.init)
        hasTmpfs = reader.has("tmpfs")
        maxSwap = reader.int("maxSwap")
        swappiness = reader.int("swappiness")
    }
}

/// One entry of `linuxParameters.devices`.
public struct Device: Sendable {
    public let pointer: JSONPointer
    public let hostPath: String?
    public let containerPath: String?
    public let permissions: [String]?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        hostPath = reader.string("hostPath")
        containerPath = reader.string("containerPath")
        permissions = reader.strings("permissions")
    }
}

/// One entry of `linuxParameters.tmpfs`.
public struct Tmpfs: Sendable {
    public let pointer: JSONPointer
    public let containerPath: String?
    public let size: Int?
    public let mountOptions: [String]?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        containerPath = reader.string("containerPath")
        size = reader.int("size")
        mountOptions = reader.strings("mountOptions")
    }
}
