/// `dependsOn` names another container of the same task definition; a name
/// that matches no container is rejected.
struct UnknownDependencyContainer: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS502", slug: "unknown-dependency-container", title: "dependsOn names an unknown container",
        severity: .error, stage: .register,
        summary: "Each dependsOn containerName must be the name of a container in the task definition.",
        rationale: """
            Container dependencies can only refer to containers of the same task. A typo, a \
            renamed sidecar or a container defined in another task definition makes \
            RegisterTaskDefinition fail (the AWS message really contains a stray "+").
            """,
        fix: "Use the exact name of a container defined in containerDefinitions, or remove the dependency.",
        awsErrors: ["Cannot depend on container + '<name>' because it does not exist"],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html",
            "https://github.com/eagletmt/hako/issues/99",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "dependsOn": [{"containerName": ↓"envoy-proxy", "condition": "START"}]},
                    {"name": "envoy", "image": "envoyproxy/envoy:v1.31.0"}
                  ]
                }
                """,
                expect: [
                    "dependsOn names container 'envoy-proxy', which is not defined in this task (AWS: \"Cannot depend on container + 'envoy-proxy' because it does not exist\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "dependsOn": [{"containerName": "envoy", "condition": "START"}]},
                    {"name": "envoy", "image": "envoyproxy/envoy:v1.31.0"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let names = Set(task.containers.compactMap(\.name))
        return task.containers.flatMap { container in
            container.dependsOn.compactMap { dependency -> Violation? in
                guard let target = dependency.containerName, !names.contains(target) else { return nil }
                let similar = names.first { $0.lowercased() == target.lowercased() }
                return .unknownDependency(target, similar: similar, in: task, at: dependency.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS502: a dependency on a container the task does not define (`similar`: one differing in case).
    fileprivate static func unknownDependency(
        _ target: String, similar: String?, in task: TaskDefinition, at dependency: JSONPointer
    ) -> Violation {
        Violation(
            "dependsOn names container '\(target)', which is not defined in this task",
            aws: .actual("Cannot depend on container + '\(target)' because it does not exist"),
            fix: similar.map { "use '\($0)' (names are case-sensitive)" }
                ?? "use one of the task's containers (\(task.containerNameList)), or remove this dependency",
            at: dependency / "containerName")
    }
}
