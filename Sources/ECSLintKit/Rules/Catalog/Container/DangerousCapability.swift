/// Adding ALL, SYS_ADMIN or NET_ADMIN gives a container near-root power over
/// the host kernel or network; it is rarely what the workload needs.
struct DangerousCapability: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS412", slug: "dangerous-capability", title: "Powerful Linux capability added",
        severity: .warning, stage: .practice,
        summary: "Adding the ALL, SYS_ADMIN or NET_ADMIN capability is a security risk.",
        rationale: """
            `SYS_ADMIN` allows mounting file systems and many container escapes, `NET_ADMIN` \
            reconfiguring the network stack (in host or awsvpc mode, the task's or instance's), \
            and `ALL` grants every capability, as `privileged` nearly does. Add only the specific \
            capability the process needs (for example `NET_BIND_SERVICE`). Fargate only allows \
            `SYS_PTRACE`; that is reported by the Fargate rules.
            """,
        fix: "Remove the capability, or replace it with the narrow one the workload needs.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "linuxParameters": {"capabilities": {"add": [↓"SYS_ADMIN"]}}}
                  ]
                }
                """,
                expect: [
                    "container 'app' adds capability SYS_ADMIN, which allows mounting file systems and is the basis of many container escapes"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "linuxParameters": {"capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]}}}
                  ]
                }
                """),
        ]
    )

    static let risks: [String: String] = [
        "ALL": "grants every capability, nearly as much as privileged mode",
        "SYS_ADMIN": "allows mounting file systems and is the basis of many container escapes",
        "NET_ADMIN": "allows reconfiguring interfaces, routes and firewall rules",
    ]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate, !context.isWindows else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            let list = container.pointer / "linuxParameters" / "capabilities" / "add"
            guard let elements = container.linuxParameters?.capabilitiesAdd else { continue }
            for (index, name) in elements.enumerated() {
                guard let risk = Self.risks[name] else { continue }
                violations.append(.dangerousCapability(name, risk: risk, of: container, at: list / index))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS412: an added capability with a known `risk`.
    fileprivate static func dangerousCapability(
        _ name: String, risk: String, of container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        Violation(
            "container \(container.displayName) adds capability \(name), which \(risk)",
            fix: "remove \(name) and add only the specific capability the process needs",
            at: pointer)
    }
}
