/// ECR authenticates with IAM; repositoryCredentials are for other
/// registries and are ignored (or confuse readers) on ECR images.
struct RepositoryCredentialsOnECRImage: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS710", slug: "repository-credentials-on-ecr-image", title: "repositoryCredentials on an ECR image",
        severity: .warning, stage: .practice,
        summary: "repositoryCredentials should not be set for Amazon ECR images; ECR uses the execution role.",
        rationale: """
            Private registry authentication (a Secrets Manager user name and password) is for \
            registries outside AWS. Private ECR pulls are authorized by the task execution role's \
            IAM permissions, and ECR Public needs no credentials. Credentials on an ECR image are at \
            best unused and usually show a copy-paste from another container or a misunderstanding \
            of how the pull is authorized.
            """,
        fix:
            "Remove repositoryCredentials and grant the execution role ECR pull permissions (AmazonECSTaskExecutionRolePolicy).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512,
                     ↓"repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:210987654321:secret:ecr-AbC123"}}
                  ]
                }
                """,
                expect: [
                    "container 'app' sets repositoryCredentials for the ECR image '210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1.0'; ECR pulls use the execution role's IAM permissions"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512},
                    {"name": "agent", "image": "registry.example.com/agent:2.1", "memory": 128,
                     "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:210987654321:secret:reg-AbC123"}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard container.hasRepositoryCredentials, let image = container.image,
                let registry = container.imageReference?.registry
            else { return nil }
            guard registry == .ecrPrivate || registry == .ecrPublic else { return nil }
            return .repositoryCredentials(forECRImage: image, isPublic: registry == .ecrPublic, of: container)
        }
    }
}

extension Violation {
    /// ECS710: `repositoryCredentials` for an ECR image (ECR Public when `isPublic`).
    fileprivate static func repositoryCredentials(
        forECRImage image: String, isPublic: Bool, of container: ContainerDefinition
    ) -> Violation {
        let how =
            isPublic
            ? "ECR Public needs no credentials" : "ECR pulls use the execution role's IAM permissions"
        return Violation(
            "container \(container.displayName) sets repositoryCredentials for the ECR image '\(image)'; \(how)",
            fix: "remove repositoryCredentials", at: container.pointer / "repositoryCredentials", target: .key)
    }
}
