/// An image given as just a digest has no repository: Docker reads
/// `sha256:…` as the Docker Hub image `library/sha256` with the hash as its
/// tag, and the pull fails.
struct DigestOnlyImage: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS704", slug: "digest-only-image", title: "Image is a digest without a repository",
        severity: .error, stage: .launch,
        summary: "A digest reference needs the repository in front of it: <repository>@sha256:<digest>.",
        rationale: """
            Deployment scripts that substitute only the digest (for example from `docker inspect` \
            or a build output) can leave `sha256:…` or `@sha256:…` as the whole image. ECS then \
            either rejects the repository ("Container.image repository contains invalid \
            characters.") or registers it and fails to pull "docker.io/library/sha256:…" \
            (aws-actions/amazon-ecs-deploy-task-definition#584). A bare 64-hex-digit string is \
            likewise not a valid repository name for Docker.
            """,
        fix: "Prefix the digest with the repository: <registry>/<repository>@sha256:<digest>.",
        awsErrors: [
            "failed to resolve ref docker.io/library/sha256",
            "Container.image repository contains invalid characters.",
        ],
        references: ["https://github.com/aws-actions/amazon-ecs-deploy-task-definition/issues/584"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"sha256:\(String(repeating: "4c", count: 32))", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "the image 'sha256:4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c' of container 'app' is a digest without a repository; Docker reads it as the image docker.io/library/sha256 with the hash as its tag, and the pull fails (CannotPullContainerError: \"failed to resolve ref docker.io/library/sha256:…: pull access denied\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app@sha256:\(String(repeating: "4c", count: 32))", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image, let reference = container.imageReference else { return nil }
            guard reference.firstInvalidECSCharacter == nil, reference.excessiveLength == nil, reference.isDigestOnly
            else { return nil }
            return .digestOnlyImage(image, reference, of: container)
        }
    }
}

extension Violation {
    /// ECS704: an image that is a digest without a repository; what follows depends on what precedes it.
    fileprivate static func digestOnlyImage(
        _ image: String, _ reference: ImageReference, of container: ContainerDefinition
    ) -> Violation {
        let consequence: String
        if reference.nameAndTag.isEmpty {
            consequence =
                "ECS may reject it (\"Container.image repository contains invalid characters.\"), and otherwise the pull fails"
        } else if reference.tag == nil {
            consequence =
                "Docker rejects a repository name of 64 hex digits (\"cannot specify 64-byte hexadecimal strings\")"
        } else {
            consequence =
                "Docker reads it as the image docker.io/library/\(reference.path) with the hash as its tag, and the pull fails (CannotPullContainerError: \"failed to resolve ref docker.io/library/\(reference.path):…: pull access denied\")"
        }
        return Violation(
            "the image '\(image)' of container \(container.displayName) is a digest without a repository; \(consequence)",
            at: container.pointer / "image")
    }
}
