/// ECS Anywhere runs tasks on your own servers, where ECS cannot attach
/// elastic network interfaces or mount EFS through its helpers.
struct ExternalUnsupportedFeature: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS240", slug: "external-unsupported-feature", title: "Feature not supported on external instances",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary: "Tasks for EXTERNAL (ECS Anywhere) instances should not use awsvpc or EFS volumes.",
        rationale: """
            External instances (ECS Anywhere) are servers outside AWS: there is no elastic network \
            interface to give an `awsvpc` task, and the EFS volume integration is documented as not \
            supported on them. The EFS restriction is documented; the awsvpc one is unverified in \
            ecslint's sources, so both are warnings: such tasks are expected to fail to start on \
            external instances.
            """,
        fix: "Use networkMode bridge or host and local or host volumes for tasks that run on external instances.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html"],
        examples: [
            .bad(
                """
                {
                  "family": "edge",
                  "requiresCompatibilities": ["EXTERNAL"],
                  "networkMode": ↓"awsvpc",
                  "volumes": [{"name": "data", ↓"efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "networkMode awsvpc is not supported on EXTERNAL (ECS Anywhere) instances",
                    "EFS volume 'data' is not supported on EXTERNAL (ECS Anywhere) instances",
                ]),
            .good(
                """
                {
                  "family": "edge",
                  "requiresCompatibilities": ["EXTERNAL"],
                  "networkMode": "bridge",
                  "volumes": [{"name": "data", "host": {"sourcePath": "/srv/data"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.launchTypes.contains(.external) else { return [] }
        var violations: [Violation] = []
        if task.declaredNetworkMode == .awsvpc {
            violations.append(.awsvpcOnExternal(task))
        }
        for volume in task.volumes {
            guard let efs = volume.efs else { continue }
            violations.append(.efsOnExternal(volume, efs: efs.pointer))
        }
        return violations
    }
}

extension Violation {
    /// ECS240: networkMode awsvpc on EXTERNAL instances.
    fileprivate static func awsvpcOnExternal(_ task: TaskDefinition) -> Violation {
        Violation(
            "networkMode awsvpc is not supported on EXTERNAL (ECS Anywhere) instances",
            fix: "use networkMode bridge or host", at: task.pointer / "networkMode")
    }

    /// ECS240: an EFS volume on EXTERNAL instances.
    fileprivate static func efsOnExternal(_ volume: Volume, efs: JSONPointer) -> Violation {
        Violation(
            "EFS volume \(volume.name.map { "'\($0)' " } ?? "")is not supported on EXTERNAL (ECS Anywhere) instances",
            fix: "mount the file system on the host and use a host volume instead",
            at: efs, target: .key)
    }
}
