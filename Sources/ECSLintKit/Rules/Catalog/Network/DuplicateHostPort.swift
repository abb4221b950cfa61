/// Two mappings that occupy the same host port and protocol cannot both bind
/// it; ECS rejects the task definition. In awsvpc and host modes every
/// container of the task shares one network interface, so the same container
/// port in two containers collides too.
struct DuplicateHostPort: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS306", slug: "duplicate-host-port", title: "Host port mapped more than once in the task",
        severity: .error, stage: .register,
        needs: [.taskContext],
        summary: "A host port and protocol may be used by only one port mapping in the whole task.",
        rationale: """
            In bridge mode a static hostPort binds a port of the container instance; two mappings \
            with the same hostPort and protocol cannot both bind it. In awsvpc and host modes the \
            host port is the container port and all containers share one network interface, so \
            two containers cannot both map, say, 8080/tcp. ECS rejects the definition with a \
            ClientException. (Reusing one container port twice in the same container is ECS305.)
            """,
        fix:
            "Give each mapping a distinct host port (in bridge mode, use hostPort 0 for dynamic ports), or remove the duplicate mapping.",
        awsErrors: ["TCP host port '3000' is mapped multiple times in task."],
        references: ["https://github.com/aws/amazon-ecs-agent/issues/1220"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 512,
                     "portMappings": [{"containerPort": 3000, "hostPort": 3000}]},
                    {"name": "admin", "image": "node:22", "memory": 256,
                     "portMappings": [{"containerPort": 3001, "hostPort": ↓3000}]}
                  ]
                }
                """),
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "portMappings": [{"containerPort": 8080}]},
                    {"name": "proxy", "image": "envoyproxy/envoy:v1.31.0", "portMappings": [{"containerPort": ↓8080}]}
                  ]
                }
                """, caption: "In awsvpc mode containers share the task's network interface."),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 512,
                     "portMappings": [{"containerPort": 3000, "hostPort": 0}]},
                    {"name": "admin", "image": "node:22", "memory": 256,
                     "portMappings": [{"containerPort": 3000, "hostPort": 0}, {"containerPort": 3001, "hostPort": 3000, "protocol": "udp"}]}
                  ]
                }
                """),
        ]
    )

    private struct Key: Hashable {
        var port: Int
        var proto: String
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let mode = context.networkMode
        var first: [Key: (container: ContainerDefinition, mapping: PortMapping)] = [:]
        var violations: [Violation] = []
        for container in task.containers {
            for mapping in container.portMappings {
                guard let port = mapping.occupiedHostPort(in: mode) else { continue }
                let key = Key(port: port, proto: mapping.effectiveProtocol)
                guard let earlier = first[key] else {
                    first[key] = (container, mapping)
                    continue
                }
                // The same container port twice in one container is ECS305's finding.
                if earlier.container.index == container.index, earlier.mapping.containerPort == mapping.containerPort {
                    continue
                }
                let quote = "AWS: \"\(mapping.protocolLabel) host port '\(port)' is mapped multiple times in task.\""
                let message =
                    mode == .bridge
                    ? "hostPort \(port)/\(mapping.effectiveProtocol) is already used by container \(earlier.container.displayName) (\(quote))"
                    : "port \(port)/\(mapping.effectiveProtocol) is already used by container \(earlier.container.displayName); with networkMode \(mode.rawValue) all containers share the task's network interface (\(quote))"
                violations.append(
                    Violation(
                        message,
                        fix: mode == .bridge
                            ? "use another hostPort, or 0 for a dynamic port"
                            : "listen on a different port in one of the containers, or remove the duplicate mapping",
                        at: mapping.hostPortPointer,
                        notes: [FindingNote("first used here", at: earlier.mapping.hostPortPointer)]))
            }
        }
        return violations
    }
}
