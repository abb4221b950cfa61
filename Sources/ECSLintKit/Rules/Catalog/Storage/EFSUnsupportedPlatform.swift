/// ECS mounts EFS only for Linux containers; Windows tasks cannot use it.
struct EFSUnsupportedPlatform: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS917", slug: "efs-unsupported-platform", title: "EFS volume on Windows",
        severity: .warning, stage: .practice,
        summary: "EFS volumes are not supported for Windows containers.",
        rationale: """
            The ECS documentation lists EFS volumes as supported for Linux containers on EC2 and \
            Fargate (platform version 1.4.0 or later), not for Windows containers, which use FSx \
            for Windows File Server instead. Such a task cannot mount the volume; how it fails is \
            not documented, hence a warning. Windows is known only from \
            `runtimePlatform.operatingSystemFamily`. Windows on Fargate and external instances are \
            reported by the Fargate rules.
            """,
        fix: "Use an FSx for Windows File Server volume for Windows tasks.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "volumes": [{"name": "data", ↓"efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 1024}
                  ]
                }
                """,
                expect: ["EFS volume 'data' cannot be mounted by Windows containers"]),
            .good(
                """
                {
                  "family": "web",
                  "runtimePlatform": {"operatingSystemFamily": "LINUX"},
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows, !context.isFargate else { return [] }
        return task.volumes.compactMap { volume -> Violation? in
            guard let efs = volume.efs else { return nil }
            return .efsOnWindows(volume, efs: efs.pointer)
        }
    }
}

extension Violation {
    /// ECS917: an EFS volume in a Windows task.
    fileprivate static func efsOnWindows(_ volume: Volume, efs: JSONPointer) -> Violation {
        Violation(
            "EFS volume \(volume.name.map { "'\($0)'" } ?? "") cannot be mounted by Windows containers",
            fix: "use an FSx for Windows File Server volume instead", at: efs, target: .key)
    }
}
