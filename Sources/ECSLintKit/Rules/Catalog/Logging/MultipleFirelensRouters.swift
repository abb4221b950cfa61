/// A task has one FireLens log router; ECS configures only one of several.
struct MultipleFirelensRouters: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS812", slug: "multiple-firelens-routers", title: "More than one FireLens router",
        severity: .warning, stage: .practice,
        summary: "Only one container per task should have firelensConfiguration.",
        rationale: """
            ECS generates one FireLens configuration per task and routes every awsfirelens \
            container to one log router; the ECS agent takes the first container with \
            `firelensConfiguration`. Further routers receive no generated configuration. ECS is \
            believed to reject a second router at registration, but no message has been confirmed, \
            so this is a warning.
            """,
        fix: "Keep firelensConfiguration on one container; run other Fluent Bit sidecars without it.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "log_router_2", "image": "fluent/fluentd:v1.17",
                     "memory": 128, ↓"firelensConfiguration": {"type": "fluentd"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
                  ]
                }
                """,
                expect: [
                    "container 'log_router_2' is a second FireLens log router; the task already routes through 'log_router'"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let routers = task.containers.filter { $0.$firelensConfiguration.isSet }
        guard let first = routers.first, routers.count > 1 else { return [] }
        return routers.dropFirst().map { .secondRouter($0, first: first) }
    }
}

extension Violation {
    /// ECS812: a FireLens log router after the task's first one.
    fileprivate static func secondRouter(_ router: ContainerDefinition, first: ContainerDefinition) -> Violation {
        Violation(
            "container \(router.displayName) is a second FireLens log router; the task already routes through \(first.displayName)",
            fix: "remove firelensConfiguration from \(router.displayName)",
            at: router.pointer / "firelensConfiguration", target: .key,
            notes: [FindingNote("the first log router", at: first.pointer / "firelensConfiguration", target: .key)])
    }
}
