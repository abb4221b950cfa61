/// A container memory of zero or less is meaningless; ECS rejects it.
struct InvalidContainerMemory: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS402", slug: "invalid-container-memory", title: "Container memory not positive",
        severity: .error, stage: .register,
        summary: "Container memory and memoryReservation must be positive numbers of MiB.",
        rationale: """
            `memory` is the container's hard limit and `memoryReservation` its soft limit, both in \
            MiB. ECS rejects `memory: 0` at registration; a zero or negative memoryReservation is \
            rejected the same way as far as is known (the exact message is unverified).
            """,
        fix: "Set a positive number of MiB, or remove the key.",
        awsErrors: ["Invalid 'memory' setting for container '<name>'."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": ↓0}
                  ]
                }
                """,
                expect: [
                    "memory 0 of container 'app' must be a positive number of MiB (AWS: \"Invalid 'memory' setting for container 'app'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            if let memory = container.memory, memory <= 0 {
                violations.append(.nonPositiveMemory(memory, of: container))
            }
            if let reservation = container.memoryReservation, reservation <= 0 {
                violations.append(.nonPositiveMemoryReservation(reservation, of: container))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS402: a container memory of zero or less.
    fileprivate static func nonPositiveMemory(_ memory: Int, of container: ContainerDefinition) -> Violation {
        let name = container.name ?? ""
        return Violation(
            "memory \(memory) of container \(container.displayName) must be a positive number of MiB",
            aws: .actual("Invalid 'memory' setting for container '\(name)'."),
            fix: "set memory to the hard limit in MiB (for example 512), or remove it",
            at: container.pointer / "memory")
    }

    /// ECS402: a container memoryReservation of zero or less.
    fileprivate static func nonPositiveMemoryReservation(_ reservation: Int, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "memoryReservation \(reservation) of container \(container.displayName) must be a positive number of MiB",
            fix: "set memoryReservation to the soft limit in MiB (for example 256), or remove it",
            at: container.pointer / "memoryReservation")
    }
}
