/// Fargate ephemeral storage can be raised from the default 20 GiB to at most
/// 200 GiB; ECS rejects sizes outside 21 to 200 GiB.
struct EphemeralStorageOutOfRange: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS125", slug: "ephemeral-storage-out-of-range", title: "ephemeralStorage outside 21 to 200 GiB",
        severity: .error, stage: .register,
        summary: "ephemeralStorage.sizeInGiB must be from 21 to 200.",
        rationale: """
            Fargate tasks get 20 GiB of ephemeral storage by default; `ephemeralStorage` raises it, to \
            at most 200 GiB. ECS rejects a size below 21 (to keep 20 GiB, omit the object) or above \
            200. The API model states no bounds, so the AWS CLI sends any integer. CloudFormation \
            reports the lower bound as quoted.
            """,
        fix: "Set sizeInGiB between 21 and 200, or remove ephemeralStorage to keep the default 20 GiB.",
        awsErrors: ["EphemeralStorage size should be at least 21"],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "ephemeralStorage": {"sizeInGiB": ↓20},
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "ephemeralStorage.sizeInGiB is 20; the minimum is 21 (AWS: \"EphemeralStorage size should be at least 21\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "ephemeralStorage": {"sizeInGiB": 50},
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    /// The sizes ECS accepts, in GiB.
    static let range = 21...200

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let size = task.ephemeralStorageGiB, !Self.range.contains(size) else { return [] }
        let pointer = task.pointer / "ephemeralStorage" / "sizeInGiB"
        if size < Self.range.lowerBound {
            return [.ephemeralStorageBelowMinimum(size, at: pointer)]
        }
        return [.ephemeralStorageAboveMaximum(size, at: pointer)]
    }
}

extension Violation {
    /// ECS125: an ephemeralStorage size below 21 GiB.
    fileprivate static func ephemeralStorageBelowMinimum(_ size: Int, at pointer: JSONPointer) -> Violation {
        Violation(
            "ephemeralStorage.sizeInGiB is \(size); the minimum is 21", aws: .documented,
            fix: size == 20
                ? "remove ephemeralStorage: 20 GiB is the default"
                : "set sizeInGiB to 21 or more, or remove ephemeralStorage",
            at: pointer)
    }

    /// ECS125: an ephemeralStorage size above 200 GiB.
    fileprivate static func ephemeralStorageAboveMaximum(_ size: Int, at pointer: JSONPointer) -> Violation {
        Violation(
            "ephemeralStorage.sizeInGiB is \(size); the maximum is 200",
            fix: "set sizeInGiB to 200 or less; mount an EFS volume for more space", at: pointer)
    }
}
