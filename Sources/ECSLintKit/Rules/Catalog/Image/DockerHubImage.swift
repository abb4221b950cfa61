/// Docker Hub limits anonymous pulls per source IP; tasks behind a shared NAT
/// gateway hit the limit and fail to start with "toomanyrequests".
struct DockerHubImage: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS712", slug: "docker-hub-image", title: "Image pulled from Docker Hub",
        severity: .info, stage: .practice,
        summary:
            "Images from Docker Hub are subject to its pull rate limits; consider ECR Public or an ECR pull-through cache.",
        rationale: """
            Docker Hub rate-limits anonymous pulls per IP address. Fargate tasks and EC2 instances \
            in private subnets share their NAT gateway's addresses, so a scale-out or a deployment \
            can exhaust the limit and tasks stop with CannotPullContainerError "toomanyrequests: You \
            have reached your pull rate limit". Many official images are mirrored on ECR Public \
            (`public.ecr.aws/docker/library/<name>`), and an ECR pull-through cache rule keeps copies \
            in your account. Images with repositoryCredentials (authenticated pulls) are not reported.
            """,
        fix:
            "Use the ECR Public mirror (public.ecr.aws/docker/library/<name>:<tag>), an ECR pull-through cache, or authenticated pulls via repositoryCredentials.",
        references: [
            "https://docs.docker.com/docker-hub/usage/",
            "https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html",
        ],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"nginx:1.27", "memory": 512},
                    {"name": "agent", "image": ↓"docker.io/datadog/agent:7", "memory": 256}
                  ]
                }
                """,
                expect: [
                    "container 'app' pulls 'nginx:1.27' from Docker Hub, whose anonymous pull rate limit can stop tasks from starting (mirror: public.ecr.aws/docker/library/nginx)",
                    "container 'agent' pulls 'docker.io/datadog/agent:7' from Docker Hub, whose anonymous pull rate limit can stop tasks from starting",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "public.ecr.aws/docker/library/nginx:1.27", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard !container.hasRepositoryCredentials, let image = container.image,
                let reference = container.imageReference
            else { return nil }
            guard reference.isWellFormed, reference.registry == .dockerHub else { return nil }
            let path = reference.path.contains("/") ? String(reference.path) : "library/\(reference.path)"
            return .dockerHubImage(image, path: path, of: container)
        }
    }
}

extension Violation {
    /// ECS712: an anonymous pull from Docker Hub (`path`: the repository with its namespace).
    fileprivate static func dockerHubImage(_ image: String, path: String, of container: ContainerDefinition)
        -> Violation
    {
        let mirror = path.hasPrefix("library/") ? " (mirror: public.ecr.aws/docker/\(path))" : ""
        return Violation(
            "container \(container.displayName) pulls '\(image)' from Docker Hub, whose anonymous pull rate limit can stop tasks from starting\(mirror)",
            at: container.pointer / "image")
    }
}
