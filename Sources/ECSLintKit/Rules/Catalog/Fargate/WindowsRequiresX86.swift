/// ECS runs Windows containers on x86_64 only; ARM64 is available for Linux.
struct WindowsRequiresX86: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS230", slug: "windows-requires-x86-64", title: "Windows task with cpuArchitecture ARM64",
        severity: .error, stage: .register,
        summary: "A Windows operatingSystemFamily requires cpuArchitecture X86_64.",
        rationale: """
            The API documentation offers ARM64 (Graviton) for Linux only, and the Fargate \
            documentation states that Windows containers must use the X86_64 architecture. No \
            Windows ARM64 capacity exists in ECS, so the task can never run; the exact error message \
            is unverified.
            """,
        fix: "Set cpuArchitecture to X86_64 (or omit it), or use a Linux image for ARM64.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#runtime-platform"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "win",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": ↓"ARM64"},
                  "containerDefinitions": [
                    {"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2022", "memory": 2048}
                  ]
                }
                """,
                expect: [
                    "cpuArchitecture ARM64 is not available for WINDOWS_SERVER_2022_CORE; Windows tasks run on X86_64 only"
                ]),
            .good(
                """
                {
                  "family": "win",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
                  "containerDefinitions": [
                    {"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2022", "memory": 2048}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows, let platform = task.runtimePlatform, platform.cpuArchitecture == "ARM64" else {
            return []
        }
        return [.arm64OnWindows(platform.operatingSystemFamily, platform: platform.pointer)]
    }
}

extension Violation {
    /// ECS230: cpuArchitecture ARM64 for a Windows family.
    fileprivate static func arm64OnWindows(_ family: String?, platform: JSONPointer) -> Violation {
        Violation(
            "cpuArchitecture ARM64 is not available for \(family ?? "Windows"); Windows tasks run on X86_64 only",
            fix: "set cpuArchitecture to \"X86_64\"", at: platform / "cpuArchitecture")
    }
}
