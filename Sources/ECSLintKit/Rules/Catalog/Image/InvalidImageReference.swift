/// ECS's register-time check is only a character set; Docker's reference
/// grammar is stricter, so a malformed reference registers and then every
/// task fails to pull with "invalid reference format".
struct InvalidImageReference: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS706", slug: "invalid-image-reference", title: "Image is not a valid Docker reference",
        severity: .error, stage: .launch,
        summary: "An image must follow Docker's reference grammar: [host[:port]/]path[:tag][@digest].",
        rationale: """
            Docker and containerd parse images with `distribution/reference`: path components are \
            lower-case letters and digits joined by one `.`, one `_`, `__` or hyphens; no empty \
            components, no `#`; a tag is `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`; a registry host is \
            DNS labels with an optional numeric port. ECS registers anything within its character \
            set, so `app:v1:2`, `my__/app`, `repo#1` or a URL with `https://` fail only when tasks \
            start: "Unable to pull customer's container image. ErrorCode: 500, Reason: invalid \
            reference format." Upper-case repositories and digest-only images have their own rules.
            """,
        fix: "Write the image as [registry-host[:port]/]repository[:tag][@sha256:digest].",
        awsErrors: [
            "invalid reference format",
            "Unable to pull customer's container image. ErrorCode: 500, Reason: invalid reference format.",
        ],
        references: ["https://github.com/distribution/reference/blob/main/regexp.go"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"registry.example.com/team//app:1.0", "memory": 512},
                    {"name": "sidecar", "image": ↓"busybox:1.36#musl", "memory": 64},
                    {"name": "proxy", "image": ↓"nginx:1.27:alpine", "memory": 64}
                  ]
                }
                """,
                expect: [
                    "the image 'registry.example.com/team//app:1.0' of container 'app' has an empty path component ('//' or a trailing '/'); the pull fails with \"invalid reference format\"",
                    "the image 'busybox:1.36#musl' of container 'sidecar' has '#' in tag '1.36#musl' (tags allow letters, digits, '_', '.' and '-'); the pull fails with \"invalid reference format\"",
                    "the image 'nginx:1.27:alpine' of container 'proxy' has ':' in tag '1.27:alpine' (tags allow letters, digits, '_', '.' and '-'); the pull fails with \"invalid reference format\"",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "registry.example.com:5000/team/app_v2:1.0-rc.1", "memory": 512},
                    {"name": "proxy", "image": "nginx:1.27-alpine", "memory": 64}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image, let reference = container.imageReference else { return nil }
            guard reference.passesECSChecks, !reference.isDigestOnly, let problem = reference.grammarProblem else {
                return nil
            }
            return .invalidImageReference(image, problem: problem, of: container)
        }
    }
}

extension Violation {
    /// ECS706: an image Docker's reference grammar rejects (`problem` says where).
    fileprivate static func invalidImageReference(_ image: String, problem: String, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "the image '\(image)' of container \(container.displayName) \(problem); the pull fails with \"invalid reference format\"",
            at: container.pointer / "image")
    }
}
