/// Without a task-level `memory`, ECS needs each container to say how much
/// memory it reserves; RegisterTaskDefinition rejects a container that says
/// neither `memory` nor `memoryReservation`.
struct ContainerMemoryMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS401", slug: "container-memory-missing", title: "Container memory missing",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "When the task sets no memory, every container needs memory or memoryReservation.",
        rationale: """
            ECS places tasks by the memory they reserve. When the task has no task-level `memory`, \
            each container must set `memoryReservation` (a soft limit) or `memory` (a hard limit), \
            otherwise RegisterTaskDefinition fails. Fargate tasks always need task-level memory; \
            that is reported by the Fargate rules instead.
            """,
        fix: "Set memoryReservation (or memory) in MiB on the container, or set the task-level memory.",
        awsErrors: [
            "Invalid setting for container '<name>'. At least one of 'memory' or 'memoryReservation' must be specified."
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    ↓{↑"name": "app", "image": "nginx:1.27"}
                  ]
                }
                """,
                expect: [
                    "container 'app' sets neither memory nor memoryReservation and the task sets no memory (AWS: \"Invalid setting for container 'app'. At least one of 'memory' or 'memoryReservation' must be specified.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memoryReservation": 256}
                  ]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate, task.$memory.isAbsent else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard container.$memory.isAbsent, container.$memoryReservation.isAbsent
            else { return nil }
            return .containerMemoryMissing(container)
        }
    }
}

extension Violation {
    /// ECS401: a container without memory or memoryReservation in a task without memory.
    fileprivate static func containerMemoryMissing(_ container: ContainerDefinition) -> Violation {
        let name = container.name ?? ""
        return Violation(
            "container \(container.displayName) sets neither memory nor memoryReservation and the task sets no memory",
            aws: .actual(
                "Invalid setting for container '\(name)'. At least one of 'memory' or 'memoryReservation' must be specified."
            ),
            fix:
                "add \"memoryReservation\": 256 (MiB, a soft limit) or \"memory\" (a hard limit) to container \(container.displayName), or set the task-level memory",
            at: container.pointer / "memory"
        )
    }
}
