/// ECS builds the router's output configuration from each awsfirelens
/// container's options; without options the container may fail to start.
struct AwsfirelensWithoutOptions: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS815", slug: "awsfirelens-without-options", title: "awsfirelens without options",
        severity: .warning, stage: .practice,
        summary: "Containers using the awsfirelens log driver should give options (the Fluent Bit output).",
        rationale: """
            The `options` of an `awsfirelens` log configuration become the Fluent Bit or Fluentd \
            output for that container (`Name`, `region`, …). Without them ECS has no output to \
            generate and the container has been seen to fail with "failed to get fluentd log \
            driver arguments: … no log configuration specified".
            """,
        fix:
            "Add the output's options, for example {\"Name\": \"cloudwatch_logs\", \"region\": …, \"log_group_name\": …}.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": ↓"awsfirelens"}}
                  ]
                }
                """),
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
        task.containers.compactMap { container in
            guard let log = container.logConfiguration, log.logDriver == "awsfirelens",
                log.options.isEmpty, log.secretOptions.isEmpty
            else { return nil }
            return Violation(
                "container \(container.displayName) uses awsfirelens without options, so the log router gets no output for it",
                fix:
                    "add options naming the output, for example {\"Name\": \"cloudwatch_logs\", \"region\": \"\(context.logRegion ?? "us-east-1")\", \"log_group_name\": \"/ecs/\(task.family ?? "app")\", \"log_stream_prefix\": \"\(container.name ?? "app")-\"}",
                at: log.$options.isSet ? log.pointer / "options" : log.pointer / "logDriver",
                target: log.$options.isSet ? .key : .value)
        }
    }
}
