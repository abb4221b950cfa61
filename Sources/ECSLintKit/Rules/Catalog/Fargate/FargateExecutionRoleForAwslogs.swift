/// On Fargate the awslogs driver writes to CloudWatch Logs with the task
/// execution role; ECS rejects an awslogs container without one.
struct FargateExecutionRoleForAwslogs: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS215", slug: "fargate-execution-role-for-awslogs", title: "Fargate awslogs without an execution role",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "Fargate tasks that log with awslogs must set executionRoleArn.",
        rationale: """
            On EC2 the awslogs driver can use the instance role; on Fargate it creates log streams \
            and puts events with the task execution role. RegisterTaskDefinition rejects a FARGATE \
            task with an awslogs container and no `executionRoleArn`. The role needs \
            `logs:CreateLogStream` and `logs:PutLogEvents` (both in \
            `AmazonECSTaskExecutionRolePolicy`).
            """,
        fix: "Set executionRoleArn to a role with AmazonECSTaskExecutionRolePolicy.",
        awsErrors: ["Fargate requires task definition to have execution role ARN to support log driver awslogs."],
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
                    {"name": "app", "image": "nginx:1.27",
                     "logConfiguration": {"logDriver": ↓"awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """,
                expect: [
                    "container 'app' logs with awslogs, but the task has no executionRoleArn (AWS: \"Fargate requires task definition to have execution role ARN to support log driver awslogs.\")"
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

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, !task.hasExecutionRole else { return [] }
        let logging = task.containers.filter { $0.logConfiguration?.logDriver == "awslogs" }
        guard let first = logging.first, let log = first.logConfiguration else { return [] }
        return [.awslogsWithoutExecutionRole(logging, log: log.pointer)]
    }
}

extension Violation {
    /// ECS215: awslogs on Fargate without an execution role, at the first `logging` container's log driver.
    fileprivate static func awslogsWithoutExecutionRole(_ logging: [ContainerDefinition], log: JSONPointer)
        -> Violation
    {
        let names = EnglishList.join(logging.map(\.displayName), conjunction: "and")
        return Violation(
            "container\(logging.count == 1 ? "" : "s") \(names) log\(logging.count == 1 ? "s" : "") with awslogs, but the task has no executionRoleArn",
            aws: .documented,
            fix:
                "add \"executionRoleArn\": \"arn:aws:iam::<account>:role/ecsTaskExecutionRole\" (a role with AmazonECSTaskExecutionRolePolicy)",
            at: log / "logDriver")
    }
}
