/// `appProtocol` selects HTTP-aware handling in the Service Connect proxy,
/// which only proxies TCP; on a UDP mapping it cannot apply.
struct AppProtocolWithUDP: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS318", slug: "app-protocol-with-udp", title: "appProtocol on a UDP port mapping",
        severity: .warning, stage: .practice,
        summary: "appProtocol (http, http2, grpc) should only be set on TCP port mappings.",
        rationale: """
            http, http2 and grpc run over TCP, and Service Connect proxies TCP only. A UDP \
            mapping with appProtocol is a contradiction: either the protocol or the appProtocol \
            is wrong. Whether ECS rejects the combination at registration or when the service is \
            created is not documented, hence a warning.
            """,
        fix: "Remove appProtocol from the UDP mapping, or set protocol to tcp if the port serves HTTP or gRPC.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"name": "web", "containerPort": 8080, "protocol": "udp", "appProtocol": ↓"http"}]}
                  ]
                }
                """,
                expect: ["appProtocol \"http\" runs over TCP, but this port mapping uses protocol udp"]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27",
                     "portMappings": [{"name": "web", "containerPort": 8080, "protocol": "tcp", "appProtocol": "http"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.portMappings.compactMap { mapping -> Violation? in
                guard let appProtocol = mapping.appProtocol, mapping.protocolValue == "udp" else { return nil }
                return .appProtocolWithUDP(appProtocol, of: mapping)
            }
        }
    }
}

extension Violation {
    /// ECS318: an `appProtocol` (HTTP, gRPC) on a UDP port mapping.
    fileprivate static func appProtocolWithUDP(_ appProtocol: String, of mapping: PortMapping) -> Violation {
        Violation(
            "appProtocol \"\(appProtocol)\" runs over TCP, but this port mapping uses protocol udp",
            fix: "remove appProtocol, or change protocol to tcp",
            at: mapping.pointer / "appProtocol")
    }
}
