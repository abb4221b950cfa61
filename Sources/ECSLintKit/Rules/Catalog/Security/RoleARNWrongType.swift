/// A well-formed ARN of the wrong kind in a role field (an instance profile, an
/// STS session, a policy, a user, another service's resource) is a frequent
/// copy-paste mistake that ECS answers with "Role is not valid".
struct RoleARNWrongType: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS601", slug: "role-arn-wrong-type", title: "Role field holds an ARN that is not an IAM role",
        severity: .error, stage: .register,
        summary:
            "taskRoleArn and executionRoleArn must name IAM roles, not instance profiles, assumed-role sessions, policies, users or other resources.",
        rationale: """
            An instance profile ARN (`:instance-profile/`) is what EC2 instances use, an STS \
            `assumed-role` ARN is one session of a role (what `aws sts get-caller-identity` prints), \
            and policy or user ARNs are other IAM resources. ECS needs the role itself, \
            `arn:<partition>:iam::<account>:role/<name>`, and rejects anything else with "Role is not \
            valid" (the message for these cases is inferred from the general one).
            """,
        fix: "Use the role's ARN, arn:<partition>:iam::<account>:role/<name>.",
        awsErrors: ["Role is not valid"],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "taskRoleArn": ↓"arn:aws:sts::210987654321:assumed-role/app-role/session-1",
                  "executionRoleArn": ↓"arn:aws:iam::210987654321:instance-profile/ecsInstanceRole",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "taskRoleArn 'arn:aws:sts::210987654321:assumed-role/app-role/session-1' is an STS assumed-role session ARN, not an IAM role ARN (the role is probably arn:aws:iam::210987654321:role/app-role); ECS rejects it with \"Role is not valid\"",
                    "executionRoleArn 'arn:aws:iam::210987654321:instance-profile/ecsInstanceRole' is an IAM instance profile ARN, not an IAM role ARN (the role is probably arn:aws:iam::210987654321:role/ecsInstanceRole); ECS rejects it with \"Role is not valid\"",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "taskRoleArn": "arn:aws:iam::210987654321:role/app-role",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (key, value, reading) in task.roleFields {
            guard let value, case .wrongType(let what, let suggestion) = reading else { continue }
            violations.append(.roleOfWrongType(key, value, is: what, suggestion: suggestion, in: task))
        }
        return violations
    }
}

extension Violation {
    /// ECS601: a role field holding another kind of ARN (`what`: which; `suggestion`: the role it probably means).
    fileprivate static func roleOfWrongType(
        _ key: String, _ value: String, is what: String, suggestion: String?, in task: TaskDefinition
    ) -> Violation {
        let hint = suggestion.map { " (the role is probably \($0))" } ?? ""
        return Violation(
            "\(key) '\(value)' is \(what), not an IAM role ARN\(hint); ECS rejects it with \"Role is not valid\"",
            fix: suggestion.map { "use \"\($0)\" if that role exists" }, at: task.pointer / key)
    }
}
