/// Task-level `cpu` is a string the ECS API parses itself: CPU units or
/// vCPUs. Anything else, an empty string included, is rejected; off Fargate
/// the value must also lie within 128 to 196608 units.
struct TaskCPUInvalid: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS110", slug: "task-cpu-invalid", title: "Task cpu is not a valid CPU size",
        severity: .error, stage: .register,
        summary: "Task cpu must be CPU units or vCPUs; for EC2 and external instances, 128 to 196608 units.",
        rationale: """
            The API takes task `cpu` as a string and parses it: CPU units (`"1024"`) or vCPUs \
            (`"1 vCPU"`). A value it cannot parse, an empty string included (the result of an unset \
            template variable), is rejected with `Invalid 'cpu' setting for task.`, on every launch \
            type. For EC2, external and Managed Instances tasks the current API documentation allows \
            128 to 196608 units (older guides said 10240); for Fargate the Fargate size table applies \
            instead (ECS203).
            """,
        fix: "Write CPU units as a string, such as \"1024\", or vCPUs, such as \"1 vCPU\".",
        awsErrors: [
            "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide."
        ],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "cpu": ↓"",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "task cpu is empty; write CPU units (\"1024\") or vCPUs (\"1 vCPU\", \"1 vcpu\", \".25 vCPU\") (AWS: \"Invalid 'cpu' setting for task.\")"
                ]),
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  "cpu": ↓"64",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                caption: "Below the EC2 minimum of 128 units.",
                expect: [
                    "task cpu 64 units is outside the 128 to 196608 accepted for EC2 tasks (AWS: \"Invalid 'cpu' setting for task.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  "cpu": "1 vCPU",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    /// The task cpu range for EC2, external and Managed Instances tasks, in units.
    static let instanceRange = 128...196_608

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let text = task.cpu else { return [] }
        let pointer = task.pointer / "cpu"
        guard let size = TaskSizeText.cpu(text) else {
            return [.notACPUSize(text, onFargate: context.isFargate, at: pointer)]
        }
        guard !context.isFargate, !Self.instanceRange.contains(size.value) else { return [] }
        let bound =
            size.value < Self.instanceRange.lowerBound ? Self.instanceRange.lowerBound : Self.instanceRange.upperBound
        return [.taskCPU(size.value, outside: Self.instanceRange, on: context.launchTypes, bound: bound, at: pointer)]
    }
}

extension Violation {
    /// ECS110: a task cpu that is no CPU size.
    fileprivate static func notACPUSize(_ text: String, onFargate: Bool, at pointer: JSONPointer) -> Violation {
        let what = text.isEmpty ? "task cpu is empty" : "task cpu '\(text)' is not a CPU size"
        return Violation(
            "\(what); write \(TaskSizeText.documentedCPUForms)",
            aws: .actual("Invalid 'cpu' setting for task."),
            fix: onFargate
                ? "set cpu to a Fargate size such as \"256\" or \"1024\""
                : "set cpu to CPU units such as \"1024\"",
            at: pointer)
    }

    /// ECS110: a task cpu outside the `range` instances accept (`bound`: the nearest accepted).
    fileprivate static func taskCPU(
        _ units: Int, outside range: ClosedRange<Int>, on launchTypes: Set<LaunchType>, bound: Int,
        at pointer: JSONPointer
    ) -> Violation {
        let platforms = launchTypes.sorted().map(\.rawValue).joined(separator: "/")
        return Violation(
            "task cpu \(units) units is outside the \(range.lowerBound) to \(range.upperBound) accepted for \(platforms) tasks",
            aws: .actual("Invalid 'cpu' setting for task."),
            fix: "set cpu to \"\(bound)\" or another value in range", at: pointer)
    }
}
