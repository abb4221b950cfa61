/// ECS accepts upper-case letters in an image, Docker does not: the pull
/// fails with "invalid reference format: repository name must be lowercase".
struct ImageRepositoryUppercase: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS705", slug: "image-repository-uppercase", title: "Upper-case letters in the image repository",
        severity: .error, stage: .launch,
        summary: "The repository path of an image must be lower case (tags may be mixed case).",
        rationale: """
            ECS's character check allows upper-case letters, so such a task definition registers, \
            but Docker and containerd require lower-case repository names and every task stops \
            with CannotPullContainerError "invalid reference format: repository name must be \
            lowercase" (lambci/ecs#12). Registry hosts (case-insensitive) and tags may contain \
            upper case.
            """,
        fix: "Write the repository path in lower case (ECR and Docker Hub repository names are always lower case).",
        awsErrors: ["invalid reference format: repository name must be lowercase"],
        references: ["https://github.com/distribution/reference/blob/main/reference.go"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"210987654321.dkr.ecr.us-east-1.amazonaws.com/MyApp:1.0", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "the repository 'MyApp' of image '210987654321.dkr.ecr.us-east-1.amazonaws.com/MyApp:1.0' in container 'app' has upper-case letters; the pull fails with \"invalid reference format: repository name must be lowercase\""
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/myapp:Release-1.0", "memory": 512}
                  ]
                }
                """),
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"${REGISTRY}/MyApp:1.0", "memory": 512}
                  ]
                }
                """, caption: "The literal repository name is checked even when the registry is a placeholder.",
                expect: [
                    "the repository 'MyApp' of image '${REGISTRY}/MyApp:1.0' in container 'app' has upper-case letters; the pull fails with \"invalid reference format: repository name must be lowercase\""
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "PLACEHOLDER", "memory": 512},
                    {"name": "worker", "image": "CHANGEME_IMAGE", "memory": 512},
                    {"name": "proxy", "image": "<your nginx reverse proxy image URL here>", "memory": 512}
                  ]
                }
                """,
                caption: "Placeholder words are listed by template-placeholders (ECS014), not read as repositories."),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image, let reference = container.imageReference else { return nil }
            guard reference.passesECSChecks, !reference.isDigestOnly, let path = reference.uppercaseRepository else {
                return nil
            }
            return .uppercaseRepository(path, in: image, of: container)
        }
    }
}

extension Violation {
    /// ECS705: a repository (`path`) with upper-case letters.
    fileprivate static func uppercaseRepository(_ path: Substring, in image: String, of container: ContainerDefinition)
        -> Violation
    {
        let fixed = image.replacing(path, with: path.lowercased())
        return Violation(
            "the repository '\(path)' of image '\(image)' in container \(container.displayName) has upper-case letters; the pull fails with \"invalid reference format: repository name must be lowercase\"",
            fix: "use \"\(fixed)\" (if that repository exists)", at: container.pointer / "image")
    }
}
