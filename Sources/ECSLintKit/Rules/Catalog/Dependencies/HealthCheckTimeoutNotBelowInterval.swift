/// A health check that may run longer than the interval between checks makes
/// checks overlap or queue up, and usually means the two values were swapped.
struct HealthCheckTimeoutNotBelowInterval: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS514", slug: "health-check-timeout-not-below-interval",
        title: "healthCheck timeout not below interval",
        severity: .warning, stage: .practice,
        summary: "healthCheck.timeout should be shorter than healthCheck.interval (defaults: 5 and 30 seconds).",
        rationale: """
            Docker starts a check every `interval` seconds and abandons it after `timeout`. With \
            a timeout equal to or longer than the interval, a slow check is still running when \
            the next one is due, and failures are detected later than the settings suggest. \
            Often the two values were swapped. ECS is not documented to reject it, hence a \
            warning.
            """,
        fix: "Make timeout shorter than interval (for example interval 30, timeout 5).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                                     "interval": 5, "timeout": ↓30}}
                  ]
                }
                """,
                expect: [
                    "healthCheck timeout 30 seconds is not shorter than interval 5 seconds; checks overlap and failures are detected late"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                                     "interval": 30, "timeout": 5}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let check = container.healthCheck, check.interval != nil || check.timeout != nil,
                !check.$interval.isWrongType, !check.$timeout.isWrongType
            else { return nil }
            let interval = check.interval ?? 30
            let timeout = check.timeout ?? 5
            guard timeout >= interval else { return nil }
            return .timeout(
                timeout, notBelow: interval, intervalIsDefault: check.interval == nil,
                timeoutIsDefault: check.timeout == nil, at: check.pointer)
        }
    }
}

extension Violation {
    /// ECS514: a health check timeout not shorter than its interval (either may be the default).
    fileprivate static func timeout(
        _ timeout: Int, notBelow interval: Int, intervalIsDefault: Bool, timeoutIsDefault: Bool,
        at check: JSONPointer
    ) -> Violation {
        let intervalText = intervalIsDefault ? "the default interval of 30" : "interval \(interval)"
        let timeoutText = timeoutIsDefault ? "the default timeout of 5" : "timeout \(timeout)"
        return Violation(
            "healthCheck \(timeoutText) seconds is not shorter than \(intervalText) seconds; checks overlap and failures are detected late",
            fix: timeout > interval
                ? "swap the values (interval \(timeout), timeout \(interval)), or shorten timeout below \(interval)"
                : "shorten timeout below \(interval) seconds, or lengthen interval",
            at: timeoutIsDefault ? check / "interval" : check / "timeout")
    }
}
