/// ECS allows at most 10 containers per task definition (a service quota
/// that cannot be raised); the eleventh is rejected at registration.
struct TooManyContainers: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS104", slug: "too-many-containers", title: "More than 10 containers",
        severity: .error, stage: .register,
        summary: "A task definition may hold at most 10 container definitions.",
        rationale: """
            "Containers per task definition" is a fixed service quota of 10 (not adjustable). The AWS \
            CLI does not know the quota, so an eleventh container is sent and RegisterTaskDefinition \
            fails. Split the workload into several task definitions or services, or merge sidecars.
            """,
        fix: "Keep at most 10 containers: split the task into several task definitions or merge sidecars.",
        awsErrors: ["Too many containers."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "c1", "image": "busybox:1.36", "memory": 64},
                    {"name": "c2", "image": "busybox:1.36", "memory": 64},
                    {"name": "c3", "image": "busybox:1.36", "memory": 64},
                    {"name": "c4", "image": "busybox:1.36", "memory": 64},
                    {"name": "c5", "image": "busybox:1.36", "memory": 64},
                    {"name": "c6", "image": "busybox:1.36", "memory": 64},
                    {"name": "c7", "image": "busybox:1.36", "memory": 64},
                    {"name": "c8", "image": "busybox:1.36", "memory": 64},
                    {"name": "c9", "image": "busybox:1.36", "memory": 64},
                    {"name": "c10", "image": "busybox:1.36", "memory": 64},
                    ↓{"name": "c11", "image": "busybox:1.36", "memory": 64}
                  ]
                }
                """,
                expect: [
                    "containerDefinitions has 11 containers; at most 10 are allowed (AWS: \"Too many containers.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512},
                    {"name": "sidecar", "image": "busybox:1.36", "memory": 64}
                  ]
                }
                """),
        ]
    )

    /// The most containers a task definition may hold.
    static let maximum = 10

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let elements = task.containers
        guard elements.count > Self.maximum else {
            return []
        }
        return [.tooManyContainers(elements.count, maximum: Self.maximum, in: task)]
    }
}

extension Violation {
    /// ECS104: more containers than `maximum`, at the first one too many.
    fileprivate static func tooManyContainers(_ count: Int, maximum: Int, in task: TaskDefinition) -> Violation {
        let extra = count - maximum
        return Violation(
            "containerDefinitions has \(count) containers; at most \(maximum) are allowed",
            aws: .documented,
            fix:
                "remove \(extra) container\(extra == 1 ? "" : "s"), or split the task into several task definitions",
            at: task.pointer / "containerDefinitions" / maximum)
    }
}
