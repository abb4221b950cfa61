/// Service Connect and VPC Lattice name the task's port by the `name` of
/// a port mapping.
struct ServiceConnectPortNameNotFound: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS170", slug: "service-connect-port-name-not-found",
        title: "Service Connect portName is not a port mapping name",
        severity: .error, stage: .deploy,
        summary: """
            serviceConnectConfiguration.services[].portName (or vpcLatticeConfigurations[].portName) names no \
            portMappings[].name of the task definition.
            """,
        rationale: """
            A Service Connect service exposes one named port of the task: `portName` must equal the `name` of \
            a port mapping in one of the task definition's containers. Port mappings have no name unless one \
            is given, which is what many generators (and the console's older JSON) leave out. The AWS wording \
            is not quoted [unverified].
            """,
        fix: "Name the port mapping in the task definition (portMappings[].name) and use that name as portName.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html"
        ],
        examples: [
            .service(
                .bad,
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
                 "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
                   "services": [{"portName": ↓"web-8080", "discoveryName": "web"}]}}
                """, taskDefinition: ServiceExamples.fargateTask,
                expect: [
                    "portName \"web-8080\" is not the name of a port mapping in the task definition (port mapping names: http)"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
                 "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
                   "services": [{"portName": "http", "discoveryName": "web"}]}}
                """, taskDefinition: ServiceExamples.fargateTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let task, task.portMappingNamesAreKnown else { return [] }
        let names = task.containers.flatMap { $0.portMappings.compactMap(\.name) }
        let note = FindingNote.inTaskDefinition("the containers", at: task.pointer / "containerDefinitions")
        var found: [Violation] = []
        for entry in service.serviceConnectConfiguration?.services ?? [] {
            guard let portName = entry.portName, !names.contains(portName) else { continue }
            found.append(.unknownPortName(portName, names: names, at: entry.pointer, note: note))
        }
        for entry in service.vpcLatticeConfigurations {
            guard let portName = entry.portName, !names.contains(portName) else { continue }
            found.append(.unknownPortName(portName, names: names, at: entry.pointer, note: note))
        }
        return found
    }
}

extension Violation {
    /// ECS170: a portName that names no port mapping of the task definition (`names`: those that do).
    fileprivate static func unknownPortName(
        _ portName: String, names: [String], at entry: JSONPointer, note: FindingNote
    )
        -> Violation
    {
        let listed =
            names.isEmpty ? "no port mapping has a name" : "port mapping names: " + names.joined(separator: ", ")
        return Violation(
            "portName \"\(portName)\" is not the name of a port mapping in the task definition (\(listed))",
            at: entry / "portName", notes: [note])
    }
}
