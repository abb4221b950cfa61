/// Fargate chooses where tasks run; placement constraints and strategies
/// are for EC2 instances.
struct PlacementOnFargate: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS168", slug: "placement-on-fargate", title: "Placement constraints or strategies on Fargate",
        severity: .error, stage: .deploy,
        summary: "A request on Fargate sets placementConstraints or placementStrategy.",
        rationale: """
            Placement constraints and strategies choose among container instances; Fargate has none to choose \
            from, and ECS rejects them for the FARGATE launch type (and Fargate capacity providers).
            """,
        fix: "Remove placementConstraints and placementStrategy, or run on EC2.",
        awsErrors: [
            "Placement constraints are not supported with FARGATE launch type.",
            "Placement strategies are not supported with FARGATE launch type.",
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "placementStrategy": ↓[{"type": "spread", "field": "attribute:ecs.availability-zone"}]}
                """,
                expect: [
                    "a placement strategy on Fargate (AWS: \"Placement strategies are not supported with FARGATE launch type.\")"
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}]}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.runsOnFargate else { return [] }
        var found: [Violation] = []
        if !service.placementConstraints.isEmpty {
            found.append(.placementConstraintsOnFargate(at: service.pointer))
        }
        if !service.placementStrategy.isEmpty {
            found.append(.placementStrategyOnFargate(at: service.pointer))
        }
        return found
    }
}

extension Violation {
    /// ECS168: placement constraints in a Fargate request.
    fileprivate static func placementConstraintsOnFargate(at request: JSONPointer) -> Violation {
        Violation(
            "placement constraints on Fargate", aws: .documented,
            at: request / "placementConstraints")
    }

    /// ECS168: a placement strategy in a Fargate request.
    fileprivate static func placementStrategyOnFargate(at request: JSONPointer) -> Violation {
        Violation(
            "a placement strategy on Fargate", aws: .documented(1),
            at: request / "placementStrategy")
    }
}
