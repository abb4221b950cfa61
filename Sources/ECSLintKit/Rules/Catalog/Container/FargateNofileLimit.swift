/// Fargate caps the open-files limit a container may ask for.
struct FargateNofileLimit: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS422", slug: "fargate-nofile-limit", title: "nofile ulimit above the Fargate maximum",
        severity: .error, stage: .launch,
        summary: "On Fargate the nofile ulimit may be at most 1048576.",
        rationale: """
            Fargate sets the open-files limit of its containers itself and documents 1048576 as the \
            maximum hard limit a task may request. A larger value cannot be applied; whether it is \
            rejected at registration or when the task starts is unverified, so it is reported as a \
            launch error.
            """,
        fix: "Request at most 1048576 open files on Fargate.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": ↓2097152}]}
                  ]
                }
                """,
                expect: ["nofile hardLimit 2097152 of container 'app' exceeds the Fargate maximum of 1048576"]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 1048576}]}
                  ]
                }
                """),
        ]
    )

    static let maximum = 1_048_576

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            for ulimit in container.ulimits where ulimit.name == "nofile" {
                for (key, value) in [("softLimit", ulimit.softLimit), ("hardLimit", ulimit.hardLimit)] {
                    guard let value, value > Self.maximum || value == -1 else { continue }
                    violations.append(.nofileAboveFargateMaximum(key, value, of: container, ulimit: ulimit.pointer))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS422: a nofile softLimit or hardLimit (`key`) above Fargate's maximum (-1: unlimited).
    fileprivate static func nofileAboveFargateMaximum(
        _ key: String, _ value: Int, of container: ContainerDefinition, ulimit: JSONPointer
    ) -> Violation {
        let shown = value == -1 ? "-1 (unlimited)" : "\(value)"
        return Violation(
            "nofile \(key) \(shown) of container \(container.displayName) exceeds the Fargate maximum of 1048576",
            fix: "set \(key) to 1048576 or less", at: ulimit / key)
    }
}
