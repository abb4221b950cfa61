/// Docker's awslogs driver refuses options it does not know, so a misspelled
/// option stops the container instead of being ignored.
struct UnknownAwslogsOption: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS805", slug: "unknown-awslogs-option", title: "Unknown awslogs option",
        severity: .error, stage: .launch,
        summary:
            "awslogs options must be ones the awslogs driver knows, spelled exactly (awslogs-group, not awslogs_group).",
        rationale: """
            ECS passes the options to the awslogs driver, which validates them when the container \
            starts and fails on any key it does not know (Docker: "unknown log opt '<key>' for \
            awslogs log driver"). Typos such as `awslogs_group` or `awslogs-stream-prefx` are the \
            usual cause; where the driver ignores unknown keys instead, the intended setting is \
            silently lost. The known keys are the awslogs-* options of Docker's driver, ECS's \
            `awslogs-stream-prefix`, and the generic `mode`, `max-buffer-size` and `tag`.
            """,
        fix: "Correct the option name, or remove it.",
        references: ["https://docs.docker.com/engine/logging/drivers/awslogs/"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", ↓"awslogs_stream_prefix": "web"}}}
                  ]
                }
                """,
                expect: [
                    "unknown awslogs option 'awslogs_stream_prefix' in container 'app'; did you mean 'awslogs-stream-prefix'? (Docker: \"unknown log opt 'awslogs_stream_prefix' for awslogs log driver\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """),
        ]
    )

    /// Every option key the awslogs driver (and ECS in front of it) accepts.
    static let knownOptions: Set<String> = [
        "awslogs-region", "awslogs-endpoint", "awslogs-group", "awslogs-stream", "awslogs-stream-prefix",
        "awslogs-create-group", "awslogs-create-stream", "awslogs-datetime-format", "awslogs-datetime-as-event-time",
        "awslogs-datetime-timezone", "awslogs-multiline-pattern", "awslogs-credentials-endpoint",
        "awslogs-force-flush-interval-seconds", "awslogs-max-buffered-events", "awslogs-format", "tag", "mode",
        "max-buffer-size",
    ]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            guard let log = container.logConfiguration, log.logDriver == "awslogs" else { continue }
            for name in log.writtenOptionNames where !Self.knownOptions.contains(name) {
                violations.append(
                    .unknownAwslogsOption(name, suggestion: Self.suggestion(for: name), of: container, log: log))
            }
        }
        return violations
    }

    /// The known option a misspelled key most likely means.
    static func suggestion(for key: String) -> String? {
        let options = knownOptions.sorted()
        if let match = KeySuggestion.value(for: key, among: options) { return match }
        return KeySuggestion.value(for: "awslogs-" + key, among: options)
    }
}

extension Violation {
    /// ECS805: an awslogs option the driver does not know (`suggestion`: the one it most likely means).
    fileprivate static func unknownAwslogsOption(
        _ name: String, suggestion: String?, of container: ContainerDefinition, log: LogConfiguration
    ) -> Violation {
        Violation(
            "unknown awslogs option '\(name)' in container \(container.displayName)\(suggestion.map { "; did you mean '\($0)'?" } ?? "") (Docker: \"unknown log opt '\(name)' for awslogs log driver\")",
            fix: suggestion.map { "rename it to \"\($0)\"" }
                ?? "remove it, or use one of the awslogs-* options",
            at: log.optionPointer(name), target: .key)
    }
}
