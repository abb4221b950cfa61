/// A malformed `valueFrom` registers fine and then stops every task at
/// start, when the agent asks Secrets Manager or SSM for it.
struct InvalidSecretValueFrom: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS608", slug: "invalid-secret-value-from", title: "Malformed secret valueFrom",
        severity: .error, stage: .launch,
        summary:
            "secrets[].valueFrom and secretOptions[].valueFrom must be a Secrets Manager secret ARN, an SSM parameter ARN or an SSM parameter name.",
        rationale: """
            Secrets Manager ARNs are `arn:<partition>:secretsmanager:<region>:<account>:secret:<name>`, \
            optionally followed by `:<json-key>:<version-stage>:<version-id>`: with a JSON key or \
            version all three fields must be present (empty ones allowed), version-stage and \
            version-id exclude each other, and a version-id is 32–64 characters (otherwise \
            "GetSecretValueInput.VersionId" validation fails). SSM parameter ARNs are \
            `arn:<partition>:ssm:<region>:<account>:parameter/<name>`, where a hierarchical name \
            `/a/b` loses its leading slash (`parameter/a/b`); `parameter//a/b` is reported as a \
            warning because its runtime effect is unverified. Anything that is not an ARN is an SSM \
            parameter name: letters, digits and `_.-/`, hierarchies starting with `/`, at most 15 \
            levels, not prefixed `aws` or `ssm`. ARNs of other services are not accepted.
            """,
        fix:
            "Copy the secret's or parameter's ARN from the console, or give the SSM parameter name exactly as created.",
        awsErrors: [
            "InvalidParameter: 1 validation error(s) found. - minimum field size of 32",
            "GetSecretValueInput.VersionId",
            "Parameter name: can't be prefixed with \"ssm\" (case-insensitive).",
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm",
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm",
        ],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "secrets": [
                       {"name": "DB_PASSWORD", "valueFrom": ↓"arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123:password"},
                       {"name": "API_KEY", "valueFrom": ↓"arn:aws:ssm:us-east-1:210987654321:parameter//prod/api-key"},
                       {"name": "TOKEN", "valueFrom": ↓"arn:aws:s3:::bucket/token"}
                     ]}
                  ]
                }
                """,
                expect: [
                    "secret 'DB_PASSWORD' of container 'app': valueFrom 'arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123:password' has 1 of the 3 fields after the secret name; a JSON key or version needs all three, json-key:version-stage:version-id (empty fields allowed); the task fails to start when the agent fetches it",
                    "secret 'API_KEY' of container 'app': valueFrom 'arn:aws:ssm:us-east-1:210987654321:parameter//prod/api-key' has '//' after 'parameter'; the ARN of parameter '/prod/api-key' drops the name's leading slash; the parameter is probably not found when the task starts",
                    "secret 'TOKEN' of container 'app': valueFrom 'arn:aws:s3:::bucket/token' is a s3 ARN; only Secrets Manager secret and SSM parameter ARNs are accepted; the task fails to start when the agent fetches it",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "secrets": [
                       {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123:password::"},
                       {"name": "API_KEY", "valueFrom": "arn:aws:ssm:us-east-1:210987654321:parameter/prod/api-key"},
                       {"name": "TOKEN", "valueFrom": "/prod/token"}
                     ]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            let entries =
                container.secrets.map { ($0, "secret") }
                + (container.logConfiguration?.secretOptions ?? []).map { ($0, "log secret option") }
            for (secret, kind) in entries {
                guard let valueFrom = secret.valueFrom,
                    case .invalid(let problem, let suggestion, let isWarning) = SecretReference.read(valueFrom)
                else { continue }
                violations.append(
                    .invalidValueFrom(
                        valueFrom, of: (kind, secret.name), problem: problem, suggestion: suggestion,
                        isWarning: isWarning, in: container, at: secret.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS608: a secret's valueFrom that is no valid reference (`isWarning` when it may still resolve).
    fileprivate static func invalidValueFrom(
        _ valueFrom: String, of secret: (kind: String, name: String?), problem: String, suggestion: String?,
        isWarning: Bool, in container: ContainerDefinition, at pointer: JSONPointer
    ) -> Violation {
        let name = secret.name.map { " '\($0)'" } ?? ""
        let consequence =
            isWarning
            ? "the parameter is probably not found when the task starts"
            : "the task fails to start when the agent fetches it"
        return Violation(
            "\(secret.kind)\(name) of container \(container.displayName): valueFrom '\(valueFrom)' \(problem); \(consequence)",
            fix: suggestion.map { "use \"\($0)\"" }, at: pointer / "valueFrom",
            severity: isWarning ? .warning : nil)
    }
}
