/// `appProtocol` only matters to Service Connect, which finds the port
/// mapping by its `name`; without a name the protocol has no effect.
struct AppProtocolWithoutName: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS317", slug: "app-protocol-without-name", title: "appProtocol on an unnamed port mapping",
        severity: .warning, stage: .practice,
        summary: "A port mapping that sets appProtocol should also have a name.",
        rationale: """
            appProtocol tells the Service Connect proxy how to handle a port (HTTP, HTTP/2, \
            gRPC). Service Connect addresses port mappings by `name` (the service's `portName`), \
            so an unnamed mapping can never be used by Service Connect and its appProtocol does \
            nothing — usually the name was forgotten.
            """,
        fix:
            "Add a name to the port mapping (and use it as portName in the service's Service Connect configuration), or drop appProtocol.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"containerPort": 8080, "appProtocol": ↓"http"}]}
                  ]
                }
                """,
                expect: [
                    "appProtocol \"http\" has no effect on a port mapping without a name: Service Connect refers to port mappings by name"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"name": "web", "containerPort": 8080, "appProtocol": "http"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let appProtocol = mapping.appProtocol, !mapping.$name.isSet else {
                    return nil
                }
                return .appProtocolWithoutName(appProtocol, of: mapping, in: container)
            }
        }
    }
}

extension Violation {
    /// ECS317: an `appProtocol` on a port mapping Service Connect cannot name.
    fileprivate static func appProtocolWithoutName(
        _ appProtocol: String, of mapping: PortMapping, in container: ContainerDefinition
    ) -> Violation {
        let port = mapping.containerPort.map(String.init) ?? "range"
        return Violation(
            "appProtocol \"\(appProtocol)\" has no effect on a port mapping without a name: Service Connect refers to port mappings by name",
            fix:
                "add \"name\": \"\(container.name ?? "app")-\(port)-\(mapping.effectiveProtocol)\" to the mapping, or remove appProtocol",
            at: mapping.pointer / "appProtocol")
    }
}
