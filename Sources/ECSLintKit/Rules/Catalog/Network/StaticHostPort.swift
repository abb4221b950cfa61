/// A static host port can be bound by only one task per container instance,
/// which caps how many copies of the task fit on an instance and blocks
/// rolling deployments that start the new task before stopping the old one.
struct StaticHostPort: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS309", slug: "static-host-port", title: "Static host ports limit one task per instance",
        severity: .info, stage: .practice,
        needs: [.networkMode],
        summary:
            "Reports static host ports (bridge hostPort, or any mapping in host mode): only one copy of the task fits per instance.",
        rationale: """
            Two tasks cannot bind the same port of an instance. With static host ports a service \
            runs at most one task per container instance, and a deployment that starts new tasks \
            before stopping old ones needs spare instances. Dynamic ports (bridge with hostPort 0 \
            or absent) or awsvpc mode avoid this. That may be intended (daemons, fixed ports), \
            hence info.
            """,
        fix:
            "Use hostPort 0 (dynamic, with a load balancer) or networkMode awsvpc, unless one task per instance is intended.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html"],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256,
                     "portMappings": [{"containerPort": 80, "hostPort": ↓80}, {"containerPort": 443, "hostPort": 443}]}
                  ]
                }
                """,
                expect: ["static host ports 80, 443: only one copy of this task can run per container instance"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{"containerPort": 80}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let mode = context.networkMode
        guard mode == .bridge || mode == .host else { return [] }
        let ephemeral = context.isWindows ? 49152 : 49153
        var ports: [Int] = []
        var anchor: JSONPointer?
        for container in task.containers {
            for mapping in container.portMappings {
                // Reserved and ephemeral ports have their own findings (ECS307, ECS308).
                guard let port = mapping.occupiedHostPort(in: mode), !ReservedHostPort.reservedPorts.contains(port),
                    mode == .host || port < ephemeral
                else { continue }
                if anchor == nil { anchor = mapping.hostPortPointer }
                if !ports.contains(port) { ports.append(port) }
            }
        }
        guard let anchor else { return [] }
        return [.staticHostPorts(ports, mode: mode, at: anchor)]
    }
}

extension Violation {
    /// ECS309: the static host ports that allow one copy of the task per instance, at the first.
    fileprivate static func staticHostPorts(_ ports: [Int], mode: NetworkMode, at anchor: JSONPointer) -> Violation {
        let list = ports.map(String.init).joined(separator: ", ")
        let what =
            mode == .host
            ? "with networkMode host the task binds instance port\(ports.count == 1 ? "" : "s") \(list)"
            : "static host port\(ports.count == 1 ? "" : "s") \(list)"
        return Violation(
            "\(what): only one copy of this task can run per container instance",
            fix: mode == .host
                ? "use networkMode awsvpc (or bridge with dynamic ports) if several tasks must share an instance"
                : "use hostPort 0 (dynamic) behind a load balancer, or networkMode awsvpc, if several tasks must share an instance",
            at: anchor)
    }
}
