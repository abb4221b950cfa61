/// ECS accepts container names of 1 to 255 letters, digits, hyphens and
/// underscores; names with spaces, dots or slashes are rejected.
struct ContainerNameInvalid: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS107", slug: "container-name-invalid", title: "Container name has invalid characters or is too long",
        severity: .error, stage: .register,
        summary: "A container name must be 1 to 255 characters of letters, digits, hyphens and underscores.",
        rationale: """
            Container names appear in log stream names, in `dependsOn` and in load balancer settings; \
            ECS accepts only `[A-Za-z0-9_-]`, up to 255 characters. Names copied from an image \
            (`nginx:1.27`, `org/web`) or with dots or spaces are rejected. Objects that are not \
            containers pasted into `containerDefinitions` (for example `requiresAttributes` entries \
            named `ecs.capability.execution-role-awslogs`) also fail this way. The message for a name \
            longer than 255 characters is unverified; ecslint reports it under this rule.
            """,
        fix: "Use only letters, digits, hyphens and underscores, at most 255 characters.",
        awsErrors: ["Container.name contains invalid characters."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_name"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": ↓"web.app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "container name 'web.app' contains '.'; only letters, digits, '-' and '_' are allowed (AWS: \"Container.name contains invalid characters.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "web-app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let name = container.name, !name.isEmpty else { return nil }
            let pointer = container.pointer / "name"
            if let bad = ECSName.firstInvalidCharacter(in: name) {
                return .containerName(name, containing: bad, at: pointer)
            }
            guard name.count > ECSName.maximumLength else { return nil }
            return .containerNameTooLong(name, at: pointer)
        }
    }
}

extension Violation {
    /// ECS107: a container name with a character ECS does not accept (`bad`, the first).
    fileprivate static func containerName(_ name: String, containing bad: Character, at pointer: JSONPointer)
        -> Violation
    {
        Violation(
            "container name '\(name)' contains \(ECSName.describe(bad)); only letters, digits, '-' and '_' are allowed",
            aws: .documented,
            fix: "rename it, for example to \"\(ECSName.sanitized(name))\", and update references to it",
            at: pointer)
    }

    /// ECS107: a container name over the maximum length.
    fileprivate static func containerNameTooLong(_ name: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "container name is \(name.count) characters long; at most \(ECSName.maximumLength) are allowed",
            fix: "shorten it by \(name.count - ECSName.maximumLength) characters", at: pointer)
    }
}
