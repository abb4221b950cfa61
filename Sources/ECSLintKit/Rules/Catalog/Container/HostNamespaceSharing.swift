/// Sharing the host's process or IPC namespace lets containers see and signal
/// host processes or read host shared memory.
struct HostNamespaceSharing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS425", slug: "host-namespace-sharing", title: "Host PID or IPC namespace",
        severity: .warning, stage: .practice,
        summary: "pidMode host and ipcMode host expose the instance's processes or shared memory to the containers.",
        rationale: """
            With `pidMode: host` the containers see every process on the instance (and, as root, \
            can signal or trace them); with `ipcMode: host` they share the instance's System V IPC \
            and POSIX message queues. Both weaken isolation and are meant for node agents; ordinary \
            services should use `task` (shared within the task) or omit the setting. Fargate \
            rejects host mode; that is reported by the Fargate rules.
            """,
        fix: "Use pidMode/ipcMode task, or omit them.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "pidMode": ↓"host",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["pidMode host lets the containers see and signal every process on the instance"]),
            .good(
                """
                {
                  "family": "web",
                  "pidMode": "task",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate, !context.isWindows else { return [] }
        var violations: [Violation] = []
        if task.pidMode == "host" {
            violations.append(.hostPidMode(task))
        }
        if task.ipcMode == "host" {
            violations.append(.hostIpcMode(task))
        }
        return violations
    }
}

extension Violation {
    /// ECS425: pidMode host.
    fileprivate static func hostPidMode(_ task: TaskDefinition) -> Violation {
        Violation(
            "pidMode host lets the containers see and signal every process on the instance",
            fix: "use \"pidMode\": \"task\" to share processes only within the task, or remove it",
            at: task.pointer / "pidMode")
    }

    /// ECS425: ipcMode host.
    fileprivate static func hostIpcMode(_ task: TaskDefinition) -> Violation {
        Violation(
            "ipcMode host shares the instance's IPC resources (shared memory, semaphores, message queues) with the containers",
            fix: "use \"ipcMode\": \"task\" to share IPC only within the task, or remove it",
            at: task.pointer / "ipcMode")
    }
}
