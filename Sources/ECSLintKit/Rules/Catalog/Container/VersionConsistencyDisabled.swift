/// With version consistency disabled, tasks of one deployment may run
/// different images if the tag moves mid-deployment.
struct VersionConsistencyDisabled: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS430", slug: "version-consistency-disabled", title: "Version consistency disabled",
        severity: .info, stage: .practice,
        summary: "versionConsistency: disabled stops ECS from pinning the image tag to one digest per deployment.",
        rationale: """
            By default ECS resolves a container's image tag to a digest when a service deployment \
            starts, so every task of the deployment runs the same image even if the tag is pushed \
            again. With `versionConsistency: disabled` each task pulls whatever the tag points to at \
            that moment. This is sometimes intended (for example to skip digest resolution for a \
            registry ECS cannot query), but makes deployments less reproducible.
            """,
        fix: "Remove versionConsistency (the default is enabled), or pin the image by digest.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "versionConsistency": ↓"disabled"}
                  ]
                }
                """,
                expect: [
                    "container 'app' disables version consistency; tasks of one deployment may run different images of nginx:1.27"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "versionConsistency": "enabled"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard container.versionConsistency == "disabled" else { return nil }
            let pinned = container.image?.includes("@sha256:") == true
            guard !pinned else { return nil }
            return .versionConsistencyDisabled(container)
        }
    }
}

extension Violation {
    /// ECS430: versionConsistency disabled for an image referenced by tag.
    fileprivate static func versionConsistencyDisabled(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) disables version consistency; tasks of one deployment may run different images of \(container.image ?? "its tag")",
            fix: "remove versionConsistency, or reference the image by digest",
            at: container.pointer / "versionConsistency")
    }
}
