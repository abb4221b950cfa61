/// `launchType` and `capacityProviderStrategy` are two ways to say where
/// tasks run; the API takes one or the other.
struct LaunchTypeWithCapacityProviders: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS151", slug: "launch-type-with-capacity-providers",
        title: "Both launchType and capacityProviderStrategy",
        severity: .error, stage: .deploy,
        summary: "A request sets both launchType and capacityProviderStrategy.",
        rationale: """
            A service or task is placed either by launch type or by a capacity provider strategy. ECS \
            rejects a request that gives both, even when they agree (launchType FARGATE with the FARGATE \
            provider). Without either, the cluster's default capacity provider strategy applies.
            """,
        fix: "Remove launchType (keep the capacity provider strategy), or remove capacityProviderStrategy.",
        awsErrors: [
            "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again."
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": ↓"FARGATE",
                 "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}
                """,
                expect: [
                    "launchType and capacityProviderStrategy are both set (AWS: \"Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.\")"
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.$launchType.isSet, !service.capacityProviderStrategy.isEmpty else { return [] }
        return [.launchTypeWithCapacityProviders(context, at: service.pointer)]
    }
}

extension Violation {
    /// ECS151: launchType and capacityProviderStrategy together.
    fileprivate static func launchTypeWithCapacityProviders(_ context: ServiceContext, at request: JSONPointer)
        -> Violation
    {
        Violation(
            "\(context.name("launchType")) and \(context.name("capacityProviderStrategy")) are both set",
            aws: .documented,
            at: request / "launchType",
            notes: [FindingNote("the capacity provider strategy", at: request / "capacityProviderStrategy")]
        )
    }
}
