/// awslogs can split multi-line events by a datetime format or by a pattern,
/// not both; Docker refuses the combination.
struct AwslogsDatetimeWithMultiline: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS804", slug: "awslogs-datetime-with-multiline",
        title: "awslogs datetime format and multiline pattern together",
        severity: .warning, stage: .practice,
        summary: "awslogs-datetime-format and awslogs-multiline-pattern must not both be set.",
        rationale: """
            Both options tell the awslogs driver where a multi-line log event starts; the AWS \
            documentation says you cannot configure both and that the multiline pattern is then \
            ignored. Docker's awslogs driver (used on EC2 and external instances) goes further and \
            refuses to start the container ("you cannot configure log opt 'awslogs-datetime-format' \
            and 'awslogs-multiline-pattern' at the same time"), so there it is reported as an error; \
            on Fargate-only tasks, as a warning.
            """,
        fix: "Keep one of awslogs-datetime-format and awslogs-multiline-pattern.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "my/app:1.0", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web",
                       "awslogs-datetime-format": "%Y-%m-%d %H:%M:%S", ↓"awslogs-multiline-pattern": "^\\\\["}}}
                  ]
                }
                """,
                expect: [
                    "container 'app' sets both awslogs-datetime-format and awslogs-multiline-pattern; Docker refuses to start the container (\"you cannot configure log opt 'awslogs-datetime-format' and 'awslogs-multiline-pattern' at the same time\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "my/app:1.0", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web",
                       "awslogs-datetime-format": "%Y-%m-%d %H:%M:%S"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let docker = context.isEC2 || context.launchTypes.contains(.external)
        return task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "awslogs",
                log.options["awslogs-datetime-format"] != nil, log.options["awslogs-multiline-pattern"] != nil
            else { return nil }
            return .datetimeWithMultiline(log, of: container, docker: docker)
        }
    }
}

extension Violation {
    /// ECS804: both awslogs-datetime-format and awslogs-multiline-pattern (`docker`: Docker refuses them).
    fileprivate static func datetimeWithMultiline(
        _ log: LogConfiguration, of container: ContainerDefinition, docker: Bool
    )
        -> Violation
    {
        let consequence =
            docker
            ? "Docker refuses to start the container (\"you cannot configure log opt 'awslogs-datetime-format' and 'awslogs-multiline-pattern' at the same time\")"
            : "the multiline pattern is ignored"
        return Violation(
            "container \(container.displayName) sets both awslogs-datetime-format and awslogs-multiline-pattern; \(consequence)",
            fix: "remove awslogs-multiline-pattern (or awslogs-datetime-format)",
            at: log.optionPointer("awslogs-multiline-pattern"), target: .key,
            notes: [
                FindingNote("the datetime format", at: log.optionPointer("awslogs-datetime-format"), target: .key)
            ],
            severity: docker ? .error : nil, stage: docker ? .launch : nil)
    }
}
