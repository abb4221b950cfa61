/// On Fargate, awslogs streams are named `prefix/container/task-id`; there is
/// no Docker container ID to fall back on, so the prefix is required.
struct FargateAwslogsStreamPrefix: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS216", slug: "fargate-awslogs-stream-prefix", title: "Fargate awslogs without awslogs-stream-prefix",
        severity: .error, stage: .register,
        summary: "On Fargate, awslogs options must include a non-empty awslogs-stream-prefix.",
        rationale: """
            The awslogs documentation marks `awslogs-stream-prefix` as "Required: Yes, when using \
            Fargate": the stream name is built as `prefix-name/container-name/ecs-task-id`, which \
            is also what the console's Logs tab looks for. RegisterTaskDefinition rejects a FARGATE \
            task whose awslogs options lack it. An empty prefix is reported too.
            """,
        fix: "Add \"awslogs-stream-prefix\" to the awslogs options, for example the service name.",
        awsErrors: [
            "Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs."
        ],
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
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "logConfiguration": {"logDriver": "awslogs",
                       ↓"options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1"}}}
                  ]
                }
                """,
                expect: [
                    "awslogs options of container 'app' lack awslogs-stream-prefix, which Fargate requires (AWS: \"Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs.\")"
                ]),
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
                     "logConfiguration": {"logDriver": "awslogs",
                       "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "awslogs", !log.$options.isNull else {
                return nil
            }
            let prefix = log.options["awslogs-stream-prefix"]
            guard prefix?.isEmpty ?? true else { return nil }
            // A non-string option value is the schema check's to report.
            if prefix == nil, log.writtenOptionNames.contains("awslogs-stream-prefix") {
                return nil
            }
            let suggestion = container.name.map(ECSName.sanitized) ?? "app"
            if prefix != nil { return .emptyStreamPrefix(container, suggestion: suggestion, log: log) }
            return .missingStreamPrefix(container, suggestion: suggestion, log: log.pointer)
        }
    }
}

extension Violation {
    /// ECS216: an empty awslogs-stream-prefix on Fargate.
    fileprivate static func emptyStreamPrefix(
        _ container: ContainerDefinition, suggestion: String, log: LogConfiguration
    )
        -> Violation
    {
        Violation(
            "awslogs-stream-prefix of container \(container.displayName) is empty; Fargate needs a prefix",
            aws: .documented,
            fix: "set \"awslogs-stream-prefix\": \"\(suggestion)\"",
            at: log.optionPointer("awslogs-stream-prefix"))
    }

    /// ECS216: awslogs without awslogs-stream-prefix on Fargate.
    fileprivate static func missingStreamPrefix(_ container: ContainerDefinition, suggestion: String, log: JSONPointer)
        -> Violation
    {
        Violation(
            "awslogs options of container \(container.displayName) lack awslogs-stream-prefix, which Fargate requires",
            aws: .documented,
            fix: "add \"awslogs-stream-prefix\": \"\(suggestion)\" to the options",
            at: log / "options", target: .key)
    }
}
