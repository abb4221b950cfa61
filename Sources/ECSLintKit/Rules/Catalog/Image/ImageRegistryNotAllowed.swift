/// Supply-chain policy: images should come only from registries the team
/// controls or trusts. Off until the allowed registries are configured.
struct ImageRegistryNotAllowed: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS790", slug: "image-registry-not-allowed", title: "Image from a registry that is not allowed",
        severity: .error, stage: .practice,
        summary: "A container image comes from a registry outside the configured allow-list.",
        rationale: """
            Pulling from arbitrary registries bypasses image scanning and provenance controls. List \
            the trusted registries under `allowed-registries` in `.ecslint.yml`; each entry is a \
            registry host, a host with a path prefix (`public.ecr.aws/myteam`), or a pattern with \
            `*` (`*.dkr.ecr.*.amazonaws.com`). Docker Hub images count as `docker.io`. The rule is \
            silent until the option is set.
            """,
        fix: "Use an image from an allowed registry, or add the registry to `allowed-registries`.",
        options: [
            RuleOption(
                name: "allowed-registries",
                summary: "Registry hosts or host/path prefixes images may come from; `*` matches any text.",
                defaultValue: "[]")
        ],
        examples: [
            .configured(
                .bad,
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": ↓"ghcr.io/acme/web:1.2.0", "memory": 256}]
                }
                """, options: ["allowed-registries": ["*.dkr.ecr.*.amazonaws.com", "public.ecr.aws"]],
                expect: [
                    "image \"ghcr.io/acme/web:1.2.0\" comes from ghcr.io, which is not in allowed-registries (*.dkr.ecr.*.amazonaws.com, public.ecr.aws)"
                ]),
            .configured(
                .good,
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/web:1.2.0", "memory": 256}
                  ]
                }
                """, options: ["allowed-registries": ["*.dkr.ecr.*.amazonaws.com", "public.ecr.aws"]]),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let allowed = context.option("allowed-registries", of: Self.descriptor), !allowed.isEmpty else {
            return []
        }
        return task.containers.compactMap { container -> Violation? in
            guard let image = container.image, !image.isEmpty,
                container.imageReference?.registry != .templated
            else { return nil }
            let location = Self.registryPath(of: image)
            guard !allowed.contains(where: { Self.matches(location, pattern: $0) }) else { return nil }
            return .registryNotAllowed(image, location: location, allowed: allowed, of: container)
        }
    }

    /// The registry host and repository path, without tag or digest; Docker
    /// Hub names become `docker.io/…`.
    static func registryPath(of image: String) -> String {
        let reference = ImageReference(image)
        let host = reference.registry == .dockerHub ? "docker.io" : (reference.domain.map(String.init) ?? "docker.io")
        return host + "/" + reference.path
    }

    /// Whether `location` is the pattern's registry or lies below its path
    /// prefix (`*` matches within one segment: the head has as many as the pattern).
    static func matches(_ location: String, pattern: String) -> Bool {
        let trimmed = pattern.hasSuffix("/") ? String(pattern.dropLast()) : pattern
        let prefixDepth = trimmed.split(separator: "/").count
        let head = location.split(separator: "/").prefix(prefixDepth).joined(separator: "/")
        return PathGlob.matches(head, pattern: trimmed)
    }
}

extension Violation {
    /// ECS790: an image from a registry (`location`: host and path) outside the `allowed` patterns.
    fileprivate static func registryNotAllowed(
        _ image: String, location: String, allowed: [String], of container: ContainerDefinition
    ) -> Violation {
        Violation(
            "image \"\(image)\" comes from \(location.split(separator: "/").first.map(String.init) ?? location), which is not in allowed-registries (\(allowed.joined(separator: ", ")))",
            at: container.pointer / "image")
    }
}
