/// The ECS agent reserves some ports of every container instance (SSH, the
/// Docker API, the agent's own endpoints); a task that needs one of them can
/// never be placed.
struct ReservedHostPort: Rule {
    /// Ports the ECS container agent reserves by default on Linux instances.
    static let reservedPorts: Set<Int> = [22, 2375, 2376, 51678, 51679, 51680]

    static let descriptor = RuleDescriptor(
        code: "ECS307", slug: "reserved-host-port", title: "Host port reserved by the container instance",
        severity: .error, stage: .launch,
        summary:
            "A static host port (bridge) or a container port in host mode must not be 22, 2375, 2376 or 51678–51680.",
        rationale: """
            Container instances register these ports as already in use: 22 for SSH, 2375 and \
            2376 for the Docker daemon, 51678–51680 for the ECS agent and its credential and \
            metadata endpoints. The scheduler never finds a free instance, so the task stays \
            unplaceable (RESOURCE:PORTS). awsvpc tasks have their own network interface and are \
            not affected.
            """,
        fix: "Use another host port, or hostPort 0 for a dynamic port in bridge mode.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "bastion",
                  "containerDefinitions": [
                    {"name": "sshd", "image": "linuxserver/openssh-server:9.7", "memory": 256,
                     "portMappings": [{"containerPort": 2222, "hostPort": ↓22}]}
                  ]
                }
                """,
                expect: [
                    "host port 22 is reserved on ECS container instances (22, 2375, 2376, 51678–51680); a task that needs it can never be placed"
                ]),
            .good(
                """
                {
                  "family": "bastion",
                  "containerDefinitions": [
                    {"name": "sshd", "image": "linuxserver/openssh-server:9.7", "memory": 256,
                     "portMappings": [{"containerPort": 22, "hostPort": 2222}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let mode = context.networkMode
        guard mode == .bridge || mode == .host else { return [] }
        return task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let port = mapping.occupiedHostPort(in: mode), Self.reservedPorts.contains(port) else {
                    return nil
                }
                return .reservedHostPort(port, of: mapping, mode: mode)
            }
        }
    }
}

extension Violation {
    /// ECS307: a host port the ECS agent or Docker holds on every container instance.
    fileprivate static func reservedHostPort(_ port: Int, of mapping: PortMapping, mode: NetworkMode) -> Violation {
        Violation(
            "host port \(port) is reserved on ECS container instances (22, 2375, 2376, 51678–51680); a task that needs it can never be placed",
            fix: mode == .bridge
                ? "map containerPort \(mapping.containerPort.map(String.init) ?? "?") to another hostPort, or use hostPort 0"
                : "make the container listen on another port, or use bridge or awsvpc mode",
            at: mapping.hostPortPointer)
    }
}
