/// A soft limit above the hard limit cannot be honoured; ECS rejects it.
struct MemoryReservationExceedsMemory: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS404", slug: "memory-reservation-exceeds-memory", title: "memoryReservation above memory",
        severity: .error, stage: .register,
        summary: "A container's memoryReservation must not exceed its memory.",
        rationale: """
            `memoryReservation` is the soft limit ECS reserves on the instance and `memory` the hard \
            limit at which the container is killed. The API documentation requires memory to be \
            greater than memoryReservation; equal values are reported to be accepted, so only a \
            reservation above the limit is reported (the exact AWS message is unverified).
            """,
        fix: "Lower memoryReservation to at most memory, or raise memory.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256, "memoryReservation": ↓512}
                  ]
                }
                """,
                expect: ["memoryReservation 512 MiB of container 'app' exceeds its memory limit 256 MiB"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "memoryReservation": 256}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let memory = container.memory, let reservation = container.memoryReservation,
                memory > 0, reservation > memory
            else { return nil }
            return .reservation(reservation, exceeds: memory, of: container)
        }
    }
}

extension Violation {
    /// ECS404: a memoryReservation above the container's memory.
    fileprivate static func reservation(_ reservation: Int, exceeds memory: Int, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "memoryReservation \(reservation) MiB of container \(container.displayName) exceeds its memory limit \(memory) MiB",
            fix: "lower memoryReservation to \(memory) or less, or raise memory to at least \(reservation)",
            at: container.pointer / "memoryReservation",
            notes: [FindingNote("the hard limit is set here", at: container.pointer / "memory")])
    }
}
