/// Without a stream prefix, awslogs names streams after the Docker container
/// ID, which cannot be traced back to a task; the ECS console cannot link them.
struct AwslogsStreamPrefixMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS802", slug: "awslogs-stream-prefix-missing", title: "awslogs stream prefix missing",
        severity: .warning, stage: .practice,
        summary: "awslogs configurations should set awslogs-stream-prefix.",
        rationale: """
            With `awslogs-stream-prefix`, each log stream is named `prefix/container-name/task-id`, \
            so logs can be found from a task and the ECS console shows them. Without it (on EC2) the \
            stream is named after the Docker container ID, which nothing else shows. On Fargate the \
            prefix is required; that is reported by the Fargate rules.
            """,
        fix: "Add \"awslogs-stream-prefix\" (for example the service name) to the options.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs",
                       ↓"options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1"}}}
                  ]
                }
                """,
                expect: [
                    "awslogs log configuration of container 'app' sets no awslogs-stream-prefix; its streams are named after the Docker container ID"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "awslogs", log.$options.isSet,
                (log.options["awslogs-stream-prefix"] ?? "").isEmpty, log.options["awslogs-stream"] == nil
            else { return nil }
            return .streamPrefixMissing(log, of: container, family: task.family)
        }
    }
}

extension Violation {
    /// ECS802: awslogs without awslogs-stream-prefix outside Fargate.
    fileprivate static func streamPrefixMissing(
        _ log: LogConfiguration, of container: ContainerDefinition, family: String?
    )
        -> Violation
    {
        Violation(
            "awslogs log configuration of container \(container.displayName) sets no awslogs-stream-prefix; its streams are named after the Docker container ID",
            fix: "add \"awslogs-stream-prefix\": \"\(family ?? "ecs")\" to options",
            at: log.pointer / "options", target: .key)
    }
}
