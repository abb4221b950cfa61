/// `logConfiguration`.
public struct LogConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var logDriver: String?
    /// The `options` map (string values only).
    @Field public var options: [String: String]
    /// Every option name written with a non-null value (of any type), in order.
    public let writtenOptionNames: [String]
    @Field public var secretOptions: [Secret]

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _logDriver = reader.string("logDriver")
        _options = reader.stringMapOrEmpty("options")
        writtenOptionNames = reader.writtenKeys("options")
        _secretOptions = reader.list("secretOptions", Secret.init)
    }

    /// The pointer of one option.
    public func optionPointer(_ key: String) -> JSONPointer {
        pointer / "options" / key
    }
}

/// `healthCheck`.
public struct HealthCheck: Sendable {
    public let pointer: JSONPointer
    @Field public var command: [String]?
    @Field public var interval: Int?
    @Field public var timeout: Int?
    @Field public var retries: Int?
    @Field public var startPeriod: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _command = reader.strings("command")
        _interval = reader.int("interval")
        _timeout = reader.int("timeout")
        _retries = reader.int("retries")
        _startPeriod = reader.int("startPeriod")
    }
}

/// `firelensConfiguration`.
public struct FirelensConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var type: String?
    @Field public var options: [String: String]

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _type = reader.string("type")
        _options = reader.stringMapOrEmpty("options")
    }
}

/// `linuxParameters`.
public struct LinuxParameters: Sendable {
    public let pointer: JSONPointer
    @Field public var capabilitiesAdd: [String]?
    @Field public var capabilitiesDrop: [String]?
    @Field public var devices: [Device]
    @Field public var initProcessEnabled: Bool?
    @Field public var sharedMemorySize: Int?
    @Field public var tmpfs: [Tmpfs]
    @Field public var maxSwap: Int?
    @Field public var swappiness: Int?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _capabilitiesAdd = reader.child("capabilities").strings("add")
        _capabilitiesDrop = reader.child("capabilities").strings("drop")
        _devices = reader.list("devices", Device.init)
        _initProcessEnabled = reader.bool("initProcessEnabled")
        _sharedMemorySize = reader.int("sharedMemorySize")
        _tmpfs = reader.list("tmpfs", Tmpfs.init)
        _maxSwap = reader.int("maxSwap")
        _swappiness = reader.int("swappiness")
    }
}

/// One entry of `linuxParameters.devices`.
public struct Device: Sendable {
    public let pointer: JSONPointer
    @Field public var hostPath: String?
    @Field public var containerPath: String?
    @Field public var permissions: [String]?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _hostPath = reader.string("hostPath")
        _containerPath = reader.string("containerPath")
        _permissions = reader.strings("permissions")
    }
}

/// One entry of `linuxParameters.tmpfs`.
public struct Tmpfs: Sendable {
    public let pointer: JSONPointer
    @Field public var containerPath: String?
    @Field public var size: Int?
    @Field public var mountOptions: [String]?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _containerPath = reader.string("containerPath")
        _size = reader.int("size")
        _mountOptions = reader.strings("mountOptions")
    }
}
