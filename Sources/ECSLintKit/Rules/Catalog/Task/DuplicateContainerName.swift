/// Containers are addressed by name (dependsOn, links, load balancers, log
/// streams), so ECS rejects two containers with the same name.
struct DuplicateContainerName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS108", slug: "duplicate-container-name", title: "Duplicate container name",
        severity: .error, stage: .register,
        summary: "Container names must be unique within a task definition.",
        rationale: """
            ECS refers to containers by name everywhere (dependsOn, links, volumesFrom, load balancer \
            and Service Connect settings, log stream names), so RegisterTaskDefinition rejects a \
            second container with a name already used. Copy-pasted sidecars are the usual cause. \
            Names are compared exactly (case-sensitively).
            """,
        fix: "Rename one of the containers and update references to it.",
        awsErrors: ["Container names must be unique within a Task Definition."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_name"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512},
                    {"name": ↓"app", "image": "busybox:1.36", "memory": 64}
                  ]
                }
                """,
                expect: [
                    "container #1 is named 'app' like container #0 (AWS: \"Container names must be unique within a Task Definition.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512},
                    {"name": "sidecar", "image": "busybox:1.36", "memory": 64}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.repeats(by: { $0.name.flatMap { $0.isEmpty ? nil : $0 } }).map { container, name, original in
            Violation.duplicateContainerName(name, of: container, firstUsedBy: original)
        }
    }
}

extension Violation {
    /// ECS108: a container named like an earlier one (`original`).
    fileprivate static func duplicateContainerName(
        _ name: String, of container: ContainerDefinition, firstUsedBy original: ContainerDefinition
    ) -> Violation {
        Violation(
            "container #\(container.index) is named '\(name)' like container #\(original.index)",
            aws: .documented,
            fix: "rename it, for example to \"\(name)-\(container.index)\", and update references to it",
            at: container.pointer / "name",
            notes: [FindingNote("'\(name)' first used here", at: original.pointer / "name")])
    }
}
