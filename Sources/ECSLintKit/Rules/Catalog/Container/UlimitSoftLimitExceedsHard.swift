/// A soft limit above the hard limit cannot be set; the container fails to
/// start.
struct UlimitSoftLimitExceedsHard: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS421", slug: "ulimit-soft-limit-exceeds-hard", title: "ulimit softLimit above hardLimit",
        severity: .error, stage: .launch,
        summary: "A ulimit's softLimit must not exceed its hardLimit.",
        rationale: """
            The kernel refuses a resource limit whose soft value is above its hard value \
            (setrlimit fails with "invalid argument"), so the container cannot start. The two \
            values are often swapped by mistake.
            """,
        fix: "Make softLimit at most hardLimit (swap them if they were reversed).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "ulimits": [{"name": "nofile", "softLimit": ↓65536, "hardLimit": 4096}]}
                  ]
                }
                """,
                expect: [
                    "nofile softLimit 65536 of container 'app' exceeds its hardLimit 4096; the container fails to start"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "ulimits": [{"name": "nofile", "softLimit": 4096, "hardLimit": 65536}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            for ulimit in container.ulimits {
                // -1 means unlimited.
                guard let soft = ulimit.softLimit, let hard = ulimit.hardLimit, hard != -1,
                    soft == -1 || soft > hard
                else { continue }
                violations.append(
                    .softLimit(soft, exceeds: hard, of: ulimit.name ?? "ulimit", in: container, ulimit: ulimit.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS421: a ulimit (`name`) whose softLimit exceeds its hardLimit (-1: unlimited).
    fileprivate static func softLimit(
        _ soft: Int, exceeds hard: Int, of name: String, in container: ContainerDefinition, ulimit: JSONPointer
    ) -> Violation {
        Violation(
            "\(name) softLimit \(soft) of container \(container.displayName) exceeds its hardLimit \(hard); the container fails to start",
            fix: "set softLimit to at most \(hard), or raise hardLimit", at: ulimit / "softLimit",
            notes: [FindingNote("the hard limit", at: ulimit / "hardLimit")])
    }
}
