/// A privileged container has every capability and device of the host: one
/// compromise is a host compromise. Windows containers cannot be privileged.
struct PrivilegedContainer: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS414", slug: "privileged-container", title: "Privileged container",
        severity: .warning, stage: .practice,
        summary: "privileged: true gives the container root access to the host; Windows does not support it.",
        rationale: """
            With `privileged` the container gets all Linux capabilities and access to all host \
            devices, so anything that compromises it controls the instance. Most workloads need one \
            specific capability or device instead. Windows containers cannot run privileged: Docker \
            on Windows refuses to create them, so there it is an error. Fargate rejects the \
            parameter; that is reported by the Fargate rules.
            """,
        fix:
            "Remove privileged and grant the specific capability (linuxParameters.capabilities.add) or device instead.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "agent",
                  "containerDefinitions": [
                    {"name": "agent", "image": "my/agent:1.0", "memory": 256, "privileged": ↓true}
                  ]
                }
                """,
                expect: ["container 'agent' runs privileged, with every capability and device of the host"]),
            .good(
                """
                {
                  "family": "agent",
                  "containerDefinitions": [
                    {"name": "agent", "image": "my/agent:1.0", "memory": 256,
                     "linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"]}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard container.privileged == true else { return nil }
            if context.isWindows { return .privilegedOnWindows(container) }
            return .privileged(container)
        }
    }
}

extension Violation {
    /// ECS414: a privileged Windows container (an error: Docker refuses it).
    fileprivate static func privilegedOnWindows(_ container: ContainerDefinition) -> Violation {
        Violation(
            "Windows container \(container.displayName) cannot run privileged; Docker on Windows refuses to create it",
            fix: "remove privileged", at: container.pointer / "privileged", severity: .error, stage: .launch)
    }

    /// ECS414: a privileged container.
    fileprivate static func privileged(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) runs privileged, with every capability and device of the host",
            fix: "remove privileged and add only the capability or device the container needs",
            at: container.pointer / "privileged")
    }
}
