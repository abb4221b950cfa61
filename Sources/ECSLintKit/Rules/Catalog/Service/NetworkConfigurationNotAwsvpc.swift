/// `networkConfiguration` configures the task's own network interface,
/// which only awsvpc mode has.
struct NetworkConfigurationNotAwsvpc: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS153", slug: "network-configuration-not-awsvpc",
        title: "networkConfiguration for a task not in awsvpc mode",
        severity: .error, stage: .deploy,
        summary: "A request gives networkConfiguration for a task definition in bridge, host or none mode.",
        rationale: """
            Subnets, security groups and a public IP belong to the elastic network interface of an awsvpc \
            task. For a task definition in bridge, host or none mode (bridge is the EC2 default), ECS rejects \
            a request that sets them.
            """,
        fix: "Remove networkConfiguration, or set the task definition's networkMode to awsvpc.",
        awsErrors: ["Network Configuration is not valid for the given networkMode of this task definition."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html"],
        examples: [
            .service(
                .bad,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "networkConfiguration": ↓{"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}}
                """, taskDefinition: ServiceExamples.bridgeTask,
                expect: [
                    "networkConfiguration is set, but the task definition's network mode is bridge (AWS: \"Network Configuration is not valid for the given networkMode of this task definition.\")"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2"}
                """, taskDefinition: ServiceExamples.bridgeTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let task, service.$networkConfiguration.isSet, let mode = task.effectiveNetworkMode(context),
            mode != .awsvpc, !service.runsOnFargate
        else { return [] }
        return [.networkConfiguration(in: mode, context, at: service.pointer, note: task.networkModeNote)]
    }
}

extension Violation {
    /// ECS153: networkConfiguration for a task in another network mode than awsvpc.
    fileprivate static func networkConfiguration(
        in mode: NetworkMode, _ context: ServiceContext, at request: JSONPointer, note: FindingNote
    ) -> Violation {
        Violation(
            "\(context.name("networkConfiguration")) is set, but the task definition's network mode is \(mode.rawValue)",
            aws: .documented,
            at: request / "networkConfiguration", notes: [note])
    }
}
