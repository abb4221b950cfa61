/// `extraHosts` writes entries into a container's /etc/hosts, which ECS does
/// not support in awsvpc mode.
struct ExtraHostsInAwsvpcMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS321", slug: "extra-hosts-in-awsvpc-mode", title: "extraHosts with networkMode awsvpc",
        severity: .error, stage: .register,
        needs: [.networkMode],
        summary: "extraHosts cannot be used when networkMode is awsvpc.",
        rationale: """
            The API reference says extraHosts is not supported for tasks that use the awsvpc \
            network mode (nor on Fargate or Windows). The exact message is not documented; by \
            analogy with hostname it is likely "extraHosts is not supported on container when \
            networkMode=awsvpc." On Fargate the Fargate rules report it instead.
            """,
        fix:
            "Remove extraHosts and resolve the names through DNS (Route 53 private hosted zone, Cloud Map or Service Connect).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     ↓"extraHosts": [{"hostname": "db.internal", "ipAddress": "10.0.0.12"}]}
                  ]
                }
                """,
                expect: ["container 'app' sets extraHosts, which is not supported with networkMode awsvpc"]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "bridge",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "extraHosts": [{"hostname": "db.internal", "ipAddress": "10.0.0.12"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        // On Fargate, the Fargate rules report extraHosts (ECS210).
        guard context.networkMode == .awsvpc, !context.isFargate else { return [] }
        return task.containers.compactMap { container in
            guard !container.extraHosts.isEmpty else { return nil }
            return .extraHostsInAwsvpcMode(container)
        }
    }
}

extension Violation {
    /// ECS321: `extraHosts` with networkMode awsvpc.
    fileprivate static func extraHostsInAwsvpcMode(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) sets extraHosts, which is not supported with networkMode awsvpc",
            fix: "remove extraHosts and resolve these names through DNS",
            at: container.pointer / "extraHosts", target: .key)
    }
}
