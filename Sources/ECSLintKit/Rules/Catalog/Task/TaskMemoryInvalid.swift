/// Task-level `memory` is a string the ECS API parses itself: MiB or GB.
/// Anything else is rejected; off Fargate the value must be positive.
struct TaskMemoryInvalid: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS111", slug: "task-memory-invalid", title: "Task memory is not a valid memory size",
        severity: .error, stage: .register,
        summary: "Task memory must be MiB or GB, and more than zero.",
        rationale: """
            The API takes task `memory` as a string and parses it: MiB (`"2048"`) or GB (`"2 GB"`). \
            A value it cannot parse, an empty string included, is rejected at registration, and so is \
            zero. The exact AWS message for memory is unverified (by analogy with cpu, probably \
            `Invalid 'memory' setting for task.`). For Fargate tasks the Fargate size table applies \
            (ECS203); for EC2 the instance's memory bounds what can be placed.
            """,
        fix: "Write MiB as a string, such as \"2048\", or GB, such as \"2 GB\".",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "cpu": "256",
                  "memory": ↓"lots",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "task memory 'lots' is not a memory size; write MiB (\"2048\") or GB (\"2 GB\", \"2GB\", \"0.5 GB\")"
                ]),
            .bad(
                """
                {
                  "family": "web",
                  "memory": ↓"0",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: ["task memory '0' is 0 MiB; it must be more than zero"]),
            .good(
                """
                {
                  "family": "web",
                  "memory": "2 GB",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let text = task.memory else { return [] }
        let pointer = task.pointer / "memory"
        guard let size = TaskSizeText.memory(text) else {
            return [.notAMemorySize(text, at: pointer)]
        }
        guard !context.isFargate, size.value <= 0 else { return [] }
        return [.taskMemory(text, mebibytes: size.value, at: pointer)]
    }
}

extension Violation {
    /// ECS111: a task memory that is no memory size.
    fileprivate static func notAMemorySize(_ text: String, at pointer: JSONPointer) -> Violation {
        let what = text.isEmpty ? "task memory is empty" : "task memory '\(text)' is not a memory size"
        return Violation(
            "\(what); write \(TaskSizeText.documentedMemoryForms)",
            fix: "set memory to MiB such as \"2048\"", at: pointer)
    }

    /// ECS111: a task memory of zero MiB or less.
    fileprivate static func taskMemory(_ text: String, mebibytes: Int, at pointer: JSONPointer) -> Violation {
        Violation(
            "task memory '\(text)' is \(mebibytes) MiB; it must be more than zero",
            fix: "set memory to the MiB the task needs, such as \"512\", or remove it", at: pointer)
    }
}
