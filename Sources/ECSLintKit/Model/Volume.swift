/// One entry of `volumes`.
public struct Volume: Sendable {
    public let pointer: JSONPointer
    @Field public var name: String?
    @Field public var host: HostVolumeProperties?
    @Field public var docker: DockerVolumeConfiguration?
    @Field public var efs: EFSVolumeConfiguration?
    @Field public var fsxWindows: FSxWindowsVolumeConfiguration?
    /// `s3filesVolumeConfiguration` when it is an object.
    @Field public var s3Files: S3FilesVolumeConfiguration?
    @Field public var configuredAtLaunch: Bool?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _name = reader.string("name")
        _host = reader.object("host", HostVolumeProperties.init)
        _docker = reader.object("dockerVolumeConfiguration", DockerVolumeConfiguration.init)
        _efs = reader.object("efsVolumeConfiguration", EFSVolumeConfiguration.init)
        _fsxWindows = reader.object("fsxWindowsFileServerVolumeConfiguration", FSxWindowsVolumeConfiguration.init)
        _s3Files = reader.object("s3filesVolumeConfiguration", S3FilesVolumeConfiguration.init)
        _configuredAtLaunch = reader.bool("configuredAtLaunch")
    }

    /// Whether `host` is written (with any non-null value).
    public var hasHost: Bool { $host.isSet }

    /// `host.sourcePath`, when it is a string.
    public var hostSourcePath: String? { host?.sourcePath }

    /// Whether `s3filesVolumeConfiguration` is written (with any non-null value).
    public var hasS3Files: Bool { $s3Files.isSet }

    /// The volume type keys present, in API order (more than one is an error).
    public var configurationKeys: [String] {
        var keys: [String] = []
        if $host.isSet { keys.append("host") }
        if $docker.isSet { keys.append("dockerVolumeConfiguration") }
        if $efs.isSet { keys.append("efsVolumeConfiguration") }
        if $s3Files.isSet { keys.append("s3filesVolumeConfiguration") }
        if $fsxWindows.isSet { keys.append("fsxWindowsFileServerVolumeConfiguration") }
        if configuredAtLaunch == true { keys.append("configuredAtLaunch") }
        return keys
    }
}

/// `dockerVolumeConfiguration`.
public struct DockerVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var scope: String?
    @Field public var autoprovision: Bool?
    @Field public var driver: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _scope = reader.string("scope")
        _autoprovision = reader.bool("autoprovision")
        _driver = reader.string("driver")
    }
}

/// `efsVolumeConfiguration`.
public struct EFSVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var fileSystemId: String?
    @Field public var rootDirectory: String?
    @Field public var transitEncryption: String?
    @Field public var transitEncryptionPort: Int?
    @Field public var accessPointId: String?
    @Field public var iam: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _fileSystemId = reader.string("fileSystemId")
        _rootDirectory = reader.string("rootDirectory")
        _transitEncryption = reader.string("transitEncryption")
        _transitEncryptionPort = reader.int("transitEncryptionPort")
        _accessPointId = reader.child("authorizationConfig").string("accessPointId")
        _iam = reader.child("authorizationConfig").string("iam")
    }
}

/// `s3filesVolumeConfiguration` (Amazon S3 Files).
public struct S3FilesVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var fileSystemArn: String?
    @Field public var rootDirectory: String?
    @Field public var transitEncryptionPort: Int?
    @Field public var accessPointArn: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _fileSystemArn = reader.string("fileSystemArn")
        _rootDirectory = reader.string("rootDirectory")
        _transitEncryptionPort = reader.int("transitEncryptionPort")
        _accessPointArn = reader.string("accessPointArn")
    }
}

/// `fsxWindowsFileServerVolumeConfiguration`.
public struct FSxWindowsVolumeConfiguration: Sendable {
    public let pointer: JSONPointer
    @Field public var fileSystemId: String?
    @Field public var rootDirectory: String?
    @Field public var credentialsParameter: String?
    @Field public var domain: String?

    init(_ node: Node, at pointer: JSONPointer) {
        let reader = ObjectReader(node, at: pointer)
        self.pointer = pointer
        _fileSystemId = reader.string("fileSystemId")
        _rootDirectory = reader.string("rootDirectory")
        _credentialsParameter = reader.child("authorizationConfig").string("credentialsParameter")
        _domain = reader.child("authorizationConfig").string("domain")
    }
}

/// `host`: a bind mount from the host (EC2 and EXTERNAL).
public struct HostVolumeProperties: Sendable {
    public let pointer: JSONPointer
    @Field public var sourcePath: String?

    init(_ node: Node, at pointer: JSONPointer) {
        self.pointer = pointer
        _sourcePath = ObjectReader(node, at: pointer).string("sourcePath")
    }
}
