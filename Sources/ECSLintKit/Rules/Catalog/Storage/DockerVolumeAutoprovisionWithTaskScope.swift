/// `autoprovision` only applies to shared Docker volumes; ECS rejects it (when
/// false) or the agent fails on it (when true) for task-scoped volumes.
struct DockerVolumeAutoprovisionWithTaskScope: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS909", slug: "docker-volume-autoprovision-with-task-scope",
        title: "autoprovision on a task-scoped Docker volume",
        severity: .error, stage: .register,
        summary: "dockerVolumeConfiguration.autoprovision must be omitted when scope is task.",
        rationale: """
            Task-scoped Docker volumes are always created when the task starts and removed when it \
            stops; `autoprovision` only applies to `shared` volumes. Contrary to the documentation \
            ("omitted or set to false"), ECS rejects `autoprovision: false` with a task scope at \
            registration, and `true` makes the task fail when the agent creates the volume \
            (terraform-provider-aws#5907, #34428). Omit the key.
            """,
        fix: "Remove autoprovision from task-scoped Docker volumes.",
        awsErrors: ["When 'scope' parameter is 'task', 'autoprovision' must either not be specified or set to 'True'."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "scratch", "dockerVolumeConfiguration": {"scope": "task", "driver": "local",
                               "autoprovision": ↓false}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "task-scoped Docker volume 'scratch' sets autoprovision: false (AWS: \"When 'scope' parameter is 'task', 'autoprovision' must either not be specified or set to 'True'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "scratch", "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.compactMap { volume -> Violation? in
            guard let docker = volume.docker, docker.scope == "task", let autoprovision = docker.autoprovision else {
                return nil
            }
            return .autoprovision(autoprovision, onTaskScoped: volume, docker: docker.pointer)
        }
    }
}

extension Violation {
    /// ECS909: autoprovision (true or false) on a task-scoped Docker volume.
    fileprivate static func autoprovision(_ autoprovision: Bool, onTaskScoped volume: Volume, docker: JSONPointer)
        -> Violation
    {
        let name = volume.name.map { "'\($0)'" } ?? ""
        if autoprovision {
            return Violation(
                "task-scoped Docker volume \(name) sets autoprovision: true; autoprovision only applies to shared volumes and the task fails when the agent creates the volume",
                fix: "remove autoprovision (task-scoped volumes are always created), or use scope shared",
                at: docker / "autoprovision", stage: .launch)
        }
        return Violation(
            "task-scoped Docker volume \(name) sets autoprovision: false", aws: .documented,
            fix: "remove autoprovision", at: docker / "autoprovision")
    }
}
