/// In bridge and host mode, Cloud Map's SRV records need the container and
/// port to register; ECS cannot guess them.
struct ServiceRegistryContainerMissing: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS169", slug: "service-registry-container-missing",
        title: "Service registry without containerName and containerPort in bridge or host mode",
        severity: .error, stage: .deploy,
        summary: """
            A serviceRegistries entry lacks containerName or containerPort for a task definition in bridge or \
            host mode, or names a container the task definition does not have.
            """,
        rationale: """
            Service discovery registers each task with AWS Cloud Map. In awsvpc mode the task has its own IP; \
            in bridge and host mode ECS registers the instance's IP with the host port of one container, which \
            the entry must name with `containerName` and `containerPort` (for SRV records). The named \
            container must exist in the task definition.
            """,
        fix: "Add containerName and containerPort (a port the container maps) to the service registry.",
        awsErrors: [
            "When specifying 'host' or 'bridge' for networkMode, values for 'containerName' and 'containerPort' must be specified from the task definition."
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html"],
        examples: [
            .service(
                .bad,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "serviceRegistries": [↓{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef"}]}
                """, taskDefinition: ServiceExamples.bridgeTask,
                expect: [
                    "the task definition is in bridge mode, so the service registry needs containerName and containerPort (AWS: \"When specifying 'host' or 'bridge' for networkMode, values for 'containerName' and 'containerPort' must be specified from the task definition.\")"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef",
                   "containerName": "app", "containerPort": 80}]}
                """, taskDefinition: ServiceExamples.bridgeTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let task else { return [] }
        let mode = task.effectiveNetworkMode(context)
        return service.serviceRegistries.compactMap { registry -> Violation? in
            if let name = registry.containerName, task.containerNamesAreKnown, task.container(named: name) == nil {
                return .registryContainerNotFound(name, in: task, registry: registry.pointer)
            }
            guard mode == .bridge || mode == .host, registry.$containerName.isAbsent || registry.$containerPort.isAbsent
            else { return nil }
            return .registryNeedsContainer(in: mode, at: registry.pointer, note: task.networkModeNote)
        }
    }
}

extension Violation {
    /// ECS169: a service registry containerName the task definition lacks.
    fileprivate static func registryContainerNotFound(_ name: String, in task: TaskDefinition, registry: JSONPointer)
        -> Violation
    {
        Violation(
            "container \"\(name)\" is not in the task definition", at: registry / "containerName",
            notes: [.inTaskDefinition("the containers", at: task.pointer / "containerDefinitions")])
    }

    /// ECS169: a service registry without containerName and containerPort for a bridge or host task.
    fileprivate static func registryNeedsContainer(in mode: NetworkMode?, at registry: JSONPointer, note: FindingNote)
        -> Violation
    {
        Violation(
            "the task definition is in \(mode?.rawValue ?? "bridge") mode, so the service registry needs containerName and containerPort",
            aws: .documented,
            at: registry, notes: [note])
    }
}
