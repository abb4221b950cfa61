/// One entry of `volumes`.
public struct Volume: Sendable {
    public let pointer: JSONPointer
    public let name: String?
    /// Whether a `host` object is present.
    public let hasHost: Bool
    public let hostSourcePath: String?
    public let docker: DockerVolumeConfiguration?
    public let efs: EFSVolumeConfiguration?
    public let fsxWindows: FSxWindowsVolumeConfiguration?
    /// Whether `s3filesVolumeConfiguration` is present.
    public let hasS3Files: Bool
    /// `s3filesVolumeConfiguration` when it is an object.
    public let s3Files: S3FilesVolumeConfiguration?
    public let configuredAtLaunch: Bool?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        name = reader.string("name")
        hasHost = reader.has("host")
        hostSourcePath = node["host"]?["sourcePath"]?.stringValue
        docker = reader.object("dockerVolumeConfiguration", DockerVolumeConfiguration.init)
        efs = reader.object("efsVolumeConfiguration", EFSVolumeConfiguration.init)
        fsxWindows = reader.object("fsxWindowsFileServerVolumeConfiguration", FSxWindowsVolumeConfiguration.init)
        hasS3Files = reader.has("s3filesVolumeConfiguration")
        s3Files = reader.object("s3filesVolumeConfiguration", S3FilesVolumeConfiguration.init)
        configuredAtLaunch = reader.bool("configuredAtLaunch")
    }

    /// The volume type keys present, in API order (more than one is an error).
    public var configurationKeys: [String] {
        var keys: [String] = []
        if hasHost { keys.append("host") }
        if docker != nil { keys.append("dockerVolumeConfiguration") }
        if efs != nil { keys.append("efsVolumeConfiguration") }
        if hasS3Files { keys.append("s3filesVolumeConfiguration") }
        if fsxWindows != nil { keys.append("fsxWindowsFileServerVolumeConfiguration") }
        if configuredAtLaunch == true { keys.append("configuredAtLaunch") }
        return keys
    }
}

/// `dockerVolumeConfiguration`.
public struct DockerVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    public let scope: String?
    public let autoprovision: Bool?
    public let driver: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        scope = reader.string("scope")
        autoprovision = reader.bool("autoprovision")
        driver = reader.string("driver")
    }
}

/// `efsVolumeConfiguration`.
public struct EFSVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    public let fileSystemId: String?
    public let rootDirectory: String?
    public let transitEncryption: String?
    public let transitEncryptionPort: Int?
    public let accessPointId: String?
    public let iam: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        fileSystemId = reader.string("fileSystemId")
        rootDirectory = reader.string("rootDirectory")
        transitEncryption = reader.string("transitEncryption")
        transitEncryptionPort = reader.int("transitEncryptionPort")
        accessPointId = node["authorizationConfig"]?["accessPointId"]?.stringValue
        iam = node["authorizationConfig"]?["iam"]?.stringValue
    }
}

/// `s3filesVolumeConfiguration` (Amazon S3 Files).
public struct S3FilesVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    public let fileSystemArn: String?
    public let rootDirectory: String?
    public let transitEncryptionPort: Int?
    public let accessPointArn: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        fileSystemArn = reader.string("fileSystemArn")
        rootDirectory = reader.string("rootDirectory")
        transitEncryptionPort = reader.int("transitEncryptionPort")
        accessPointArn = reader.string("accessPointArn")
    }
}

/// `fsxWindowsFileServerVolumeConfiguration`.
public struct FSxWindowsVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    public let fileSystemId: String?
    public let rootDirectory: String?
    public let credentialsParameter: String?
    public let domain: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        fileSystemId = reader.string("fileSystemId")
        rootDirectory = reader.string("rootDirectory")
        credentialsParameter = node["authorizationConfig"]?["credentialsParameter"]?.stringValue
        domain = node["authorizationConfig"]?["domain"]?.stringValue
    }
}
