/// Log routing, service discovery and ownership tooling often read Docker
/// labels; a container without them is invisible to those tools. Off until
/// labels are configured.
struct RequiredDockerLabels: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS490", slug: "required-docker-labels", title: "Required Docker label missing",
        severity: .warning, stage: .practice,
        summary: "A container lacks a Docker label that the configuration requires.",
        rationale: """
            Teams attach labels such as `com.example.owner` to every container for monitoring and \
            ownership. This rule is silent until `required-labels` lists the label names in \
            `.ecslint.yml`.
            """,
        fix: "Add the label to the container's `dockerLabels`.",
        options: [
            RuleOption(
                name: "required-labels", summary: "Docker label names every container must carry.", defaultValue: "[]")
        ],
        examples: [
            .configured(
                .bad,
                """
                {
                  "family": "web",
                  "containerDefinitions": [↓{"name": "app", "image": "nginx:1.27", "memory": 256}]
                }
                """, options: ["required-labels": ["com.example.owner"]],
                expect: ["container 'app' has no Docker label \"com.example.owner\", which the configuration requires"]),
            .configured(
                .good,
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "dockerLabels": {"com.example.owner": "payments"}}
                  ]
                }
                """, options: ["required-labels": ["com.example.owner"]]),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let required = context.option("required-labels", of: Self.descriptor), !required.isEmpty else {
            return []
        }
        return task.containers.compactMap { container -> Violation? in
            let labels = container.dockerLabels ?? [:]
            let missing = required.filter { labels[$0] == nil }
            guard !missing.isEmpty else { return nil }
            return .requiredLabelsMissing(missing, of: container)
        }
    }
}

extension Violation {
    /// ECS490: Docker labels the configuration requires and the container lacks.
    fileprivate static func requiredLabelsMissing(_ missing: [String], of container: ContainerDefinition) -> Violation {
        let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
        let pointer =
            container.$dockerLabels.isSet ? container.pointer / "dockerLabels" : container.pointer
        return Violation(
            "container \(container.displayName) has no Docker label \(names), which the configuration requires",
            fix: "add \(missing.map { "\"\($0)\": …" }.joined(separator: ", ")) to dockerLabels",
            at: pointer)
    }
}
