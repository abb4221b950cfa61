/// `executionRoleArn` is documented as an ARN; ECS also accepts a bare role
/// name and fills in the account, which is worth knowing when the task
/// definition is shared across accounts.
struct ExecutionRoleShortName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS602", slug: "execution-role-short-name", title: "executionRoleArn is a role name, not an ARN",
        severity: .info, stage: .practice,
        summary: "executionRoleArn given as a bare role name is resolved in the registering account.",
        rationale: """
            The API reference documents executionRoleArn as an ARN, while taskRoleArn explicitly \
            accepts "the short name or full ARN". An AWS maintainer confirmed that ECS resolves a \
            bare name in both fields to the role of that name in the registering account \
            (aws-actions/amazon-ecs-render-task-definition#19), so this registers; it only differs \
            from the documented form, and tools that parse the field as an ARN may choke on it.
            """,
        fix: "Give the full ARN, arn:aws:iam::<account>:role/<name>, if other tools read this field.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": ↓"ecsTaskExecutionRole",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "executionRoleArn 'ecsTaskExecutionRole' is a role name; ECS resolves it to arn:aws:iam::<registering account>:role/ecsTaskExecutionRole"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "taskRoleArn": "app-task-role",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let value = task.executionRoleArn, task.executionRoleReading == .shortName else { return [] }
        return [.executionRoleShortName(value, of: task)]
    }
}

extension Violation {
    /// ECS602: an execution role given by name rather than ARN.
    fileprivate static func executionRoleShortName(_ value: String, of task: TaskDefinition) -> Violation {
        Violation(
            "executionRoleArn '\(value)' is a role name; ECS resolves it to arn:aws:iam::<registering account>:role/\(value)",
            fix: "write arn:<partition>:iam::<account>:role/\(value) to make the account explicit",
            at: task.pointer / "executionRoleArn")
    }
}
