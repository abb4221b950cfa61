import Testing

@testable import ECSLintKit

/// Edge cases of the volume and mount point rules (ECS9xx).
@Suite struct StorageTests: RuleFamilyTests {
    /// A task with `volumes` (the JSON array's content) and one container with `mounts`.
    private static func task(volumes: String, mounts: String = "", extra: String = "") -> String {
        """
        {"family": "t", \(extra) "volumes": [\(volumes)],
         "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256, "mountPoints": [\(mounts)]}]}
        """
    }

    private static let windows = #""runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},"#

    private static func efs(_ members: String) -> String {
        #"{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"\#(members.isEmpty ? "" : ", " + members)}}"#
    }

    // MARK: Mount points

    @Test func unknownVolumeQuotesAWSAndSuggestsTheCase() {
        let json = Self.task(volumes: #"{"name": "Data"}"#, mounts: #"{"sourceVolume": "data", "containerPath": "/d"}"#)
        let found = Self.findings(MountPointUnknownVolume.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("Unknown volume 'data'.") == true)
        #expect(found.first?.fix?.contains("\"Data\"") == true)
        #expect(found.first?.range.start.line == 2)
        #expect(found.first?.range.start.column == 114)
    }

    @Test func missingSourceVolumeIsNull() {
        let found = Self.findings(
            MountPointMissingField.code, Self.task(volumes: #"{"name": "d"}"#, mounts: #"{"containerPath": "/d"}"#))
        #expect(found.first?.message.contains("Unknown volume 'null'.") == true)
        #expect(
            Self.findings(
                MountPointUnknownVolume.code, Self.task(volumes: #"{"name": "d"}"#, mounts: #"{"containerPath": "/d"}"#)
            ).isEmpty)
    }

    @Test func duplicateContainerPathIgnoresTrailingSlash() {
        let mounts = #"{"sourceVolume": "a", "containerPath": "/d/"}, {"sourceVolume": "b", "containerPath": "/d"}"#
        let found = Self.findings(
            DuplicateContainerPath.code, Self.task(volumes: #"{"name": "a"}, {"name": "b"}"#, mounts: mounts))
        #expect(found.count == 1)
        #expect(found.first?.notes.count == 1)
        let root = #"{"sourceVolume": "a", "containerPath": "/"}, {"sourceVolume": "b", "containerPath": "/srv"}"#
        #expect(
            Self.findings(
                DuplicateContainerPath.code, Self.task(volumes: #"{"name": "a"}, {"name": "b"}"#, mounts: root)
            ).isEmpty)
    }

    // MARK: Volumes

    @Test func volumeTypes() {
        let json = Self.task(
            volumes:
                #"{"name": "v", "host": {}, "dockerVolumeConfiguration": {"scope": "task"}, "configuredAtLaunch": true}"#
        )
        let found = Self.findings(VolumeMultipleTypes.code, json)
        #expect(found.map { $0.pointer.lastToken ?? "" } == ["dockerVolumeConfiguration", "configuredAtLaunch"])
        let falseAtLaunch = Self.task(volumes: #"{"name": "v", "host": {}, "configuredAtLaunch": false}"#)
        #expect(Self.findings(VolumeMultipleTypes.code, falseAtLaunch).isEmpty)
    }

    @Test func configuredAtLaunchAndDuplicates() {
        let three = Self.task(
            volumes:
                #"{"name": "a", "configuredAtLaunch": true}, {"name": "b", "configuredAtLaunch": true}, {"name": "a", "configuredAtLaunch": true}"#
        )
        #expect(Self.findings(MultipleConfiguredAtLaunchVolumes.code, three).count == 2)
        #expect(Self.findings(DuplicateVolumeName.code, three).count == 1)
    }

    @Test func volumeNames() {
        #expect(Self.findings(InvalidVolumeName.code, Self.task(volumes: #"{"name": "ok_name-1"}"#)).isEmpty)
        #expect(Self.findings(InvalidVolumeName.code, Self.task(volumes: #"{"host": {"sourcePath": "/x"}}"#)).isEmpty)
        #expect(
            Self.findings(InvalidVolumeName.code, Self.task(volumes: #"{"name": "a.b"}"#)).first?.fix?.contains(
                "\"a-b\"") == true)
        let unnamed = Self.findings(InvalidVolumeName.code, Self.task(volumes: #"{"configuredAtLaunch": true}"#))
        #expect(unnamed.first?.message.contains("volume.name should not be null or empty.") == true)
        #expect(
            Self.findings(
                InvalidVolumeName.code, Self.task(volumes: #"{"name": "\#(String(repeating: "v", count: 256))"}"#)
            ).count
                == 1)
    }

    @Test func blankSourcePathIsLeftToFargateRulesOnFargate() {
        let json = Self.task(volumes: #"{"name": "v", "host": {"sourcePath": " "}}"#)
        #expect(
            Self.findings(BlankHostSourcePath.code, json).first?.message.contains(
                "host.sourcePath should not be blank.") == true)
        #expect(Self.findings(BlankHostSourcePath.code, json, launchType: .fargate).isEmpty)
    }

    @Test func autoprovision() {
        func found(_ config: String) -> [Finding] {
            Self.findings(
                DockerVolumeAutoprovisionWithTaskScope.code,
                Self.task(volumes: #"{"name": "v", "dockerVolumeConfiguration": {\#(config)}}"#))
        }
        #expect(found(#""scope": "task", "autoprovision": false"#).first?.stage == .register)
        #expect(found(#""scope": "task", "autoprovision": true"#).first?.stage == .launch)
        #expect(found(#""scope": "shared", "autoprovision": true"#).isEmpty)
        #expect(found(#""scope": "task""#).isEmpty)
    }

    @Test func windowsDockerDriver() {
        let json = Self.task(
            volumes: #"{"name": "v", "dockerVolumeConfiguration": {"driver": "rexray/ebs"}}"#, extra: Self.windows)
        #expect(Self.findings(WindowsDockerVolumeDriver.code, json).count == 1)
        #expect(
            Self.findings(
                WindowsDockerVolumeDriver.code,
                Self.task(volumes: #"{"name": "v", "dockerVolumeConfiguration": {"driver": "rexray/ebs"}}"#)
            ).isEmpty)
    }

    // MARK: EFS

    @Test func accessPointRootDirectory() {
        let ap = #""transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}"#
        #expect(
            Self.findings(
                EFSAccessPointRootDirectory.code, Self.task(volumes: Self.efs(#""rootDirectory": "/", "# + ap))
            ).isEmpty)
        let found = Self.findings(
            EFSAccessPointRootDirectory.code, Self.task(volumes: Self.efs(#""rootDirectory": "/data", "# + ap)))
        #expect(
            found.first?.message.contains(
                "When using an EFS access point, the root directory must either be set to \"/\" or be omitted") == true)
        #expect(
            Self.findings(EFSAccessPointRootDirectory.code, Self.task(volumes: Self.efs(#""rootDirectory": "/data""#)))
                .isEmpty)
    }

    @Test func transitEncryption() {
        let written = Self.findings(
            EFSTransitEncryptionRequired.code,
            Self.task(
                volumes: Self.efs(
                    #""transitEncryption": "DISABLED", "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}"#
                )))
        #expect(written.first?.pointer.lastToken == "transitEncryption")
        let omitted = Self.findings(
            EFSTransitEncryptionRequired.code,
            Self.task(volumes: Self.efs(#""authorizationConfig": {"iam": "ENABLED"}"#)))
        #expect(omitted.first?.target == .key)
        #expect(omitted.first?.message.contains("not set (DISABLED)") == true)
        #expect(
            Self.findings(
                EFSTransitEncryptionRequired.code,
                Self.task(volumes: Self.efs(#""authorizationConfig": {"iam": "DISABLED"}"#))
            )
            .isEmpty)
        #expect(
            Self.findings(
                EFSTransitEncryptionPortWithoutEncryption.code,
                Self.task(volumes: Self.efs(#""transitEncryptionPort": 2049"#))
            ).count == 1)
    }

    @Test func fileSystemIdForms() {
        func id(_ value: String) -> [Finding] {
            Self.findings(
                InvalidEFSFileSystemId.code,
                Self.task(volumes: #"{"name": "d", "efsVolumeConfiguration": {"fileSystemId": "\#(value)"}}"#)
            )
        }
        #expect(id("fs-12345678").isEmpty)
        #expect(id("fs-0123456789abcdef0").isEmpty)
        #expect(id("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0").isEmpty)
        #expect(id("fs-1234567").count == 1)
        #expect(id("fs-0123456789ABCDEF0").first?.fix == "write it in lower case: \"fs-0123456789abcdef0\"")
        #expect(id("fsap-0123456789abcdef0").first?.fix?.contains("accessPointId") == true)
        #expect(id("my-file-system").count == 1)
    }

    @Test func accessPointIdForms() {
        func ap(_ value: String) -> [Finding] {
            Self.findings(
                InvalidEFSAccessPointId.code,
                Self.task(
                    volumes: Self.efs(
                        #""transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": "\#(value)"}"#)))
        }
        #expect(ap("fsap-0123456789abcdef0").isEmpty)
        #expect(ap("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0").isEmpty)
        #expect(ap("fs-0123456789abcdef0").first?.fix?.contains("fsap-") == true)
    }

    @Test func iamNeedsATaskRole() {
        let volumes = Self.efs(#""transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"}"#)
        #expect(Self.findings(EFSIAMWithoutTaskRole.code, Self.task(volumes: volumes)).count == 1)
        let withRole = Self.task(volumes: volumes, extra: #""taskRoleArn": "arn:aws:iam::123456789012:role/r","#)
        #expect(Self.findings(EFSIAMWithoutTaskRole.code, withRole).isEmpty)
    }

    @Test func efsPlatforms() {
        #expect(
            Self.findings(EFSUnsupportedPlatform.code, Self.task(volumes: Self.efs(""), extra: Self.windows)).count == 1
        )
        #expect(
            Self.findings(EFSUnsupportedPlatform.code, Self.task(volumes: Self.efs("")), launchType: .external).isEmpty)
        #expect(
            Self.findings(EFSUnsupportedPlatform.code, Self.task(volumes: Self.efs("")), launchType: .fargate).isEmpty)
    }

    // MARK: FSx, Windows paths, S3 Files

    private static let fsx = """
        {"name": "share", "fsxWindowsFileServerVolumeConfiguration": {"fileSystemId": "%ID%", "rootDirectory": "share",
          "authorizationConfig": {"credentialsParameter": "%CRED%", "domain": "%DOMAIN%"}}}
        """

    private static func fsx(
        id: String = "fs-0123456789abcdef0",
        credentials: String = "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-AbCdEf",
        domain: String = "corp.example.com"
    ) -> String {
        fsx.replacing("%ID%", with: id).replacing("%CRED%", with: credentials).replacing("%DOMAIN%", with: domain)
    }

    @Test func fsxPlatform() {
        #expect(Self.findings(FSxWindowsUnsupportedPlatform.code, Self.task(volumes: Self.fsx())).isEmpty)
        #expect(
            Self.findings(FSxWindowsUnsupportedPlatform.code, Self.task(volumes: Self.fsx(), extra: Self.windows))
                .isEmpty)
        #expect(
            Self.findings(FSxWindowsUnsupportedPlatform.code, Self.task(volumes: Self.fsx()), launchType: .fargate)
                .count == 1)
    }

    @Test func fsxConfiguration() {
        #expect(Self.findings(InvalidFSxWindowsConfiguration.code, Self.task(volumes: Self.fsx())).isEmpty)
        #expect(
            Self.findings(InvalidFSxWindowsConfiguration.code, Self.task(volumes: Self.fsx(id: "fs-123"))).count == 1)
        #expect(
            Self.findings(
                InvalidFSxWindowsConfiguration.code,
                Self.task(volumes: Self.fsx(credentials: "arn:aws:ssm:us-east-1:123456789012:parameter/fsx"))
            ).isEmpty)
        #expect(
            Self.findings(
                InvalidFSxWindowsConfiguration.code,
                Self.task(volumes: Self.fsx(credentials: "arn:aws:s3:::bucket/key"))
            ).count == 1)
        #expect(
            Self.findings(InvalidFSxWindowsConfiguration.code, Self.task(volumes: Self.fsx(domain: "CORP"))).first?
                .severity == .warning)
    }

    @Test func windowsDrives() {
        let volumes = #"{"name": "v", "host": {"sourcePath": "d:\\data"}}"#
        let same = Self.task(
            volumes: volumes, mounts: #"{"sourceVolume": "v", "containerPath": "D:\\data"}"#, extra: Self.windows)
        #expect(Self.findings(WindowsMountAcrossDrives.code, same).isEmpty)
        let across = Self.task(
            volumes: volumes, mounts: #"{"sourceVolume": "v", "containerPath": "C:\\data"}"#, extra: Self.windows)
        let found = Self.findings(WindowsMountAcrossDrives.code, across)
        #expect(found.count == 1)
        #expect(found.first?.fix?.contains("D:\\data") == true)
        #expect(
            Self.findings(
                WindowsMountAcrossDrives.code,
                Self.task(volumes: volumes, mounts: #"{"sourceVolume": "v", "containerPath": "C:\\data"}"#)
            ).isEmpty)
    }

    @Test func s3Files() {
        let arn = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0"
        let good = Self.task(
            volumes:
                #"{"name": "v", "s3filesVolumeConfiguration": {"fileSystemArn": "\#(arn)", "rootDirectory": "/in"}}"#)
        #expect(Self.findings(InvalidS3FilesVolumeConfiguration.code, good).isEmpty)
        let root = Self.task(
            volumes:
                #"{"name": "v", "s3filesVolumeConfiguration": {"fileSystemArn": "\#(arn)", "rootDirectory": "/", "accessPointArn": "\#(arn)/access-point/a"}}"#
        )
        #expect(Self.findings(InvalidS3FilesVolumeConfiguration.code, root).isEmpty)
    }

    @Test func unusedVolume() {
        let json = Self.task(
            volumes: #"{"name": "a"}, {"name": "b"}"#, mounts: #"{"sourceVolume": "a", "containerPath": "/a"}"#)
        let found = Self.findings(UnusedVolume.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("'b'") == true)
        #expect(found.first?.severity == .info)
    }
}
