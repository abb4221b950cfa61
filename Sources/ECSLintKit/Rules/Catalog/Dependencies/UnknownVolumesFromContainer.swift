/// `volumesFrom` mounts the volumes of another container of the same task; a
/// name that matches no container is rejected.
struct UnknownVolumesFromContainer: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS506", slug: "unknown-volumes-from-container", title: "volumesFrom names an unknown container",
        severity: .error, stage: .register,
        summary: "Each volumesFrom sourceContainer must be the name of a container in the task definition.",
        rationale: """
            Volumes can only be shared between containers of the same task. A misspelt or \
            removed source container makes RegisterTaskDefinition fail.
            """,
        fix: "Use the exact name of a container defined in containerDefinitions, or remove the entry.",
        awsErrors: ["Invalid 'volumesFrom' setting. Unknown container: '<name>'."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VolumeFrom.html",
            "https://github.com/eagletmt/hako/issues/54",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "volumesFrom": [{"sourceContainer": ↓"asset", "readOnly": true}]},
                    {"name": "assets", "image": "example/assets:1.0", "memory": 64, "essential": false}
                  ]
                }
                """,
                expect: [
                    "volumesFrom names container 'asset', which is not defined in this task (AWS: \"Invalid 'volumesFrom' setting. Unknown container: 'asset'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "volumesFrom": [{"sourceContainer": "assets", "readOnly": true}]},
                    {"name": "assets", "image": "example/assets:1.0", "memory": 64, "essential": false}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let names = Set(task.containers.compactMap(\.name))
        return task.containers.flatMap { container in
            container.volumesFrom.compactMap { entry -> Violation? in
                guard let source = entry.sourceContainer, !names.contains(source) else { return nil }
                let similar = names.first { $0.lowercased() == source.lowercased() }
                return .unknownVolumesFromContainer(source, similar: similar, in: task, at: entry.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS506: a `volumesFrom` source container the task does not define (`similar`: one differing in case).
    fileprivate static func unknownVolumesFromContainer(
        _ source: String, similar: String?, in task: TaskDefinition, at entry: JSONPointer
    ) -> Violation {
        Violation(
            "volumesFrom names container '\(source)', which is not defined in this task",
            aws: .actual("Invalid 'volumesFrom' setting. Unknown container: '\(source)'."),
            fix: similar.map { "use '\($0)' (names are case-sensitive)" }
                ?? "use one of the task's containers (\(task.containerNameList)), or remove this entry",
            at: entry / "sourceContainer")
    }
}
