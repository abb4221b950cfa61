/// In `awsvpc` and `host` network modes a container port is reachable only on
/// the same host port, so a different `hostPort` is rejected at registration.
struct HostPortMismatch: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS301", slug: "host-port-mismatch", title: "hostPort differs from containerPort in awsvpc or host mode",
        severity: .error, stage: .register,
        summary: "With networkMode awsvpc or host, hostPort must be absent or equal to containerPort.",
        rationale: """
            In `awsvpc` mode each task has its own network interface and in `host` mode containers \
            share the instance's; in both there is no port translation. ECS rejects a mapping whose \
            hostPort differs from its containerPort.
            """,
        fix: "Remove hostPort, or set it to the containerPort.",
        awsErrors: ["When networkMode=awsvpc, the host ports and container ports in port mappings must match."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"containerPort": 8080, "hostPort": ↓80}]}
                  ]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 8080}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.networkMode == .awsvpc || context.networkMode == .host else { return [] }
        return task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let hostPort = mapping.hostPort, let containerPort = mapping.containerPort,
                    hostPort != containerPort
                else { return nil }
                return Violation(
                    "hostPort \(hostPort) must equal containerPort \(containerPort) when networkMode is \(context.networkMode.rawValue) (AWS: \"When networkMode=\(context.networkMode.rawValue), the host ports and container ports in port mappings must match.\")",
                    fix: "remove hostPort, or set it to \(containerPort)",
                    at: mapping.pointer / "hostPort"
                )
            }
        }
    }
}
