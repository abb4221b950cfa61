/// Containers that wait on each other (or on themselves) can never start.
struct DependencyCycle: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS505", slug: "dependency-cycle", title: "Cycle in container dependencies",
        severity: .error, stage: .register,
        summary: "dependsOn must not form a cycle, and a container must not depend on itself.",
        rationale: """
            With a cycle every container in it waits for another one to start first, so none \
            does. The ECS agent refuses such a task when it starts it; an emulator of the API \
            (and ECS's own check for link cycles) suggests RegisterTaskDefinition rejects it \
            already, so ecslint reports it at registration. The AWS wording is not documented.
            """,
        fix: "Remove one dependency of the cycle; dependencies must form a tree of start-up order.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html",
            "https://github.com/faiscadev/fakecloud/pull/1211",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0",
                     "dependsOn": [{"containerName": ↓"proxy", "condition": "START"}]},
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0",
                     "dependsOn": [{"containerName": "app", "condition": "START"}]}
                  ]
                }
                """,
                expect: [
                    "dependsOn forms a cycle (app → proxy → app): every container in it waits for another, so none starts"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0", "dependsOn": [{"containerName": "proxy", "condition": "START"}]},
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard task.containers.contains(where: { !$0.dependsOn.isEmpty }) else { return [] }
        let graph = ContainerGraph(task) { container in
            container.dependsOn.compactMap { dependency in
                dependency.containerName.map { ($0, dependency.pointer / "containerName") }
            }
        }
        return graph.cycles().compactMap { cycle -> Violation? in
            guard let first = cycle.first else { return nil }
            let start = task.containers[first.from]
            if cycle.count == 1 { return .dependsOnItself(start, at: first.pointer) }
            let path = (cycle.map { task.containers[$0.from].name ?? "#\($0.from)" } + [start.name ?? "#\(first.from)"])
                .joined(separator: " → ")
            return .dependencyCycle(path, cycle)
        }
    }
}

extension Violation {
    /// ECS505: a container that depends on itself.
    fileprivate static func dependsOnItself(_ start: ContainerDefinition, at pointer: JSONPointer) -> Violation {
        Violation(
            "container \(start.displayName) depends on itself, so it can never start",
            fix: "remove this dependency",
            at: pointer)
    }

    /// ECS505: containers that wait for each other (`path`: their names around the cycle).
    fileprivate static func dependencyCycle(_ path: String, _ cycle: [ContainerGraph.Edge]) -> Violation {
        Violation(
            "dependsOn forms a cycle (\(path)): every container in it waits for another, so none starts",
            fix: "remove one of the dependencies in the cycle",
            at: cycle[0].pointer,
            notes: cycle.dropFirst().map { FindingNote("part of the cycle", at: $0.pointer) })
    }
}
