/// Without a log configuration, container output is not shipped anywhere: on
/// Fargate it is lost, on EC2 it stays in the instance's Docker logs.
struct MissingLogConfiguration: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS809", slug: "missing-log-configuration", title: "No log configuration",
        severity: .warning, stage: .practice,
        summary: "Containers should have a logConfiguration.",
        rationale: """
            A container without `logConfiguration` uses the Docker daemon's default driver. On \
            Fargate nothing collects that output, so the logs are lost when the task stops; that is \
            a warning. On EC2 they stay in the instance's json-file logs unless the daemon's default \
            is configured otherwise, which is reported as information.
            """,
        fix: "Add a logConfiguration, for example awslogs with a group, region and stream prefix.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [
                    ↓{"name": "app", "image": "nginx:1.27"}
                  ]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container in
            guard container.node.member("logConfiguration") == nil else { return nil }
            if context.isFargate {
                return Violation(
                    "container \(container.displayName) has no logConfiguration; on Fargate its output is lost",
                    fix: "add a logConfiguration with logDriver awslogs (or awsfirelens)",
                    at: container.pointer / "logConfiguration")
            }
            return Violation(
                "container \(container.displayName) has no logConfiguration; its output stays in the instance's Docker logs",
                fix: "add a logConfiguration with logDriver awslogs (or awsfirelens) to centralize the logs",
                at: container.pointer / "logConfiguration", severity: .info)
        }
    }
}
