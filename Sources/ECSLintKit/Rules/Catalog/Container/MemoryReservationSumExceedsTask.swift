/// ECS must be able to reserve every container's soft limit inside the task's
/// memory, so their sum may not exceed it.
struct MemoryReservationSumExceedsTask: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS406", slug: "memory-reservation-sum-exceeds-task", title: "memoryReservation sum above task memory",
        severity: .error, stage: .register,
        summary: "The containers' memoryReservation values together must fit in the task memory.",
        rationale: """
            ECS reserves each container's `memoryReservation` within the task-level `memory`. When \
            their sum is larger, RegisterTaskDefinition fails.
            """,
        fix: "Lower the containers' memoryReservation values, or raise the task memory.",
        awsErrors: [
            "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'."
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "memory": ↓"512",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memoryReservation": 384},
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memoryReservation": 256}
                  ]
                }
                """,
                expect: [
                    "the containers' memoryReservation values add up to 640 MiB ('app' 384 + 'proxy' 256), more than the task memory 512 MiB (AWS: \"The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "memory": "1024",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memoryReservation": 384},
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "memoryReservation": 256}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let taskMemory = task.memorySize?.value else { return [] }
        let reserving = task.containers.filter { ($0.memoryReservation ?? 0) > 0 }
        guard let sum = reserving.checkedSum(\.memoryReservation), sum > taskMemory else { return [] }
        return [.reservationSum(sum, of: reserving, exceeds: taskMemory, in: task)]
    }
}

extension Violation {
    /// ECS406: memoryReservation values (of `reserving`) that add up to more than the task memory.
    fileprivate static func reservationSum(
        _ sum: Int, of reserving: [ContainerDefinition], exceeds taskMemory: Int, in task: TaskDefinition
    ) -> Violation {
        let parts = reserving.map { "\($0.displayName) \($0.memoryReservation ?? 0)" }.joined(separator: " + ")
        return Violation(
            "the containers' memoryReservation values add up to \(sum) MiB (\(parts)), more than the task memory \(taskMemory) MiB",
            aws: .documented,
            fix: "raise the task memory to at least \(sum), or lower the reservations",
            at: task.pointer / "memory",
            notes: reserving.map {
                FindingNote(
                    "\($0.displayName) reserves \($0.memoryReservation ?? 0) MiB",
                    at: $0.pointer / "memoryReservation")
            })
    }
}
