/// A `containerPortRange` mapping is bound to host ports that ECS picks; it
/// cannot also name a single `containerPort` or a `hostPort`.
struct ContainerPortRangeWithPort: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS311", slug: "container-port-range-with-port",
        title: "containerPortRange combined with containerPort or hostPort",
        severity: .error, stage: .register,
        summary: "A port mapping with containerPortRange must not also set containerPort or hostPort.",
        rationale: """
            The API reference says to leave hostPort unset with a port range: ECS maps the range \
            to a host port range it chooses. A mapping is either one containerPort or one \
            containerPortRange, not both. The exact rejection message is not documented.
            """,
        fix: "Remove hostPort and containerPort from the range mapping; put a single port in a mapping of its own.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "media",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0",
                     "portMappings": [{"containerPortRange": "10000-10100", "containerPort": ↓10000, "hostPort": ↓10000}]}
                  ]
                }
                """,
                expect: [
                    "containerPort 10000 cannot be combined with containerPortRange \"10000-10100\" in one mapping",
                    "hostPort 10000 cannot be set with containerPortRange \"10000-10100\"; ECS chooses the host ports of a range",
                ]),
            .good(
                """
                {
                  "family": "media",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "rtp", "image": "example/rtp:1.0",
                     "portMappings": [{"containerPortRange": "10000-10100"}, {"containerPort": 8080}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            for mapping in container.portMappings {
                guard let range = mapping.containerPortRange else { continue }
                if let port = mapping.containerPort {
                    violations.append(.containerPort(port, besideRange: range, of: mapping))
                }
                if let port = mapping.hostPort {
                    violations.append(.hostPort(port, besideRange: range, of: mapping))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS311: `containerPort` and `containerPortRange` in one mapping.
    fileprivate static func containerPort(_ port: Int, besideRange range: String, of mapping: PortMapping) -> Violation
    {
        Violation(
            "containerPort \(port) cannot be combined with containerPortRange \"\(range)\" in one mapping",
            fix: "remove containerPort, or move it to a separate port mapping",
            at: mapping.pointer / "containerPort")
    }

    /// ECS311: a `hostPort` beside a `containerPortRange`.
    fileprivate static func hostPort(_ port: Int, besideRange range: String, of mapping: PortMapping) -> Violation {
        Violation(
            "hostPort \(port) cannot be set with containerPortRange \"\(range)\"; ECS chooses the host ports of a range",
            fix: "remove hostPort",
            at: mapping.pointer / "hostPort")
    }
}
