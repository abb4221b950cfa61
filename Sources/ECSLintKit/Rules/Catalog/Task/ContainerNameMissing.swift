/// The API model marks no container member as required, so the AWS CLI sends
/// a container without `name`; ECS then rejects it, since other containers,
/// load balancers and logs refer to containers by name.
struct ContainerNameMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS106", slug: "container-name-missing", title: "Container without a name",
        severity: .error, stage: .register,
        summary: "Every container definition needs a non-empty name.",
        rationale: """
            `name` is required by ECS but not by the API model, so the AWS CLI does not catch a missing \
            or empty name and RegisterTaskDefinition fails. Names link containers (`dependsOn`, \
            `links`, `volumesFrom`), load balancers and log streams to a container.
            """,
        fix: "Give the container a name of letters, digits, hyphens and underscores.",
        awsErrors: ["Container.name should not be null or empty."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_name"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    ↓{↑"image": "nginx:1.27", "memory": 512},
                    {"name": ↓"", "image": "busybox:1.36", "memory": 64}
                  ]
                }
                """,
                expect: [
                    "container #0 has no name (AWS: \"Container.name should not be null or empty.\")",
                    "container #1 has an empty name (AWS: \"Container.name should not be null or empty.\")",
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
            guard !container.$name.isAbsent else {
                return .unnamedContainer(container, suggestion: Self.suggestedName(container))
            }
            guard container.name == "" else { return nil }
            return .emptyContainerName(container, suggestion: Self.suggestedName(container))
        }
    }

    /// A name derived from the image (`nginx` for `nginx:1.27`), or `app`.
    static func suggestedName(_ container: ContainerDefinition) -> String {
        guard let image = container.image else { return "app" }
        let repository = image.split(separator: "/").last.map(String.init) ?? image
        let base = repository.split(separator: ":").first.map(String.init) ?? repository
        let name = ECSName.sanitized(base.split(separator: "@").first.map(String.init) ?? base)
        return name.isEmpty || name.allSatisfy({ $0 == "-" }) ? "app" : name
    }
}

extension Violation {
    /// ECS106: a container without `name` (`suggestion`: one from its image).
    fileprivate static func unnamedContainer(_ container: ContainerDefinition, suggestion: String) -> Violation {
        Violation(
            "container #\(container.index) has no name", aws: .documented,
            fix: "add \"name\": \"\(suggestion)\"",
            at: container.pointer / "name")
    }

    /// ECS106: an empty container name (`suggestion`: one from its image).
    fileprivate static func emptyContainerName(_ container: ContainerDefinition, suggestion: String) -> Violation {
        Violation(
            "container #\(container.index) has an empty name", aws: .documented,
            fix: "set name to \"\(suggestion)\"", at: container.pointer / "name")
    }
}
