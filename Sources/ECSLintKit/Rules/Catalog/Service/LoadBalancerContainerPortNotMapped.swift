/// The load balancer's `containerPort` must be a TCP port mapping of the
/// named container.
struct LoadBalancerContainerPortNotMapped: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS159", slug: "load-balancer-container-port-not-mapped",
        title: "Load balancer port is not a mapped container port",
        severity: .error, stage: .deploy,
        summary: "loadBalancers[].containerPort is missing, or is not a TCP containerPort of the named container.",
        rationale: """
            ECS registers the host port that maps the load balancer's `containerPort`, so the named container \
            must map that port (`portMappings[].containerPort`, or a `containerPortRange` that holds it) with \
            protocol tcp: load balancers do not forward UDP to ECS targets through this setting. A walkthrough \
            that moves an app from port 80 to 3000 and updates only the task definition hits this.
            """,
        fix: "Set containerPort to a port the container maps, or add a port mapping for it.",
        awsErrors: ["The container app did not have a container port 80 defined."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html"],
        examples: [
            .service(
                .bad,
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
                 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                   "containerName": "app", "containerPort": ↓80}]}
                """, taskDefinition: ServiceExamples.fargateTask,
                expect: [
                    "container \"app\" maps TCP ports 8080, not 80 (AWS: \"The container app did not have a container port 80 defined.\")"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
                 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                   "containerName": "app", "containerPort": 8080}]}
                """, taskDefinition: ServiceExamples.fargateTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        service.loadBalancers.compactMap { balancer -> Violation? in
            if balancer.$containerPort.isAbsent, balancer.$containerName.isSet {
                return .loadBalancerWithoutContainerPort(at: balancer.pointer)
            }
            guard let task, let name = balancer.containerName, let port = balancer.containerPort,
                let container = task.container(named: name), Self.portsAreKnown(container), !Self.maps(container, port)
            else { return nil }
            return .portNotMapped(port, by: container, named: name, balancer: balancer.pointer)
        }
    }

    /// Whether every port mapping of the container has a known port: an
    /// integer `containerPort`, or a `containerPortRange` (a placeholder
    /// reads as absent, so it could be the port).
    static func portsAreKnown(_ container: ContainerDefinition) -> Bool {
        container.$portMappings.presence != .wrongType
            && container.portMappings.allSatisfy { mapping in
                mapping.$containerPort.presence == .value
                    || (mapping.$containerPortRange.presence == .value && mapping.$containerPort.isAbsent
                        && !(mapping.containerPortRange.map { Placeholder.contains($0) } ?? true))
            }
    }

    /// Whether the container maps `port` over TCP, as a port or inside a range.
    static func maps(_ container: ContainerDefinition, _ port: Int) -> Bool {
        container.portMappings.contains { mapping in
            guard mapping.effectiveProtocol == "tcp" else { return false }
            if mapping.containerPort == port { return true }
            guard let range = mapping.containerPortRange else { return false }
            let bounds = range.split(separator: "-").compactMap { Int($0) }
            return bounds.count == 2 && (bounds[0]...max(bounds[0], bounds[1])).contains(port)
        }
    }
}

extension Violation {
    /// ECS159: a load balancer entry with containerName but no containerPort.
    fileprivate static func loadBalancerWithoutContainerPort(at balancer: JSONPointer) -> Violation {
        Violation("the load balancer names no containerPort", at: balancer)
    }

    /// ECS159: a load balancer containerPort the container (named `name`) does not map over TCP.
    fileprivate static func portNotMapped(
        _ port: Int, by container: ContainerDefinition, named name: String, balancer: JSONPointer
    ) -> Violation {
        let mapped = container.portMappings.filter { $0.effectiveProtocol == "tcp" }.compactMap(\.containerPort)
        let list = mapped.isEmpty ? "no TCP port" : "TCP ports " + mapped.map(String.init).joined(separator: ", ")
        return Violation(
            "container \"\(name)\" maps \(list), not \(port)",
            aws: .actual("The container \(name) did not have a container port \(port) defined."),
            fix: mapped.count == 1 ? "set containerPort to \(mapped[0]), or map port \(port)" : nil,
            at: balancer / "containerPort",
            notes: [.inTaskDefinition("the port mappings of \"\(name)\"", at: container.pointer / "portMappings")])
    }
}
