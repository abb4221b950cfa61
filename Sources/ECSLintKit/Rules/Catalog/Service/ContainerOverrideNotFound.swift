/// A container override applies to a container of the task definition,
/// by name.
struct ContainerOverrideNotFound: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS173", slug: "container-override-not-found",
        title: "Container override names a container the task definition does not have",
        severity: .error, stage: .deploy,
        summary: "overrides.containerOverrides[].name of a run-task request names no container of the task definition.",
        rationale: """
            Overrides (command, environment, cpu, memory) are matched to containers by name. A name that is \
            not in the task definition, often the family or a container renamed since, makes RunTask fail. \
            The check needs the task definition.
            """,
        fix: "Use the name of one of the task definition's containers.",
        awsErrors: ["Override for container named django is not a container in the TaskDefinition."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html"],
        examples: [
            .service(
                .bad,
                """
                {"taskDefinition": "web", "launchType": "EC2",
                 "overrides": {"containerOverrides": [{"name": ↓"django", "command": ["manage.py", "migrate"]}]}}
                """, taskDefinition: ServiceExamples.bridgeTask,
                expect: [
                    "container \"django\" is not in the task definition (AWS: \"Override for container named django is not a container in the TaskDefinition.\")"
                ]),
            .service(
                .good,
                """
                {"taskDefinition": "web", "launchType": "EC2",
                 "overrides": {"containerOverrides": [{"name": "app", "command": ["manage.py", "migrate"]}]}}
                """, taskDefinition: ServiceExamples.bridgeTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let task, task.containerNamesAreKnown, let overrides = service.overrides else { return [] }
        return overrides.containerOverrides.compactMap { override -> Violation? in
            guard let name = override.name, task.container(named: name) == nil else { return nil }
            return .overrideOfUnknownContainer(name, at: override.pointer, in: task)
        }
    }
}

extension Violation {
    /// ECS173: a container override for a container the task definition lacks.
    fileprivate static func overrideOfUnknownContainer(
        _ name: String, at override: JSONPointer, in task: TaskDefinition
    )
        -> Violation
    {
        Violation(
            "container \"\(name)\" is not in the task definition",
            aws: .actual("Override for container named \(name) is not a container in the TaskDefinition."),
            at: override / "name",
            notes: [.inTaskDefinition("the containers", at: task.pointer / "containerDefinitions")])
    }
}
