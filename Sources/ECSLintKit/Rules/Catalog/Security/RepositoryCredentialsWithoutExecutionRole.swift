/// Private registry credentials live in Secrets Manager and are read with the
/// task execution role; without one the image pull cannot authenticate.
struct RepositoryCredentialsWithoutExecutionRole: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS606", slug: "repository-credentials-without-execution-role",
        title: "repositoryCredentials without an execution role",
        severity: .error, stage: .launch,
        needs: [.taskLevel],
        summary:
            "A container with repositoryCredentials needs the task's executionRoleArn to read the credentials secret.",
        rationale: """
            For private registry authentication "the Amazon ECS task execution role is required": \
            the agent reads the `credentialsParameter` secret with that role before pulling. Without \
            it the pull is unauthenticated and tasks stop with CannotPullContainerError. Whether \
            RegisterTaskDefinition already rejects this is unverified, so it is reported as a \
            launch failure.
            """,
        fix: "Set executionRoleArn to a role with secretsmanager:GetSecretValue on the credentials secret.",
        awsErrors: [
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed",
            "CannotPullContainerError: no basic auth credentials",
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "ghcr.io/example/app:1.0", "memory": 512,
                     ↓"repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:210987654321:secret:ghcr-AbC123"}}
                  ]
                }
                """,
                expect: [
                    "container 'app' has repositoryCredentials but the task has no executionRoleArn to read them; the image pull fails with CannotPullContainerError"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "ghcr.io/example/app:1.0", "memory": 512,
                     "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:210987654321:secret:ghcr-AbC123"}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !task.hasExecutionRole else { return [] }
        return task.containers.filter(\.hasRepositoryCredentials).map { .credentialsWithoutExecutionRole($0) }
    }
}

extension Violation {
    /// ECS606: repositoryCredentials in a task without an execution role.
    fileprivate static func credentialsWithoutExecutionRole(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) has repositoryCredentials but the task has no executionRoleArn to read them; the image pull fails with CannotPullContainerError",
            at: container.pointer / "repositoryCredentials", target: .key)
    }
}
