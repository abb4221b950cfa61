/// ECS accepts each container port once per container; exposing the same port
/// for TCP and UDP in two mappings is rejected.
struct DuplicateContainerPort: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS305", slug: "duplicate-container-port", title: "Container port mapped twice in one container",
        severity: .error, stage: .register,
        summary: "A containerPort may appear in only one port mapping of a container, whatever the protocols.",
        rationale: """
            The API reference says "You can't expose the same container port for multiple \
            protocols. If you attempt this, an error is returned." RegisterTaskDefinition fails \
            with InvalidParameterException, for example for DNS servers that map port 53 for \
            both tcp and udp.
            """,
        fix:
            "Keep one mapping per container port. To serve TCP and UDP on the same port, run the container in host mode without port mappings or use separate ports.",
        awsErrors: ["Container port 53 is used in more than one port mapping for container coredns-mysql"],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html",
            "https://github.com/terraform-aws-modules/terraform-aws-ecs/issues/89",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "dns",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "coredns", "image": "coredns/coredns:1.11.1",
                     "portMappings": [
                       {"containerPort": 53, "protocol": "tcp"},
                       {"containerPort": ↓53, "protocol": "udp"}
                     ]}
                  ]
                }
                """,
                expect: [
                    "container port 53 is already mapped (tcp) in container 'coredns'; each container port may be mapped once (AWS: \"Container port 53 is used in more than one port mapping for container coredns\")"
                ]),
            .good(
                """
                {
                  "family": "dns",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "coredns", "image": "coredns/coredns:1.11.1",
                     "portMappings": [{"containerPort": 53, "protocol": "udp"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.portMappings.repeats(by: \.containerPort).map { mapping, port, earlier in
                Violation.duplicateContainerPort(port, of: mapping, in: container, firstMappedBy: earlier)
            }
        }
    }
}

extension Violation {
    /// ECS305: a container port mapped twice in one container.
    fileprivate static func duplicateContainerPort(
        _ port: Int, of mapping: PortMapping, in container: ContainerDefinition, firstMappedBy earlier: PortMapping
    ) -> Violation {
        Violation(
            "container port \(port) is already mapped (\(earlier.effectiveProtocol)) in container \(container.displayName); each container port may be mapped once",
            aws: .actual(
                "Container port \(port) is used in more than one port mapping for container \(container.name ?? "#\(container.index)")"
            ),
            fix: "remove this mapping, or change its containerPort",
            at: mapping.pointer / "containerPort",
            notes: [FindingNote("first mapped here", at: earlier.pointer / "containerPort")])
    }
}
