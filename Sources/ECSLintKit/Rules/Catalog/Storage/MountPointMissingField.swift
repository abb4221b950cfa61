/// A mount point needs both the volume to mount and where to mount it.
struct MountPointMissingField: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS902", slug: "mount-point-missing-field", title: "Mount point without sourceVolume or containerPath",
        severity: .error, stage: .register,
        summary: "Every mountPoints entry needs a sourceVolume and a containerPath.",
        rationale: """
            The API model marks both members optional, but ECS requires them when a mount point is \
            given: without `sourceVolume` RegisterTaskDefinition fails with "Unknown volume \
            'null'.", and without `containerPath` there is nowhere to mount (the exact message for \
            a missing containerPath is unverified).
            """,
        fix: "Give the mount point both sourceVolume (a volume name) and containerPath (an absolute path).",
        awsErrors: ["Unknown volume 'null'."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "static"}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "mountPoints": [↓{↑"containerPath": "/data"}, {"sourceVolume": "static", "containerPath": ↓""}]}
                  ]
                }
                """,
                expect: [
                    "a mount point of container 'app' has no sourceVolume (AWS: \"Unknown volume 'null'.\")",
                    "a mount point of container 'app' has no containerPath",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "static"}],
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "mountPoints": [{"sourceVolume": "static", "containerPath": "/data"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            for mount in container.mountPoints {
                if mount.$sourceVolume.isAbsent || mount.sourceVolume == "" {
                    violations.append(.mountPointWithoutSourceVolume(mount, of: container))
                }
                if mount.$containerPath.isAbsent || mount.containerPath == "" {
                    violations.append(.mountPointWithoutContainerPath(mount, of: container))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS902: a mount point without sourceVolume (absent, null or empty).
    fileprivate static func mountPointWithoutSourceVolume(_ mount: MountPoint, of container: ContainerDefinition)
        -> Violation
    {
        let shown = mount.sourceVolume == nil ? "null" : ""
        return Violation(
            "a mount point of container \(container.displayName) has no sourceVolume",
            aws: .actual("Unknown volume '\(shown)'."),
            fix: "set sourceVolume to the name of one of the task's volumes",
            at: mount.pointer / "sourceVolume")
    }

    /// ECS902: a mount point without containerPath.
    fileprivate static func mountPointWithoutContainerPath(_ mount: MountPoint, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "a mount point of container \(container.displayName) has no containerPath",
            fix: "set containerPath to the absolute path where the volume appears in the container",
            at: mount.pointer / "containerPath")
    }
}
