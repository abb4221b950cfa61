/// ECS rejects a task whose `taskRoleArn` or `executionRoleArn` is not an IAM
/// role ARN or role name with "Role is not valid"; offline, the grammar can be
/// checked (partition, empty region, 12-digit account, path, role name).
struct InvalidRoleARN: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS600", slug: "invalid-role-arn", title: "Malformed IAM role ARN",
        severity: .error, stage: .register,
        summary:
            "taskRoleArn and executionRoleArn must be IAM role ARNs (arn:<partition>:iam::<account>:role/<path/><name>) or role names.",
        rationale: """
            ECS resolves both roles when the task definition is registered and answers \
            "Role is not valid" when it cannot. A role ARN has a known partition (aws, aws-cn, \
            aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc), an empty region field \
            because IAM is global, a 12-digit account, and `role/` followed by an optional path \
            (`/service-role/`) and a name of 1 to 64 letters, digits and `_+=,.@-`; the whole ARN is \
            at most 2048 characters. A bare role name is accepted too. Whether a bare name may carry \
            a path (`service-role/name`) is unverified, so that form is only a warning, as is an \
            empty string.
            """,
        fix: "Copy the role's ARN from the IAM console (Roles → the role → ARN), or give just the role name.",
        awsErrors: ["Role is not valid"],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": ↓"arn:aws:iam:us-east-1:210987654321:role/ecsTaskExecutionRole",
                  "taskRoleArn": ↓"arn:aws:iam::2109876543:role/app",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "executionRoleArn 'arn:aws:iam:us-east-1:210987654321:role/ecsTaskExecutionRole' has region 'us-east-1'; IAM is global and role ARNs have an empty region field; ECS rejects it with \"Role is not valid\"",
                    "taskRoleArn 'arn:aws:iam::2109876543:role/app' has account '2109876543'; an AWS account ID is 12 digits; ECS rejects it with \"Role is not valid\"",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/service-role/ecsTaskExecutionRole",
                  "taskRoleArn": "app-task-role",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (key, value, reading) in task.roleFields {
            guard let value, let reading else { continue }
            let pointer = task.pointer / key
            switch reading {
            case .invalid(let problem, let suggestion):
                violations.append(.invalidRole(key, value, problem: problem, suggestion: suggestion, at: pointer))
            case .empty:
                violations.append(.emptyRole(key, at: pointer))
            case .shortNameWithPath:
                violations.append(.roleNameWithPath(key, value, at: pointer))
            case .arn, .shortName, .placeholder, .wrongType:
                continue
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS600: a role field (`key`) that is no valid role ARN (`problem` says why).
    fileprivate static func invalidRole(
        _ key: String, _ value: String, problem: String, suggestion: String?, at pointer: JSONPointer
    ) -> Violation {
        Violation(
            "\(key) '\(value)' \(problem); ECS rejects it with \"Role is not valid\"",
            fix: suggestion.map { "use \"\($0)\"" }, at: pointer)
    }

    /// ECS600: an empty role field.
    fileprivate static func emptyRole(_ key: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "\(key) is an empty string; remove the key when the task needs no such role, or give the role's ARN",
            fix: "remove \(key), or set it to the role's ARN", at: pointer, severity: .warning)
    }

    /// ECS600: a role name with a path instead of an ARN.
    fileprivate static func roleNameWithPath(_ key: String, _ value: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "\(key) '\(value)' is a role name with a path; ECS documents the full ARN or a plain role name, and a path without the ARN may be rejected with \"Role is not valid\"",
            fix: "use the full ARN, arn:aws:iam::<account>:role/\(value)", at: pointer,
            severity: .warning)
    }
}
