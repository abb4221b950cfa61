/// Without a log configuration, a Fargate container's output is lost.
struct MissingLogConfiguration: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS809", slug: "missing-log-configuration", title: "No log configuration",
        severity: .warning, stage: .practice,
        summary: "Containers on Fargate should have a logConfiguration.",
        rationale: """
            A container without `logConfiguration` uses the Docker daemon's default driver. On \
            Fargate nothing collects that output, so the logs are lost when the task stops. On EC2 \
            and EXTERNAL instances the daemon's default log driver applies, which the instance's \
            owner may well have configured (for example `awslogs` or `fluentd` in \
            `/etc/docker/daemon.json`), so the rule stays silent there.
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
                    ↓{↑"name": "app", "image": "nginx:1.27"}
                  ]
                }
                """,
                expect: ["container 'app' has no logConfiguration; on Fargate its output is lost"]),
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
        guard context.isFargate else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard container.$logConfiguration.isAbsent else { return nil }
            return .missingLogConfiguration(container)
        }
    }
}

extension Violation {
    /// ECS809: a Fargate container without logConfiguration.
    fileprivate static func missingLogConfiguration(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) has no logConfiguration; on Fargate its output is lost",
            fix: "add a logConfiguration with logDriver awslogs (or awsfirelens)",
            at: container.pointer / "logConfiguration")
    }
}
