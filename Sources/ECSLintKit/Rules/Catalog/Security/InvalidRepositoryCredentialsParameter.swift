/// Private registry credentials must come from a Secrets Manager secret; an
/// SSM parameter, another ARN or a malformed name makes every pull fail.
struct InvalidRepositoryCredentialsParameter: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS610", slug: "invalid-repository-credentials-parameter",
        title: "Malformed repositoryCredentials.credentialsParameter",
        severity: .error, stage: .launch,
        summary:
            "repositoryCredentials.credentialsParameter must be a Secrets Manager secret ARN or, in the same Region, a secret name.",
        rationale: """
            The agent reads the registry user name and password from the Secrets Manager secret \
            named here (a JSON object with `username` and `password`). Only Secrets Manager is \
            supported: an SSM parameter or any other ARN cannot be read, and a name with \
            characters Secrets Manager does not allow (letters, digits and `/_+=.@-`, at most 512) \
            cannot exist. A name only works for a secret in the task's own Region and account; use \
            the full ARN otherwise. Either way the image pull fails when the task starts.
            """,
        fix: "Use the ARN of a Secrets Manager secret holding {\"username\": …, \"password\": …}.",
        awsErrors: [
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm"
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "ghcr.io/example/app:1.0", "memory": 512,
                     "repositoryCredentials": {"credentialsParameter": ↓"arn:aws:ssm:us-east-1:210987654321:parameter/ghcr"}}
                  ]
                }
                """,
                expect: [
                    "repositoryCredentials of container 'app': credentialsParameter 'arn:aws:ssm:us-east-1:210987654321:parameter/ghcr' is an SSM parameter ARN; private registry credentials must be a Secrets Manager secret; the image pull fails when the task starts"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "ghcr.io/example/app:1.0", "memory": 512,
                     "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:210987654321:secret:ghcr-AbC123"}},
                    {"name": "worker", "image": "ghcr.io/example/worker:1.0", "memory": 512,
                     "repositoryCredentials": {"credentialsParameter": "registry/ghcr"}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container in
            guard let value = container.repositoryCredentialsParameter, let problem = Self.problem(value) else {
                return nil
            }
            return .invalidCredentialsParameter(value, problem: problem.0, suggestion: problem.1, of: container)
        }
    }

    static func problem(_ value: String) -> (String, String?)? {
        if value.isEmpty { return ("is empty", nil) }
        if Placeholder.contains(value) { return nil }
        guard ARN.looksLikeARN(value) else {
            if let bad = ASCIIClass.firstDisallowed(in: value, allowed: SecretReference.isSecretsManagerNameByte) {
                return (
                    "contains \(ASCIIClass.describe(bad)), which Secrets Manager names do not allow (letters, digits and /_+=.@-)",
                    nil
                )
            }
            if value.utf8.count > SecretReference.maxSecretsManagerNameLength {
                return (
                    "is \(value.utf8.count) characters long; a secret name is at most \(SecretReference.maxSecretsManagerNameLength)",
                    nil
                )
            }
            return nil
        }
        guard let arn = ARN(value), value.hasPrefix("arn:") else {
            return ("is not a complete ARN (arn:<partition>:secretsmanager:<region>:<account>:secret:<name>)", nil)
        }
        if AccountID.kind(arn.account) == .placeholder { return nil }
        guard arn.service == "secretsmanager" else {
            return (
                "is \(arn.service == "ssm" ? "an SSM parameter" : "a \(arn.service)") ARN; private registry credentials must be a Secrets Manager secret",
                nil
            )
        }
        return SecretReference.secretsManagerProblem(arn, allowsSuffix: false)
    }
}

extension Violation {
    /// ECS610: a credentialsParameter that is no Secrets Manager secret (`problem` says why).
    fileprivate static func invalidCredentialsParameter(
        _ value: String, problem: String, suggestion: String?, of container: ContainerDefinition
    ) -> Violation {
        Violation(
            "repositoryCredentials of container \(container.displayName): credentialsParameter '\(value)' \(problem); the image pull fails when the task starts",
            fix: suggestion.map { "use \"\($0)\"" },
            at: container.pointer / "repositoryCredentials" / "credentialsParameter")
    }
}
