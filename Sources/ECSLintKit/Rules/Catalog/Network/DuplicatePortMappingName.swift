/// Service Connect and VPC Lattice pick a port mapping by name across all
/// containers of the task, so a name used twice is ambiguous.
struct DuplicatePortMappingName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS316", slug: "duplicate-port-mapping-name", title: "Port mapping name used twice",
        severity: .warning, stage: .practice,
        summary: "Port mapping names should be unique across all containers of the task.",
        rationale: """
            A service's Service Connect `portName` (or VPC Lattice configuration) selects one port \
            mapping by name among all containers of the task definition; with two mappings of the \
            same name it cannot tell which port is meant. Whether RegisterTaskDefinition itself \
            rejects duplicates is not documented, hence a warning.
            """,
        fix: "Give each port mapping its own name, for example \"<container>-<port>-<protocol>\".",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "portMappings": [{"name": "http", "containerPort": 8080}]},
                    {"name": "admin", "image": "nginx:1.27", "portMappings": [{"name": ↓"http", "containerPort": 9090}]}
                  ]
                }
                """,
                expect: [
                    "port mapping name \"http\" is already used in container 'app'; Service Connect cannot tell the two ports apart"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "portMappings": [{"name": "app-http", "containerPort": 8080}]},
                    {"name": "admin", "image": "nginx:1.27", "portMappings": [{"name": "admin-http", "containerPort": 9090}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let mappings = task.containers.flatMap { container in container.portMappings.map { (container, $0) } }
        return mappings.repeats(by: { $0.1.name }).map { current, name, earlier in
            .duplicatePortMappingName(name, of: current, firstUsedBy: earlier)
        }
    }
}

extension Violation {
    /// ECS316: a port mapping name another mapping of the task already has.
    fileprivate static func duplicatePortMappingName(
        _ name: String, of current: (ContainerDefinition, PortMapping),
        firstUsedBy earlier: (ContainerDefinition, PortMapping)
    ) -> Violation {
        let (container, mapping) = current
        return Violation(
            "port mapping name \"\(name)\" is already used in container \(earlier.0.displayName); Service Connect cannot tell the two ports apart",
            fix:
                "rename one of them, for example \"\(container.name ?? "port")-\(mapping.containerPort.map(String.init) ?? "range")-\(mapping.effectiveProtocol)\"",
            at: mapping.pointer / "name",
            notes: [FindingNote("first used here", at: earlier.1.pointer / "name")])
    }
}
