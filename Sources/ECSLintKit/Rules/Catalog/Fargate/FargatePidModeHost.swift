/// A Fargate task cannot see the host's processes; `pidMode` may only be
/// `task` (shared between the task's containers) there.
struct FargatePidModeHost: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS211", slug: "fargate-pid-mode-host", title: "pidMode host on Fargate",
        severity: .error, stage: .register,
        summary: "Tasks that run on Fargate may only use pidMode task.",
        rationale: """
            Fargate supports `pidMode: task` (containers of the task share a PID namespace, Linux \
            platform version 1.4.0 or later) but not `host`: a Fargate task has no access to its \
            host. The quoted message is the one moto, the AWS mock, returns; AWS's own wording is \
            unverified.
            """,
        fix: "Set pidMode to \"task\", or remove it.",
        awsErrors: [
            "Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'."
        ],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "pidMode": ↓"host",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "pidMode 'host' is not supported on Fargate; only 'task' is (AWS: \"Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "pidMode": "task",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, task.pidMode == "host" else { return [] }
        return [.hostPidModeOnFargate(task)]
    }
}

extension Violation {
    /// ECS211: pidMode host on Fargate.
    fileprivate static func hostPidModeOnFargate(_ task: TaskDefinition) -> Violation {
        Violation(
            "pidMode 'host' is not supported on Fargate; only 'task' is", aws: .documented,
            fix: "set pidMode to \"task\", or remove it", at: task.pointer / "pidMode")
    }
}
