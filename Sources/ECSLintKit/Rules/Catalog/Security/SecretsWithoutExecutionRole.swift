/// The ECS agent fetches container secrets and log-driver secret options with
/// the task execution role; without one, RegisterTaskDefinition fails.
struct SecretsWithoutExecutionRole: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS605", slug: "secrets-without-execution-role", title: "Secrets without an execution role",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "A task definition with container secrets or log secretOptions must set executionRoleArn.",
        rationale: """
            Secrets Manager secrets and SSM parameters are read by the ECS agent (or Fargate) on \
            the task's behalf, using the task execution role, before the containers start. ECS \
            rejects a task definition that has `secrets` or `logConfiguration.secretOptions` but no \
            `executionRoleArn`, on every launch type. The role needs `secretsmanager:GetSecretValue` \
            and/or `ssm:GetParameters` (and `kms:Decrypt` for customer-managed keys).
            """,
        fix:
            "Set executionRoleArn to a role with secretsmanager:GetSecretValue / ssm:GetParameters on these secrets (e.g. ecsTaskExecutionRole).",
        awsErrors: ["When you are specifying container secrets, you must also specify a value for 'executionRoleArn'."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     ↓"secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password"}],
                     "logConfiguration": {"logDriver": "splunk", "options": {"splunk-url": "https://splunk.example.com"},
                       ↓"secretOptions": [{"name": "splunk-token", "valueFrom": "/prod/splunk/token"}]}}
                  ]
                }
                """,
                expect: [
                    "container 'app' has 1 secret but the task has no executionRoleArn to fetch them (AWS: \"When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.\")",
                    "the log configuration of container 'app' has secretOptions but the task has no executionRoleArn to fetch them (AWS: \"When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.\")",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !task.hasExecutionRole else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            if !container.secrets.isEmpty {
                violations.append(.secretsWithoutExecutionRole(container))
            }
            if let log = container.logConfiguration, !log.secretOptions.isEmpty {
                violations.append(.secretOptionsWithoutExecutionRole(container, log: log.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS605: secrets in a task without an execution role.
    fileprivate static func secretsWithoutExecutionRole(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) has \(container.secrets.count) secret\(container.secrets.count == 1 ? "" : "s") but the task has no executionRoleArn to fetch them",
            aws: .documented,
            at: container.pointer / "secrets", target: .key)
    }

    /// ECS605: log secretOptions in a task without an execution role.
    fileprivate static func secretOptionsWithoutExecutionRole(_ container: ContainerDefinition, log: JSONPointer)
        -> Violation
    {
        Violation(
            "the log configuration of container \(container.displayName) has secretOptions but the task has no executionRoleArn to fetch them",
            aws: .documented,
            at: log / "secretOptions", target: .key)
    }
}
