/// The awsfirelens log driver sends logs to the task's FireLens router; without
/// one, ECS has nowhere to send them and rejects the task definition.
struct FirelensRouterMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS811", slug: "firelens-router-missing", title: "awsfirelens without a FireLens router",
        severity: .error, stage: .register,
        summary: "Using the awsfirelens log driver needs a container with firelensConfiguration in the task.",
        rationale: """
            `awsfirelens` routes a container's logs to the task's log router container, the one \
            with `firelensConfiguration` (usually the AWS for Fluent Bit image). Without a router, \
            RegisterTaskDefinition fails. This often happens when a deployment tool rebuilds the \
            task definition from the application container alone.
            """,
        fix: "Add a log router container with firelensConfiguration (type fluentbit or fluentd).",
        awsErrors: [
            "When awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in one of the containers."
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": ↓"awsfirelens", "options": {"Name": "cloudwatch_logs",
                       "region": "us-east-1", "log_group_name": "/ecs/web", "log_stream_prefix": "app-"}}}
                  ]
                }
                """,
                expect: [
                    "container 'app' logs with awsfirelens but no container is a FireLens log router (AWS: \"When awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in one of the containers.\")"
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
        guard !task.containers.contains(where: { $0.$firelensConfiguration.isSet }) else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "awsfirelens" else { return nil }
            return .firelensRouterMissing(container, log: log.pointer)
        }
    }
}

extension Violation {
    /// ECS811: awsfirelens in a task without a FireLens log router.
    fileprivate static func firelensRouterMissing(_ container: ContainerDefinition, log: JSONPointer) -> Violation {
        Violation(
            "container \(container.displayName) logs with awsfirelens but no container is a FireLens log router",
            aws: .documented,
            fix:
                "add a log router container, for example the AWS for Fluent Bit image with \"firelensConfiguration\": {\"type\": \"fluentbit\"}",
            at: log / "logDriver")
    }
}
