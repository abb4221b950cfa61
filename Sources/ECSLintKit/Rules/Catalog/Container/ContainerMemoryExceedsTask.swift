/// A container cannot be allowed more memory than its whole task has.
struct ContainerMemoryExceedsTask: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS405", slug: "container-memory-exceeds-task", title: "Container memory above task memory",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "No container's memory may exceed the task-level memory.",
        rationale: """
            The task-level `memory` is the budget of the whole task; a container whose hard limit \
            `memory` is larger is rejected at registration. Task memory is read in its documented \
            forms (`"2048"`, `"2 GB"`).
            """,
        fix: "Lower the container's memory, or raise the task memory.",
        awsErrors: ["The 'memory' setting for container '<name>' is greater than for the task."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": ↓1024}
                  ]
                }
                """,
                expect: [
                    "memory 1024 MiB of container 'app' exceeds the task memory 512 MiB (AWS: \"The 'memory' setting for container 'app' is greater than for the task.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "memory": "1 GB",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 1024}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let taskMemory = task.memorySize?.value else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let memory = container.memory, memory > taskMemory else { return nil }
            return .containerMemory(memory, of: container, exceeds: taskMemory, in: task)
        }
    }
}

extension Violation {
    /// ECS405: a container memory above the task memory.
    fileprivate static func containerMemory(
        _ memory: Int, of container: ContainerDefinition, exceeds taskMemory: Int, in task: TaskDefinition
    ) -> Violation {
        let name = container.name ?? ""
        return Violation(
            "memory \(memory) MiB of container \(container.displayName) exceeds the task memory \(taskMemory) MiB",
            aws: .actual("The 'memory' setting for container '\(name)' is greater than for the task."),
            fix: "lower the container memory to \(taskMemory) or less, or raise the task memory",
            at: container.pointer / "memory",
            notes: [FindingNote("the task memory is set here", at: task.pointer / "memory")])
    }
}
