/// Container CPU shares are carved out of the task's CPU, so together they
/// cannot exceed it.
struct ContainerCPUSumExceedsTask: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS407", slug: "container-cpu-sum-exceeds-task", title: "Container cpu sum above task cpu",
        severity: .error, stage: .register,
        summary: "The containers' cpu values together must not exceed the task-level cpu.",
        rationale: """
            Container `cpu` values are CPU units (1024 per vCPU) reserved inside the task-level \
            `cpu`. When their sum is larger, RegisterTaskDefinition fails. Task cpu is read in its \
            documented forms (`"1024"`, `"1 vCPU"`).
            """,
        fix: "Lower the containers' cpu values, or raise the task cpu.",
        awsErrors: ["The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "cpu": ↓"256",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "cpu": 256},
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "cpu": 128}
                  ]
                }
                """,
                expect: [
                    "the containers' cpu values add up to 384 units ('app' 256 + 'proxy' 128), more than the task cpu 256 (AWS: \"The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "cpu": ".5 vCPU",
                  "memory": "1024",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "cpu": 256},
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "cpu": 128}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let taskCPU = task.cpuSize?.value else { return [] }
        let using = task.containers.filter { ($0.cpu ?? 0) > 0 }
        guard let sum = using.checkedSum(\.cpu), sum > taskCPU else { return [] }
        return [.cpuSum(sum, of: using, exceeds: taskCPU, in: task)]
    }
}

extension Violation {
    /// ECS407: container cpu values (of `using`) that add up to more than the task cpu.
    fileprivate static func cpuSum(
        _ sum: Int, of using: [ContainerDefinition], exceeds taskCPU: Int, in task: TaskDefinition
    ) -> Violation {
        let parts = using.map { "\($0.displayName) \($0.cpu ?? 0)" }.joined(separator: " + ")
        return Violation(
            "the containers' cpu values add up to \(sum) units (\(parts)), more than the task cpu \(taskCPU)",
            aws: .documented,
            fix: "raise the task cpu to at least \(sum), or lower the container cpu values",
            at: task.pointer / "cpu",
            notes: using.map { FindingNote("\($0.displayName) uses \($0.cpu ?? 0) units", at: $0.pointer / "cpu") })
    }
}
