/// ECS stops a task when an essential container exits; a task with no
/// essential container would have no lifetime, so ECS rejects it.
struct NoEssentialContainer: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS501", slug: "no-essential-container", title: "No essential container",
        severity: .error, stage: .register,
        summary: "At least one container must be essential (essential defaults to true).",
        rationale: """
            `essential` defaults to true, so this happens only when every container sets \
            `"essential": false` — often after marking sidecars non-essential and copying the \
            setting to the main container. RegisterTaskDefinition fails with a ClientException.
            """,
        fix: "Set \"essential\": true (or remove the key) on the main container.",
        awsErrors: ["Task definition doesn't have any essential container."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
            "https://github.com/eagletmt/hako/issues/68",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "essential": ↓false},
                    {"name": "log-router", "image": "amazon/aws-for-fluent-bit:2.32.2", "essential": false}
                  ]
                }
                """,
                expect: [
                    "every container sets \"essential\": false, so the task has no essential container (AWS: \"Task definition doesn't have any essential container.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27"},
                    {"name": "log-router", "image": "amazon/aws-for-fluent-bit:2.32.2", "essential": false}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let first = task.containers.first, !task.containers.contains(where: \.isEssential) else { return [] }
        let fixTarget = task.containers.first(where: { !$0.portMappings.isEmpty }) ?? first
        return [.noEssentialContainer(task.containers, main: fixTarget)]
    }
}

extension Violation {
    /// ECS501: every container non-essential (`main`: the one to make essential), at the first.
    fileprivate static func noEssentialContainer(_ containers: [ContainerDefinition], main: ContainerDefinition)
        -> Violation
    {
        let others = containers.dropFirst().map {
            FindingNote("also non-essential", at: $0.pointer / "essential")
        }
        return Violation(
            "every container sets \"essential\": false, so the task has no essential container", aws: .documented,
            fix:
                "set \"essential\": true on the main container (\(main.displayName)), or remove the key: it defaults to true",
            at: containers[0].pointer / "essential",
            notes: others)
    }
}
