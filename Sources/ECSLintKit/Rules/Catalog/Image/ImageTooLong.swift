/// ECS limits the image reference (the part before `@` for digests) to 255
/// characters and rejects longer ones at registration.
struct ImageTooLong: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS701", slug: "image-too-long", title: "Image reference longer than 255 characters",
        severity: .error, stage: .register,
        summary: "An image reference may be at most 255 characters, not counting an @sha256 digest.",
        rationale: """
            The API documents "Up to 255 letters (uppercase and lowercase), numbers, hyphens, \
            underscores, colons, periods, forward slashes, and number signs are allowed"; for \
            digest references the limit applies to the part before `@`. Longer values are rejected \
            with "Container.image should be 255 characters or less".
            """,
        fix: "Shorten the repository path or tag.",
        awsErrors: ["Container.image should be 255 characters or less"],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "memory": 512,
                     "image": ↓"registry.example.com/team/\(String(repeating: "a", count: 220))/service:1.0"}
                  ]
                }
                """,
                expect: [
                    "the image of container 'app' is 258 characters long (AWS: \"Container.image should be 255 characters or less\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "memory": 512,
                     "image": "registry.example.com/team/service@sha256:\(String(repeating: "ab", count: 32))"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image,
                let length = container.imageReference?.excessiveLength
            else { return nil }
            return .imageTooLong(image, length: length, of: container)
        }
    }
}

extension Violation {
    /// ECS701: an image longer than ECS accepts (`length` characters, before any digest).
    fileprivate static func imageTooLong(_ image: String, length: Int, of container: ContainerDefinition) -> Violation {
        let part = image.contains("@") ? " before '@'" : ""
        return Violation(
            "the image of container \(container.displayName) is \(length) characters long\(part)",
            aws: .documented,
            at: container.pointer / "image")
    }
}
