/// The container restart policy has documented bounds that RegisterTaskDefinition
/// enforces.
struct RestartPolicyOutOfRange: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS429", slug: "restart-policy-out-of-range", title: "restartPolicy out of range",
        severity: .error, stage: .register,
        summary: "restartPolicy.restartAttemptPeriod must be 60–1800 seconds and ignoredExitCodes at most 50 codes.",
        rationale: """
            `restartAttemptPeriod` is how long a container must run before ECS restarts it again, \
            60 to 1800 seconds (default 300); `ignoredExitCodes` may list at most 50 exit codes. \
            Values outside these bounds are rejected (the exact message is unverified).
            """,
        fix: "Bring restartAttemptPeriod within 60–1800 and list at most 50 ignoredExitCodes.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "restartPolicy": {"enabled": true, "restartAttemptPeriod": ↓30}}
                  ]
                }
                """,
                expect: ["restartAttemptPeriod 30 of container 'app' must be between 60 and 1800 seconds"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "restartPolicy": {"enabled": true, "restartAttemptPeriod": 60, "ignoredExitCodes": [0]}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            guard let policy = container.restartPolicy else { continue }
            if let period = policy.restartAttemptPeriod, !(60...1800).contains(period) {
                violations.append(.restartAttemptPeriod(period, of: container, policy: policy.pointer))
            }
            if let codes = policy.ignoredExitCodes, codes.count > 50 {
                violations.append(.tooManyIgnoredExitCodes(codes.count, of: container, policy: policy.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS429: a restartAttemptPeriod outside 60–1800 seconds.
    fileprivate static func restartAttemptPeriod(_ period: Int, of container: ContainerDefinition, policy: JSONPointer)
        -> Violation
    {
        Violation(
            "restartAttemptPeriod \(period) of container \(container.displayName) must be between 60 and 1800 seconds",
            fix: "set restartAttemptPeriod to \(period < 60 ? 60 : 1800), or omit it for the default 300",
            at: policy / "restartAttemptPeriod")
    }

    /// ECS429: more than 50 ignoredExitCodes.
    fileprivate static func tooManyIgnoredExitCodes(
        _ count: Int, of container: ContainerDefinition, policy: JSONPointer
    )
        -> Violation
    {
        Violation(
            "restartPolicy of container \(container.displayName) ignores \(count) exit codes; at most 50 are allowed",
            fix: "list at most 50 ignoredExitCodes", at: policy / "ignoredExitCodes")
    }
}
