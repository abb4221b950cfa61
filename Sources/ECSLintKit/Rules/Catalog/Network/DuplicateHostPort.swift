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
                """,
                expect: [
                    "hostPort 3000/tcp is already used by container 'app' (AWS: \"TCP host port '3000' is mapped multiple times in task.\")"
                ]),
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
                """, caption: "In awsvpc mode containers share the task's network interface.",
                expect: [
                    "port 8080/tcp is already used by container 'app'; with networkMode awsvpc all containers share the task's network interface (AWS: \"TCP host port '8080' is mapped multiple times in task.\")"
                ]),
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
        let mappings = task.containers.flatMap { container in
            container.portMappings.map { (container: container, mapping: $0) }
        }
        let repeats = mappings.repeats(by: { entry in
            entry.mapping.occupiedHostPort(in: mode).map { Key(port: $0, proto: entry.mapping.effectiveProtocol) }
        })
        // The same container port twice in one container is ECS305's finding.
        return repeats.filter { current, _, earlier in
            earlier.container.index != current.container.index
                || earlier.mapping.containerPort != current.mapping.containerPort
        }
        .map { current, key, earlier in
            Violation.duplicateHostPort(key.port, of: current.mapping, firstUsedBy: earlier, mode: mode)
        }
    }
}

extension Violation {
    /// ECS306: a host port that another mapping of the task already uses.
    fileprivate static func duplicateHostPort(
        _ port: Int, of mapping: PortMapping,
        firstUsedBy earlier: (container: ContainerDefinition, mapping: PortMapping),
        mode: NetworkMode
    ) -> Violation {
        Violation(
            mode == .bridge
                ? "hostPort \(port)/\(mapping.effectiveProtocol) is already used by container \(earlier.container.displayName)"
                : "port \(port)/\(mapping.effectiveProtocol) is already used by container \(earlier.container.displayName); with networkMode \(mode.rawValue) all containers share the task's network interface",
            aws: .actual("\(mapping.protocolLabel) host port '\(port)' is mapped multiple times in task."),
            fix: mode == .bridge
                ? "use another hostPort, or 0 for a dynamic port"
                : "listen on a different port in one of the containers, or remove the duplicate mapping",
            at: mapping.hostPortPointer,
            notes: [FindingNote("first used here", at: earlier.mapping.hostPortPointer)])
    }
}
