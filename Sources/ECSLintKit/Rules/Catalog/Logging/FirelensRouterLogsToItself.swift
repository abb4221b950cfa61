/// The log router cannot ship its own logs through itself: it must be running
/// before any awsfirelens container starts.
struct FirelensRouterLogsToItself: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS813", slug: "firelens-router-logs-to-itself", title: "FireLens router logs through awsfirelens",
        severity: .warning, stage: .practice,
        summary: "The FireLens log router container should not use the awsfirelens log driver itself.",
        rationale: """
            Containers that log with `awsfirelens` start after the router and send their output to \
            it. The router itself cannot do that: its logs would go to a log router that is not \
            running yet (itself), so they are lost or the container cannot start. Send the \
            router's own logs to CloudWatch with `awslogs` instead.
            """,
        fix: "Give the log router an awslogs logConfiguration.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"},
                     "logConfiguration": {"logDriver": ↓"awsfirelens", "options": {"Name": "stdout"}}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
                  ]
                }
                """,
                expect: ["FireLens log router 'log_router' sends its own logs through awsfirelens, that is to itself"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"},
                     "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/firelens",
                       "awslogs-region": "us-east-1", "awslogs-stream-prefix": "firelens"}}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard container.$firelensConfiguration.isSet, let log = container.logConfiguration,
                log.logDriver == "awsfirelens"
            else { return nil }
            return .routerLogsToItself(container, log: log.pointer)
        }
    }
}

extension Violation {
    /// ECS813: a FireLens log router whose own log driver is awsfirelens.
    fileprivate static func routerLogsToItself(_ container: ContainerDefinition, log: JSONPointer) -> Violation {
        Violation(
            "FireLens log router \(container.displayName) sends its own logs through awsfirelens, that is to itself",
            fix: "use the awslogs log driver for the log router's own logs", at: log / "logDriver")
    }
}
