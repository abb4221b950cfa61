/// Port ranges are mapped by ECS onto host port ranges, which exists only in
/// bridge and awsvpc network modes.
struct ContainerPortRangeNetworkMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS312", slug: "container-port-range-network-mode",
        title: "containerPortRange outside bridge and awsvpc modes",
        severity: .error, stage: .register,
        needs: [.networkMode],
        summary: "containerPortRange is only supported with networkMode bridge or awsvpc.",
        rationale: """
            The API reference says that to use containerPortRange you must use the bridge or the \
            awsvpc network mode. In host mode there is no port mapping at all (in none mode, \
            ECS302 already reports any port mapping). The exact rejection message is not \
            documented.
            """,
        fix: "Use networkMode awsvpc or bridge, or list the ports individually.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "media",
                  "networkMode": "host",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0", "memory": 256, "user": "rtp",
                     "portMappings": [{"containerPortRange": ↓"10000-10100"}]}
                  ]
                }
                """,
                expect: [
                    "containerPortRange \"10000-10100\" is not supported with networkMode host; use bridge or awsvpc"
                ]),
            .good(
                """
                {
                  "family": "media",
                  "networkMode": "bridge",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0", "memory": 256,
                     "portMappings": [{"containerPortRange": "10000-10100"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.networkMode == .host else { return [] }
        return task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let range = mapping.containerPortRange else { return nil }
                return .containerPortRangeInHostMode(range, of: mapping)
            }
        }
    }
}

extension Violation {
    /// ECS312: a `containerPortRange` with networkMode host.
    fileprivate static func containerPortRangeInHostMode(_ range: String, of mapping: PortMapping) -> Violation {
        Violation(
            "containerPortRange \"\(range)\" is not supported with networkMode host; use bridge or awsvpc",
            fix: "switch networkMode to awsvpc or bridge, or map the ports one by one with containerPort",
            at: mapping.pointer / "containerPortRange")
    }
}
