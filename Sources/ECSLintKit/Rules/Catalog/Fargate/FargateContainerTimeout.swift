/// Fargate accepts container start and stop timeouts of 2 to 120 seconds;
/// longer stop timeouts that work on EC2 do not carry over.
struct FargateContainerTimeout: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS217", slug: "fargate-container-timeout",
        title: "Fargate startTimeout or stopTimeout outside 2 to 120",
        severity: .error, stage: .register,
        summary: "On Fargate, container startTimeout and stopTimeout must be 2 to 120 seconds.",
        rationale: """
            The API documentation gives the valid values for Fargate as 2 to 120 seconds for both \
            `startTimeout` (how long a dependent waits for this container to reach its condition) \
            and `stopTimeout` (the grace period between SIGTERM and SIGKILL). On EC2 the limits are \
            wider, so values copied from EC2 definitions (300, 600) fail here. Whether the API \
            rejects them at registration or Fargate caps them is unverified; a value outside the \
            range cannot take effect as written either way, so ecslint reports an error.
            """,
        fix: "Use a value from 2 to 120 seconds; for longer shutdowns, make the application drain faster.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "stopTimeout": ↓300}]
                }
                """,
                expect: ["stopTimeout 300 of container 'app' is outside the 2 to 120 seconds Fargate accepts"]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "stopTimeout": 120}]
                }
                """),
        ]
    )

    /// The timeouts Fargate accepts, in seconds.
    static let range = 2...120

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for (key, value) in [("startTimeout", container.startTimeout), ("stopTimeout", container.stopTimeout)] {
                guard let value, !Self.range.contains(value) else { continue }
                let bound = value < Self.range.lowerBound ? Self.range.lowerBound : Self.range.upperBound
                violations.append(.timeout(key, value, outsideFargateRange: bound, of: container))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS217: a startTimeout or stopTimeout (`key`) outside 2–120 seconds (`bound`: the nearest accepted).
    fileprivate static func timeout(
        _ key: String, _ value: Int, outsideFargateRange bound: Int, of container: ContainerDefinition
    ) -> Violation {
        Violation(
            "\(key) \(value) of container \(container.displayName) is outside the 2 to 120 seconds Fargate accepts",
            fix: "set \(key) to \(bound)", at: container.pointer / key)
    }
}
