/// Fargate ships only the awslogs, splunk and awsfirelens log drivers; the
/// other Docker drivers need a host to send to or store on.
struct FargateLogDriver: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS213", slug: "fargate-log-driver", title: "Log driver not supported on Fargate",
        severity: .error, stage: .register,
        summary: "On Fargate, logDriver must be awslogs, splunk or awsfirelens.",
        rationale: """
            The API documentation lists the log drivers Fargate supports: `awslogs`, `splunk` and \
            `awsfirelens`. `json-file`, `syslog`, `journald`, `gelf` and `fluentd` are for EC2 \
            instances, where the agent registers them. cfn-lint reports the same restriction; the \
            exact ECS message is unverified. To ship logs to Fluentd or Graylog from Fargate, use \
            FireLens (`awsfirelens`) with a Fluent Bit or Fluentd router.
            """,
        fix: "Use awslogs, splunk, or awsfirelens with a FireLens router container.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html"],
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
                    {"name": "app", "image": "nginx:1.27",
                     "logConfiguration": {"logDriver": ↓"fluentd", "options": {"fluentd-address": "logs:24224"}}}
                  ]
                }
                """,
                expect: [
                    "log driver 'fluentd' in container 'app' is not supported on Fargate; use awslogs, splunk or awsfirelens"
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
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """),
        ]
    )

    /// The log drivers Fargate supports.
    static let supported: Set<String> = ["awslogs", "splunk", "awsfirelens"]
    /// The API's other log drivers (values outside the enum are the schema check's to report).
    static let instanceOnly: Set<String> = ["json-file", "syslog", "journald", "gelf", "fluentd"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, let driver = log.logDriver, Self.instanceOnly.contains(driver)
            else { return nil }
            return .logDriverOnFargate(driver, of: container, log: log.pointer)
        }
    }
}

extension Violation {
    /// ECS213: a log driver Fargate does not offer.
    fileprivate static func logDriverOnFargate(_ driver: String, of container: ContainerDefinition, log: JSONPointer)
        -> Violation
    {
        let hint = driver == "fluentd" ? " (use awsfirelens with a FireLens router to reach Fluentd)" : ""
        return Violation(
            "log driver '\(driver)' in container \(container.displayName) is not supported on Fargate; use awslogs, splunk or awsfirelens",
            fix: "switch to awslogs, splunk or awsfirelens\(hint)", at: log / "logDriver")
    }
}
