/// ECS accepts health check timings only within fixed bounds; values outside
/// them fail registration.
struct HealthCheckTimingOutOfRange: Rule {
    /// The accepted range of each timing field, in seconds (retries: count).
    static let bounds: [(key: String, range: ClosedRange<Int>, unit: String)] = [
        ("interval", 5...300, " seconds"),
        ("timeout", 2...60, " seconds"),
        ("retries", 1...10, ""),
        ("startPeriod", 0...300, " seconds"),
    ]

    static let descriptor = RuleDescriptor(
        code: "ECS513", slug: "health-check-timing-out-of-range", title: "healthCheck timing out of range",
        severity: .error, stage: .register,
        summary: "healthCheck interval must be 5–300 s, timeout 2–60 s, retries 1–10 and startPeriod 0–300 s.",
        rationale: """
            The API reference gives these bounds (defaults: interval 30, timeout 5, retries 3, \
            startPeriod off). The model types them as plain integers, so the AWS CLI sends any \
            value and ECS rejects it at registration (an interval of 1 "needs to be increased to \
            satisfy task validation"). The exact message is not documented.
            """,
        fix: "Bring the value within its range, or remove it to use the default.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html",
            "https://github.com/aws/amazon-ecs-agent/issues/1344",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                                     "interval": ↓1, "timeout": 5, "retries": ↓0, "startPeriod": ↓600}}
                  ]
                }
                """,
                expect: [
                    "healthCheck.interval 1 of container 'app' is outside 5–300 seconds",
                    "healthCheck.retries 0 of container 'app' is outside 1–10",
                    "healthCheck.startPeriod 600 of container 'app' is outside 0–300 seconds",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                                     "interval": 10, "timeout": 5, "retries": 3, "startPeriod": 60}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            guard let check = container.healthCheck else { continue }
            let values = [check.interval, check.timeout, check.retries, check.startPeriod]
            for (bound, value) in zip(Self.bounds, values) {
                guard let value, !bound.range.contains(value) else { continue }
                violations.append(.healthCheckTiming(value, outside: bound, of: container, at: check.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS513: a health check timing `value` outside the range `bound` accepts.
    fileprivate static func healthCheckTiming(
        _ value: Int, outside bound: (key: String, range: ClosedRange<Int>, unit: String),
        of container: ContainerDefinition, at check: JSONPointer
    ) -> Violation {
        let limit = value < bound.range.lowerBound ? bound.range.lowerBound : bound.range.upperBound
        return Violation(
            "healthCheck.\(bound.key) \(value) of container \(container.displayName) is outside \(bound.range.lowerBound)–\(bound.range.upperBound)\(bound.unit)",
            fix:
                "set \(bound.key) to a value from \(bound.range.lowerBound) to \(bound.range.upperBound), for example \(limit)",
            at: check / bound.key)
    }
}
