/// Docker refuses to create a container whose memory limit or reservation is
/// below 6 MiB, so such a task registers but never starts.
struct ContainerMemoryTooSmall: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS403", slug: "container-memory-too-small", title: "Container memory below 6 MiB",
        severity: .error, stage: .launch,
        summary: "Container memory and memoryReservation must be at least 6 MiB.",
        rationale: """
            Docker 20.10 and later refuse memory limits and reservations below 6 MiB (4 MiB on \
            19.03 and older) with "Minimum memory limit allowed is 6MB"; the task registers but \
            the container fails to start. The value is in MiB: a value such as `4` is usually a \
            unit mistake (GiB meant).
            """,
        fix: "Give the container at least 6 MiB; values are in MiB, not GiB.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": ↓4}
                  ]
                }
                """,
                expect: [
                    "memory 4 MiB of container 'app' is below Docker's minimum of 6 MiB; the container fails to start (Docker: \"Minimum memory limit allowed is 6MB\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 4096}
                  ]
                }
                """),
        ]
    )

    /// Docker's minimum (linuxMinMemory) in MiB.
    static let minimumMiB = 6

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isWindows else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for (key, value) in [("memory", container.memory), ("memoryReservation", container.memoryReservation)] {
                guard let value, value > 0, value < Self.minimumMiB else { continue }
                violations.append(.memoryBelowDockerMinimum(key, value, of: container))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS403: a memory or memoryReservation (`key`) below Docker's 6 MiB.
    fileprivate static func memoryBelowDockerMinimum(_ key: String, _ value: Int, of container: ContainerDefinition)
        -> Violation
    {
        let kind = key == "memory" ? "limit" : "reservation"
        return Violation(
            "\(key) \(value) MiB of container \(container.displayName) is below Docker's minimum of 6 MiB; the container fails to start (Docker: \"Minimum memory \(kind) allowed is 6MB\")",
            fix: "values are in MiB: set \(key) to at least 6 (for \(value) GiB write \(value * 1024))",
            at: container.pointer / key)
    }
}
