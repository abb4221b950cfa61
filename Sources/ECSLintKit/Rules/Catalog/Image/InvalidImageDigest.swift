/// ECS accepts only sha256 digests of exactly 64 hex digits after `@`.
struct InvalidImageDigest: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS703", slug: "invalid-image-digest", title: "Malformed image digest",
        severity: .error, stage: .register,
        summary: "An image digest must be @sha256: followed by exactly 64 hex digits.",
        rationale: """
            The API documents digest references as `repository@digest` where "only sha256 is \
            supported" and the hash is 64 hexadecimal characters. Truncated digests (the 12-character \
            short form `docker images` prints), other algorithms and a missing `sha256:` prefix are \
            not accepted; the exact registration message is unverified, but ECS's image validation \
            rejects them before any pull is attempted.
            """,
        fix:
            "Copy the full digest, e.g. from `aws ecr describe-images` (imageDigest) or `docker buildx imagetools inspect`.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"nginx@sha256:4c0fdaa8b634", "memory": 512},
                    {"name": "proxy", "image": ↓"envoyproxy/envoy@sha512:\(String(repeating: "ab", count: 64))", "memory": 128}
                  ]
                }
                """,
                expect: [
                    "the image 'nginx@sha256:4c0fdaa8b634' of container 'app': digest has 12 hex digits; a sha256 digest has exactly 64",
                    "the image 'envoyproxy/envoy@sha512:abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab' of container 'proxy': digest algorithm 'sha512' is not supported; ECS accepts only sha256",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27@sha256:\(String(repeating: "4c", count: 32))", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image, let reference = container.imageReference else { return nil }
            guard reference.firstInvalidECSCharacter == nil, !reference.nameAndTag.isEmpty,
                let problem = reference.digestProblem
            else { return nil }
            return .invalidDigest(image, problem: problem, of: container)
        }
    }
}

extension Violation {
    /// ECS703: an image digest that is not `sha256:` and 64 hex digits (`problem` says why).
    fileprivate static func invalidDigest(_ image: String, problem: String, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "the image '\(image)' of container \(container.displayName): \(problem)",
            fix: "use @sha256:<64 hex digits>, or a tag instead of a digest", at: container.pointer / "image")
    }
}
