/// Images from registries other than ECR and Docker Hub (ghcr.io, quay.io,
/// self-hosted) are often private, and ECS pulls them anonymously unless
/// repositoryCredentials are set.
struct PrivateRegistryWithoutCredentials: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS711", slug: "private-registry-without-credentials", title: "Third-party registry without credentials",
        severity: .info, stage: .practice,
        summary:
            "Images from registries other than ECR and Docker Hub are pulled anonymously unless repositoryCredentials are set.",
        rationale: """
            ECS authenticates to non-AWS registries only through repositoryCredentials (a Secrets \
            Manager secret with the user name and password, read with the execution role). Without \
            them the pull is anonymous: fine for public images, "pull access denied" / "403 \
            Forbidden" for private ones. This is information, since many such images are public; \
            well-known public registries (mcr.microsoft.com, registry.k8s.io) and localhost are not \
            reported.
            """,
        fix:
            "If the image is private, add repositoryCredentials.credentialsParameter with a Secrets Manager secret ARN (and an execution role).",
        awsErrors: [
            "CannotPullContainerError: no basic auth credentials",
            "CannotPullContainerError: pull access denied, repository does not exist or may require 'docker login'",
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"ghcr.io/example/app:1.0", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "container 'app' pulls 'ghcr.io/example/app:1.0' from ghcr.io without repositoryCredentials; the pull is anonymous and fails if the image is private"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "ghcr.io/example/app:1.0", "memory": 512,
                     "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:210987654321:secret:ghcr-AbC123"}},
                    {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 512}
                  ]
                }
                """),
        ]
    )

    static let publicRegistries: Set<String> = [
        "mcr.microsoft.com", "registry.k8s.io", "k8s.gcr.io", "localhost", "127.0.0.1",
    ]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard !container.hasRepositoryCredentials, let image = container.image,
                let reference = container.imageReference
            else { return nil }
            guard reference.isWellFormed, case .other(let host) = reference.registry,
                !Self.publicRegistries.contains(host)
            else { return nil }
            return .privateRegistryWithoutCredentials(image, host: host, of: container)
        }
    }
}

extension Violation {
    /// ECS711: an image from a private registry (`host`) without `repositoryCredentials`.
    fileprivate static func privateRegistryWithoutCredentials(
        _ image: String, host: String, of container: ContainerDefinition
    ) -> Violation {
        Violation(
            "container \(container.displayName) pulls '\(image)' from \(host) without repositoryCredentials; the pull is anonymous and fails if the image is private",
            at: container.pointer / "image")
    }
}
