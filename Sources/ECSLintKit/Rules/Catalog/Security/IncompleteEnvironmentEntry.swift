/// An `environment` entry without `value` (or without `name`) is accepted by
/// some tools and rejected or silently rewritten by others; it is never what
/// the author meant.
struct IncompleteEnvironmentEntry: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS613", slug: "incomplete-environment-entry", title: "Environment entry without name or value",
        severity: .warning, stage: .practice,
        summary: "Each environment[] entry should have both a name and a value.",
        rationale: """
            The API model makes both members optional, but the documentation lists them as \
            required when an entry is used, and the official deploy action \
            (aws-actions/amazon-ecs-deploy-task-definition) injects `"value": ""` for entries \
            without one, suggesting the API rejects them; that is unverified, so this is a warning. \
            An entry without a name defines nothing. A variable that should be empty needs an \
            explicit `"value": ""`.
            """,
        fix: "Give every entry a name and a value (use \"\" for an empty value), or remove it.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KeyValuePair.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [↓{↑"name": "FEATURE_FLAG"}, ↓{↑"value": "debug"}]}
                  ]
                }
                """,
                expect: [
                    "environment variable 'FEATURE_FLAG' of container 'app' has no value; write \"value\": \"\" for an empty variable",
                    "an environment entry of container 'app' has no name, so it defines no variable",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [{"name": "FEATURE_FLAG", "value": ""}, {"name": "LOG_LEVEL", "value": "debug"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            for entry in container.environment {
                if entry.$name.isAbsent {
                    violations.append(.environmentEntryWithoutName(container, at: entry.pointer))
                } else if entry.$value.isAbsent, let name = entry.name {
                    violations.append(.environmentVariableWithoutValue(name, of: container, at: entry.pointer))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS613: an environment entry without `name`.
    fileprivate static func environmentEntryWithoutName(_ container: ContainerDefinition, at entry: JSONPointer)
        -> Violation
    {
        Violation(
            "an environment entry of container \(container.displayName) has no name, so it defines no variable",
            fix: "add a \"name\", or remove the entry", at: entry / "name")
    }

    /// ECS613: an environment entry without `value`.
    fileprivate static func environmentVariableWithoutValue(
        _ name: String, of container: ContainerDefinition, at entry: JSONPointer
    ) -> Violation {
        Violation(
            "environment variable '\(name)' of container \(container.displayName) has no value; write \"value\": \"\" for an empty variable",
            fix: "add \"value\": \"\" (or the intended value)", at: entry / "value")
    }
}
