/// ECS accepts only letters, digits and `-_:./#@` in an image; a space, a
/// quote or a rendered-but-wrong template value is rejected at registration.
struct ImageInvalidCharacters: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS702", slug: "image-invalid-characters", title: "Image contains invalid characters",
        severity: .error, stage: .register,
        summary: "An image may contain only letters, digits, '-', '_', ':', '.', '/', '#' and '@'.",
        rationale: """
            ECS validates the image against its documented character set and answers \
            "Container.image contains invalid characters." The usual causes are a template variable \
            that was never substituted (`${IMAGE_TAG}`, `$VERSION`, `{{tag}}`), a trailing space or \
            newline, or quotes copied into the value. Template syntax itself is listed once by \
            template-placeholders (ECS014) as an unknown value; lint with --var to check the \
            rendered image.
            """,
        fix: "Substitute template variables before registering, and remove spaces and quotes from the image.",
        awsErrors: ["Container.image contains invalid characters."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:${IMAGE_TAG}", "memory": 512},
                    {"name": "proxy", "image": ↓"nginx:1.27 ", "memory": 128},
                    {"name": "worker", "image": ↓"210987654321.dkr.ecr.us-east-1.amazonaws.com/worker:v1,2", "memory": 128}
                  ]
                }
                """,
                caption:
                    "The template placeholder ${IMAGE_TAG} is an unknown value, listed once by ECS014, not an error.",
                expect: [
                    "the image 'nginx:1.27 ' of container 'proxy' contains a space (AWS: \"Container.image contains invalid characters.\")",
                    "the image '210987654321.dkr.ecr.us-east-1.amazonaws.com/worker:v1,2' of container 'worker' contains ',' (AWS: \"Container.image contains invalid characters.\")",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image,
                let bad = container.imageReference?.firstInvalidECSCharacter
            else {
                return nil
            }
            return .invalidImageCharacter(bad, in: image, of: container)
        }
    }
}

extension Violation {
    /// ECS702: an image holding a character ECS does not accept (`bad`, the first).
    fileprivate static func invalidImageCharacter(_ bad: Character, in image: String, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "the image '\(image)' of container \(container.displayName) contains \(ASCIIClass.describe(bad))",
            aws: .documented,
            fix: "remove \(ASCIIClass.describe(bad)) from the image (images allow letters, digits and -_:./#@)",
            at: container.pointer / "image")
    }
}
