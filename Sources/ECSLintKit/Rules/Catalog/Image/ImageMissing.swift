/// `image` is optional in the API model, so the AWS CLI sends a container
/// without one, and ECS rejects it at registration.
struct ImageMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS700", slug: "image-missing", title: "Container without image",
        severity: .error, stage: .register,
        summary: "Every container definition needs a non-empty image.",
        rationale: """
            The API model marks no ContainerDefinition member as required, so the CLI does not \
            catch a missing image, but ECS does: "Container.image should not be null or empty." An \
            empty string is rejected the same way (a null value is reported by the schema check).
            """,
        fix:
            "Set image to the image to run, e.g. \"public.ecr.aws/nginx/nginx:1.27\" or \"<account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>\".",
        awsErrors: ["Container.image should not be null or empty."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    ↓{↑"name": "app", "memory": 512},
                    {"name": "worker", "image": ↓"", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "container 'app' has no image (AWS: \"Container.image should not be null or empty.\")",
                    "the image of container 'worker' is empty (AWS: \"Container.image should not be null or empty.\")",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard !container.$image.isAbsent else { return .missingImage(container) }
            guard container.image == "" else { return nil }
            return .emptyImage(container)
        }
    }
}

extension Violation {
    /// ECS700: a container without `image`.
    fileprivate static func missingImage(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) has no image", aws: .documented,
            fix: "add \"image\": \"<repository>:<tag>\"", at: container.pointer / "image")
    }

    /// ECS700: an empty `image`.
    fileprivate static func emptyImage(_ container: ContainerDefinition) -> Violation {
        Violation(
            "the image of container \(container.displayName) is empty", aws: .documented,
            fix: "set image to \"<repository>:<tag>\"", at: container.pointer / "image")
    }
}
