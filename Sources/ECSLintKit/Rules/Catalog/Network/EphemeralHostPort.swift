/// Docker and the ECS agent hand out dynamic host ports from the ephemeral
/// range; a static hostPort there can collide with a port already given to
/// another task.
struct EphemeralHostPort: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS308", slug: "ephemeral-host-port", title: "Static hostPort in the ephemeral port range",
        severity: .warning, stage: .practice,
        needs: [.networkMode],
        summary:
            "In bridge mode, a static hostPort should not lie in the ephemeral range (49153–65535 on Linux, 49152–65535 on Windows).",
        rationale: """
            Dynamic host ports (hostPort 0 or absent) are taken from the ephemeral range. A static \
            hostPort there may already be held by another task's dynamic mapping, and then this \
            task cannot be placed on that instance. The API reference says not to specify a host \
            port in the ephemeral range.
            """,
        fix: "Choose a hostPort below 49152, or use hostPort 0 for a dynamic port.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "portMappings": [{"containerPort": 80, "hostPort": ↓50080}]}
                  ]
                }
                """,
                expect: [
                    "hostPort 50080 is in the ephemeral range 49153–65535, where dynamic host ports of other tasks are allocated"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "portMappings": [{"containerPort": 80, "hostPort": 8080}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.networkMode == .bridge else { return [] }
        let lowest = context.isWindows ? 49152 : 49153
        return task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let port = mapping.hostPort, (lowest...65535).contains(port) else { return nil }
                return .ephemeralHostPort(port, from: lowest, of: mapping)
            }
        }
    }
}

extension Violation {
    /// ECS308: a static `hostPort` in the range ECS allocates dynamic ports from (`lowest`–65535).
    fileprivate static func ephemeralHostPort(_ port: Int, from lowest: Int, of mapping: PortMapping) -> Violation {
        Violation(
            "hostPort \(port) is in the ephemeral range \(lowest)–65535, where dynamic host ports of other tasks are allocated",
            fix: "use a hostPort below \(lowest), or hostPort 0 for a dynamic port",
            at: mapping.pointer / "hostPort")
    }
}
