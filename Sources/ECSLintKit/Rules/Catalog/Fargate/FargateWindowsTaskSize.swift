/// Windows tasks on Fargate come in 1, 2 and 4 vCPU only: less cannot run a
/// Windows Server container, and the 8 and 16 vCPU sizes are Linux-only.
struct FargateWindowsTaskSize: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS204", slug: "fargate-windows-task-size", title: "Fargate Windows task size not offered",
        severity: .error, stage: .register,
        summary: "Windows tasks on Fargate need cpu 1024, 2048 or 4096 (1, 2 or 4 vCPU).",
        rationale: """
            The API documentation sets a minimum of 1 vCPU for Windows containers on Fargate, and \
            the Fargate documentation lists the 8 and 16 vCPU sizes (and the newer 32 vCPU one) for \
            Linux only. The memory values per cpu are the same as for Linux (ECS203 checks them). \
            The exact AWS message is unverified; it is probably the generic \
            `Invalid 'cpu' setting for task.`
            """,
        fix: "Set cpu to \"1024\", \"2048\" or \"4096\" with a memory value that size allows.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "win",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
                  "cpu": ↓"512",
                  "memory": "2048",
                  "containerDefinitions": [{"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2022"}]
                }
                """,
                expect: ["Windows tasks on Fargate need at least 1 vCPU (cpu 1024); got cpu 512 (.5 vCPU)"]),
            .good(
                """
                {
                  "family": "win",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
                  "cpu": "1024",
                  "memory": "2048",
                  "containerDefinitions": [{"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2022"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, context.isWindows, let cpu = task.cpuSize?.value,
            let size = FargateSizes.size(cpu: cpu), !size.windows
        else { return [] }
        let pointer = task.pointer / "cpu"
        let windowsCPUs = FargateSizes.cpuList(windows: true)
        if cpu < FargateSizes.windowsMinimumCPU {
            let memory = task.memorySize?.value
            let target =
                memory.flatMap { FargateSizes.smallestSize(allowing: $0, windows: true) }?.cpu
                ?? FargateSizes.windowsMinimumCPU
            return [.windowsCPUBelowMinimum(cpu, target: target, at: pointer)]
        }
        return [.linuxOnlyCPU(cpu, windowsCPUs: windowsCPUs, at: pointer)]
    }
}

extension Violation {
    /// ECS204: a Windows Fargate cpu below 1 vCPU (`target`: the size to use).
    fileprivate static func windowsCPUBelowMinimum(_ cpu: Int, target: Int, at pointer: JSONPointer) -> Violation {
        Violation(
            "Windows tasks on Fargate need at least 1 vCPU (cpu 1024); got cpu \(FargateSizes.label(cpu: cpu))",
            fix: "set cpu to \"\(target)\""
                + (target == FargateSizes.windowsMinimumCPU ? " (memory 2048 to 8192)" : ""),
            at: pointer)
    }

    /// ECS204: a Fargate cpu offered for Linux only, in a Windows task.
    fileprivate static func linuxOnlyCPU(_ cpu: Int, windowsCPUs: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "cpu \(FargateSizes.label(cpu: cpu)) is offered for Linux only; Windows tasks on Fargate use cpu \(windowsCPUs)",
            fix: "set cpu to \"4096\" (memory 8192 to 30720), or run the task on EC2 Windows instances",
            at: pointer)
    }
}
