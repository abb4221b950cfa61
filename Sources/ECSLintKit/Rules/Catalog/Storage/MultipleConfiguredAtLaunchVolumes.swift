/// Only one volume per task definition can be left for configuration at launch
/// (the EBS volume a service or RunTask attaches).
struct MultipleConfiguredAtLaunchVolumes: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS905", slug: "multiple-configured-at-launch-volumes", title: "More than one configuredAtLaunch volume",
        severity: .error, stage: .register,
        summary: "At most one volume may set configuredAtLaunch: true.",
        rationale: """
            `configuredAtLaunch` marks the volume whose storage (an Amazon EBS volume) is given when \
            a task is run or a service is created. ECS supports one such volume per task definition \
            revision and rejects more (the exact message is unverified).
            """,
        fix: "Keep configuredAtLaunch on one volume.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html"],
        examples: [
            .bad(
                """
                {
                  "family": "db",
                  "volumes": [{"name": "data", "configuredAtLaunch": true}, {"name": "wal", "configuredAtLaunch": ↓true}],
                  "containerDefinitions": [{"name": "db", "image": "postgres:16", "memory": 1024}]
                }
                """,
                expect: ["volume 'wal' is a second configuredAtLaunch volume; a task definition may have only one"]),
            .good(
                """
                {
                  "family": "db",
                  "volumes": [{"name": "data", "configuredAtLaunch": true}],
                  "containerDefinitions": [{"name": "db", "image": "postgres:16", "memory": 1024}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let atLaunch = task.volumes.filter { $0.configuredAtLaunch == true }
        guard let first = atLaunch.first, atLaunch.count > 1 else { return [] }
        return atLaunch.dropFirst().map { .secondConfiguredAtLaunch($0, first: first) }
    }
}

extension Violation {
    /// ECS905: a configuredAtLaunch volume after the task's first one.
    fileprivate static func secondConfiguredAtLaunch(_ volume: Volume, first: Volume) -> Violation {
        Violation(
            "volume \(volume.name.map { "'\($0)'" } ?? "") is a second configuredAtLaunch volume; a task definition may have only one",
            fix:
                "remove configuredAtLaunch here and keep it on \(first.name.map { "'\($0)'" } ?? "the first volume")",
            at: volume.pointer / "configuredAtLaunch",
            notes: [FindingNote("the first configuredAtLaunch volume", at: first.pointer / "configuredAtLaunch")])
    }
}
