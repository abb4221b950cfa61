/// ECS documents a few spellings of task `cpu` and `memory`; variants such as
/// `"2048 MiB"` or `"0.25 vCPU"` may or may not be accepted, so ecslint asks
/// for a documented form.
struct TaskSizeUndocumentedForm: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS112", slug: "task-size-undocumented-form", title: "Task cpu or memory in an undocumented form",
        severity: .warning, stage: .practice,
        summary: "Task cpu and memory should use the forms the ECS API documents.",
        rationale: """
            The API documents cpu as CPU units (`"1024"`) or vCPUs (`"1 vCPU"`, `"1 vcpu"`, \
            `".25 vCPU"`) and memory as MiB (`"2048"`) or GB (`"2 GB"`, `"2GB"`, `"0.5 GB"`); ECS \
            normalises them to numbers. Whether it also accepts variants such as `"2048 MiB"`, \
            `"2gb"`, `"0.25 vCPU"`, `"1vCPU"` or padded values is unverified, so ecslint reads them \
            (and checks the size they mean) but warns. The plain number is always safe.
            """,
        fix: "Write the plain number: CPU units (\"1024\") or MiB (\"2048\").",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": ↓"0.25 vCPU",
                  "memory": ↓"512 MiB",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "task cpu '0.25 vCPU' (256 units) is not a documented form; ECS documents CPU units (\"1024\") or vCPUs (\"1 vCPU\", \"1 vcpu\", \".25 vCPU\")",
                    "task memory '512 MiB' (512 MiB) is not a documented form; ECS documents MiB (\"2048\") or GB (\"2 GB\", \"2GB\", \"0.5 GB\")",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": ".25 vCPU",
                  "memory": "0.5 GB",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        if let text = task.cpu, let size = task.cpuSize, !size.isDocumented {
            violations.append(.undocumentedCPUForm(text, units: size.value, in: task))
        }
        if let text = task.memory, let size = task.memorySize, !size.isDocumented {
            violations.append(.undocumentedMemoryForm(text, mebibytes: size.value, in: task))
        }
        return violations
    }
}

extension Violation {
    /// ECS112: a task cpu in a form ECS does not document (`units`: what it means).
    fileprivate static func undocumentedCPUForm(_ text: String, units: Int, in task: TaskDefinition) -> Violation {
        Violation(
            "task cpu '\(text)' (\(units) units) is not a documented form; ECS documents \(TaskSizeText.documentedCPUForms)",
            fix: "write \"\(units)\"", at: task.pointer / "cpu")
    }

    /// ECS112: a task memory in a form ECS does not document (`mebibytes`: what it means).
    fileprivate static func undocumentedMemoryForm(_ text: String, mebibytes: Int, in task: TaskDefinition)
        -> Violation
    {
        Violation(
            "task memory '\(text)' (\(mebibytes) MiB) is not a documented form; ECS documents \(TaskSizeText.documentedMemoryForms)",
            fix: "write \"\(mebibytes)\"", at: task.pointer / "memory")
    }
}
