/// Fargate sizes the task's micro-VM from task-level `cpu` and `memory`, so
/// both must be set; container-level values are not enough.
struct FargateTaskSizeMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS202", slug: "fargate-task-size-missing", title: "Fargate task without task-level cpu or memory",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "Tasks that run on Fargate must set task-level cpu and memory.",
        rationale: """
            Fargate bills and provisions each task by its task-level size, one of the combinations \
            in the Fargate table. RegisterTaskDefinition rejects a FARGATE task without task-level \
            `cpu` or `memory`, even when every container sets its own; the model does not mark them \
            as required, so the AWS CLI does not catch it.
            """,
        fix:
            "Set task-level cpu and memory to a Fargate combination, such as \"cpu\": \"256\" and \"memory\": \"512\".",
        awsErrors: [
            "Fargate requires that 'cpu' be defined at the task level.",
            "Fargate requires that 'memory' be defined at the task level.",
        ],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": [↓↓"FARGATE"],
                  "networkMode": "awsvpc",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "cpu": 256, "memory": 512}]
                }
                """,
                expect: [
                    "FARGATE requires task-level cpu, which is not set (AWS: \"Fargate requires that 'cpu' be defined at the task level.\")",
                    "FARGATE requires task-level memory, which is not set (AWS: \"Fargate requires that 'memory' be defined at the task level.\")",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        let hasCPU = !task.$cpu.isAbsent
        let hasMemory = !task.$memory.isAbsent
        var violations: [Violation] = []
        let anchor = task.compatibilityPointer(.fargate)
        if !hasCPU {
            let suggestion = task.memorySize.flatMap {
                FargateSizes.smallestSize(allowing: $0.value, windows: context.isWindows)
            }
            violations.append(.fargateCPUMissing(suggestion: suggestion, windows: context.isWindows, at: anchor))
        }
        if !hasMemory {
            let size = task.cpuSize.flatMap { FargateSizes.size(cpu: $0.value) }
            let fix: String
            if let cpu = task.cpuSize, size == nil {
                fix =
                    "cpu \(cpu.value) is not a Fargate size either: set cpu to one of "
                    + "\(FargateSizes.cpuValuesText) and memory to a value it allows (256 allows 512, 1024 or 2048)"
            } else {
                fix =
                    "add \"memory\": \"\(size?.memory[0] ?? (context.isWindows ? 2048 : 512))\""
                    + (size.map { " (cpu \($0.cpu) allows \(FargateSizes.memoryText($0)))" } ?? "")
            }
            violations.append(.fargateMemoryMissing(fix: fix, at: anchor))
        }
        return violations
    }
}

extension Violation {
    /// ECS202: no task-level cpu on Fargate (`suggestion`: the smallest size for the memory given).
    fileprivate static func fargateCPUMissing(suggestion: FargateSizes.Size?, windows: Bool, at anchor: JSONPointer)
        -> Violation
    {
        Violation(
            "FARGATE requires task-level cpu, which is not set", aws: .documented,
            fix: "add \"cpu\": \"\(suggestion?.cpu ?? (windows ? 1024 : 256))\""
                + (suggestion == nil ? "" : " (the smallest size for this memory)"),
            at: anchor)
    }

    /// ECS202: no task-level memory on Fargate.
    fileprivate static func fargateMemoryMissing(fix: String, at anchor: JSONPointer) -> Violation {
        Violation(
            "FARGATE requires task-level memory, which is not set", aws: .documented(1),
            fix: fix, at: anchor)
    }
}
