/// A task in `none` network mode has no external connectivity, so ECS does
/// not accept port mappings for its containers.
struct PortMappingsInNoneMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS302", slug: "port-mappings-in-none-mode", title: "Port mappings with networkMode none",
        severity: .error, stage: .register,
        needs: [.networkMode],
        summary: "With networkMode none, containers must not declare portMappings.",
        rationale: """
            In `none` mode the task's containers get only a loopback interface; the API reference \
            says that port mappings can't be specified. The exact rejection message is not \
            documented.
            """,
        fix: "Remove portMappings, or use another network mode (awsvpc or bridge) if the container must be reachable.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "batch",
                  "networkMode": "none",
                  "containerDefinitions": [
                    {"name": "job", "image": "busybox:1.36", ↓"portMappings": [{"containerPort": 8080}]}
                  ]
                }
                """,
                expect: [
                    "container 'job' declares 1 port mapping, but a task with networkMode none cannot publish ports"
                ]),
            .good(
                """
                {
                  "family": "batch",
                  "networkMode": "none",
                  "containerDefinitions": [{"name": "job", "image": "busybox:1.36", "portMappings": []}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.networkMode == .none else { return [] }
        return task.containers.compactMap { container in
            let count = container.portMappings.count
            guard count > 0 else { return nil }
            return .portMappings(count, inNoneMode: container)
        }
    }
}

extension Violation {
    /// ECS302: `count` port mappings with networkMode none.
    fileprivate static func portMappings(_ count: Int, inNoneMode container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) declares \(count) port mapping\(count == 1 ? "" : "s"), but a task with networkMode none cannot publish ports",
            fix: "remove portMappings from \(container.displayName), or switch networkMode to awsvpc or bridge",
            at: container.pointer / "portMappings", target: .key
        )
    }
}
