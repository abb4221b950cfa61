/// ECS reads any `valueFrom` that is not an ARN as an SSM parameter name, so
/// a Secrets Manager secret given by name is looked up in Parameter Store and
/// the task fails to start (aws/aws-cdk#10519).
struct SecretsManagerNameInValueFrom: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS609", slug: "secrets-manager-name-in-value-from", title: "Secrets Manager secret given by name",
        severity: .error, stage: .launch,
        summary:
            "A Secrets Manager secret in valueFrom must be given by ARN; a bare name is fetched from SSM Parameter Store.",
        rationale: """
            Unlike repositoryCredentials, `secrets[].valueFrom` accepts a Secrets Manager secret \
            only as an ARN. A value such as `prod/db/password` (a path without the leading slash SSM \
            hierarchies have), a name with `+`, `=` or `@`, or a fragment like `secret:db` is sent to \
            SSM and fails with an AccessDenied or ParameterNotFound error when the task starts. A \
            name that merely ends like a Secrets Manager name (`-` and 6 random characters with mixed \
            case and digits) is reported as a warning, since an SSM parameter could be named so.
            """,
        fix:
            "Use the secret's ARN, arn:aws:secretsmanager:<region>:<account>:secret:<name>, or reference it through SSM as /aws/reference/secretsmanager/<name>.",
        awsErrors: [
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm"
        ],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html",
            "https://github.com/aws/aws-cdk/issues/10519",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "secrets": [{"name": "DB_PASSWORD", "valueFrom": ↓"prod/db/password"}]}
                  ]
                }
                """,
                expect: [
                    "secret 'DB_PASSWORD' of container 'app': valueFrom 'prod/db/password' is a path without a leading '/', the usual form of a Secrets Manager name (SSM hierarchies start with '/'), but ECS fetches any value that is not an ARN from SSM Parameter Store, so the task fails to start."
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "secrets": [
                       {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:210987654321:secret:prod/db/password"},
                       {"name": "API_KEY", "valueFrom": "/prod/api-key"}
                     ]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            for secret in container.secrets + (container.logConfiguration?.secretOptions ?? []) {
                guard let valueFrom = secret.valueFrom,
                    case .secretsManagerName(let reason, let certain) = SecretReference.read(valueFrom)
                else { continue }
                violations.append(
                    .secretsManagerName(
                        valueFrom, reason: reason, certain: certain, secret: secret.name, of: container,
                        at: secret.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS609: a Secrets Manager name where ECS reads an SSM parameter (`certain` when it cannot be one).
    fileprivate static func secretsManagerName(
        _ valueFrom: String, reason: String, certain: Bool, secret: String?, of container: ContainerDefinition,
        at pointer: JSONPointer
    ) -> Violation {
        let name = secret.map { " '\($0)'" } ?? ""
        let hedge = certain ? "" : " If it is an SSM parameter, ignore this."
        return Violation(
            "secret\(name) of container \(container.displayName): valueFrom '\(valueFrom)' \(reason), but ECS fetches any value that is not an ARN from SSM Parameter Store, so the task fails to start.\(hedge)",
            fix:
                "use arn:aws:secretsmanager:<region>:<account>:secret:\(valueFrom.hasPrefix("secret:") ? String(valueFrom.dropFirst(7)) : valueFrom)",
            at: pointer / "valueFrom", severity: certain ? nil : .warning)
    }
}
