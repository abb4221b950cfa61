/// `latest` (or no tag, which means `latest`) names whatever was pushed last:
/// tasks of one service can run different code, and a rollback to the same
/// task definition does not roll back the image.
struct ImageLatestTag: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS713", slug: "image-latest-tag", title: "Image uses the latest tag",
        severity: .warning, stage: .practice,
        summary: "Images should name a specific version tag or digest, not latest or no tag.",
        rationale: """
            An image without a tag is pulled as `:latest`. With `latest`, the task definition no \
            longer says which code runs: a redeployment or a replacement task silently picks up a \
            newer push, and rolling back to an earlier revision does not restore the earlier image. \
            ECS resolves tags to digests when a service deployment starts (versionConsistency, \
            enabled by default), which keeps one deployment consistent but not one deployment to the \
            next.
            """,
        fix:
            "Tag images with a version or commit (app:1.4.2, app:git-3f1c2ab) and reference that tag, or pin @sha256:<digest>.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"public.ecr.aws/nginx/nginx:latest", "memory": 512},
                    {"name": "agent", "image": ↓"public.ecr.aws/datadog/agent", "memory": 256}
                  ]
                }
                """,
                expect: [
                    "the image 'public.ecr.aws/nginx/nginx:latest' of container 'app' uses the tag latest; which version runs changes with every push",
                    "the image 'public.ecr.aws/datadog/agent' of container 'agent' has no tag, so it is pulled as :latest; which version runs changes with every push",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "public.ecr.aws/nginx/nginx:1.27", "memory": 512},
                    {"name": "agent", "image": "public.ecr.aws/datadog/agent:latest@sha256:\(String(repeating: "ab", count: 32))", "memory": 256}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image, let reference = container.imageReference else { return nil }
            guard reference.isWellFormed, reference.hasMutableDefaultTag else { return nil }
            return .latestTag(image, reference, of: container)
        }
    }
}

extension Violation {
    /// ECS713: an image pulled as `:latest`, by tag or for want of one.
    fileprivate static func latestTag(_ image: String, _ reference: ImageReference, of container: ContainerDefinition)
        -> Violation
    {
        let repository = (reference.domain.map { "\($0)/" } ?? "") + reference.path
        let what = reference.tag == nil ? "has no tag, so it is pulled as :latest" : "uses the tag latest"
        return Violation(
            "the image '\(image)' of container \(container.displayName) \(what); which version runs changes with every push",
            fix: "reference a version tag (\(repository):<version>) or a digest",
            at: container.pointer / "image")
    }
}
