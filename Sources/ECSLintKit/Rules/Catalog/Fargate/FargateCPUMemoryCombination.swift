/// Fargate offers fixed task sizes: each cpu value allows only certain memory
/// values. Any other pair is rejected, with a message that only names cpu.
struct FargateCPUMemoryCombination: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS203", slug: "fargate-cpu-memory-combination", title: "Invalid Fargate cpu/memory combination",
        severity: .error, stage: .register,
        summary: "Task cpu and memory must be one of the combinations Fargate offers.",
        rationale: """
            Fargate sizes tasks from a fixed table: 256 units (.25 vCPU) with 512, 1024 or 2048 MiB; \
            512 with 1 to 4 GB; 1024 with 2 to 8 GB; 2048 with 4 to 16 GB; 4096 with 8 to 30 GB (all \
            in 1 GB steps); 8192 with 16 to 60 GB in 4 GB steps; 16384 with 32 to 120 GB in 8 GB steps \
            (8 and 16 vCPU need Linux platform version 1.4.0). Any other pair is rejected with a \
            message that blames cpu even when memory is the odd one; CloudFormation and Terraform \
            report it as "No Fargate configuration exists for given values". The table applies \
            whenever FARGATE is among the compatibilities, even next to EC2.

            Decision on 32 vCPU: newer sources (cfn-lint, Pulumi, 2026) report a 32768-unit size \
            with 60, 120 or 244 GB that the botocore 1.43.11 model ecslint was built from does not \
            document. ecslint accepts it here and reports it separately as information \
            (fargate-32-vcpu, ECS205), so a task that uses it is not failed on an outdated table.
            """,
        fix:
            "Pick a cpu and memory pair from the Fargate table, for example cpu \"1024\" with memory \"2048\" to \"8192\".",
        awsErrors: [
            "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.",
            "No Fargate configuration exists for given values.",
        ],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": ↓"4096",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "cpu 256 (.25 vCPU) allows memory 512, 1024 or 2048 MiB; got 4096 (AWS: \"Invalid 'cpu' setting for task.\")"
                ]),
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": ↓"3 vCPU",
                  "memory": "8 GB",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                caption: "Fargate has no 3 vCPU size.",
                expect: [
                    "cpu '3 vCPU' (3072 units) is not a Fargate size; Fargate offers cpu 256, 512, 1024, 2048, 4096, 8192, 16384 or 32768 (AWS: \"Invalid 'cpu' setting for task.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "1 vCPU",
                  "memory": "4 GB",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "16384",
                  "memory": "122880",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, let cpuText = task.cpu, let memoryText = task.memory,
            let cpu = task.cpuSize?.value, let memory = task.memorySize?.value
        else { return [] }
        let memoryShown = memoryText == String(memory) ? "\(memory)" : "'\(memoryText)' (\(memory) MiB)"
        let fitting = FargateSizes.smallestSize(allowing: memory, windows: context.isWindows)
        guard let size = FargateSizes.size(cpu: cpu) else {
            let cpuShown = cpuText == String(cpu) ? "\(cpu)" : "'\(cpuText)' (\(cpu) units)"
            let fix =
                fitting.map {
                    "set cpu to \"\($0.cpu)\" (\(FargateSizes.vCPUText($0.cpu)) vCPU), the smallest size with \(memory) MiB"
                }
                ?? "set cpu to one of \(FargateSizes.cpuList(windows: context.isWindows)) and memory to a value it allows"
            return [.notAFargateCPU(cpuShown, fix: fix, of: task)]
        }
        guard !size.memory.contains(memory) else { return [] }
        var fix: String
        if let fitting, fitting.cpu != size.cpu {
            fix =
                "set cpu to \"\(fitting.cpu)\" (\(FargateSizes.vCPUText(fitting.cpu)) vCPU), the smallest size with \(memory) MiB, or set memory to one cpu \(cpu) allows"
        } else {
            let nearest = FargateSizes.nearestMemory(in: size, to: memory)
            fix = "set memory to \"\(nearest)\", the nearest value cpu \(cpu) allows"
        }
        return [.memory(memoryShown, notAllowedBy: cpu, size, fix: fix, of: task)]
    }
}

extension Violation {
    /// ECS203: a cpu that is no Fargate size (`cpuShown`: as written, with its units when that differs).
    fileprivate static func notAFargateCPU(_ cpuShown: String, fix: String, of task: TaskDefinition) -> Violation {
        Violation(
            "cpu \(cpuShown) is not a Fargate size; Fargate offers cpu \(FargateSizes.cpuList(windows: false))",
            aws: .actual("Invalid 'cpu' setting for task."),
            fix: fix, at: task.pointer / "cpu")
    }

    /// ECS203: a memory (`memoryShown`: as written) the Fargate `size` of `cpu` does not allow.
    fileprivate static func memory(
        _ memoryShown: String, notAllowedBy cpu: Int, _ size: FargateSizes.Size, fix: String, of task: TaskDefinition
    ) -> Violation {
        Violation(
            "cpu \(FargateSizes.label(cpu: cpu)) allows memory \(FargateSizes.memoryText(size)); got \(memoryShown)",
            aws: .actual("Invalid 'cpu' setting for task."),
            fix: fix, at: task.pointer / "memory")
    }
}
