/// TCP and UDP ports are 1 to 65535; a port outside that range cannot be
/// published, and ECS rejects it.
struct PortOutOfRange: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS304", slug: "port-out-of-range", title: "Port number out of range",
        severity: .error, stage: .register,
        summary: "containerPort must be 1–65535; hostPort must be 1–65535, or 0 for a dynamic port in bridge mode.",
        rationale: """
            The API model types ports as plain integers, so the AWS CLI sends any number; ECS \
            rejects values that are not valid ports (the exact message is not documented; for \
            containerPort it is likely "Invalid 'containerPort' setting for container …"). \
            `hostPort: 0` asks for a dynamic port in bridge mode; in awsvpc and host modes \
            ECS301 reports it.
            """,
        fix: "Use a port number from 1 to 65535 (hostPort 0 or no hostPort for a dynamic port in bridge mode).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "portMappings": [{"containerPort": ↓80800, "hostPort": ↓-1}]}
                  ]
                }
                """,
                expect: [
                    "containerPort 80800 of container 'app' is not a valid port; use 1–65535",
                    "hostPort -1 of container 'app' is not a valid port; use 1–65535, or 0 for a dynamic port in bridge mode",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "portMappings": [{"containerPort": 8080, "hostPort": 0}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            for mapping in container.portMappings {
                if let port = mapping.containerPort, !(1...65535).contains(port) {
                    violations.append(.containerPortOutOfRange(port, of: mapping, in: container))
                }
                if let port = mapping.hostPort, !(0...65535).contains(port) {
                    violations.append(.hostPortOutOfRange(port, of: mapping, in: container))
                }
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS304: a `containerPort` outside 1–65535.
    fileprivate static func containerPortOutOfRange(
        _ port: Int, of mapping: PortMapping, in container: ContainerDefinition
    ) -> Violation {
        Violation(
            "containerPort \(port) of container \(container.displayName) is not a valid port; use 1–65535",
            fix: "set containerPort to the port the container listens on (1–65535)",
            at: mapping.pointer / "containerPort")
    }

    /// ECS304: a `hostPort` outside 0–65535.
    fileprivate static func hostPortOutOfRange(
        _ port: Int, of mapping: PortMapping, in container: ContainerDefinition
    ) -> Violation {
        Violation(
            "hostPort \(port) of container \(container.displayName) is not a valid port; use 1–65535, or 0 for a dynamic port in bridge mode",
            fix: "set hostPort to a port from 1 to 65535, or remove it",
            at: mapping.pointer / "hostPort")
    }
}
