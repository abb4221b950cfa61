/// `ephemeralStorage` only sizes Fargate task storage; on EC2 and other
/// instances the instance's disk decides, and the setting does nothing.
struct EphemeralStorageNotFargate: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS126", slug: "ephemeral-storage-not-fargate",
        title: "ephemeralStorage on a task that does not run on Fargate",
        severity: .info, stage: .practice,
        summary: "ephemeralStorage only has an effect on Fargate.",
        rationale: """
            The API documentation describes `ephemeralStorage` as expanding the storage of tasks \
            hosted on Fargate. On EC2, external and Managed Instances tasks the container instance's \
            volumes decide how much space a task gets, so the setting is ignored and may mislead \
            readers. The rule only speaks when the launch type is known (from \
            `requiresCompatibilities` or `--launch-type`).
            """,
        fix: "Remove ephemeralStorage, or add FARGATE to requiresCompatibilities if the task runs on Fargate.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  ↓"ephemeralStorage": {"sizeInGiB": 50},
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "ephemeralStorage only sizes Fargate task storage; this task runs on EC2, where it has no effect"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.launchTypesAreDeclared, !context.isFargate, task.ephemeralStorage != nil else {
            return []
        }
        return [.ephemeralStorage(on: context.launchTypes, of: task)]
    }
}

extension Violation {
    /// ECS126: ephemeralStorage in a task that does not run on Fargate.
    fileprivate static func ephemeralStorage(on launchTypes: Set<LaunchType>, of task: TaskDefinition) -> Violation {
        let platforms = launchTypes.sorted().map(\.rawValue).joined(separator: "/")
        return Violation(
            "ephemeralStorage only sizes Fargate task storage; this task runs on \(platforms), where it has no effect",
            fix: "remove ephemeralStorage, or add FARGATE to requiresCompatibilities",
            at: task.pointer / "ephemeralStorage", target: .key)
    }
}
