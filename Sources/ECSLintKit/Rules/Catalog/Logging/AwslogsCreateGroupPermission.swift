/// Letting the driver create the log group needs an IAM permission the usual
/// execution role policy does not include.
struct AwslogsCreateGroupPermission: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS806", slug: "awslogs-create-group-permission",
        title: "awslogs-create-group needs logs:CreateLogGroup",
        severity: .info, stage: .practice,
        summary: "awslogs-create-group: true needs logs:CreateLogGroup on the execution role (or instance role).",
        rationale: """
            With `awslogs-create-group` set to true, the log group is created when the first \
            container starts. That call needs `logs:CreateLogGroup`, which the managed \
            AmazonECSTaskExecutionRolePolicy does not grant; without it the container fails to \
            start with an AccessDenied error. Creating the group ahead of time (with a retention \
            setting) is usually better.
            """,
        fix:
            "Grant logs:CreateLogGroup to the task execution role (Fargate) or instance role (EC2), or create the log group beforehand.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web",
                       "awslogs-create-group": ↓"true"}}}
                  ]
                }
                """,
                expect: [
                    "container 'app' lets awslogs create log group '/ecs/web'; the task execution role or the instance role needs logs:CreateLogGroup"
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

    static let trueValues: Set<String> = ["1", "t", "T", "TRUE", "true", "True"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "awslogs",
                let value = log.options["awslogs-create-group"], Self.trueValues.contains(value)
            else { return nil }
            return .createsLogGroup(log, of: container, onFargate: context.isFargate)
        }
    }
}

extension Violation {
    /// ECS806: awslogs-create-group, which needs logs:CreateLogGroup.
    fileprivate static func createsLogGroup(
        _ log: LogConfiguration, of container: ContainerDefinition, onFargate: Bool
    ) -> Violation {
        let role = onFargate ? "the task execution role" : "the task execution role or the instance role"
        return Violation(
            "container \(container.displayName) lets awslogs create log group \(log.options["awslogs-group"].map { "'\($0)'" } ?? ""); \(role) needs logs:CreateLogGroup",
            fix:
                "grant logs:CreateLogGroup to \(role), or create the log group beforehand and remove awslogs-create-group",
            at: log.optionPointer("awslogs-create-group"))
    }
}
