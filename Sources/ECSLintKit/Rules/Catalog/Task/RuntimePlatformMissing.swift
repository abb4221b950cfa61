/// Fargate runs a task as Linux on x86_64 unless `runtimePlatform` says
/// otherwise; a Windows or ARM64 image without it fails to start.
struct RuntimePlatformMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS140", slug: "runtime-platform-missing", title: "Windows or ARM64 image without runtimePlatform",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary: "Fargate tasks with Windows or ARM64 images should declare runtimePlatform.",
        rationale: """
            On Fargate, `runtimePlatform` chooses the operating system and CPU architecture; without \
            it a task runs on Linux x86_64. A Windows image (`mcr.microsoft.com/windows/...`, \
            `servercore`, `nanoserver`) then cannot start, and an ARM64-only image fails with \
            `exec format error`. ecslint recognises such images by name only, so this is a warning: \
            multi-architecture images tagged `arm64` may still run on x86_64.
            """,
        fix: """
            Add runtimePlatform, for example {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", \
            "cpuArchitecture": "X86_64"} or {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"}.
            """,
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#runtime-platform"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "1024",
                  "memory": "2048",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}
                  ]
                }
                """,
                expect: [
                    "image 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' looks like a Windows image, but runtimePlatform.operatingSystemFamily is not set, so Fargate runs the task on Linux"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "1024",
                  "memory": "2048",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
                  "containerDefinitions": [
                    {"name": "app", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        let osMissing =
            task.runtimePlatform.map { $0.$operatingSystemFamily.isAbsent } ?? task.$runtimePlatform.isAbsent
        let archMissing = task.runtimePlatform.map { $0.$cpuArchitecture.isAbsent } ?? task.$runtimePlatform.isAbsent
        guard osMissing || archMissing else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            guard let image = container.image else { continue }
            let pointer = container.pointer / "image"
            if osMissing, Self.looksLikeWindows(image) {
                violations.append(.windowsImageOnLinux(image, at: pointer))
            } else if archMissing, context.operatingSystem == .linux, Self.looksLikeARM64(image) {
                violations.append(.arm64ImageOnX86(image, at: pointer))
            }
        }
        return violations
    }

    /// Whether the image name suggests a Windows container image.
    static func looksLikeWindows(_ image: String) -> Bool {
        let lower = image.lowercased()
        return lower.hasPrefix("mcr.microsoft.com/windows") || lower.hasPrefix("mcr.microsoft.com/dotnet/framework")
            || lower.includes("servercore") || lower.includes("nanoserver")
    }

    /// Whether the image's tag or namespace suggests an ARM64-only image.
    static func looksLikeARM64(_ image: String) -> Bool {
        let lower = image.lowercased()
        if lower.hasPrefix("arm64v8/") { return true }
        // The last non-empty `/` component, found from the end (no array of
        // components: every image of every file is asked).
        var trimmed = Substring(lower)
        while trimmed.last == "/" { trimmed = trimmed.dropLast() }
        let lastComponent = trimmed.lastIndex(of: "/").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed
        guard let colon = lastComponent.firstIndex(of: ":") else { return false }
        let tag = lastComponent[lastComponent.index(after: colon)...].prefix { $0 != "@" }
        return tag.includes("arm64") || tag.includes("aarch64")
    }
}

extension Violation {
    /// ECS140: a Windows-looking image without runtimePlatform.operatingSystemFamily on Fargate.
    fileprivate static func windowsImageOnLinux(_ image: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "image '\(image)' looks like a Windows image, but runtimePlatform.operatingSystemFamily is not set, so Fargate runs the task on Linux",
            fix:
                "add \"runtimePlatform\": {\"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\", \"cpuArchitecture\": \"X86_64\"} (matching the image's Windows version)",
            at: pointer)
    }

    /// ECS140: an ARM64-looking image without runtimePlatform.cpuArchitecture on Fargate.
    fileprivate static func arm64ImageOnX86(_ image: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "image '\(image)' looks like an ARM64 image, but runtimePlatform.cpuArchitecture is not set, so Fargate runs the task on X86_64",
            fix:
                "add \"runtimePlatform\": {\"operatingSystemFamily\": \"LINUX\", \"cpuArchitecture\": \"ARM64\"}, or use a multi-architecture image",
            at: pointer)
    }
}
