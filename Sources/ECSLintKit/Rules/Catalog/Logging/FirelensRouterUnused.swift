/// A FireLens log router is only configured by ECS for containers that log to
/// it; a router nobody uses is rejected.
struct FirelensRouterUnused: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS810", slug: "firelens-router-unused", title: "FireLens router without users",
        severity: .error, stage: .register,
        summary: "A container with firelensConfiguration needs at least one container logging with awsfirelens.",
        rationale: """
            `firelensConfiguration` makes a container the task's FireLens log router: ECS generates \
            its Fluent Bit or Fluentd configuration from the `awsfirelens` log configurations of \
            the other containers. When no container uses `awsfirelens`, RegisterTaskDefinition \
            fails. A Fluent Bit sidecar that is not a FireLens router needs no \
            firelensConfiguration.
            """,
        fix:
            "Set logDriver awsfirelens on the containers whose logs the router should ship, or remove firelensConfiguration.",
        awsErrors: [
            "When a firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens log driver."
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, ↓"firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "logConfiguration": {"logDriver": "json-file"}}
                  ]
                }
                """,
                expect: [
                    "container 'log_router' is a FireLens log router but no container uses the awsfirelens log driver (AWS: \"When a firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens log driver.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch_logs",
                       "region": "us-east-1", "log_group_name": "/ecs/web", "log_stream_prefix": "app-"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !task.containers.contains(where: { $0.logConfiguration?.logDriver == "awsfirelens" }) else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard container.$firelensConfiguration.isSet else { return nil }
            return .unusedFirelensRouter(container)
        }
    }
}

extension Violation {
    /// ECS810: a FireLens log router no container logs through.
    fileprivate static func unusedFirelensRouter(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) is a FireLens log router but no container uses the awsfirelens log driver",
            aws: .documented,
            fix:
                "set \"logDriver\": \"awsfirelens\" on the containers whose logs \(container.displayName) should route, or remove firelensConfiguration",
            at: container.pointer / "firelensConfiguration", target: .key)
    }
}
