/// Tags can be moved; only a digest names exactly one image.
struct ImageNotPinnedByDigest: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS714", slug: "image-not-pinned-by-digest", title: "Image referenced by tag, not digest",
        severity: .info, stage: .practice,
        summary: "An image referenced by a tag can change under the same task definition revision; a digest cannot.",
        rationale: """
            Unless the repository has immutable tags (an ECR repository setting), a tag such as \
            `1.4.2` can be pushed again with different content. ECS resolves tags to digests when a \
            service deployment starts (versionConsistency, enabled by default), so tasks of one \
            deployment agree, but the next deployment of the same revision may run other code. \
            Pinning `@sha256:<digest>` (optionally after the tag, `app:1.4.2@sha256:…`) makes the \
            revision reproducible. Images tagged latest or without a tag are reported by \
            image-latest-tag instead.
            """,
        fix: "Append the digest (repository:tag@sha256:<digest>), or enable tag immutability on the ECR repository.",
        references: [
            "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html",
        ],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"public.ecr.aws/nginx/nginx:1.27", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "the image 'public.ecr.aws/nginx/nginx:1.27' of container 'app' is referenced by tag '1.27', which can be moved to other content"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "public.ecr.aws/nginx/nginx:1.27@sha256:\(String(repeating: "ab", count: 32))", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image, let reference = container.imageReference else { return nil }
            guard reference.isWellFormed, reference.digest == nil, let tag = reference.tag, tag != "latest",
                !reference.isTemplated(tag)
            else {
                return nil
            }
            return .imageNotPinned(image, tag: tag, of: container)
        }
    }
}

extension Violation {
    /// ECS714: an image referenced by a tag rather than a digest.
    fileprivate static func imageNotPinned(_ image: String, tag: Substring, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "the image '\(image)' of container \(container.displayName) is referenced by tag '\(tag)', which can be moved to other content",
            at: container.pointer / "image")
    }
}
