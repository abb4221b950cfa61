/// FSx for Windows File Server volumes are SMB shares that only Windows
/// container instances can mount.
struct FSxWindowsUnsupportedPlatform: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS918", slug: "fsx-windows-unsupported-platform", title: "FSx for Windows File Server volume on Linux",
        severity: .error, stage: .launch,
        summary: "fsxWindowsFileServerVolumeConfiguration volumes can only be used by Windows tasks on EC2.",
        rationale: """
            ECS mounts FSx for Windows File Server shares on Windows container instances joined to \
            (or with credentials for) the Active Directory domain. A task whose \
            `runtimePlatform` says LINUX, or a Linux task on Fargate, cannot mount it. EC2 tasks \
            that omit runtimePlatform are not reported, as they may run on Windows instances; \
            Windows Fargate is reported by the Fargate rules.
            """,
        fix:
            "Run the task on Windows EC2 instances (runtimePlatform WINDOWS_SERVER_*), or use an EFS volume for Linux.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/wfsx-volumes.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "runtimePlatform": {"operatingSystemFamily": "LINUX"},
                  "volumes": [{"name": "share", ↓"fsxWindowsFileServerVolumeConfiguration": {
                    "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "share",
                    "authorizationConfig": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-AbCdEf",
                      "domain": "corp.example.com"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "FSx for Windows File Server volume 'share' cannot be mounted by a Linux task; only Windows tasks on EC2 can use it"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "share", "fsxWindowsFileServerVolumeConfiguration": {
                    "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "share",
                    "authorizationConfig": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-AbCdEf",
                      "domain": "corp.example.com"}}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isWindows else { return [] }
        let declaredLinux = task.runtimePlatform?.operatingSystemFamily == "LINUX"
        guard declaredLinux || context.isFargate else { return [] }
        let platform = declaredLinux ? "a Linux task" : "a Linux task on Fargate"
        return task.volumes.compactMap { volume -> Violation? in
            guard let fsx = volume.fsxWindows else { return nil }
            return .fsxWindows(volume, on: platform, fsx: fsx.pointer)
        }
    }
}

extension Violation {
    /// ECS918: an FSx for Windows File Server volume in a Linux task (`platform` says which).
    fileprivate static func fsxWindows(_ volume: Volume, on platform: String, fsx: JSONPointer) -> Violation {
        Violation(
            "FSx for Windows File Server volume \(volume.name.map { "'\($0)'" } ?? "") cannot be mounted by \(platform); only Windows tasks on EC2 can use it",
            fix: "run the task on Windows EC2 instances, or use an EFS volume for Linux",
            at: fsx, target: .key)
    }
}
